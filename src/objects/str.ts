/**
 * str objects: immutable sequences of code points, stored as in CPython's
 * PEP 393 (one, two or four bytes per code point, the narrowest that fits).
 *
 *     +--------+--------+--------+-------------------------------+
 *     | header (aux=hash)| length | kind   | data (length * kind bytes)     |
 *     +--------+--------+--------+-------------------------------+
 *
 *   aux     the cached hash (0: not computed yet; a hash of 0 is stored as 1)
 *   length  raw int: number of code points
 *   kind    raw int: 1, 2 or 4 bytes per code point | STR_INTERNED | STR_ASCII
 *
 * The body is raw. JS code works on JS strings (UTF-16, astral code points as
 * surrogate pairs): `strValue` decodes (through a per-worker cache keyed by
 * address and validated by the heap words), `newStr` encodes.
 */
import { allocateRawFilled } from '../heap/allocator.js';
import { GC_IMMORTAL, H_AUX, H_GC, HEADER_BYTES, HEADER_WORDS, type Ref } from '../heap/layout.js';
import { copyBytes } from '../heap/memory.js';
import { T } from './registry.js';

const S_LENGTH = HEADER_WORDS;
const S_KIND = HEADER_WORDS + 1;
const S_DATA_BYTES = HEADER_BYTES + 8;

export const STR_KIND_MASK = 7;
export const STR_INTERNED = 1 << 3;
export const STR_ASCII = 1 << 4;

export function strLength(s: Ref): number {
  return i32[(s >> 2) + S_LENGTH]!;
}
export function strKind(s: Ref): number {
  return i32[(s >> 2) + S_KIND]! & STR_KIND_MASK;
}
export function strDataByte(s: Ref): number {
  return s + S_DATA_BYTES;
}

/** Code point at index i (0 <= i < length). */
export function strCodePoint(s: Ref, i: number): number {
  const kind = strKind(s);
  const d = s + S_DATA_BYTES;
  if (kind === 1) return u8[d + i]!;
  if (kind === 2) return u16[(d >> 1) + i]!;
  return u32[(d >> 2) + i]!;
}

/** Allocate a str of `length` code points of `kind` bytes; the caller fills the data (all of it: it is not zeroed). */
export function allocStr(length: number, kind: number, ascii: boolean): Ref {
  const s = allocateRawFilled(T.str, S_DATA_BYTES + length * kind);
  i32[(s >> 2) + S_LENGTH] = length;
  i32[(s >> 2) + S_KIND] = kind | (ascii ? STR_ASCII : 0);
  return s;
}

/**
 * str(n) of a small int (|n| < 2**30): its decimal digits written straight
 * into a new ASCII str, without the JS string that String(n) and newStr
 * would make and copy (they were most of the cost of str(i)).
 */
export function smallIntStr(n: number): Ref {
  let m = n < 0 ? -n : n;
  let length = n < 0 ? 2 : 1;
  for (let t = m; t >= 10; t = (t / 10) | 0) length++;
  const s = allocStr(length, 1, true);
  const d = s + S_DATA_BYTES;
  let i = length;
  do {
    u8[d + --i] = 48 + (m % 10);
    m = (m / 10) | 0;
  } while (m !== 0);
  if (n < 0) u8[d] = 45; // '-'
  return s;
}

/** A new str holding the JS string `text` (surrogate pairs become one code point). */
export function newStr(text: string): Ref {
  const n = text.length;
  let max = 0;
  let astral = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral++;
        i++;
      }
    }
  }
  if (astral === 0) {
    const kind = max < 256 ? 1 : 2;
    const s = allocStr(n, kind, max < 128);
    const d = s + S_DATA_BYTES;
    if (kind === 1) for (let i = 0; i < n; i++) u8[d + i] = text.charCodeAt(i);
    else for (let i = 0, w = d >> 1; i < n; i++) u16[w + i] = text.charCodeAt(i);
    return s;
  }
  const s = allocStr(n - astral, 4, false);
  let w = (s + S_DATA_BYTES) >> 2;
  for (let i = 0; i < n; i++) {
    const cp = text.codePointAt(i)!;
    u32[w++] = cp;
    if (cp > 0xffff) i++;
  }
  return s;
}

