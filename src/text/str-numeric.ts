/**
 * Numeric values of Unicode decimal digits (category Nd), as int('١٢٣') and str.format's field
 * indexes need them.
 *
 *   decimalValue(cp)   0..9 for a decimal digit, -1 otherwise
 *
 * Unicode guarantees Nd characters come in contiguous runs of whole 0..9 sets, so a digit's value
 * is its distance from the start of its run, modulo 10.
 */
import { isDecimalCp } from './unicode.js';

export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (!isDecimalCp(cp)) return -1;
  let k = 0;
  while (isDecimalCp(cp - k - 1)) k++;
  return k % 10;
}
