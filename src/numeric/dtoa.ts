/**
 * Decimal digits of a double, as David Gay's dtoa gives them to CPython
 * (_Py_dg_dtoa): a digit string without trailing zeros and a decimal point
 * position `decpt`, meaning |x| ~= 0.DIGITS * 10**decpt.
 *
 *   shortestDigits(x)       mode 0: the shortest digits that round-trip (repr)
 *   precisionDigits(x, n)   mode 2: n >= 1 significant digits, correctly rounded
 *   fixedDigits(x, p)       mode 3: rounded at 10**-p (p may be negative); a value
 *                           that rounds to zero gives digits '' and decpt = -p
 *   scaledRound(x, p)       round(|x| * 10**p) as a bigint, exactly
 *
 * x must be finite; the sign is ignored. 0.0 gives digits '0', decpt 1 in every mode.
 * Rounding is half-even on the exact binary value. V8's toFixed/toExponential
 * are exact but round ties away from zero, so they serve as a fast path only
 * when the value is provably not a tie.
 */
import { decompose, pow10n, pow5n } from './bits.js';

export interface Digits {
  digits: string;
  decpt: number;
}

const ZERO: Digits = { digits: '0', decpt: 1 };

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The number of trailing zero bits of v (a nonzero uint32). */
function trailingZeros32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** Is |x| * 10**p exactly halfway between two integers? */
function isTie(x: number, p: number): boolean {
  let { mant, exp } = decompose(x);
  if (mant === 0) return false;
  // Drop mant's trailing zero bits, counted on its low and high words (mant < 2**53): halving
  // it one bit at a time, a double `%` each, took most of '%.3f' % 1.5 (51 steps).
  const lo = mant >>> 0;
  const zeros = lo !== 0 ? trailingZeros32(lo) : 32 + trailingZeros32((mant - lo) / 4294967296);
  mant /= 2 ** zeros;
  exp += zeros;
  // |x| * 10**p = mant * 5**p * 2**(exp + p): a half needs exp + p == -1 (and 5**-p | mant when p < 0)
  if (exp + p !== -1) return false;
  return p >= 0 || BigInt(mant) % pow5n(-p) === 0n;
}

/** round(|x| * 10**p), ties to even, exactly. */
export function scaledRound(x: number, p: number): bigint {
  const { mant, exp } = decompose(x);
  let num = BigInt(mant);
  let den = 1n;
  if (p >= 0) num *= pow10n(p);
  else den = pow10n(-p);
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** Split the output of toExponential into digits and decimal exponent. */
function parseExponential(s: string): Digits {
  const e = s.indexOf('e');
  const mant = s.slice(0, e);
  const digits = mant.length > 1 ? mant[0]! + mant.slice(2) : mant;
  return { digits: stripZeros(digits), decpt: Number(s.slice(e + 1)) + 1 };
}

export function shortestDigits(x: number): Digits {
  if (x === 0) return ZERO;
  // ECMAScript's Number-to-String is the shortest round-trip form, nearest to x
  return parseExponential(Math.abs(x).toExponential());
}

export function fixedDigits(x: number, p: number): Digits {
  if (x === 0) return ZERO;
  const a = Math.abs(x);
  let n: string;
  if (p >= 0 && p <= 100 && a < 1e21 && !isTie(a, p)) {
    const s = a.toFixed(p);
    const dot = s.indexOf('.');
    n = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    let i = 0;
    while (i < n.length && n.charCodeAt(i) === 48) i++;
    n = n.slice(i);
  } else {
    const q = scaledRound(a, p);
    n = q === 0n ? '' : q.toString();
  }
  if (n === '') return { digits: '', decpt: -p };
  return { digits: stripZeros(n), decpt: n.length - p };
}

/** The decimal exponent E with 10**E <= |x| < 10**(E+1) (x nonzero, finite). */
function decimalExponent(a: number): number {
  const s = shortestDigits(a);
  const e = s.decpt - 1;
  if (s.digits !== '1') return e;
  // the shortest form may have rounded up to a power of ten
  const { mant, exp } = decompose(a);
  let num = BigInt(mant);
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  const below = e >= 0 ? num < pow10n(e) * den : num * pow10n(-e) < den;
  return below ? e - 1 : e;
}

export function precisionDigits(x: number, ndigits: number): Digits {
  if (x === 0) return ZERO;
  const a = Math.abs(x);
  const n = Math.max(ndigits, 1);
  if (n <= 101) {
    const r = parseExponential(a.toExponential(n - 1));
    if (!isTie(a, n - r.decpt)) return r;
  }
  const e = decimalExponent(a);
  const p = n - 1 - e;
  const q = scaledRound(a, p).toString();
  // q has n digits, or n + 1 when rounding carried into a new power of ten
  return { digits: stripZeros(q), decpt: q.length - p };
}