/** Per-worker cache of decoded strings, keyed by address; entries are checked against the heap. */
const decodeCache = new Map<number, { hash: number; length: number; text: string }>();
const CACHE_MAX = 4096;

/** The JS string for a str object. */
export function strValue(s: Ref): string {
  const length = strLength(s);
  if (length === 0) return '';
  const kind = strKind(s);
  const d = s + S_DATA_BYTES;
  if (length <= 16 && kind === 1) {
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(u8[d + i]!);
    return out;
  }
  const hash = strHash(s);
  const hit = decodeCache.get(s);
  if (hit !== undefined && hit.hash === hash && hit.length === length && hit.text.length >= length) {
    // The hash covers the content: a different string reusing the address would differ (almost
    // surely); re-check cheaply by the first and last code points.
    if (hit.text.codePointAt(0) === strCodePoint(s, 0)) return hit.text;
  }
  let text: string;
  if (kind === 1) text = decodeChunks(u8.subarray(d, d + length));
  else if (kind === 2) text = decodeChunks(u16.subarray(d >> 1, (d >> 1) + length));
  else {
    const parts: string[] = [];
    for (let i = 0, w = d >> 2; i < length; i++) parts.push(String.fromCodePoint(u32[w + i]!));
    text = parts.join('');
  }
  if (decodeCache.size >= CACHE_MAX) decodeCache.clear();
  decodeCache.set(s, { hash, length, text });
  return text;
}

function decodeChunks(units: Uint8Array | Uint16Array): string {
  // Node's decoders refuse views of a SharedArrayBuffer: decode a private copy (slice() copies
  // into a fresh ArrayBuffer). latin1 and utf16le map each unit to one UTF-16 unit, lone
  // surrogates included.
  if (units.length >= 64) {
    const copy = units.slice();
    const buf = Buffer.from(copy.buffer, 0, copy.byteLength);
    return buf.toString(units instanceof Uint8Array ? 'latin1' : 'utf16le');
  }
  let out = '';
  for (let i = 0; i < units.length; i++) out += String.fromCharCode(units[i]!);
  return out;
}

/** The cached hash of a str (FNV-1a over code points, 32 bits; never 0 in the cache; 0 for ''). */
export function strHash(s: Ref): number {
  const w = s >> 2;
  const cached = i32[w + H_AUX]!;
  if (cached !== 0) return cached;
  const length = i32[w + S_LENGTH]!;
  if (length === 0) return 0; // hash('') is 0, as in CPython
  const kind = i32[w + S_KIND]! & STR_KIND_MASK;
  const d = s + S_DATA_BYTES;
  let h = 0x811c9dc5 | 0;
  if (kind === 1) {
    for (let i = 0; i < length; i++) h = Math.imul(h ^ u8[d + i]!, 0x01000193);
  } else if (kind === 2) {
    const b = d >> 1;
    for (let i = 0; i < length; i++) h = Math.imul(h ^ u16[b + i]!, 0x01000193);
  } else {
    const b = d >> 2;
    for (let i = 0; i < length; i++) h = Math.imul(h ^ u32[b + i]!, 0x01000193);
  }
  h ^= length;
  if (h === 0 || h === -1) h = 1;
  i32[w + H_AUX] = h;
  return h;
}

export function strEquals(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const n = strLength(a);
  if (n !== strLength(b)) return false;
  if (strHash(a) !== strHash(b)) return false;
  const ka = strKind(a);
  if (ka === strKind(b)) {
    const bytes = n * ka;
    const da = a + S_DATA_BYTES;
    const db = b + S_DATA_BYTES;
    for (let i = 0; i < bytes; i++) if (u8[da + i] !== u8[db + i]) return false;
    return true;
  }
  for (let i = 0; i < n; i++) if (strCodePoint(a, i) !== strCodePoint(b, i)) return false;
  return true;
}

