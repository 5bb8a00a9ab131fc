// hash() past 2**53: the `hash` slot's number is rounded there, and hash-wide.ts keeps the
// exact 64-bit value beside it (for hash() and for the tuple hash's rounds).
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { hashValue } from '../../src/vm/abstract.js';
import { exactHash, exactHashHi, exactHashLo } from '../../src/objects/hash-wide.js';
import { newFloat } from '../../src/objects/float.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { T } from '../../src/objects/registry.js';
import { callMethod, ensureBasicSlots, py } from './containers-helpers.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

const exact = (v: Value): bigint => exactHash(hashValue(v));

describe('exact hashes', () => {
  it('match CPython 3.12 for wide int, float, tuple and range hashes', () => {
    // hash(10**30), hash(-10**30), hash(0.1), hash(-1.5e300), hash((0.1, 10**30)),
    // hash(((10**30,), 2**62)), hash(range(10**20, 10**21, 7)) in CPython 3.12.1
    expect(exact(py(10n ** 30n))).toBe(465258685558744706n);
    expect(exact(py(-(10n ** 30n)))).toBe(-465258685558744706n);
    expect(exact(newFloat(0.1))).toBe(230584300921369408n);
    expect(exact(newFloat(-1.5e300))).toBe(-1837492894133638746n);
    expect(exact(py({ tuple: [{ value: newFloat(0.1) }, 10n ** 30n] }))).toBe(-999724806770982197n);
    expect(exact(py({ tuple: [{ tuple: [10n ** 30n] }, 2n ** 62n] }))).toBe(-1284889121025134692n);
    const range = callMethod('range', '__new__', NULL, [T.range, py(10n ** 20n), py(10n ** 21n), py(7)]);
    expect(exact(range)).toBe(5862042998565934911n);
  });

  it('takes a number no slot reported as it is', () => {
    expect(exactHash(123)).toBe(123n);
    expect(exactHash(2 ** 60)).toBe(2n ** 60n);
  });

  it('gives the exact hash as int32 halves for dicts and sets', () => {
    const halves = (v: Value): bigint => {
      const h = hashValue(v);
      const lo = exactHashLo(h);
      const hi = exactHashHi(h);
      expect(exactHash(h)).toBe(BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)));
      return (BigInt(hi) << 32n) + BigInt(lo >>> 0);
    };
    expect(halves(py(10n ** 30n))).toBe(465258685558744706n);
    expect(halves(newFloat(0.1))).toBe(230584300921369408n);
    expect(halves(py({ tuple: [{ value: newFloat(0.1) }, 10n ** 30n] }))).toBe(-999724806770982197n);
    expect(halves(py(-5))).toBe(-5n);
    // a number that no slot reported splits as it is
    expect(exactHashLo(2 ** 60 + 2 ** 40 + 2 ** 31)).toBe(-(2 ** 31));
    expect(exactHashHi(2 ** 60 + 2 ** 40)).toBe(2 ** 28 + 2 ** 8);
    expect(exactHashHi(-(2 ** 60))).toBe(-(2 ** 28));
  });
});
