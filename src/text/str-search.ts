/**
 * Searching a Python str: find rfind index rindex count startswith endswith, and `in`.
 *
 *   strFind(s, sub, start?, end?)        -> code-point index or -1
 *   strRFind(s, sub, start?, end?)
 *   strIndex / strRIndex                 -> as find, ValueError 'substring not found'
 *   strCount(s, sub, start?, end?)       -> non-overlapping occurrences
 *   strStartsWith(s, prefix | prefixes[], start?, end?)
 *   strEndsWith(s, suffix | suffixes[], start?, end?)
 *   strContains(s, sub)                  -> sub in s
 *   affixArgTypeError(method, typeName, inTuple) -> CPython's TypeError for a bad prefix argument
 *
 * start/end are Python's optional slice bounds (null or undefined when omitted; the VM clamps huge
 * ints to any value beyond the length). All indexes are code points. Strings without surrogates
 * (the usual case) work directly on UTF-16 offsets with indexOf, no per-character work.
 */
import { adjustRange, cpLength, cpToOffset, hasEdgeSurrogate, hasSurrogates, isUnitBoundaryMatch, offsetToCp } from './codepoints.js';
import { TextError } from './errors.js';

type Bound = number | null | undefined;

/** UTF-16 window [from, to) of code-point window [start, end), or null when it is empty/invalid. */
interface Window {
  from: number;
  to: number;
  /** Code-point start (for find's empty-sub result). */
  cpStart: number;
  surrogates: boolean;
}

function window(s: string, start: Bound, end: Bound): Window | null {
  const sur = hasSurrogates(s);
  const len = sur ? cpLength(s) : s.length;
  const [a, b] = adjustRange(len, start, end);
  if (a > len || b < a) return null;
  if (!sur) return { from: a, to: b, cpStart: a, surrogates: false };
  const from = cpToOffset(s, a);
  const to = from + cpToOffset(s.slice(from), b - a);
  return { from, to, cpStart: a, surrogates: true };
}

/** UTF-16 offset of the first whole-code-point match of sub in s[from:to], or -1. */
export function unitFind(s: string, sub: string, from: number, to: number): number {
  const checked = hasEdgeSurrogate(sub);
  let i = s.indexOf(sub, from);
  while (i >= 0 && i + sub.length <= to) {
    if (!checked || isUnitBoundaryMatch(s, i, sub.length)) return i;
    i = s.indexOf(sub, i + 1);
  }
  return -1;
}

/** UTF-16 offset of the last whole-code-point match of sub in s[from:to], or -1. */
export function unitRFind(s: string, sub: string, from: number, to: number): number {
  const checked = hasEdgeSurrogate(sub);
  let i = to - sub.length;
  if (i < from) return -1;
  i = s.lastIndexOf(sub, i);
  while (i >= from) {
    if (!checked || isUnitBoundaryMatch(s, i, sub.length)) return i;
    if (i === 0) return -1;
    i = s.lastIndexOf(sub, i - 1);
  }
  return -1;
}

