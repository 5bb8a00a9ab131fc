/**
 * Searching and splitting bytes / bytearray (Uint8Array), with CPython's semantics.
 *
 *   bytesFind / bytesRFind(b, sub, start?, end?)      sub: bytes or an int byte value
 *   bytesIndex / bytesRIndex                           ValueError 'subsection not found'
 *   bytesCount(b, sub, start?, end?)
 *   bytesStartsWith / bytesEndsWith(b, affix | affixes[], start?, end?)
 *   bytesContains(b, sub)
 *   bytesSplit / bytesRSplit(b, sep?, maxsplit = -1)   sep null: runs of ASCII whitespace
 *   bytesSplitLines(b, keepends = false)               \n, \r, \r\n only
 *   bytesPartition / bytesRPartition(b, sep)
 *
 * An int sub must be in range(0, 256) (ValueError 'byte must be in range(0, 256)'). Results are
 * fresh arrays (never views of the input), so the VM may wrap them as bytes or bytearray.
 * Searches run on Node's native Buffer.indexOf over views of the arrays: no copying.
 */
import { adjustRange } from './codepoints.js';
import { TextError } from './errors.js';

type Bound = number | null | undefined;
export type ByteSub = Uint8Array | number;

function view(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

function subBytes(sub: ByteSub): Uint8Array {
  if (typeof sub !== 'number') return sub;
  if (!(sub >= 0 && sub <= 255)) throw new TextError('ValueError', 'byte must be in range(0, 256)');
  return Uint8Array.of(sub);
}

/** Offset of the first occurrence of sub in b[from:to], or -1. */
export function rawFind(b: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  if (sub.length === 0) return from <= to ? from : -1;
  if (to - from < sub.length) return -1;
  const i = view(b).indexOf(view(sub), from);
  return i >= 0 && i + sub.length <= to ? i : -1;
}

/** Offset of the last occurrence of sub in b[from:to], or -1. */
export function rawRFind(b: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  if (sub.length === 0) return from <= to ? to : -1;
  const last = to - sub.length;
  if (last < from) return -1;
  const i = view(b).lastIndexOf(view(sub), last);
  return i >= from ? i : -1;
}

function win(b: Uint8Array, start: Bound, end: Bound): [number, number] | null {
  const [a, e] = adjustRange(b.length, start, end);
  return a > b.length || e < a ? null : [a, e];
}

export function bytesFind(b: Uint8Array, sub: ByteSub, start?: Bound, end?: Bound): number {
  const s = subBytes(sub);
  const w = win(b, start, end);
  return w === null ? -1 : rawFind(b, s, w[0], w[1]);
}

export function bytesRFind(b: Uint8Array, sub: ByteSub, start?: Bound, end?: Bound): number {
  const s = subBytes(sub);
  const w = win(b, start, end);
  return w === null ? -1 : rawRFind(b, s, w[0], w[1]);
}

export function bytesIndex(b: Uint8Array, sub: ByteSub, start?: Bound, end?: Bound): number {
  const i = bytesFind(b, sub, start, end);
  if (i < 0) throw new TextError('ValueError', 'subsection not found');
  return i;
}

export function bytesRIndex(b: Uint8Array, sub: ByteSub, start?: Bound, end?: Bound): number {
  const i = bytesRFind(b, sub, start, end);
  if (i < 0) throw new TextError('ValueError', 'subsection not found');
  return i;
}

export function bytesCount(b: Uint8Array, sub: ByteSub, start?: Bound, end?: Bound): number {
  const s = subBytes(sub);
  const w = win(b, start, end);
  if (w === null) return 0;
  if (s.length === 0) return w[1] - w[0] + 1;
  let n = 0;
  let i = rawFind(b, s, w[0], w[1]);
  while (i >= 0) {
    n++;
    i = rawFind(b, s, i + s.length, w[1]);
  }
  return n;
}

export function bytesContains(b: Uint8Array, sub: ByteSub): boolean {
  return rawFind(b, subBytes(sub), 0, b.length) >= 0;
}

function tailMatch(b: Uint8Array, w: [number, number], sub: Uint8Array, atEnd: boolean): boolean {
  if (w[1] - w[0] < sub.length) return false;
  const off = atEnd ? w[1] - sub.length : w[0];
  for (let k = 0; k < sub.length; k++) if (b[off + k] !== sub[k]) return false;
  return true;
}

export function bytesStartsWith(b: Uint8Array, prefix: Uint8Array | readonly Uint8Array[], start?: Bound, end?: Bound): boolean {
  const w = win(b, start, end);
  if (w === null) return false;
  if (prefix instanceof Uint8Array) return tailMatch(b, w, prefix, false);
  return prefix.some((p) => tailMatch(b, w, p, false));
}

export function bytesEndsWith(b: Uint8Array, suffix: Uint8Array | readonly Uint8Array[], start?: Bound, end?: Bound): boolean {
  const w = win(b, start, end);
  if (w === null) return false;
  if (suffix instanceof Uint8Array) return tailMatch(b, w, suffix, true);
  return suffix.some((p) => tailMatch(b, w, p, true));
}

/** ASCII whitespace as bytes methods see it: space \t \n \v \f \r. */
export function isByteSpace(x: number): boolean {
  return x === 32 || (x >= 9 && x <= 13);
}

function checkSep(sep: Uint8Array): void {
  if (sep.length === 0) throw new TextError('ValueError', 'empty separator');
}

export function bytesSplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit: number = -1): Uint8Array[] {
  const out: Uint8Array[] = [];
  let left = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null || sep === undefined) {
    let i = 0;
    const n = b.length;
    while (true) {
      while (i < n && isByteSpace(b[i] as number)) i++;
      if (i >= n) break;
      if (left === 0) {
        out.push(b.slice(i));
        break;
      }
      const j = i;
      while (i < n && !isByteSpace(b[i] as number)) i++;
      out.push(b.slice(j, i));
      left--;
    }
    return out;
  }
  checkSep(sep);
  let from = 0;
  while (left > 0) {
    const i = rawFind(b, sep, from, b.length);
    if (i < 0) break;
    out.push(b.slice(from, i));
    from = i + sep.length;
    left--;
  }
  out.push(b.slice(from));
  return out;
}

