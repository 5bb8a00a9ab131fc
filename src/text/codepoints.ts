/**
 * Code points of a Python str held in a JS string.
 *
 * A Python str is a sequence of code points. Here it is a JS string (UTF-16): a code point above
 * U+FFFF is a surrogate pair, and a lone surrogate (high not followed by low, or a low not after a
 * high) is one code point of its own. Every index in the API of src/text is a code-point index;
 * these helpers convert between code-point indexes and UTF-16 offsets, with a fast path (offset ==
 * index) for strings without surrogates, which is nearly every string.
 *
 *   hasSurrogates(s)            true when s holds any UTF-16 surrogate
 *   isAsciiStr(s)               true when s is all ASCII
 *   hasLoneSurrogate(s)         true when s holds a surrogate code point
 *   cpLength(s)                 len(s)
 *   cpToOffset(s, i)            UTF-16 offset of code point i (0 <= i <= len)
 *   offsetToCp(s, off)          code-point index of a UTF-16 offset on a code point boundary
 *   codePointAt(s, i)           ord(s[i]) for 0 <= i < len
 *   strGetItem(s, i)            s[i] with negative indexes; IndexError 'string index out of range'
 *   sliceIndices(len, a, b, c)  CPython's slice.indices(): [start, stop, step, count]
 *   strSlice(s, a, b, c)        s[a:b:c] (null for an omitted part)
 *   codePoints(s) / fromCodePoints(cps)
 *   adjustRange(len, start, end) the [start, end) window of find/count/startswith...
 *   isUnitBoundaryMatch(s, off, n) false where a match of n units at off would split a pair
 *   strCompare(a, b)            Python's str ordering (by code point), -1 / 0 / 1
 */
import { TextError } from './errors.js';

const SURROGATE = /[\uD800-\uDFFF]/;

export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether s holds a lone surrogate (a code point U+D800..U+DFFF for Python). */
export function hasLoneSurrogate(s: string): boolean {
  return SURROGATE.test(s) && LONE.test(s);
}

