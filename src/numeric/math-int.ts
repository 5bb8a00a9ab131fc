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

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
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
