/**
 * float.hex() and float.fromhex(), as CPython 3.12.
 *
 *   floatHex(x)       '0x1.8000000000000p+0', '-0x0.0p+0', '0x0.0000000000001p-1022', 'inf', 'nan'
 *   floatFromHex(s)   correctly rounded (ties to even); ValueError
 *                     'invalid hexadecimal floating-point string', OverflowError
 *                     'hexadecimal value too large to represent as a float'
 */
import { NumericError } from './errors.js';
import { bitLength, doubleWords, ratioToFloat, signBit } from './bits.js';

export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = signBit(x) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const [hi, lo] = doubleWords(x);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  // subnormals print as 0x0.<fraction>p-1022
  const lead = bexp === 0 ? '0' : '1';
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return sign + '0x' + lead + '.' + frac + 'p' + (e < 0 ? '-' : '+') + Math.abs(e);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const INF_NAN = /^([+-]?)(infinity|inf|nan)/i;

function invalid(): never {
  throw new NumericError('ValueError', 'invalid hexadecimal floating-point string');
}

export function floatFromHex(text: string): number {
  let i = 0;
  const n = text.length;
  while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  const s = text.slice(i, end);
  const special = INF_NAN.exec(s);
  if (special) {
    if (special[0].length !== s.length) invalid();
    const v = special[2]!.toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  let pos = 0;
  let negate = false;
  if (s[pos] === '-') {
    negate = true;
    pos++;
  } else if (s[pos] === '+') pos++;
  if (s[pos] === '0' && (s[pos + 1] === 'x' || s[pos + 1] === 'X')) pos += 2;
  let intDigits = '';
  while (pos < s.length && hexValue(s.charCodeAt(pos)) >= 0) intDigits += s[pos++];
  let fracDigits = '';
  if (s[pos] === '.') {
    pos++;
    while (pos < s.length && hexValue(s.charCodeAt(pos)) >= 0) fracDigits += s[pos++];
  }
  if (intDigits.length + fracDigits.length === 0) invalid();
  let exp = 0;
  if (s[pos] === 'p' || s[pos] === 'P') {
    pos++;
    const m = /^[+-]?[0-9]+/.exec(s.slice(pos));
    if (!m) invalid();
    exp = Number(m[0]);
    pos += m[0].length;
  }
  if (pos !== s.length) invalid();
  const mant = BigInt('0x' + (intDigits + fracDigits || '0'));
  if (mant === 0n) return negate ? -0 : 0;
  const e2 = exp - 4 * fracDigits.length;
  const top = e2 + bitLength(mant); // 2**(top-1) <= value < 2**top
  let v: number;
  if (top > 1025) v = Infinity;
  else if (top < -1076) v = 0;
  else v = e2 >= 0 ? ratioToFloat(mant << BigInt(e2), 1n) : ratioToFloat(mant, 1n << BigInt(-e2));
  if (v === Infinity) throw new NumericError('OverflowError', 'hexadecimal value too large to represent as a float');
  return negate ? -v : v;
}
