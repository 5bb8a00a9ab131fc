// MT19937 against CPython 3.12.1's _random (the values were printed by
// random.Random(seed).getstate() / getrandbits / random().hex()).
import { describe, expect, it } from 'vitest';
import {
  MT_N,
  MT_WORDS,
  mtGetRandBits,
  mtGetRandBitsSmall,
  mtInitByArray,
  mtNext32,
  mtRandom,
  seedKey,
} from '../../src/numeric/mt19937.js';

function seeded(n: bigint): Uint32Array {
  const mt = new Uint32Array(MT_WORDS);
  mtInitByArray(mt, 0, seedKey(n));
  return mt;
}

describe('MT19937 (CPython seeding)', () => {
  it('init_by_array from an int seed gives the state CPython reports', () => {
    const mt = seeded(12345n);
    expect(Array.from(mt.subarray(0, 4))).toEqual([2147483648, 2105189241, 1699489545, 1413744946]);
    expect(mt[623]).toBe(238504783);
    expect(mt[MT_N]).toBe(624);
  });

  it('32-bit outputs, floats and wide getrandbits follow in CPython order', () => {
    const mt = seeded(12345n);
    expect(Array.from({ length: 5 }, () => mtNext32(mt, 0))).toEqual([1789368711, 3146859322, 43676229, 3522623596, 3544234957]);
    expect([mtRandom(mt, 0), mtRandom(mt, 0), mtRandom(mt, 0)]).toEqual([
      0x19b0ef1d31cea5 / 2 ** 53,
      0x1b5d4b157940e9 / 2 ** 53,
      0x1dd12e20c64f29 / 2 ** 53,
    ]);
    expect(mtGetRandBits(mt, 0, 100)).toBe(0x26facaa5090e5e945452ec40an);
    expect(mtGetRandBitsSmall(mt, 0, 7)).toBe(47);
    expect(mtGetRandBits(mt, 0, 0)).toBe(0n);
  });

  it('seeds of several words and zero', () => {
    const big = seeded(2n ** 40n + 5n);
    expect([mtNext32(big, 0), mtNext32(big, 0), mtNext32(big, 0)]).toEqual([2166296868, 2220160828, 1153647273]);
    const zero = seeded(0n);
    expect([mtNext32(zero, 0), mtNext32(zero, 0), mtNext32(zero, 0)]).toEqual([3626764237, 1654615998, 3255389356]);
    expect(Array.from(seedKey(0n))).toEqual([0]);
    expect(Array.from(seedKey(2n ** 32n))).toEqual([0, 1]);
  });

  it('a state set by hand (setstate) twists from its words, at any base', () => {
    const mt = new Uint32Array(10 + MT_WORDS);
    for (let i = 0; i < MT_N; i++) mt[10 + i] = i;
    mt[10 + MT_N] = 624;
    expect([mtNext32(mt, 10), mtNext32(mt, 10), mtNext32(mt, 10)]).toEqual([3708921088, 596004846, 3713115539]);
    expect(Array.from(mt.subarray(0, 10))).toEqual(new Array(10).fill(0));
  });
});
