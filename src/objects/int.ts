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
  const m = negative ? -b : b;
  if (m <= 9007199254740991n) {
    const x = Number(m);
    const hi = Math.floor(x / 4294967296);
    const n = x === 0 ? 0 : hi === 0 ? 1 : 2;
    const r = allocInt(type, negative, n);
    const base = (r >> 2) + I_DIGITS;
    if (n > 0) u32[base] = x >>> 0;
    if (n > 1) u32[base + 1] = hi;
    return r;
  }
  // Through hex text: linear in the size (shifting a bigint digit by digit is quadratic).
  const hex = m.toString(16);
  const n = (hex.length + 7) >> 3;
  const r = allocInt(type, negative, n);
  const base = (r >> 2) + I_DIGITS;
  let digit = 0;
  let shift = 0;
  let k = 0;
  for (let i = hex.length - 1; i >= 0; i--) {
    const c = hex.charCodeAt(i);
    digit |= (c <= 57 ? c - 48 : c - 87) << shift;
    shift += 4;
    if (shift === 32) {
      u32[base + k++] = digit >>> 0;
      digit = 0;
      shift = 0;
    }
  }
  if (shift !== 0) u32[base + k] = digit >>> 0;
  return r;
}

/** The int value for a JS integer (a safe integer). */
export function intFromNumber(n: number): Value {
  if (fitsSmallInt(n)) return fromSmallInt(n);
  return boxBigInt(T.int, BigInt(n));
}

/** Two ASCII hex digits of each byte value as one little-endian u16 ('0x' prefix: 0x7830). */
const HEX_PAIRS = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  const hex = (d: number): number => (d < 10 ? 48 + d : 87 + d);
  HEX_PAIRS[i] = hex(i >> 4) | (hex(i & 15) << 8);
}
/** Scratch for heapIntValue: '0x' then the digits (a JS cache of nothing: rewritten every call). */
let hexBuf = new Uint16Array(256);
const asciiDecoder = new TextDecoder('latin1');

/**
 * The value of an exact int (small, or a heap int of at most 53 bits) as a
 * JS number; NaN for anything else (wider ints, bools, other types). The
 * interpreter's fast paths do arithmetic on such values without bigints.
 */
export function safeIntValue(v: Value): number {
  if ((v & 1) !== 0) return v >> 1;
  const w = v >> 2;
  if (v === 0 || i32[w] !== T.int) return Number.NaN;
  const n = i32[w + I_NDIGITS]!;
  if (n > 2) return Number.NaN;
  const lo = n === 0 ? 0 : u32[w + I_DIGITS]!;
  const hi = n === 2 ? u32[w + I_DIGITS + 1]! : 0;
  if (hi >= 0x200000) return Number.NaN;
  const x = hi * 4294967296 + lo;
  return i32[w + H_AUX] !== 0 ? -x : x;
}

/** The int for a safe integer `x` (|x| < 2**53), without a bigint. */
export function intFromSafe(x: number): Value {
  if (x >= -1073741824 && x <= 1073741823) return fromSmallInt(x);
  const negative = x < 0;
  const m = negative ? -x : x;
  const hi = Math.floor(m / 4294967296);
  const r = allocInt(T.int, negative, hi === 0 ? 1 : 2);
  const base = (r >> 2) + I_DIGITS;
  u32[base] = m >>> 0;
  if (hi !== 0) u32[base + 1] = hi;
  return r;
}

/** The bigint held by a heap int (or bool) object. */
export function heapIntValue(r: Ref): bigint {
  const w = r >> 2;
  const n = i32[w + I_NDIGITS]!;
  let b: bigint;
  if (n <= 2) {
    const lo = n === 0 ? 0 : u32[w + I_DIGITS]!;
    const hi = n === 2 ? u32[w + I_DIGITS + 1]! : 0;
    b = hi < 0x200000 ? BigInt(hi * 4294967296 + lo) : (BigInt(hi) << 32n) | BigInt(lo);
  } else {
    // Through hex text written as ASCII bytes, two at a time: linear in the size.
    if (hexBuf.length < n * 4 + 1) hexBuf = new Uint16Array(n * 8 + 1);
    hexBuf[0] = 0x7830; // '0x'
    let p = 1;
    for (let i = n - 1; i >= 0; i--) {
      const d = u32[w + I_DIGITS + i]!;
      hexBuf[p++] = HEX_PAIRS[d >>> 24]!;
      hexBuf[p++] = HEX_PAIRS[(d >>> 16) & 255]!;
      hexBuf[p++] = HEX_PAIRS[(d >>> 8) & 255]!;
      hexBuf[p++] = HEX_PAIRS[d & 255]!;
    }
    b = BigInt(asciiDecoder.decode(new Uint8Array(hexBuf.buffer, 0, p * 2)));
  }
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
