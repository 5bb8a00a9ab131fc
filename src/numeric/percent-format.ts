/**
 * One numeric conversion of printf-style formatting ('%...' % x), exactly as
 * CPython 3.12's unicode_format_arg_format/_output. The driver that parses the
 * format string and fetches the arguments lives in src/text/.
 *
 *   percentFormatNumber(conv, flags, width, precision, value): string
 *     conv       one of d i u o x X e E f F g G c
 *     flags      any of the characters '-', '+', ' ', '#', '0' (order and repeats ignored)
 *     width      -1 when absent
 *     precision  -1 when absent
 *     value      int as bigint, float as number (a bool as 0n/1n)
 *
 * Errors: TypeError '%x format: an integer is required, not float',
 * '%c requires int or char', OverflowError '%c arg not in range(0x110000)',
 * and those of int(float) / float(int).
 */
import { NumericError } from './errors.js';
import { doubleToString, DTSF_ALT, type DoubleFormatCode } from './float-format.js';
import { floatToInt, intToFloat } from './int-float.js';
import { intToDecimal } from './int-str.js';

export type PercentConversion = 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c';

/** CPython's _PyUnicode_FormatLong: sign, '0x'/'0o' when alt, digits zero-filled to prec. */
function formatLong(v: bigint, alt: boolean, prec: number, type: 'd' | 'o' | 'x' | 'X'): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = '';
  if (type === 'd') digits = intToDecimal(a);
  else {
    digits = a.toString(type === 'o' ? 8 : 16);
    if (alt) prefix = type === 'o' ? '0o' : '0x';
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}

export function percentFormatNumber(
  conv: PercentConversion,
  flags: string,
  width: number,
  precision: number,
  value: bigint | number,
): string {
  const ljust = flags.includes('-');
  const plus = flags.includes('+');
  const blank = flags.includes(' ');
  const alt = flags.includes('#');
  const zero = flags.includes('0');
  let pbuf: string;
  let numeric = true;
  switch (conv) {
    case 'd': case 'i': case 'u': {
      const v = typeof value === 'number' ? floatToInt(value) : value;
      pbuf = formatLong(v, alt, precision, 'd');
      break;
    }
    case 'o': case 'x': case 'X':
      if (typeof value === 'number') {
        throw new NumericError('TypeError', `%${conv} format: an integer is required, not float`);
      }
      pbuf = formatLong(value, alt, precision, conv);
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = typeof value === 'bigint' ? intToFloat(value) : value;
      pbuf = doubleToString(x, conv as DoubleFormatCode, precision < 0 ? 6 : precision, alt ? DTSF_ALT : 0);
      break;
    }
    case 'c':
      if (typeof value === 'number') throw new NumericError('TypeError', '%c requires int or char');
      if (value < 0n || value > 0x10ffffn) throw new NumericError('OverflowError', '%c arg not in range(0x110000)');
      pbuf = String.fromCodePoint(Number(value));
      numeric = false;
      break;
  }
  const fill = numeric && zero ? '0' : ' ';
  let len = numeric ? pbuf.length : 1; // numeric text is ASCII
  let idx = 0;
  let signChar = '';
  let hasSign = numeric;
  if (hasSign) {
    const ch = pbuf[0];
    if (ch === '-' || ch === '+') {
      signChar = ch;
      len--;
      idx++;
    } else if (plus) signChar = '+';
    else if (blank) signChar = ' ';
    else hasSign = false;
  }
  let w = width < len ? len : width;
  let out = '';
  if (hasSign) {
    if (fill !== ' ') out += signChar;
    if (w > len) w--;
  }
  const altPrefix = alt && (conv === 'x' || conv === 'X' || conv === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += pbuf.slice(idx, idx + 2);
      idx += 2;
    }
    w -= 2;
    if (w < 0) w = 0;
    len -= 2;
  }
  if (w > len && !ljust) {
    out += fill.repeat(w - len);
    w = len;
  }
  if (fill === ' ') {
    if (hasSign) out += signChar;
    if (altPrefix) {
      out += pbuf.slice(idx, idx + 2);
      idx += 2;
    }
  }
  out += pbuf.slice(idx);
  if (w > len) out += ' '.repeat(w - len);
  return out;
}