export function bytesRSplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit: number = -1): Uint8Array[] {
  const out: Uint8Array[] = [];
  let left = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null || sep === undefined) {
    let i = b.length - 1;
    while (true) {
      while (i >= 0 && isByteSpace(b[i] as number)) i--;
      if (i < 0) break;
      if (left === 0) {
        out.push(b.slice(0, i + 1));
        break;
      }
      const j = i;
      while (i >= 0 && !isByteSpace(b[i] as number)) i--;
      out.push(b.slice(i + 1, j + 1));
      left--;
    }
    return out.reverse();
  }
  checkSep(sep);
  let to = b.length;
  while (left > 0) {
    const i = rawRFind(b, sep, 0, to);
    if (i < 0) break;
    out.push(b.slice(i + sep.length, to));
    to = i;
    left--;
  }
  out.push(b.slice(0, to));
  return out.reverse();
}

export function bytesSplitLines(b: Uint8Array, keepends: boolean = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && b[i] !== 10 && b[i] !== 13) i++;
    let eol = i;
    if (i < n) {
      i += b[i] === 13 && b[i + 1] === 10 ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(b.slice(start, eol));
  }
  return out;
}

export function bytesPartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  checkSep(sep);
  const i = rawFind(b, sep, 0, b.length);
  if (i < 0) return [b.slice(), new Uint8Array(0), new Uint8Array(0)];
  return [b.slice(0, i), sep.slice(), b.slice(i + sep.length)];
}

export function bytesRPartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  checkSep(sep);
  const i = rawRFind(b, sep, 0, b.length);
  if (i < 0) return [new Uint8Array(0), new Uint8Array(0), b.slice()];
  return [b.slice(0, i), sep.slice(), b.slice(i + sep.length)];
}
