/**
 * int (and bool) objects. Small ints (-2^30 .. 2^30-1) are inline values;
 * larger ones are heap objects:
 *
 *     +--------+--------+------------------------------+
 *     | header (aux = sign: 0 or 1) | ndigits | digits (32-bit, little-endian) |
 *     +--------+--------+------------------------------+   raw body
 *
 * bool's True and False are heap objects of type bool with the same layout
 * (one digit: 1 or nothing). Ints are always normalized: a value that fits
 * the small range is never boxed (bools excepted).
 */
import { allocate } from '../heap/allocator.js';
import { H_AUX, HEADER_BYTES, HEADER_WORDS, fitsSmallInt, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { i32, u32 } from '../heap/memory.js';
import { setNewBool } from './bootstrap-hooks.js';
import { S, T } from './registry.js';

const I_NDIGITS = HEADER_WORDS;
const I_DIGITS = HEADER_WORDS + 1;

function allocInt(type: Ref, negative: boolean, ndigits: number): Ref {
  const r = allocate(type, HEADER_BYTES + 4 + ndigits * 4, true);
  i32[(r >> 2) + H_AUX] = negative ? 1 : 0;
  i32[(r >> 2) + I_NDIGITS] = ndigits;
  return r;
}

/** The int value for a JS bigint (small when it fits). */
export function intFromBigInt(b: bigint): Value {
  if (b >= -1073741824n && b <= 1073741823n) return fromSmallInt(Number(b));
  return boxBigInt(T.int, b);
}

/** A heap int of `type` (int or an int layout) holding `b`, even when small. */
export function boxBigInt(type: Ref, b: bigint): Ref {
  const negative = b < 0n;
  let m = negative ? -b : b;
  let n = 0;
  for (let t = m; t > 0n; t >>= 32n) n++;
  const r = allocInt(type, negative, n);
  const base = (r >> 2) + I_DIGITS;
  for (let i = 0; i < n; i++) {
    u32[base + i] = Number(m & 0xffffffffn);
    m >>= 32n;
  }
  return r;
}

/** The int value for a JS integer (a safe integer). */
export function intFromNumber(n: number): Value {
  if (fitsSmallInt(n)) return fromSmallInt(n);
  return boxBigInt(T.int, BigInt(n));
}

/** The bigint held by a heap int (or bool) object. */
export function heapIntValue(r: Ref): bigint {
  const w = r >> 2;
  const n = i32[w + I_NDIGITS]!;
  let b = 0n;
  for (let i = n - 1; i >= 0; i--) b = (b << 32n) | BigInt(u32[w + I_DIGITS + i]!);
  return i32[w + H_AUX] === 1 ? -b : b;
}

/** The value of an int-like value (small int, heap int, bool) as a bigint. */
export function intValue(v: Value): bigint {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  return heapIntValue(v);
}

/** For a heap int object: does its value fit a JS safe integer? Then return it, else NaN. */
export function heapIntAsNumber(r: Ref): number {
  const w = r >> 2;
  const n = i32[w + I_NDIGITS]!;
  if (n > 2) return NaN;
  const lo = u32[w + I_DIGITS]! ?? 0;
  const hi = n === 2 ? u32[w + I_DIGITS + 1]! : 0;
  if (hi >= 0x200000) return NaN;
  const m = hi * 4294967296 + (n === 0 ? 0 : lo);
  return i32[w + H_AUX] === 1 ? -m : m;
}

export function newBool(value: boolean): Ref {
  const r = allocInt(T.bool, false, value ? 1 : 0);
  if (value) u32[(r >> 2) + I_DIGITS] = 1;
  return r;
}
setNewBool(newBool);

export function isBool(v: Value): boolean {
  return v === S.True || v === S.False;
}
