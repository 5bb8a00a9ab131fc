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
import { allocate } from '../heap/allocator.js';
import { GC_IMMORTAL, H_AUX, H_GC, HEADER_BYTES, HEADER_WORDS, type Ref } from '../heap/layout.js';
import { i32, u16, u32, u8 } from '../heap/memory.js';
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

/** Allocate a str of `length` code points of `kind` bytes; the caller fills the data. */
export function allocStr(length: number, kind: number, ascii: boolean): Ref {
  const s = allocate(T.str, S_DATA_BYTES + length * kind, true);
  i32[(s >> 2) + S_LENGTH] = length;
  i32[(s >> 2) + S_KIND] = kind | (ascii ? STR_ASCII : 0);
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
  let out = '';
  for (let i = 0; i < units.length; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, i + 8192)));
  }
  return out;
}

/** The cached hash of a str (FNV-1a over code points, 32 bits; never 0 in the cache). */
export function strHash(s: Ref): number {
  const w = s >> 2;
  const cached = i32[w + H_AUX]!;
  if (cached !== 0) return cached;
  const length = i32[w + S_LENGTH]!;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < length; i++) {
    h = Math.imul(h ^ strCodePoint(s, i), 0x01000193);
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
