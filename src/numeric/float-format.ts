/**
 * Float to text as CPython's PyOS_double_to_string, plus repr(float) and repr(complex).
 *
 *   doubleToString(x, code, precision, flags)
 *       code 'e' 'E' 'f' 'F' 'g' 'G' 'r' (precision must be 0 with 'r');
 *       flags: DTSF_SIGN (always a sign), DTSF_ADD_DOT_0 ('.0' on integral
 *       values), DTSF_ALT ('#': keep the point and trailing zeros),
 *       DTSF_NO_NEG_0 ('z': -0.0 and values rounding to it lose their sign).
 *   floatRepr(x), floatStr(x)   repr(x) == str(x): '1e+16', '1e-05', '0.0001', 'inf', 'nan', '-0.0', '1.0'
 *   complexRepr(re, im)   '(1+2j)', '1j', '(-0-0j)', '(nan+infj)'
 *
 * Digits are rounded half-even on the exact binary value (dtoa.ts), so
 * '%.0f' % 0.5 is '0' and '%.2f' % 0.125 is '0.12'.
 */
import { NumericError } from './errors.js';
import { fixedDigits, precisionDigits, shortestDigits, type Digits } from './dtoa.js';
import { signBit } from './bits.js';

export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export function doubleToString(x: number, code: DoubleFormatCode, precision: number, flags = 0): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lower = (upper ? code.toLowerCase() : code) as 'e' | 'f' | 'g' | 'r';
  if (lower === 'r' && precision !== 0) {
    throw new NumericError('ValueError', "precision must be 0 for 'r' format code");
  }
  if (lower === 'e') precision++;
  else if (lower === 'g' && precision === 0) precision = 1;
  let sign = signBit(x);
  if (!Number.isFinite(x)) {
    let s: string;
    if (Number.isNaN(x)) {
      s = 'nan';
      sign = false; // the sign of a nan is never shown
    } else s = 'inf';
    if (upper) s = s.toUpperCase();
    return (sign ? '-' : flags & DTSF_SIGN ? '+' : '') + s;
  }
  let d: Digits;
  if (lower === 'r') d = shortestDigits(x);
  else if (lower === 'f') d = fixedDigits(x, precision);
  else d = precisionDigits(x, precision);
  const { digits } = d;
  let decpt = d.decpt;
  const digitsLen = digits.length;
  if (flags & DTSF_NO_NEG_0 && sign && (digitsLen === 0 || digits === '0')) sign = false;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;

  let useExp = false;
  let vdigitsEnd = digitsLen;
  switch (lower) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // the visible digits run from vdigitsStart to vdigitsEnd, relative to the first digit
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  let out = sign ? '-' : flags & DTSF_SIGN ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else out += '0'.repeat(Math.max(vdigitsEnd - digitsLen, 0));
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/** repr(x) (and str(x)) of a float. */
export function floatRepr(x: number): string {
  // Fast path: where JS's shortest form already has Python's layout.
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    if (s.indexOf('.') >= 0) return s;
    return s + '.0';
  }
  return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
}

/** str(x) of a float: the same text as repr(x) since Python 3.2. */
export const floatStr = floatRepr;

/** repr(complex(re, im)). */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !signBit(re)) return doubleToString(im, 'r', 0) + 'j';
  return '(' + doubleToString(re, 'r', 0) + doubleToString(im, 'r', 0, DTSF_SIGN) + 'j)';
}