/** Code-point index of UTF-16 offset off, scanning only s[0:off]. */
function prefixCp(s: string, off: number): number {
  let n = off;
  for (let k = 1; k < off; k++) {
    const u = s.charCodeAt(k);
    // Each low half of a pair makes the code-point index one less than the offset.
    if (u >= 0xdc00 && u <= 0xdfff) {
      const h = s.charCodeAt(k - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}

export function strFind(s: string, sub: string, start?: Bound, end?: Bound): number {
  if ((start === null || start === undefined) && (end === null || end === undefined) && sub.length > 0) {
    // No window: search directly and convert only the prefix before the match.
    const i = unitFind(s, sub, 0, s.length);
    return i < 0 ? -1 : prefixCp(s, i);
  }
  const w = window(s, start, end);
  if (w === null) return -1;
  if (sub.length === 0) return w.cpStart;
  const i = unitFind(s, sub, w.from, w.to);
  if (i < 0) return -1;
  return w.surrogates ? offsetToCp(s, i) : i;
}

export function strRFind(s: string, sub: string, start?: Bound, end?: Bound): number {
  const w = window(s, start, end);
  if (w === null) return -1;
  if (sub.length === 0) return w.surrogates ? offsetToCp(s, w.to) : w.to;
  const i = unitRFind(s, sub, w.from, w.to);
  if (i < 0) return -1;
  return w.surrogates ? offsetToCp(s, i) : i;
}

export function strIndex(s: string, sub: string, start?: Bound, end?: Bound): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw new TextError('ValueError', 'substring not found');
  return i;
}

export function strRIndex(s: string, sub: string, start?: Bound, end?: Bound): number {
  const i = strRFind(s, sub, start, end);
  if (i < 0) throw new TextError('ValueError', 'substring not found');
  return i;
}

export function strCount(s: string, sub: string, start?: Bound, end?: Bound): number {
  const w = window(s, start, end);
  if (w === null) return 0;
  if (sub.length === 0) {
    const n = w.surrogates ? cpLength(s.slice(w.from, w.to)) : w.to - w.from;
    return n + 1;
  }
  let n = 0;
  let i = unitFind(s, sub, w.from, w.to);
  while (i >= 0) {
    n++;
    i = unitFind(s, sub, i + sub.length, w.to);
  }
  return n;
}

export function strContains(s: string, sub: string): boolean {
  if (sub.length === 0) return true;
  return unitFind(s, sub, 0, s.length) >= 0;
}

function tailMatch(s: string, w: Window, sub: string, atEnd: boolean): boolean {
  if (w.to - w.from < sub.length) return false;
  if (sub.length === 0) return true;
  const off = atEnd ? w.to - sub.length : w.from;
  if (!s.startsWith(sub, off)) return false;
  // A surrogate pair in s must not be cut by the match (lone surrogate halves in sub).
  return !w.surrogates || isUnitBoundaryMatch(s, off, sub.length);
}

/** The whole string as a window, without scanning it (enough for tail matches). */
function whole(s: string): Window {
  return { from: 0, to: s.length, cpStart: 0, surrogates: true };
}

function noBounds(start: Bound, end: Bound): boolean {
  return (start === null || start === undefined) && (end === null || end === undefined);
}

export function strStartsWith(s: string, prefix: string | readonly string[], start?: Bound, end?: Bound): boolean {
  const w = noBounds(start, end) ? whole(s) : window(s, start, end);
  if (w === null) return false;
  if (typeof prefix === 'string') return tailMatch(s, w, prefix, false);
  for (const p of prefix) if (tailMatch(s, w, p, false)) return true;
  return false;
}

export function strEndsWith(s: string, suffix: string | readonly string[], start?: Bound, end?: Bound): boolean {
  const w = noBounds(start, end) ? whole(s) : window(s, start, end);
  if (w === null) return false;
  if (typeof suffix === 'string') return tailMatch(s, w, suffix, true);
  for (const p of suffix) if (tailMatch(s, w, p, true)) return true;
  return false;
}

/**
 * CPython's TypeError for a startswith/endswith argument of the wrong type: `typeName` is the
 * offending object's type name, `inTuple` whether it was an item of the tuple argument.
 * `kind` is 'str' for str methods and 'bytes' for bytes/bytearray methods.
 */
export function affixArgTypeError(
  method: 'startswith' | 'endswith',
  typeName: string,
  inTuple: boolean,
  kind: 'str' | 'bytes' = 'str',
): TextError {
  if (kind === 'str') {
    return inTuple
      ? new TextError('TypeError', `tuple for ${method} must only contain str, not ${typeName}`)
      : new TextError('TypeError', `${method} first arg must be str or a tuple of str, not ${typeName}`);
  }
  return inTuple
    ? new TextError('TypeError', `a bytes-like object is required, not '${typeName}'`)
    : new TextError('TypeError', `${method} first arg must be bytes or a tuple of bytes, not ${typeName}`);
}