/** Mark a str as never collected (names made at start-up). */
export function makeImmortal(ref: Ref): void {
  i32[(ref >> 2) + (H_GC - 0)] = i32[(ref >> 2) + H_GC]! | GC_IMMORTAL;
}

export function isInterned(s: Ref): boolean {
  return (i32[(s >> 2) + S_KIND]! & STR_INTERNED) !== 0;
}
export function setInterned(s: Ref): void {
  i32[(s >> 2) + S_KIND] = i32[(s >> 2) + S_KIND]! | STR_INTERNED;
}

// ---- building and comparing strs on the heap (fast paths that need the raw layout) ----------

import { buffer } from '../heap/memory.js';
import { intern } from './intern.js';
import { S } from './registry.js';

/** One-code-point strs for U+0000..U+00FF, interned once per heap (CPython caches them too). */
const latin1Cache: Ref[] = new Array<Ref>(256).fill(0);
let latin1CacheBuffer: SharedArrayBuffer | null = null;

/** The str of one code point (shared for latin-1 code points). */
export function charStr(cp: number): Ref {
  if (cp < 256 && S.emptyStr !== 0) {
    if (latin1CacheBuffer !== buffer) {
      latin1Cache.fill(0);
      latin1CacheBuffer = buffer;
    }
    let s = latin1Cache[cp]!;
    if (s === 0) {
      s = intern(String.fromCharCode(cp));
      latin1Cache[cp] = s;
    }
    return s;
  }
  const kind = cp < 256 ? 1 : cp < 0x10000 ? 2 : 4;
  const s = allocStr(1, kind, cp < 128);
  const d = s + S_DATA_BYTES;
  if (kind === 1) u8[d] = cp;
  else if (kind === 2) u16[d >> 1] = cp;
  else u32[d >> 2] = cp;
  return s;
}

export function strIsAscii(s: Ref): boolean {
  return (i32[(s >> 2) + S_KIND]! & STR_ASCII) !== 0;
}

/** Largest code point of s[start:end) (for choosing the kind of a substring). */
function maxCodePoint(s: Ref, start: number, end: number): number {
  const kind = strKind(s);
  if (kind === 1 && strIsAscii(s)) return 0x7f;
  let max = 0;
  for (let i = start; i < end; i++) {
    const c = strCodePoint(s, i);
    if (c > max) max = c;
  }
  return max;
}

function kindFor(max: number): number {
  return max < 256 ? 1 : max < 0x10000 ? 2 : 4;
}

/** Copy code points src[from:from+n) to dst at index at (kinds may differ; dst wide enough). */
function copyCodePoints(dst: Ref, at: number, src: Ref, from: number, n: number): void {
  const kd = strKind(dst);
  const ks = strKind(src);
  const dd = dst + S_DATA_BYTES;
  const ds = src + S_DATA_BYTES;
  if (kd === ks) {
    const bytes = n * kd;
    const to = dd + at * kd;
    const src = ds + from * ks;
    copyBytes(to, src, bytes);
    return;
  }
  for (let i = 0; i < n; i++) {
    const c = strCodePoint(src, from + i);
    if (kd === 2) u16[(dd >> 1) + at + i] = c;
    else if (kd === 4) u32[(dd >> 2) + at + i] = c;
    else u8[dd + at + i] = c;
  }
}

/** s[start:end) as a new str (0 <= start <= end <= len); the narrowest kind is used. */
export function strSubstring(s: Ref, start: number, end: number): Ref {
  const n = end - start;
  if (n <= 0) return emptyStrRef();
  if (n === strLength(s)) return s;
  if (n === 1) return charStr(strCodePoint(s, start));
  const kind = strKind(s);
  const max = kind === 1 ? (strIsAscii(s) ? 0x7f : maxCodePoint(s, start, end)) : maxCodePoint(s, start, end);
  const r = allocStr(n, kindFor(max), max < 128);
  copyCodePoints(r, 0, s, start, n);
  return r;
}

