/**
 * The bytes / bytearray methods that build new bytes, plus the ASCII predicates.
 *
 *   bytesStrip / bytesLStrip / bytesRStrip(b, chars?)   chars null: ASCII whitespace
 *   bytesRemovePrefix / bytesRemoveSuffix(b, affix)
 *   bytesCenter / bytesLJust / bytesRJust(b, width, fill?, fillType?)  fill: one byte (fillType:
 *                                          its type name for the TypeError)
 *   bytesZFill(b, width)   bytesExpandTabs(b, tabsize = 8)
 *   bytesLower bytesUpper bytesCapitalize bytesSwapCase bytesTitle       ASCII letters only
 *   bytesIsAlnum bytesIsAlpha bytesIsAscii bytesIsDigit bytesIsLower bytesIsSpace bytesIsTitle bytesIsUpper
 *   bytesReplace(b, old, new, count = -1)
 *   bytesJoin(sep, parts)
 *   bytesTranslate(b, table | null, delete?)   bytesMakeTrans(from, to)
 *   bytesHex(b, sep?, bytesPerSep = 1)   bytesFromHex(s)
 *   bytesDecode(b, encoding = 'utf-8', errors = 'strict')
 *
 * Every result is a fresh array. Type errors about argument kinds (str where bytes are needed)
 * are the VM's; the messages of the ones that depend on values are here.
 */
import { decodeBytes, type CodecOptions } from './codecs.js';
import { checkResultSize, TextError } from './errors.js';
import { isByteSpace, rawFind } from './bytes-search.js';

function isLowerB(x: number): boolean {
  return x >= 97 && x <= 122;
}
function isUpperB(x: number): boolean {
  return x >= 65 && x <= 90;
}
function isAlphaB(x: number): boolean {
  return isLowerB(x) || isUpperB(x);
}
function isDigitB(x: number): boolean {
  return x >= 48 && x <= 57;
}

// --- strip ---------------------------------------------------------------------------------

function strip(b: Uint8Array, chars: Uint8Array | null | undefined, left: boolean, right: boolean): Uint8Array {
  const pred =
    chars === null || chars === undefined ? isByteSpace : (x: number): boolean => chars.includes(x);
  let i = 0;
  let j = b.length;
  if (left) while (i < j && pred(b[i] as number)) i++;
  if (right) while (j > i && pred(b[j - 1] as number)) j--;
  return b.slice(i, j);
}

export const bytesStrip = (b: Uint8Array, chars?: Uint8Array | null): Uint8Array => strip(b, chars, true, true);
export const bytesLStrip = (b: Uint8Array, chars?: Uint8Array | null): Uint8Array => strip(b, chars, true, false);
export const bytesRStrip = (b: Uint8Array, chars?: Uint8Array | null): Uint8Array => strip(b, chars, false, true);

function startsWith(b: Uint8Array, p: Uint8Array, off: number): boolean {
  if (off < 0 || off + p.length > b.length) return false;
  for (let k = 0; k < p.length; k++) if (b[off + k] !== p[k]) return false;
  return true;
}

export function bytesRemovePrefix(b: Uint8Array, prefix: Uint8Array): Uint8Array {
  return prefix.length > 0 && startsWith(b, prefix, 0) ? b.slice(prefix.length) : b.slice();
}

export function bytesRemoveSuffix(b: Uint8Array, suffix: Uint8Array): Uint8Array {
  return suffix.length > 0 && startsWith(b, suffix, b.length - suffix.length)
    ? b.slice(0, b.length - suffix.length)
    : b.slice();
}

// --- padding -------------------------------------------------------------------------------

function fillByte(fill: Uint8Array | undefined, method: string, fillType: string): number {
  if (fill === undefined) return 32;
  if (fill.length !== 1) {
    throw new TextError('TypeError', `${method}() argument 2 must be a byte string of length 1, not ${fillType}`);
  }
  return fill[0] as number;
}

