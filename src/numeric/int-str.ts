/**
 * int to text.
 *
 *   intToDecimal(n)          str(n) / repr(n), with the int_max_str_digits limit
 *   intToBase(n, base, prefix)  digits in base 2..36 (lowercase), with '0b'/'0o'/'0x' when asked
 *   intBin(n), intOct(n), intHex(n)   bin(), oct(), hex(): '-0b101', '0o17', '0xff'
 */
import { NumericError } from './errors.js';
import { bitLength } from './bits.js';
import { getIntMaxStrDigits, INT_MAX_STR_DIGITS_THRESHOLD } from './int-limits.js';

function limitError(limit: number): NumericError {
  return new NumericError(
    'ValueError',
    `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

export function intToDecimal(n: bigint): string {
  if (n >= -9007199254740991n && n <= 9007199254740991n) return String(Number(n));
  const limit = getIntMaxStrDigits();
  if (limit > 0) {
    const bits = bitLength(n);
    // bits * log10(2) bounds the digit count; refuse huge values before converting them
    if ((bits - 1) * 0.30102999566398 > limit + 1) throw limitError(limit);
    const s = n.toString();
    const digits = n < 0n ? s.length - 1 : s.length;
    if (digits > INT_MAX_STR_DIGITS_THRESHOLD && digits > limit) throw limitError(limit);
    return s;
  }
  return n.toString();
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** n in base 2..36, lowercase digits, '-' first, with the Python prefix for 2, 8, 16 when `prefix`. */
export function intToBase(n: bigint, base: number, prefix = false): string {
  if (base === 10) return intToDecimal(n);
  const neg = n < 0n;
  const body = (neg ? -n : n).toString(base);
  return (neg ? '-' : '') + (prefix ? (PREFIX[base] ?? '') : '') + body;
}

export function intBin(n: bigint): string {
  return intToBase(n, 2, true);
}

export function intOct(n: bigint): string {
  return intToBase(n, 8, true);
}

export function intHex(n: bigint): string {
  return intToBase(n, 16, true);
}