/** s[start::step] for count code points. */
export function strStepSlice(s: Ref, start: number, step: number, count: number): Ref {
  if (count <= 0) return emptyStrRef();
  if (step === 1) return strSubstring(s, start, start + count);
  if (count === 1) return charStr(strCodePoint(s, start));
  let max = 0;
  for (let k = 0, i = start; k < count; k++, i += step) {
    const c = strCodePoint(s, i);
    if (c > max) max = c;
  }
  const kind = kindFor(max);
  const r = allocStr(count, kind, max < 128);
  const d = r + S_DATA_BYTES;
  for (let k = 0, i = start; k < count; k++, i += step) {
    const c = strCodePoint(s, i);
    if (kind === 1) u8[d + k] = c;
    else if (kind === 2) u16[(d >> 1) + k] = c;
    else u32[(d >> 2) + k] = c;
  }
  return r;
}

/** a + b. */
export function strConcat(a: Ref, b: Ref): Ref {
  const na = strLength(a);
  const nb = strLength(b);
  if (na === 0) return b;
  if (nb === 0) return a;
  const kind = Math.max(strKind(a), strKind(b));
  const r = allocStr(na + nb, kind, strIsAscii(a) && strIsAscii(b));
  copyCodePoints(r, 0, a, 0, na);
  copyCodePoints(r, na, b, 0, nb);
  return r;
}

/** The concatenation of the strs at i32[argv .. argv + n) (the caller checked they are strs). */
export function strConcatWords(argv: number, n: number): Ref {
  let total = 0;
  let kind = 1;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    const s = i32[argv + i]!;
    total += strLength(s);
    const k = strKind(s);
    if (k > kind) kind = k;
    if (!strIsAscii(s)) ascii = false;
  }
  if (total === 0) return emptyStrRef();
  if (n === 1) return i32[argv]!;
  const r = allocStr(total, kind, ascii);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const s = i32[argv + i]!;
    const len = strLength(s);
    copyCodePoints(r, at, s, 0, len);
    at += len;
  }
  return r;
}

/** s * n for n >= 1 (the caller checks the size). */
export function strRepeat(s: Ref, n: number): Ref {
  const len = strLength(s);
  if (n === 1 || len === 0) return s;
  const kind = strKind(s);
  const r = allocStr(len * n, kind, strIsAscii(s));
  const d = r + S_DATA_BYTES;
  const bytes = len * kind;
  u8.copyWithin(d, s + S_DATA_BYTES, s + S_DATA_BYTES + bytes);
  // Doubling copies: log2(n) copyWithin calls.
  let done = bytes;
  const total = bytes * n;
  while (done < total) {
    const chunk = Math.min(done, total - done);
    u8.copyWithin(d + done, d, d + chunk);
    done += chunk;
  }
  return r;
}

/** Code point order: negative, 0 or positive. */
export function strCompare(a: Ref, b: Ref): number {
  if (a === b) return 0;
  const na = strLength(a);
  const nb = strLength(b);
  const n = na < nb ? na : nb;
  if (strKind(a) === 1 && strKind(b) === 1) {
    const da = a + S_DATA_BYTES;
    const db = b + S_DATA_BYTES;
    for (let i = 0; i < n; i++) {
      const d = u8[da + i]! - u8[db + i]!;
      if (d !== 0) return d;
    }
    return na - nb;
  }
  for (let i = 0; i < n; i++) {
    const d = strCodePoint(a, i) - strCodePoint(b, i);
    if (d !== 0) return d;
  }
  return na - nb;
}

/**
 * Index of the first occurrence of `sub` in s[start:end), or -1 (code points; both kind 1 only:
 * callers use the JS-string path otherwise).
 */
export function strFindLatin1(s: Ref, sub: Ref, start: number, end: number): number {
  const n = strLength(sub);
  const ds = s + S_DATA_BYTES;
  const dn = sub + S_DATA_BYTES;
  if (n === 0) return start <= end ? start : -1;
  const first = u8[dn]!;
  const last = end - n;
  outer: for (let i = start; i <= last; i++) {
    if (u8[ds + i] !== first) continue;
    for (let k = 1; k < n; k++) if (u8[ds + i + k] !== u8[dn + k]) continue outer;
    return i;
  }
  return -1;
}