/** Whether every code unit of s is ASCII (native scan: UTF-8 length equals UTF-16 length). */
export function isAsciiStr(s: string): boolean {
  return s.length === 0 || Buffer.byteLength(s, 'utf8') === s.length;
}

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** len(s). */
export function cpLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const u = s.charCodeAt(i);
    if (isHigh(u) && i + 1 < len && isLow(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/** UTF-16 offset of code point `index` (index may equal len: the end). */
export function cpToOffset(s: string, index: number): number {
  if (index <= 0) return 0;
  if (!SURROGATE.test(s)) return Math.min(index, s.length);
  let n = 0;
  const len = s.length;
  let i = 0;
  while (i < len && n < index) {
    const u = s.charCodeAt(i);
    i += isHigh(u) && i + 1 < len && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
    n++;
  }
  return i;
}

/** Code-point index of UTF-16 offset `off` (a code point boundary). */
export function offsetToCp(s: string, off: number): number {
  if (!SURROGATE.test(s)) return off;
  let n = 0;
  let i = 0;
  const len = s.length;
  while (i < off && i < len) {
    const u = s.charCodeAt(i);
    i += isHigh(u) && i + 1 < len && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
    n++;
  }
  return n;
}

/** ord(s[index]), 0 <= index < len(s). */
export function codePointAt(s: string, index: number): number {
  const off = cpToOffset(s, index);
  return s.codePointAt(off) as number;
}

/** s[index] with Python's negative indexes. */
export function strGetItem(s: string, index: number): string {
  if (!SURROGATE.test(s)) {
    const i = index < 0 ? index + s.length : index;
    if (i < 0 || i >= s.length) throw new TextError('IndexError', 'string index out of range');
    return s[i] as string;
  }
  const len = cpLength(s);
  const i = index < 0 ? index + len : index;
  if (i < 0 || i >= len) throw new TextError('IndexError', 'string index out of range');
  const off = cpToOffset(s, i);
  const cp = s.codePointAt(off) as number;
  return s.slice(off, off + (cp > 0xffff ? 2 : 1));
}

/** All code points of s. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    out.push(cp);
  }
  return out;
}

/** The string of code points cps (surrogate code points become lone surrogates). */
export function fromCodePoints(cps: readonly number[]): string {
  let out = '';
  // String.fromCodePoint takes a bounded number of arguments: go in chunks.
  for (let i = 0; i < cps.length; i += 4096) {
    out += String.fromCodePoint(...cps.slice(i, i + 4096));
  }
  return out;
}

/**
 * CPython's slice.indices(len): start, stop, step and the number of items. Omitted parts are
 * null; values are JS numbers (the VM clamps huge ints to +-Infinity or any value past len).
 */
export function sliceIndices(
  length: number,
  start: number | null,
  stop: number | null,
  step: number | null,
): [number, number, number, number] {
  const st = step === null ? 1 : step;
  if (st === 0) throw new TextError('ValueError', 'slice step cannot be zero');
  let a: number;
  let b: number;
  if (st > 0) {
    a = start === null ? 0 : start < 0 ? Math.max(start + length, 0) : Math.min(start, length);
    b = stop === null ? length : stop < 0 ? Math.max(stop + length, 0) : Math.min(stop, length);
  } else {
    a =
      start === null ? length - 1 : start < 0 ? Math.max(start + length, -1) : Math.min(start, length - 1);
    b = stop === null ? -1 : stop < 0 ? Math.max(stop + length, -1) : Math.min(stop, length - 1);
  }
  let count: number;
  if (st > 0) count = a < b ? Math.floor((b - a - 1) / st) + 1 : 0;
  else count = b < a ? Math.floor((a - b - 1) / -st) + 1 : 0;
  return [a, b, st, count];
}

/** s[start:stop:step]. */
export function strSlice(s: string, start: number | null, stop: number | null, step: number | null = null): string {
  const bmp = !SURROGATE.test(s);
  const len = bmp ? s.length : cpLength(s);
  const [a, , st, count] = sliceIndices(len, start, stop, step);
  if (count === 0) return '';
  if (st === 1) {
    if (bmp) return s.slice(a, a + count);
    const from = cpToOffset(s, a);
    return s.slice(from, from + cpToOffset(s.slice(from), count));
  }
  if (bmp) {
    let out = '';
    for (let k = 0, i = a; k < count; k++, i += st) out += s[i];
    return out;
  }
  const cps = codePoints(s);
  const picked: number[] = new Array<number>(count);
  for (let k = 0, i = a; k < count; k++, i += st) picked[k] = cps[i] as number;
  return fromCodePoints(picked);
}

/**
 * The [start, end) window of find/count/startswith/... as CPython's ADJUST_INDICES: null means
 * omitted; negative values count from the end; the result is clamped to [0, len] (start may
 * exceed end, callers treat that as empty).
 */
export function adjustRange(len: number, start: number | null | undefined, end: number | null | undefined): [number, number] {
  let a = start ?? 0;
  let b = end ?? len;
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}

/**
 * Whether n UTF-16 units at offset off of s are whole code points: a match must not begin on the
 * low half of a pair or end on its high half.
 */
export function isUnitBoundaryMatch(s: string, off: number, n: number): boolean {
  if (off > 0 && isLow(s.charCodeAt(off)) && isHigh(s.charCodeAt(off - 1))) return false;
  const end = off + n;
  if (end < s.length && n > 0 && isLow(s.charCodeAt(end)) && isHigh(s.charCodeAt(end - 1))) return false;
  return true;
}

/** Whether sub could match in the middle of a surrogate pair (starts low or ends high). */
export function hasEdgeSurrogate(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/**
 * Python's str ordering (by code points): -1, 0 or 1. JS's < compares UTF-16 units, which puts
 * astral code points (surrogate pairs) before U+E000..U+FFFF; this does not.
 */
export function strCompare(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  // Without surrogates on both sides units order like code points (a unit >= 0xE000 facing a
  // surrogate is the case that would misorder).
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  // A difference in the low half of a pair: compare the whole code points that start one unit back.
  if (i > 0 && isHigh(a.charCodeAt(i - 1)) && (isLow(a.charCodeAt(i)) || isLow(b.charCodeAt(i)))) i--;
  const x = a.codePointAt(i) as number;
  const y = b.codePointAt(i) as number;
  return x < y ? -1 : x > y ? 1 : 0;
}
