/**
 * memoryview objects: a one-dimensional window on the bytes of a bytes or bytearray.
 *
 *     +--------+-----+-------+--------+--------+--------+-------+
 *     | header | obj | start | length | stride | format | flags |     (values body)
 *     +--------+-----+-------+--------+--------+--------+-------+
 *
 *   obj     the exporter: a bytes or bytearray (or an instance of a subclass); NULL once released
 *   start   small int: byte offset of item 0 in the exporter's data
 *   length  small int: number of items
 *   stride  small int: bytes from one item to the next (negative for reversed slices)
 *   format  small int: the format character's code ('B' unless cast; memoryview-format.ts)
 *   flags   small int: MVF_READONLY (a view of bytes, or toreadonly()), MVF_AT (format given as '@x')
 *
 * A view never copies: every read and write goes through the exporter's current storage, so a
 * bytearray that grew (and moved its buffer) is still seen. CPython forbids resizing a bytearray
 * while a view exists; with a tracing collector a view nobody holds still counts until it is
 * collected, so gilvm does not keep an export count: instead every access checks the view still
 * fits the exporter's current length (BufferError when it no longer does).
 *
 * Views of views point at the first exporter (memoryview(m).obj is m.obj, as in CPython).
 */
import { allocate } from '../heap/allocator.js';
import { fromSmallInt, HEADER_BYTES, HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { isTrue, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { BUF_OR_NONE, BUF_SIMPLE, bytesOf, bytesView, exporterData, exporterFormat, newBytes, registerMemoryViewData } from './bytes.js';
import { isByteArray } from './bytearray.js';
import { newFloat, floatOperand, floatValue } from './float.js';
import { intFromBigInt, intFromNumber } from './int.js';
import { hasIndex, indexOf, intToBigInt } from './list-args.js';
import { formatSize, intFormatRange, isFloatFormat, numberToHalf, readItem, writeItem } from './memoryview-format.js';
import { E, S, T } from './registry.js';
import { typeError } from './str-args.js';
import { unboxed } from './type-layout.js';
import { typeOf } from './typecheck.js';

const MV_OBJ = HEADER_WORDS;
const MV_START = HEADER_WORDS + 1;
const MV_LENGTH = HEADER_WORDS + 2;
const MV_STRIDE = HEADER_WORDS + 3;
const MV_FORMAT = HEADER_WORDS + 4;
const MV_FLAGS = HEADER_WORDS + 5;
const MV_BYTES = HEADER_BYTES + 24;

export const MVF_READONLY = 1;
export const MVF_AT = 2;

/** 'B' */
export const FORMAT_B = 0x42;

/** A new view (obj rooted by the caller's stack or handles; allocation does not collect). */
export function newMemoryView(obj: Value, start: number, length: number, stride: number, format: number, flags: number): Ref {
  const m = allocate(T.memoryview, MV_BYTES, false);
  const w = m >> 2;
  i32[w + MV_OBJ] = obj;
  i32[w + MV_START] = fromSmallInt(start);
  i32[w + MV_LENGTH] = fromSmallInt(length);
  i32[w + MV_STRIDE] = fromSmallInt(stride);
  i32[w + MV_FORMAT] = fromSmallInt(format);
  i32[w + MV_FLAGS] = fromSmallInt(flags);
  return m;
}

export function isMemoryView(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && i32[v >> 2] === T.memoryview;
}

export function mvObj(m: Ref): Value {
  return i32[(m >> 2) + MV_OBJ]!;
}
export function mvStart(m: Ref): number {
  return i32[(m >> 2) + MV_START]! >> 1;
}
export function mvLength(m: Ref): number {
  return i32[(m >> 2) + MV_LENGTH]! >> 1;
}
export function mvStride(m: Ref): number {
  return i32[(m >> 2) + MV_STRIDE]! >> 1;
}
export function mvFormat(m: Ref): number {
  return i32[(m >> 2) + MV_FORMAT]! >> 1;
}
export function mvFlags(m: Ref): number {
  return i32[(m >> 2) + MV_FLAGS]! >> 1;
}
export function mvItemSize(m: Ref): number {
  return formatSize(mvFormat(m));
}
export function mvReadonly(m: Ref): boolean {
  return (mvFlags(m) & MVF_READONLY) !== 0;
}
/** The format as Python shows it: 'B', or '@q' when cast with the prefix. */
export function mvFormatText(m: Ref): string {
  const c = String.fromCharCode(mvFormat(m));
  return (mvFlags(m) & MVF_AT) !== 0 ? '@' + c : c;
}

export function mvRelease(m: Ref): void {
  i32[(m >> 2) + MV_OBJ] = NULL;
}

/** The exporter, or ValueError when the view was released (CPython's CHECK_RELEASED). */
export function checkReleased(m: Ref): Value {
  const obj = mvObj(m);
  if (obj === NULL) throw raise(E.ValueError, 'operation forbidden on released memoryview object');
  return obj;
}

/** 1-D C-contiguity as CPython defines it: empty, one item, or items back to back. */
export function mvContiguous(m: Ref): boolean {
  const n = mvLength(m);
  return n <= 1 || mvStride(m) === mvItemSize(m);
}

/** A view of a new exporter: bytes-like objects only (CPython's message otherwise). */
export function memoryViewOf(v: Value): Ref {
  if (isMemoryView(v)) {
    const obj = checkReleased(v);
    return newMemoryView(obj, mvStart(v), mvLength(v), mvStride(v), mvFormat(v), mvFlags(v));
  }
  const d = exporterData(v);
  if (d === null) typeError(`memoryview: a bytes-like object is required, not '${typeNameOf(v)}'`);
  const other = exporterFormat(v);
  if (other !== 0) {
    const size = formatSize(other);
    return newMemoryView(v, 0, d.length / size, size, other, 0);
  }
  const writable = isByteArray(unboxed(v));
  return newMemoryView(v, 0, d.length, 1, FORMAT_B, writable ? 0 : MVF_READONLY);
}

/**
 * Byte address in the heap of the exporter's data for a view, after checking the view still fits
 * (the exporter may be a bytearray that shrank). Items are at base + start + i * stride.
 */
export function mvBase(m: Ref): number {
  const obj = checkReleased(m);
  const d = exporterData(obj)!;
  const n = mvLength(m);
  if (n > 0) {
    const start = mvStart(m);
    const last = start + (n - 1) * mvStride(m);
    const lo = Math.min(start, last);
    const hi = Math.max(start, last) + mvItemSize(m);
    if (lo < 0 || hi > d.length) throw raise(E.BufferError, 'memoryview: underlying buffer was resized');
  }
  return d.byteOffset;
}

/** The bytes of the view, in item order: a transient view when contiguous, else a copy. */
export function mvBytes(m: Ref): Uint8Array {
  const base = mvBase(m);
  const n = mvLength(m);
  const size = mvItemSize(m);
  const start = base + mvStart(m);
  if (mvContiguous(m)) return u8.subarray(start, start + n * size);
  const stride = mvStride(m);
  const out = new Uint8Array(n * size);
  for (let i = 0; i < n; i++) {
    const at = start + i * stride;
    for (let k = 0; k < size; k++) out[i * size + k] = u8[at + k]!;
  }
  return out;
}

registerMemoryViewData((v, mode) => {
  if (!isMemoryView(v)) return null;
  if (mode === BUF_OR_NONE && (mvObj(v) === NULL || !mvContiguous(v))) return null;
  checkReleased(v);
  if (mode === BUF_SIMPLE && !mvContiguous(v)) throw raise(E.BufferError, 'memoryview: underlying buffer is not C-contiguous');
  return mvBytes(v);
});

/**
 * The bytes of a read-write bytes-like value as a transient view of the heap to write into
 * (readinto's target): a bytearray, or a writable contiguous memoryview; null for anything else.
 */
export function writableBytesLikeData(v: Value): Uint8Array | null {
  if (isMemoryView(v)) {
    checkReleased(v);
    if (mvReadonly(v) || !mvContiguous(v)) return null;
    return mvBytes(v);
  }
  if ((v & 1) !== 0 || v === NULL) return null;
  if (!isByteArray(unboxed(v)) && exporterFormat(v) === 0) return null;
  return exporterData(v);
}

// ---- items as Python values -------------------------------------------------------------------

/** The Python value of the item at heap address `at` in format `code`. */
export function itemValue(code: number, at: number): Value {
  const x = readItem(code, u8, at);
  if (code === 0x63) return newBytes(u8.subarray(at, at + 1));
  if (code === 0x3f) return x !== 0 ? S.True : S.False;
  if (isFloatFormat(code)) return newFloat(x as number);
  if (typeof x === 'bigint') return intFromBigInt(x);
  return intFromNumber(x);
}

function invalidType(code: number): never {
  typeError(`memoryview: invalid type for format '${String.fromCharCode(code)}'`);
}
function invalidValue(code: number): never {
  throw raise(E.ValueError, `memoryview: invalid value for format '${String.fromCharCode(code)}'`);
}

/**
 * The item a Python value packs to in format `code` (CPython's pack_single checks and
 * messages), ready for writeItem. May run Python code (__index__, __bool__): call it before
 * taking any address.
 */
export function packValue(code: number, v: Value): number | bigint {
  if (code === 0x63) {
    const b = bytesOf(v);
    if (b === NULL || typeOf(v) !== T.bytes) invalidType(code);
    const d = bytesView(b);
    if (d.length !== 1) invalidValue(code);
    return d[0]!;
  }
  if (code === 0x3f) return isTrue(v) ? 1 : 0;
  if (isFloatFormat(code)) {
    let x: number;
    const f = floatOperand(v);
    if (f !== NULL) x = floatValue(f);
    else if (hasIndex(v)) {
      x = Number(intToBigInt(indexOf(v)));
      if (!Number.isFinite(x)) invalidValue(code);
    } else invalidType(code);
    if (code === 0x65 && Number.isFinite(x) && (numberToHalf(x) & 0x7c00) === 0x7c00) invalidValue(code);
    return x;
  }
  if (!hasIndex(v)) invalidType(code);
  const n = intToBigInt(indexOf(v));
  const [lo, hi] = intFormatRange(code);
  if (n < lo || n > hi) invalidValue(code);
  return formatSize(code) === 8 ? n : Number(n);
}

/** Store a packed item at heap address `at`. */
export function storeItem(code: number, at: number, x: number | bigint): void {
  writeItem(code, u8, at, x);
}
