/**
 * Case conversion of a Python str: lower upper capitalize casefold swapcase title.
 *
 *   strLower(s) strUpper(s) strCapitalize(s) strCasefold(s) strSwapCase(s) strTitle(s)
 *
 * Full Unicode mappings (one code point may become several: 'ß'.upper() == 'SS',
 * 'İ'.lower() == 'i̇'), CPython's final-sigma rule wherever a capital sigma is lowered (lower,
 * capitalize, swapcase, title), and capitalize/title using the titlecase mapping ('ǆ' → 'ǅ').
 * Strings free of the code points where JS and CPython differ (unicode.ts's *_RISKY classes)
 * take one JS toLowerCase/toUpperCase call.
 */
import { isAsciiStr } from './codepoints.js';
import {
  casefoldRisky,
  lowerRisky,
  upperRisky,
  casefoldOf,
  isCasedCp,
  isCaseIgnorableCp,
  isLowerCp,
  isUpperCp,
  lowerOf,
  titleOf,
  upperOf,
} from './unicode.js';

const CAPITAL_SIGMA = 0x3a3;

/** Lowercase of the capital sigma at UTF-16 offset i: final form when a word ends there. */
function sigmaAt(s: string, i: number): string {
  // Before: skip case-ignorable code points, then need a cased one.
  let j = i;
  let cased = false;
  while (j > 0) {
    let cp = s.charCodeAt(j - 1);
    let w = 1;
    if (cp >= 0xdc00 && cp <= 0xdfff && j > 1) {
      const hi = s.charCodeAt(j - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        cp = (hi - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    j -= w;
    if (!isCaseIgnorableCp(cp)) {
      cased = isCasedCp(cp);
      break;
    }
  }
  if (!cased) return '\u03c3';
  // After: skip case-ignorable code points; a cased one means not final.
  let k = i + 1;
  while (k < s.length) {
    const cp = s.codePointAt(k) as number;
    k += cp > 0xffff ? 2 : 1;
    if (!isCaseIgnorableCp(cp)) return isCasedCp(cp) ? '\u03c3' : '\u03c2';
  }
  return '\u03c2';
}

/** Lowercase of the code point at offset i, with the final-sigma context. */
function lowerAt(s: string, i: number, cp: number): string {
  return cp === CAPITAL_SIGMA ? sigmaAt(s, i) : lowerOf(cp);
}

function mapEach(s: string, f: (cp: number, i: number) => string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    out += f(cp, i);
    if (cp > 0xffff) i++;
  }
  return out;
}

export function strLower(s: string): string {
  if (isAsciiStr(s) || !lowerRisky().test(s)) return s.toLowerCase();
  return mapEach(s, (cp, i) => lowerAt(s, i, cp));
}

export function strUpper(s: string): string {
  if (isAsciiStr(s) || !upperRisky().test(s)) return s.toUpperCase();
  return mapEach(s, upperOf);
}

export function strCasefold(s: string): string {
  if (isAsciiStr(s) || !casefoldRisky().test(s)) return s.toLowerCase();
  return mapEach(s, casefoldOf);
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  if (isAsciiStr(s)) return s[0]!.toUpperCase() + s.slice(1).toLowerCase();
  const first = s.codePointAt(0) as number;
  const w = first > 0xffff ? 2 : 1;
  let out = titleOf(first);
  for (let i = w; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    out += lowerAt(s, i, cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

export function strSwapCase(s: string): string {
  return mapEach(s, (cp, i) => {
    if (isUpperCp(cp)) return lowerAt(s, i, cp);
    if (isLowerCp(cp)) return upperOf(cp);
    return String.fromCodePoint(cp);
  });
}

export function strTitle(s: string): string {
  let prevCased = false;
  return mapEach(s, (cp, i) => {
    const r = prevCased ? lowerAt(s, i, cp) : titleOf(cp);
    prevCased = isCasedCp(cp);
    return r;
  });
}