/** Does s[at:at+len(sub)) equal sub? (0 <= at, at + len(sub) <= len(s)) */
export function strMatchAt(s: Ref, at: number, sub: Ref): boolean {
  const n = strLength(sub);
  if (strKind(s) === 1 && strKind(sub) === 1) {
    const ds = s + S_DATA_BYTES + at;
    const dn = sub + S_DATA_BYTES;
    for (let k = 0; k < n; k++) if (u8[ds + k] !== u8[dn + k]) return false;
    return true;
  }
  for (let k = 0; k < n; k++) if (strCodePoint(s, at + k) !== strCodePoint(sub, k)) return false;
  return true;
}

/** A str made of the latin-1 bytes u8[from .. from + n) (bytes.decode('latin-1'), ascii fast paths). */
export function newStrFromLatin1(from: number, n: number): Ref {
  if (n === 0) return emptyStrRef();
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (u8[from + i]! >= 128) {
      ascii = false;
      break;
    }
  }
  const s = allocStr(n, 1, ascii);
  copyBytes(s + S_DATA_BYTES, from, n);
  return s;
}

/** Copy the code points of a kind-1 str into u8[to ..] (str.encode('latin-1') fast path). */
export function strCopyLatin1(s: Ref, to: number): void {
  const n = strLength(s);
  copyBytes(to, s + S_DATA_BYTES, n);
}

/** The shared empty str (once the heap is made). */
function emptyStrRef(): Ref {
  return S.emptyStr !== 0 ? S.emptyStr : newStr('');
}

/** sep.join of the strs at i32[base .. base + n) (the caller checked they are exact strs). */
export function strJoinWords(sep: Ref, base: number, n: number): Ref {
  if (n === 0) return emptyStrRef();
  if (n === 1) return i32[base]!;
  const ns = strLength(sep);
  let total = ns * (n - 1);
  let kind = strKind(sep);
  let ascii = strIsAscii(sep);
  for (let i = 0; i < n; i++) {
    const s = i32[base + i]!;
    total += strLength(s);
    const k = strKind(s);
    if (k > kind) kind = k;
    if (!strIsAscii(s)) ascii = false;
  }
  const r = allocStr(total, kind, ascii);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && ns > 0) {
      copyCodePoints(r, at, sep, 0, ns);
      at += ns;
    }
    const s = i32[base + i]!;
    const len = strLength(s);
    copyCodePoints(r, at, s, 0, len);
    at += len;
  }
  return r;
}

/** Is code point c whitespace for str.split()/strip() (only valid for c < 256)? */
export function isLatin1Space(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) || c === 0x85 || c === 0xa0;
}

/**
 * s.replace(old, repl, count) when s, old and repl are all 1-byte kind and old is not empty
 * (count < 0: all). Returns s itself when nothing matches.
 */
export function strReplaceLatin1(s: Ref, old: Ref, repl: Ref, count: number): Ref {
  const n = strLength(s);
  const m = strLength(old);
  const r = strLength(repl);
  let matches = 0;
  let left = count < 0 ? n + 1 : count;
  for (let i = strFindLatin1(s, old, 0, n); i >= 0 && left > 0; i = strFindLatin1(s, old, i + m, n)) {
    matches++;
    left--;
  }
  if (matches === 0) return s;
  const total = n + matches * (r - m);
  if (total === 0) return emptyStrRef();
  const out = allocStr(total, 1, strIsAscii(s) && strIsAscii(repl));
  const ds = s + S_DATA_BYTES;
  const dr = repl + S_DATA_BYTES;
  let at = out + S_DATA_BYTES;
  let from = 0;
  for (let k = 0; k < matches; k++) {
    const i = strFindLatin1(s, old, from, n);
    copyBytes(at, ds + from, i - from);
    at += i - from;
    copyBytes(at, dr, r);
    at += r;
    from = i + m;
  }
  copyBytes(at, ds + from, n - from);
  return out;
}

