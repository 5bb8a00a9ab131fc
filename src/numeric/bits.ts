/**
 * Exact views of a double and of big ints, shared by the numeric modules.
 *
 * - `decompose(x)`: |x| = mant * 2**exp exactly, mant an integer < 2**53 (x finite).
 * - `bitLength(n)`: CPython's int.bit_length() of a bigint.
 * - `ratioToFloat(n, d)`: the double nearest n/d (ties to even), or Infinity when
 *   the rounded value does not fit; the single correctly rounded primitive behind
 *   int/int, float(str) and float.fromhex.
 * - `pow10n(k)`, `pow5n(k)`: cached bigint powers.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Node runs on little-endian hosts only (x64, arm64), so u32[1] is the high word.
const HI = 1;
const LO = 0;

export interface Decomposed {
  /** integer significand, 0 <= mant < 2**53 */
  mant: number;
  /** binary exponent of the unit in the last place */
  exp: number;
}

/** |x| = mant * 2**exp exactly; x must be finite. */
export function decompose(x: number): Decomposed {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (hi & 0xfffff) * 4294967296 + lo;
  if (bexp === 0) return { mant, exp: -1074 };
  return { mant: mant + 4503599627370496, exp: bexp - 1075 };
}

/** True when the sign bit of x is set (so also for -0.0 and negative NaNs). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[HI]! & 0x80000000) !== 0;
}

/** The raw 64 bits of x, high word first. */
export function doubleWords(x: number): [number, number] {
  f64[0] = x;
  return [u32[HI]!, u32[LO]!];
}

export function wordsToDouble(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0]!;
}

/** int.bit_length(): bits of |n|, 0 for 0. */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n <= 0xffffffffn) {
    return 32 - Math.clz32(Number(n));
  }
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

const POW10: bigint[] = [1n];
const POW5: bigint[] = [1n];

/** 10n ** k, cached for small k. */
export function pow10n(k: number): bigint {
  if (k < 400) {
    while (POW10.length <= k) POW10.push(POW10[POW10.length - 1]! * 10n);
    return POW10[k]!;
  }
  return 10n ** BigInt(k);
}

/** 5n ** k, cached for small k. */
export function pow5n(k: number): bigint {
  if (k < 400) {
    while (POW5.length <= k) POW5.push(POW5[POW5.length - 1]! * 5n);
    return POW5[k]!;
  }
  return 5n ** BigInt(k);
}

const TWO53 = 9007199254740992n;

/**
 * The double nearest to n/d, ties to even; n >= 0, d > 0. Returns Infinity
 * when the correctly rounded result is 2**1024 or more (the caller raises its
 * own OverflowError).
 */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  if (n <= TWO53 && d <= TWO53) return Number(n) / Number(d); // IEEE division is correctly rounded
  const nb = bitLength(n);
  const db = bitLength(d);
  // e: 2**e <= n/d < 2**(e+1)
  let e = nb - db;
  if (e >= 0 ? n < d << BigInt(e) : n << BigInt(-e) < d) e -= 1;
  if (e > 1023) return Infinity;
  // u: exponent of the last place kept (53 bits, fewer for subnormals)
  const u = Math.max(e - 52, -1074);
  let num = n;
  let den = d;
  if (u < 0) num <<= BigInt(-u);
  else den <<= BigInt(u);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  // q <= 2**53, so Number(q) is exact, and so is the product by a power of two
  // (split in two so that 2**u never underflows on its own).
  const qf = Number(q);
  if (u >= -1022) return qf * 2 ** u;
  return qf * 2 ** -1022 * 2 ** (u + 1022);
}
