/**
 * The is* predicates of a Python str.
 *
 *   strIsAlpha strIsAlnum strIsDecimal strIsDigit strIsNumeric strIsSpace strIsPrintable
 *   strIsAscii strIsIdentifier strIsLower strIsUpper strIsTitle
 *
 * Same definitions as CPython 3.12: an empty string is false for all but isascii and isprintable
 * (true); islower/isupper need at least one cased character and none of the other case; istitle
 * wants uppercase/titlecase only after uncased characters and lowercase only after cased ones.
 */
import { isAsciiStr } from './codepoints.js';
import { isAlnumCp, isAlphaCp, isDecimalCp, isDigitCp, isIdContinueCp, isIdStartCp, isLowerCp, isNumericCp, isPrintableCp, isSpaceCp, isTitleCp, isUpperCp } from './unicode.js';

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (!pred(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

export const strIsAlpha = (s: string): boolean => all(s, isAlphaCp);
export const strIsAlnum = (s: string): boolean => all(s, isAlnumCp);
export const strIsDecimal = (s: string): boolean => all(s, isDecimalCp);
export const strIsDigit = (s: string): boolean => all(s, isDigitCp);
export const strIsNumeric = (s: string): boolean => all(s, isNumericCp);
export const strIsSpace = (s: string): boolean => all(s, isSpaceCp);

export function strIsPrintable(s: string): boolean {
  return s.length === 0 || all(s, isPrintableCp);
}

export function strIsAscii(s: string): boolean {
  return isAsciiStr(s);
}

export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.codePointAt(0) as number;
  if (!isIdStartCp(first)) return false;
  for (let i = first > 0xffff ? 2 : 1; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (!isIdContinueCp(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (isUpperCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isLowerCp(cp)) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (isLowerCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isUpperCp(cp)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (isUpperCp(cp) || isTitleCp(cp)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCp(cp)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}
