/**
 * Python float arithmetic with CPython 3.12's results and errors.
 *
 *   floatTrueDiv(a, b)      a / b ('float division by zero')
 *   floatMod(a, b)          a % b: sign of b, -0.0 and inf/nan as CPython
 *   floatFloorDiv(a, b)     a // b
 *   floatDivmod(a, b)       divmod(a, b)
 *   floatPow(a, b)          a ** b; throws NeedsComplexError for a negative base
 *                           with a non-integral exponent (the caller computes the complex power)
 *   floatRound(x)           round(x) -> bigint, ties to even
 *   floatRoundTo(x, n)      round(x, n) -> number, correctly rounded on the exact value
 *   floatIsInteger(x)       x.is_integer()
 *   floatAsIntegerRatio(x)  x.as_integer_ratio()
 */
import { ERANGE, ERANGE_MESSAGE, NumericError, NeedsComplexError } from './errors.js';
import { floatToInt, floatToRatio } from './int-float.js';
import { ratioToFloat, pow10n } from './bits.js';
import { scaledRound } from './dtoa.js';
import { libm } from './c-libm.js';

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'float modulo');
  let mod = a % b; // JS % is C's fmod
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  }
  return mod;
}

// The tests `mod !== 0` and `div !== 0` stand for C's `if (mod)`, which is
// true for a NaN, unlike JS's `if (mod)`.
function divmodCore(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // zero with the sign of the true quotient
    const q = a / b;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'float floor division by zero');
  return divmodCore(a, b)[0];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'float divmod()');
  return divmodCore(a, b);
}

function isOddInteger(x: number): boolean {
  return Math.abs(x % 2) === 1;
}

export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1) return 1;
    return iw > 0 === av > 1 ? Infinity : 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw new NumericError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) throw new NeedsComplexError();
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return negate ? -1 : 1;
  const ix = libm().pow(iv, iw);
  if (ix === Infinity) throw new NumericError('OverflowError', ERANGE_MESSAGE, ERANGE);
  return negate ? -ix : ix;
}

export function floatRound(x: number): bigint {
  let r = Math.round(x); // rounds half up; fix the halfway cases to even
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return floatToInt(r);
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

export function floatRoundTo(x: number, ndigits: bigint): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > BigInt(NDIGITS_MAX)) return x;
  if (ndigits < BigInt(NDIGITS_MIN)) return 0.0 * x;
  const n = Number(ndigits);
  const q = scaledRound(x, n);
  const r = n >= 0 ? ratioToFloat(q, pow10n(n)) : ratioToFloat(q * pow10n(-n), 1n);
  if (r === Infinity) throw new NumericError('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new NumericError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new NumericError('OverflowError', 'cannot convert Infinity to integer ratio');
  return floatToRatio(x);
}