/**
 * upper() or lower() of an ASCII str on the heap bytes; s itself when nothing changes.
 * (Only ASCII: other code points need Unicode's case tables, in src/text.)
 */
export function strAsciiCase(s: Ref, upper: boolean): Ref {
  const n = strLength(s);
  const d = s + S_DATA_BYTES;
  const lo = upper ? 97 : 65;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = u8[d + i]!;
    if (c >= lo && c <= lo + 25) {
      first = i;
      break;
    }
  }
  if (first < 0) return s;
  const r = allocStr(n, 1, true);
  const o = r + S_DATA_BYTES;
  copyBytes(o, d, first);
  for (let i = first; i < n; i++) {
    const c = u8[d + i]!;
    u8[o + i] = c >= lo && c <= lo + 25 ? c ^ 0x20 : c;
  }
  return r;
}

/** Whitespace for str.split()/strip() among code points 0..255 (str.isspace()). */
const LATIN1_SPACE = new Uint8Array(256);
for (const c of [9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xa0]) LATIN1_SPACE[c] = 1;

/**
 * s.split(None, maxsplit) for a 1-byte-kind s, reading the heap bytes directly (the hot loop of
 * split()), in two passes: with `to` 0 it only counts the words; else it stores them (new strs)
 * at i32[to ..], the items of a list just made for them (nothing reads it yet, and allocation
 * never collects). Returns the number of words. Counting first spares a JS array that grew with
 * every word and a copy of it into the list: a 480,000-word split about 4 times faster, a
 * 12-word line.split() 5-10% (docs/performance.md).
 */
export function strSplitWhitespaceLatin1(s: Ref, maxsplit: number, to: number): number {
  const n = strLength(s);
  const d = s + S_DATA_BYTES;
  const space = LATIN1_SPACE;
  let i = 0;
  let words = 0;
  let left = maxsplit < 0 ? n : maxsplit;
  for (;;) {
    while (i < n && space[u8[d + i]!] === 1) i++;
    if (i >= n) return words;
    const start = i;
    if (left === 0) i = n;
    else while (i < n && space[u8[d + i]!] === 0) i++;
    if (to !== 0) i32[to + words] = strSubstring(s, start, i);
    words++;
    left--;
  }
}

const LATIN1_LINE_BREAK = new Uint8Array(256);
for (const c of [10, 11, 12, 13, 28, 29, 30, 0x85]) LATIN1_LINE_BREAK[c] = 1;

/**
 * s.splitlines(keepends) for a 1-byte-kind s, reading the heap bytes directly (the line breaks
 * of Python's str.splitlines within Latin-1; \r\n is one). Two passes, as
 * strSplitWhitespaceLatin1: with `to` 0 it counts the lines, else it stores them (new strs) at
 * i32[to ..]. Returns the number of lines.
 */
export function strSplitLinesLatin1(s: Ref, keepends: boolean, to: number): number {
  const n = strLength(s);
  const d = s + S_DATA_BYTES;
  const lineBreak = LATIN1_LINE_BREAK;
  let i = 0;
  let lines = 0;
  while (i < n) {
    const start = i;
    while (i < n && lineBreak[u8[d + i]!] === 0) i++;
    let eol = i;
    if (i < n) {
      i += u8[d + i] === 13 && i + 1 < n && u8[d + i + 1] === 10 ? 2 : 1;
      if (keepends) eol = i;
    }
    if (to !== 0) i32[to + lines] = strSubstring(s, start, eol);
    lines++;
  }
  return lines;
}

/** [start, end) of s without leading/trailing whitespace (1-byte kind), in stripOut. */
export const stripOut = new Int32Array(2);
export function strStripLatin1Bounds(s: Ref, left: boolean, right: boolean): void {
  const d = s + S_DATA_BYTES;
  let a = 0;
  let b = strLength(s);
  if (left) while (a < b && LATIN1_SPACE[u8[d + a]!] === 1) a++;
  if (right) while (b > a && LATIN1_SPACE[u8[d + b - 1]!] === 1) b--;
  stripOut[0] = a;
  stripOut[1] = b;
}
