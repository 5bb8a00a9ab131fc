/**
 * sys.set_int_max_str_digits / sys.get_int_max_str_digits: the limit on
 * decimal (non power-of-two base) conversions between int and str, 4300 by
 * default, 0 for none. One setting per JS realm (each worker sets its own
 * from the interpreter state).
 */
import { NumericError } from './errors.js';

/** Below this many digits the limit is never checked (CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;
export const INT_DEFAULT_MAX_STR_DIGITS = 4300;

let maxStrDigits = INT_DEFAULT_MAX_STR_DIGITS;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) {
    throw new NumericError('ValueError', `maxdigits must be 0 or larger than ${INT_MAX_STR_DIGITS_THRESHOLD}`);
  }
  maxStrDigits = n;
}
