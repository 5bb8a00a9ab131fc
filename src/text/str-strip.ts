/**
 * Trimming a Python str: strip lstrip rstrip removeprefix removesuffix.
 *
 *   strStrip(s, chars?)   chars null/undefined: whitespace (str.isspace()); else any code point
 *   strLStrip(s, chars?)  of chars
 *   strRStrip(s, chars?)
 *   strRemovePrefix(s, prefix) / strRemoveSuffix(s, suffix)
 */
import { codePoints, fromCodePoints, hasSurrogates, isUnitBoundaryMatch } from './codepoints.js';
import { isSpaceCp } from './unicode.js';

function isSpaceUnit(u: number): boolean {
  return u < 128 ? u === 32 || (u >= 9 && u <= 13) || (u >= 28 && u <= 31) : isSpaceCp(u);
}

const LEFT = 1;
const RIGHT = 2;

function stripUnits(s: string, pred: (u: number) => boolean, where: number): string {
  let i = 0;
  let j = s.length;
  if (where & LEFT) while (i < j && pred(s.charCodeAt(i))) i++;
  if (where & RIGHT) while (j > i && pred(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

function stripChars(s: string, chars: string, where: number): string {
  if (!hasSurrogates(s) && !hasSurrogates(chars)) {
    if (chars.length === 1) {
      const c = chars.charCodeAt(0);
      return stripUnits(s, (u) => u === c, where);
    }
    const set = new Set<number>();
    for (let k = 0; k < chars.length; k++) set.add(chars.charCodeAt(k));
    return stripUnits(s, (u) => set.has(u), where);
  }
  // Surrogates on either side: work on whole code points.
  const set = new Set(codePoints(chars));
  const cps = codePoints(s);
  let i = 0;
  let j = cps.length;
  if (where & LEFT) while (i < j && set.has(cps[i] as number)) i++;
  if (where & RIGHT) while (j > i && set.has(cps[j - 1] as number)) j--;
  return fromCodePoints(cps.slice(i, j));
}

function strip(s: string, chars: string | null | undefined, where: number): string {
  if (chars === null || chars === undefined) return stripUnits(s, isSpaceUnit, where);
  return stripChars(s, chars, where);
}

export function strStrip(s: string, chars?: string | null): string {
  return strip(s, chars, LEFT | RIGHT);
}

export function strLStrip(s: string, chars?: string | null): string {
  return strip(s, chars, LEFT);
}

export function strRStrip(s: string, chars?: string | null): string {
  return strip(s, chars, RIGHT);
}

export function strRemovePrefix(s: string, prefix: string): string {
  if (prefix.length > 0 && s.startsWith(prefix) && isUnitBoundaryMatch(s, 0, prefix.length)) {
    return s.slice(prefix.length);
  }
  return s;
}

export function strRemoveSuffix(s: string, suffix: string): string {
  const off = s.length - suffix.length;
  if (suffix.length > 0 && s.endsWith(suffix) && isUnitBoundaryMatch(s, off, suffix.length)) {
    return s.slice(0, off);
  }
  return s;
}