function padded(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  checkResultSize(left + b.length + right, true);
  const out = new Uint8Array(left + b.length + right);
  out.fill(fill, 0, left);
  out.set(b, left);
  out.fill(fill, left + b.length);
  return out;
}

export function bytesCenter(b: Uint8Array, width: number, fill?: Uint8Array, fillType: string = 'bytes'): Uint8Array {
  const f = fillByte(fill, 'center', fillType);
  if (width <= b.length) return b.slice();
  const marg = width - b.length;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return padded(b, left, marg - left, f);
}

export function bytesLJust(b: Uint8Array, width: number, fill?: Uint8Array, fillType: string = 'bytes'): Uint8Array {
  const f = fillByte(fill, 'ljust', fillType);
  return width <= b.length ? b.slice() : padded(b, 0, width - b.length, f);
}

export function bytesRJust(b: Uint8Array, width: number, fill?: Uint8Array, fillType: string = 'bytes'): Uint8Array {
  const f = fillByte(fill, 'rjust', fillType);
  return width <= b.length ? b.slice() : padded(b, width - b.length, 0, f);
}

export function bytesZFill(b: Uint8Array, width: number): Uint8Array {
  if (width <= b.length) return b.slice();
  const out = padded(b, width - b.length, 0, 48);
  if (b[0] === 43 || b[0] === 45) {
    out[0] = b[0];
    out[width - b.length] = 48;
  }
  return out;
}

export function bytesExpandTabs(b: Uint8Array, tabsize: number = 8): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const x of b) {
    if (x === 9) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        for (let k = 0; k < n; k++) out.push(32);
        col += n;
      }
    } else {
      out.push(x);
      col = x === 10 || x === 13 ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

// --- case ----------------------------------------------------------------------------------

function mapBytes(b: Uint8Array, f: (x: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i] as number, i);
  return out;
}

const lower = (x: number): number => (isUpperB(x) ? x + 32 : x);
const upper = (x: number): number => (isLowerB(x) ? x - 32 : x);

export const bytesLower = (b: Uint8Array): Uint8Array => mapBytes(b, lower);
export const bytesUpper = (b: Uint8Array): Uint8Array => mapBytes(b, upper);
export const bytesSwapCase = (b: Uint8Array): Uint8Array =>
  mapBytes(b, (x) => (isUpperB(x) ? x + 32 : isLowerB(x) ? x - 32 : x));
export const bytesCapitalize = (b: Uint8Array): Uint8Array => mapBytes(b, (x, i) => (i === 0 ? upper(x) : lower(x)));

export function bytesTitle(b: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(b, (x) => {
    const r = prevCased ? lower(x) : upper(x);
    prevCased = isAlphaB(x);
    return r;
  });
}

// --- predicates ----------------------------------------------------------------------------

function all(b: Uint8Array, pred: (x: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const x of b) if (!pred(x)) return false;
  return true;
}

export const bytesIsAlnum = (b: Uint8Array): boolean => all(b, (x) => isAlphaB(x) || isDigitB(x));
export const bytesIsAlpha = (b: Uint8Array): boolean => all(b, isAlphaB);
export const bytesIsDigit = (b: Uint8Array): boolean => all(b, isDigitB);
export const bytesIsSpace = (b: Uint8Array): boolean => all(b, isByteSpace);
export const bytesIsAscii = (b: Uint8Array): boolean => b.every((x) => x < 128);

export function bytesIsLower(b: Uint8Array): boolean {
  let cased = false;
  for (const x of b) {
    if (isUpperB(x)) return false;
    if (isLowerB(x)) cased = true;
  }
  return cased;
}

export function bytesIsUpper(b: Uint8Array): boolean {
  let cased = false;
  for (const x of b) {
    if (isLowerB(x)) return false;
    if (isUpperB(x)) cased = true;
  }
  return cased;
}

