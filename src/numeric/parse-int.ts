/**
 * int(text, base) as CPython 3.12's PyLong_FromUnicodeObject.
 *
 *   parsePyInt(text, base = 10): bigint
 *
 * Accepts surrounding whitespace, one sign, Unicode decimal digits, single
 * underscores between digits (and one after a base prefix), prefixes 0b/0o/0x
 * (required to pick the base when base is 0, optional when it matches),
 * bases 0 and 2..36. Errors: 'int() base must be >= 2 and <= 36, or 0',
 * "invalid literal for int() with base 10: 'x'" (the repr cut at 200
 * characters), and the int_max_str_digits limit for non power-of-two bases.
 */
import { NumericError } from './errors.js';
import { isAsciiSpace, pyStrRepr, toAsciiDigits } from './text-util.js';
import { getIntMaxStrDigits, INT_MAX_STR_DIGITS_THRESHOLD } from './int-limits.js';

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Largest k with base**k <= 2**53, per base: the chunk size for bases BigInt() cannot parse. */
const CHUNK: number[] = [];
for (let b = 2; b <= 36; b++) CHUNK[b] = Math.floor(53 / Math.log2(b));

function digitsToBigint(digits: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt('0x' + digits);
    case 8:
      return BigInt('0o' + digits);
    case 2:
      return BigInt('0b' + digits);
  }
  // k digits at a time, each chunk exact in a double
  const k = CHUNK[base]!;
  const scale = BigInt(base) ** BigInt(k);
  const first = digits.length % k || k;
  let result = BigInt(Number.parseInt(digits.slice(0, first), base));
  for (let i = first; i < digits.length; i += k) {
    result = result * scale + BigInt(Number.parseInt(digits.slice(i, i + k), base));
  }
  return result;
}

/**
 * `shown` is the text the error message quotes when the argument was not a
 * str (int(b'x') quotes b'x'); by default, repr(text).
 */
export function parsePyInt(text: string, base = 10, shown?: string): bigint {
  if ((base !== 0 && base < 2) || base > 36) {
    throw new NumericError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  // Fast path: a short run of ASCII decimal digits.
  if (base === 10 && text.length > 0 && text.length <= 15 && /^[0-9]+$/.test(text)) return BigInt(text);
  const s = toAsciiDigits(text);
  const fail = (): never => {
    const r = shown ?? pyStrRepr(text);
    throw new NumericError('ValueError', `invalid literal for int() with base ${base}: ${r.length > 200 ? r.slice(0, 200) : r}`);
  };
  let i = 0;
  const n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  let b = base;
  let mustBeZero = false;
  if (b === 0) {
    const c1 = s[i + 1];
    if (s[i] !== '0') b = 10;
    else if (c1 === 'x' || c1 === 'X') b = 16;
    else if (c1 === 'o' || c1 === 'O') b = 8;
    else if (c1 === 'b' || c1 === 'B') b = 2;
    else {
      // an old C-style octal literal: only zero is allowed
      mustBeZero = true;
      b = 10;
    }
  }
  if (s[i] === '0') {
    const c1 = s[i + 1];
    if (
      (b === 16 && (c1 === 'x' || c1 === 'X')) ||
      (b === 8 && (c1 === 'o' || c1 === 'O')) ||
      (b === 2 && (c1 === 'b' || c1 === 'B'))
    ) {
      i += 2;
      if (s[i] === '_') i++;
    }
  }
  let digits = '';
  let start = i;
  let count = 0;
  let prevUnderscore = false;
  if (i >= n || digitValue(s.charCodeAt(i)) >= b) fail();
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) fail();
      digits += s.slice(start, i);
      start = i + 1;
      prevUnderscore = true;
    } else if (digitValue(c) < b) {
      count++;
      prevUnderscore = false;
    } else break;
  }
  if (prevUnderscore) fail();
  digits += s.slice(start, i);
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) fail();
  if ((b & (b - 1)) !== 0 && count > INT_MAX_STR_DIGITS_THRESHOLD) {
    const limit = getIntMaxStrDigits();
    if (limit > 0 && count > limit) {
      throw new NumericError(
        'ValueError',
        `Exceeds the limit (${limit} digits) for integer string conversion: value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
  }
  const v = digitsToBigint(digits, b);
  if (mustBeZero && v !== 0n) fail();
  return negative ? -v : v;
}
