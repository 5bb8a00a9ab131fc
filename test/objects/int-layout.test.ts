/**
 * The heap int layout: values round-trip between bigint and heap digits for
 * every size (small, one and two digits, past 2**53, thousands of bits, both
 * signs), and stay normalized (small values are never boxed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromSmallInt } from '../../src/heap/layout.js';
import { boxBigInt, heapIntAsNumber, heapIntValue, intFromBigInt, intFromNumber, intValue } from '../../src/objects/int.js';
import { S, T } from '../../src/objects/registry.js';
import { CB_IN_USE } from '../../src/heap/memory.js';
import { intBinop, intRichCompare } from '../../src/objects/int-slots.js';
import { startRuntime } from '../../src/vm/runtime.js';

beforeAll(() => {
  startRuntime();
});

describe('heap ints', () => {
  it('round-trip bigints of every size', () => {
    const samples: bigint[] = [0n, 1n, 2n ** 30n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 52n + 3n, 2n ** 53n - 1n, 2n ** 53n,
      2n ** 53n + 1n, 2n ** 64n - 1n, 2n ** 64n, 3n ** 200n, 2n ** 4096n - 1n, 7n ** 3000n, 0xdeadbeef_00000001_fffffffen];
    for (let k = 1; k < 300; k += 7) samples.push((1n << BigInt(k)) + BigInt(k), (1n << BigInt(k)) - 1n);
    for (const m of samples) {
      for (const b of [m, -m]) {
        expect(heapIntValue(boxBigInt(T.int, b))).toBe(b);
        expect(intValue(intFromBigInt(b))).toBe(b);
        const asNumber = heapIntAsNumber(boxBigInt(T.int, b));
        if (b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n) expect(asNumber).toBe(Number(b));
        else expect(asNumber).toBeNaN();
      }
    }
  });

  it('keeps values of the small range inline', () => {
    expect(intFromBigInt(2n ** 30n - 1n)).toBe(fromSmallInt(2 ** 30 - 1));
    expect(intFromBigInt(-(2n ** 30n))).toBe(fromSmallInt(-(2 ** 30)));
    expect(intFromNumber(-5)).toBe(fromSmallInt(-5));
    expect(intFromBigInt(2n ** 30n) & 1).toBe(0);
    expect(intFromNumber(-(2 ** 30) - 1) & 1).toBe(0);
  });

  it('small-int operators that stay small allocate nothing', () => {
    const before = i32[CB_IN_USE]!;
    let acc = fromSmallInt(1);
    for (let i = -500; i < 500; i++) {
      const x = fromSmallInt(i);
      const y = fromSmallInt((i % 7) + 8);
      for (const nb of [0, 1, 2, 3, 5, 6, 7, 9, 10, 12]) acc ^= intBinop(x, y, nb) & ~1;
      for (const nb of [13, 23, 18]) acc ^= intBinop(x, y, nb) & ~1;
      for (let op = 0; op < 6; op++) expect([S.True, S.False]).toContain(intRichCompare(x, y, op));
    }
    expect(i32[CB_IN_USE]).toBe(before);
    expect(acc & 1).toBe(1);
  });
});
