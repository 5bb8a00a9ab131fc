/**
 * The small hash a dict keeps for a key (dict.ts keyHash) comes from the key's exact 64-bit
 * hash. Tuple and float hashes are mostly wider than 2**53, so as JS numbers their low bits
 * are rounded to zeros; taken from those numbers, every such key would start its probe in the
 * same slot of a small table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { ensureBasicSlots } from './containers-helpers.js';
import { keyHash } from '../../src/objects/dict.js';
import { newTuple } from '../../src/objects/tuple.js';
import { newFloat } from '../../src/objects/float.js';
import { fromSmallInt, type Value } from '../../src/heap/layout.js';
import { hashValue } from '../../src/vm/abstract.js';
import { exactHash } from '../../src/objects/hash-wide.js';
import { handleCount, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

/** keyHash of each key, and the exact hash's low 30 bits as hash() gives it. */
function hashes(make: (i: number) => Value, n: number): { small: number[]; exactLow: number[] } {
  const small: number[] = [];
  const exactLow: number[] = [];
  const mark = handleCount();
  try {
    for (let i = 0; i < n; i++) {
      const key = make(i);
      pushHandle(key);
      small.push(keyHash(key));
      const h = hashValue(key);
      exactLow.push(Number(BigInt.asUintN(30, exactHash(h))));
    }
  } finally {
    releaseHandles(mark);
  }
  return { small, exactLow };
}

function distinctLowBits(hs: number[], bits: number): number {
  return new Set(hs.map((h) => h & ((1 << bits) - 1))).size;
}

describe('dict key hashes', () => {
  it('are the exact hash low bits for tuples (the fast path) and their numbers agree', () => {
    const { small, exactLow } = hashes((i) => newTuple([fromSmallInt(i), fromSmallInt(7)]), 64);
    expect(small).toEqual(exactLow);
    // 64 tuples over 64 slots: a good hash fills most of them, a rounded one only slot 0.
    expect(distinctLowBits(small, 6)).toBeGreaterThan(32);
  });

  it('are the exact hash low bits for wide float hashes', () => {
    // (A float's hash has as many low zero bits in CPython: no spread to check here.)
    const { small, exactLow } = hashes((i) => newFloat(0.1 + i / 7), 64);
    expect(small).toEqual(exactLow);
  });

  it('agree for nested tuples and tuples of floats', () => {
    const { small, exactLow } = hashes(
      (i) => newTuple([newTuple([fromSmallInt(i), newFloat(i / 3)]), fromSmallInt(-1)]),
      32,
    );
    expect(small).toEqual(exactLow);
  });
});