export function bytesIsTitle(b: Uint8Array): boolean {
  let cased = false;
  let prev = false;
  for (const x of b) {
    if (isUpperB(x)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerB(x)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

// --- replace, join, translate ---------------------------------------------------------------

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export function bytesReplace(b: Uint8Array, old: Uint8Array, repl: Uint8Array, count: number = -1): Uint8Array {
  let left = count < 0 ? Infinity : count;
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    let i = 0;
    while (i < b.length && left > 0) {
      parts.push(repl, b.subarray(i, i + 1));
      i++;
      left--;
    }
    if (left > 0) parts.push(repl);
    parts.push(b.subarray(i));
    return concat(parts);
  }
  let from = 0;
  while (left > 0) {
    const i = rawFind(b, old, from, b.length);
    if (i < 0) break;
    parts.push(b.subarray(from, i), repl);
    from = i + old.length;
    left--;
  }
  parts.push(b.subarray(from));
  return concat(parts);
}

export function bytesJoin(sep: Uint8Array, parts: readonly Uint8Array[]): Uint8Array {
  const all: Uint8Array[] = [];
  parts.forEach((p, i) => {
    if (i > 0) all.push(sep);
    all.push(p);
  });
  return concat(all);
}

export function bytesTranslate(b: Uint8Array, table: Uint8Array | null, deleteChars?: Uint8Array): Uint8Array {
  if (table !== null && table.length !== 256) {
    throw new TextError('ValueError', 'translation table must be 256 characters long');
  }
  const out = new Uint8Array(b.length);
  if (deleteChars === undefined || deleteChars.length === 0) {
    if (table === null) out.set(b);
    else for (let i = 0; i < b.length; i++) out[i] = table[b[i]!]!;
    return out;
  }
  const del = new Uint8Array(256);
  for (let i = 0; i < deleteChars.length; i++) del[deleteChars[i]!] = 1;
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (del[x] === 0) out[n++] = table === null ? x : table[x]!;
  }
  return out.subarray(0, n);
}

export function bytesMakeTrans(from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) throw new TextError('ValueError', 'maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  from.forEach((x, i) => (t[x] = to[i] as number));
  return t;
}

// --- hex -----------------------------------------------------------------------------------

/**
 * bytes.hex(sep, bytes_per_sep): sep is a str or bytes of length 1 (given here as a string);
 * groups of bytesPerSep bytes counted from the right (from the left when negative).
 */
export function bytesHex(b: Uint8Array, sep?: string | null, bytesPerSep: number = 1): string {
  const h = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
  if (sep === null || sep === undefined) return h;
  if (sep.length !== 1) throw new TextError('ValueError', 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) throw new TextError('ValueError', 'sep must be ASCII.');
  if (bytesPerSep === 0 || b.length === 0) return h;
  const group = Math.abs(bytesPerSep);
  const groups: string[] = [];
  if (bytesPerSep > 0) {
    // Full groups at the right end; the first group may be short.
    const first = b.length % group || group;
    groups.push(h.slice(0, first * 2));
    for (let i = first; i < b.length; i += group) groups.push(h.slice(i * 2, (i + group) * 2));
  } else {
    for (let i = 0; i < b.length; i += group) groups.push(h.slice(i * 2, (i + group) * 2));
  }
  return groups.join(sep);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** bytes.fromhex(s): pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  const bad = (k: number): never => {
    // The position counts code points, as CPython's str indexes do.
    throw new TextError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${Array.from(s.slice(0, k)).length}`);
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hexVal(c);
    if (hi < 0) bad(i);
    if (i + 1 >= n) bad(i + 1);
    const lo = hexVal(s.charCodeAt(i + 1));
    if (lo < 0) bad(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

export function bytesDecode(b: Uint8Array, encoding: string = 'utf-8', errors: string = 'strict', options?: CodecOptions): string {
  return decodeBytes(b, encoding, errors, options);
}
