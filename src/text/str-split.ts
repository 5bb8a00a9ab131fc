/**
 * Splitting a Python str: split rsplit splitlines partition rpartition.
 *
 *   strSplit(s, sep?, maxsplit?)      sep null/undefined: runs of whitespace, no empty strings
 *   strRSplit(s, sep?, maxsplit?)     maxsplit < 0 (default -1): no limit
 *   strSplitLines(s, keepends?)       every line boundary Python knows (\n \r \r\n \v \f \x1c
 *                                     \x1d \x1e \x85 \u2028 \u2029)
 *   strPartition(s, sep) / strRPartition(s, sep)  -> [head, sep, tail]
 *
 * An empty sep raises ValueError 'empty separator'. Whitespace is str.isspace()'s set, all of it
 * in the BMP, so scanning UTF-16 units directly is exact even with surrogates present.
 */
import { hasEdgeSurrogate } from './codepoints.js';
import { TextError } from './errors.js';
import { unitFind, unitRFind } from './str-search.js';
import { isSpaceCp } from './unicode.js';

function isSpaceUnit(u: number): boolean {
  return u < 128 ? u === 32 || (u >= 9 && u <= 13) || (u >= 28 && u <= 31) : isSpaceCp(u);
}

function checkSep(sep: string): void {
  if (sep.length === 0) throw new TextError('ValueError', 'empty separator');
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const len = s.length;
  let i = 0;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (true) {
    while (i < len && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i >= len) break;
    if (left === 0) {
      // The rest, with trailing whitespace kept, as CPython does once maxsplit is reached.
      out.push(s.slice(i));
      break;
    }
    const j = i;
    while (i < len && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
    left--;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (true) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i < 0) break;
    if (left === 0) {
      out.push(s.slice(0, i + 1));
      break;
    }
    const j = i;
    while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
    left--;
  }
  return out.reverse();
}

/** Runs of str.isspace() characters. */
const WHITESPACE_RUN = /[\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export function strSplit(s: string, sep?: string | null, maxsplit: number = -1): string[] {
  if (sep === null || sep === undefined) {
    if (maxsplit >= 0) return splitWhitespace(s, maxsplit);
    // No limit: the native regex split, without the empty ends it leaves.
    const parts = s.split(WHITESPACE_RUN);
    if (parts.length > 0 && parts[0] === '') parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  checkSep(sep);
  // No limit, and no match can cut a surrogate pair: JS's native split is the same.
  if (maxsplit < 0 && !hasEdgeSurrogate(sep)) return s.split(sep);
  const out: string[] = [];
  let left = maxsplit < 0 ? Infinity : maxsplit;
  let from = 0;
  while (left > 0) {
    const i = unitFind(s, sep, from, s.length);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sep.length;
    left--;
  }
  out.push(s.slice(from));
  return out;
}

export function strRSplit(s: string, sep?: string | null, maxsplit: number = -1): string[] {
  if (sep === null || sep === undefined) return rsplitWhitespace(s, maxsplit);
  checkSep(sep);
  const out: string[] = [];
  let left = maxsplit < 0 ? Infinity : maxsplit;
  let to = s.length;
  while (left > 0) {
    const i = unitRFind(s, sep, 0, to);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, to));
    to = i;
    left--;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

function isLineBreak(u: number): boolean {
  return (
    (u >= 10 && u <= 13) || (u >= 0x1c && u <= 0x1e) || u === 0x85 || u === 0x2028 || u === 0x2029
  );
}

export function strSplitLines(s: string, keepends: boolean = false): string[] {
  const out: string[] = [];
  const len = s.length;
  let i = 0;
  while (i < len) {
    const start = i;
    while (i < len && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < len) {
      if (s.charCodeAt(i) === 13 && i + 1 < len && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(start, eol));
  }
  return out;
}

export function strPartition(s: string, sep: string): [string, string, string] {
  checkSep(sep);
  const i = unitFind(s, sep, 0, s.length);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRPartition(s: string, sep: string): [string, string, string] {
  checkSep(sep);
  const i = unitRFind(s, sep, 0, s.length);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}
