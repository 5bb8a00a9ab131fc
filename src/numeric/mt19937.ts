/**
 * The Mersenne Twister MT19937 (Matsumoto and Nishimura), as CPython's
 * _random module uses it: init_genrand, init_by_array, the 32-bit output
 * with its tempering, and the 53-bit float random() made of two outputs.
 *
 * A generator's state is MT_WORDS words of a Uint32Array starting at `base`:
 * the 624 state words, then the index of the next word to hand out (624
 * means "twist first"). The functions take the array and the base rather
 * than a view of their own so that the state can live in any array (the
 * heap's u32 view for a Python Random object, a fresh array in tests)
 * without allocating a JS object per call.
 */

/** Degree of recurrence: the number of 32-bit state words. */
export const MT_N = 624;
const MT_M = 397;
/** Words of a state: the 624 state words and the index. */
export const MT_WORDS = MT_N + 1;

const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** Seed the state from one 32-bit word (init_genrand). */
export function mtInitGenrand(mt: Uint32Array, base: number, s: number): void {
  mt[base] = s >>> 0;
  for (let i = 1; i < MT_N; i++) {
    const prev = mt[base + i - 1]! ^ (mt[base + i - 1]! >>> 30);
    // 1812433253 * prev + i in 32 bits: Math.imul keeps the low word exact.
    mt[base + i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  mt[base + MT_N] = MT_N;
}

/** Seed the state from an array of 32-bit words (init_by_array); `key` must not be empty. */
export function mtInitByArray(mt: Uint32Array, base: number, key: ArrayLike<number>): void {
  mtInitGenrand(mt, base, 19650218);
  const len = key.length;
  let i = 1;
  let j = 0;
  for (let k = MT_N > len ? MT_N : len; k > 0; k--) {
    const prev = mt[base + i - 1]! ^ (mt[base + i - 1]! >>> 30);
    mt[base + i] = ((mt[base + i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
    i++;
    j++;
    if (i >= MT_N) {
      mt[base] = mt[base + MT_N - 1]!;
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (let k = MT_N - 1; k > 0; k--) {
    const prev = mt[base + i - 1]! ^ (mt[base + i - 1]! >>> 30);
    mt[base + i] = ((mt[base + i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= MT_N) {
      mt[base] = mt[base + MT_N - 1]!;
      i = 1;
    }
  }
  mt[base] = 0x80000000; // MSB is 1, assuring a non-zero initial array
  mt[base + MT_N] = MT_N;
}

/** Generate the next 624 words in place. */
function twist(mt: Uint32Array, base: number): void {
  let kk = 0;
  for (; kk < MT_N - MT_M; kk++) {
    const y = (mt[base + kk]! & UPPER_MASK) | (mt[base + kk + 1]! & LOWER_MASK);
    mt[base + kk] = mt[base + kk + MT_M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  for (; kk < MT_N - 1; kk++) {
    const y = (mt[base + kk]! & UPPER_MASK) | (mt[base + kk + 1]! & LOWER_MASK);
    mt[base + kk] = mt[base + kk + (MT_M - MT_N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  const y = (mt[base + MT_N - 1]! & UPPER_MASK) | (mt[base]! & LOWER_MASK);
  mt[base + MT_N - 1] = mt[base + MT_M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
}

/** The next 32-bit output (genrand_uint32), as a JS number in [0, 2**32). */
export function mtNext32(mt: Uint32Array, base: number): number {
  let index = mt[base + MT_N]!;
  if (index >= MT_N) {
    twist(mt, base);
    index = 0;
  }
  let y = mt[base + index]!;
  mt[base + MT_N] = index + 1;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A float in [0, 1) with 53 random bits: 27 bits of one output, 26 of the next (random_random). */
export function mtRandom(mt: Uint32Array, base: number): number {
  const a = mtNext32(mt, base) >>> 5;
  const b = mtNext32(mt, base) >>> 6;
  return (a * 67108864 + b) * (1 / 9007199254740992);
}

/**
 * getrandbits(k) for k >= 0: 32-bit outputs filled from the least
 * significant word up, the last one shifted right to keep its top bits.
 */
export function mtGetRandBits(mt: Uint32Array, base: number, k: number): bigint {
  if (k === 0) return 0n;
  if (k <= 32) return BigInt(mtNext32(mt, base) >>> (32 - k));
  // Words into hex digits, most significant first: linear, where shifting a bigint per word is quadratic.
  const words = Math.ceil(k / 32);
  const hex = new Array<string>(words);
  let left = k;
  for (let i = 0; i < words; i++, left -= 32) {
    let r = mtNext32(mt, base);
    if (left < 32) r >>>= 32 - left;
    hex[words - 1 - i] = r.toString(16).padStart(8, '0');
  }
  return BigInt('0x' + hex.join(''));
}

/** getrandbits(k) for 0 <= k <= 32 as a JS number (the common case, no bigint). */
export function mtGetRandBitsSmall(mt: Uint32Array, base: number, k: number): number {
  return k === 0 ? 0 : mtNext32(mt, base) >>> (32 - k);
}

/** The 32-bit words of a non-negative integer, least significant first; [0] for zero (CPython's seed key). */
export function seedKey(n: bigint): Uint32Array {
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (words.length === 0) words.push(0);
  return Uint32Array.from(words);
}
