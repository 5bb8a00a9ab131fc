/**
 * Conversions between int (bigint) and float (number), and int / int.
 *
 *   intToFloat(n)        float(n), correctly rounded (ties to even); OverflowError past DBL_MAX
 *   floatToInt(x)        int(x), truncating; errors for inf and nan
 *   floatFloor / floatCeil   math.floor / math.ceil as bigint
 *   intTrueDiv(a, b)     a / b, correctly rounded even for huge ints
 *   compareIntFloat(n, x)  exact comparison of an int with a float (-1, 0, 1, or NaN when x is nan)
 */
import { NumericError } from './errors.js';
import { ratioToFloat, decompose } from './bits.js';

const SAFE = 9007199254740991n;

export function intToFloat(n: bigint): number {
  // Number(bigint) rounds to nearest, ties to even, as CPython's conversion does
  const x = Number(n);
  if (x === Infinity || x === -Infinity) {
    throw new NumericError('OverflowError', 'int too large to convert to float');
  }
  return x;
}

export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new NumericError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new NumericError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

export function floatFloor(x: number): bigint {
  return floatToInt(Math.floor(x));
}

export function floatCeil(x: number): bigint {
  return floatToInt(Math.ceil(x));
}

export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new NumericError('ZeroDivisionError', 'division by zero');
  if (a >= -SAFE && a <= SAFE && b >= -SAFE && b <= SAFE) return Number(a) / Number(b);
  const negative = (a < 0n) !== (b < 0n);
  const q = ratioToFloat(a < 0n ? -a : a, b < 0n ? -b : b);
  if (q === Infinity) throw new NumericError('OverflowError', 'integer division result too large for a float');
  return negative ? -q : q;
}

/** Sign of n - x, exactly (no rounding of n); NaN when x is nan. */
export function compareIntFloat(n: bigint, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  if (n >= -SAFE && n <= SAFE) {
    const v = Number(n);
    return v < x ? -1 : v > x ? 1 : 0;
  }
  const t = Math.trunc(x);
  const ti = BigInt(t);
  if (n !== ti) return n < ti ? -1 : 1;
  // n equals the integral part: the fraction decides
  const frac = x - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/** x as an exact fraction [numerator, denominator], denominator a power of two (x finite). */
export function floatToRatio(x: number): [bigint, bigint] {
  const { mant, exp } = decompose(x);
  let m = BigInt(mant);
  if (m === 0n) return [0n, 1n];
  let e = exp;
  // strip the trailing zero bits so the fraction is in lowest terms
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e += 1;
  }
  if (x < 0) m = -m;
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}
