/**
 * The integer functions of Python's math module over bigint, with CPython
 * 3.12's errors.
 *
 *   mathIsqrt(n)        floor(sqrt(n)); ValueError 'isqrt() argument must be nonnegative'
 *   mathGcd(...ns)      0 for no arguments
 *   mathLcm(...ns)      1 for no arguments
 *   mathFactorial(n)    ValueError 'factorial() not defined for negative values'
 *   mathComb(n, k)      ValueError 'n must be a non-negative integer' / 'k must be ...'
 *   mathPerm(n, k?)     k omitted: n!
 */
import { NumericError } from './errors.js';
import { bitLength } from './bits.js';

export function mathIsqrt(n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 4503599627370496n) return BigInt(Math.floor(Math.sqrt(Number(n)))); // exact below 2**52
  // Newton's iteration from above
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Below this many bits gcd2 runs plain Euclid; above, Lehmer's steps. */
const LEHMER_MIN_BITS = 128;

/**
 * gcd of two bigints. Plain Euclid costs one full-length division per
 * quotient (about 0.6 per bit), which is quadratic with a large constant on
 * numbers of thousands of digits (Fraction arithmetic); Lehmer's method
 * (Knuth 4.5.2, Algorithm L) runs Euclid on the leading 50 bits in doubles,
 * (sums stay below 2**51, so each floor of a quotient is exact: a true quotient
 * that is not an integer sits at least 2**-51 below the next one, relatively),
 * and applies the accumulated 2x2 cofactor matrix to
 * the full numbers once per about 25 bits.
 */
function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) [a, b] = [b, a];
  while (b !== 0n && bitLength(a) > LEHMER_MIN_BITS) {
    const shift = BigInt(bitLength(a) - 50);
    let x = Number(a >> shift);
    let y = Number(b >> shift);
    let ca = 1, cb = 0, cc = 0, cd = 1;
    for (;;) {
      if (y + cc === 0 || y + cd === 0) break;
      const q = Math.floor((x + ca) / (y + cc));
      if (q !== Math.floor((x + cb) / (y + cd))) break;
      let t = ca - q * cc; ca = cc; cc = t;
      t = cb - q * cd; cb = cd; cd = t;
      t = x - q * y; x = y; y = t;
    }
    if (cb === 0) {
      [a, b] = [b, a % b];
    } else {
      const na = BigInt(ca) * a + BigInt(cb) * b;
      b = BigInt(cc) * a + BigInt(cd) * b;
      a = na;
    }
  }
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function mathGcd(...ns: bigint[]): bigint {
  let g = 0n;
  for (const n of ns) g = gcd2(g, n);
  return g;
}

export function mathLcm(...ns: bigint[]): bigint {
  let l = 1n;
  for (const n of ns) {
    if (n === 0n) {
      l = 0n;
      continue;
    }
    if (l === 0n) continue;
    const a = n < 0n ? -n : n;
    l = (l / gcd2(l, a)) * a;
  }
  return l;
}

/** lo * (lo + 1) * ... * (hi - 1) by splitting in halves (balanced bigint products). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

export function mathFactorial(n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'factorial() not defined for negative values');
  if (n > 9223372036854775807n) {
    throw new NumericError('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  }
  return rangeProduct(2n, n + 1n);
}

export function mathPerm(n: bigint, k?: bigint): bigint {
  if (k === undefined) return mathFactorial(n);
  if (n < 0n) throw new NumericError('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new NumericError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  return rangeProduct(n - k + 1n, n + 1n);
}

export function mathComb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new NumericError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  if (n - k < k) k = n - k;
  return rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n);
}
