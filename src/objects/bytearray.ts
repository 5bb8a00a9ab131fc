/**
 * bytearray objects: mutable byte strings.
 *
 *     +--------+--------+--------+
 *     | header | length | buffer |     (values body)
 *     +--------+--------+--------+
 *
 *   length  small int: number of bytes in use
 *   buffer  rawarray (capacity = its byte length >= length), or NULL when never grown
 *
 * Subclasses extend this layout inline (TP_BASIC = 2), so an instance of a subclass is read with
 * the same accessors. Growth over-allocates like CPython's (about 1/8 more).
 */
import { stampNew } from '../vm/object-lock.js';
import { fromSmallInt, HEADER_BYTES, HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { allocate } from '../heap/allocator.js';
import { newRawArray, rawArrayData, rawArrayLength } from './arrays.js';
import { onLayouts } from './bootstrap-hooks.js';
import { registerByteArrayAccess } from './bytes.js';
import { T } from './registry.js';
import { isSubtype } from './typecheck.js';
import { TP_BASIC, setField, typeBasicWords, typeDictIndex } from './typeobject.js';

const BA_LENGTH = HEADER_WORDS;
const BA_BUFFER = HEADER_WORDS + 1;
export const BYTEARRAY_BODY_WORDS = 2;

onLayouts(() => {
  setField(T.bytearray, TP_BASIC, fromSmallInt(BYTEARRAY_BODY_WORDS));
});

/** An empty bytearray of type cls (bytearray or a subclass). */
export function allocByteArray(cls: Ref): Ref {
  let n = BYTEARRAY_BODY_WORDS;
  if (cls !== T.bytearray) {
    n = Math.max(n, typeBasicWords(cls));
    const dictix = typeDictIndex(cls);
    if (dictix >= 0) n = Math.max(n, dictix + 1);
  }
  const b = allocate(cls, HEADER_BYTES + n * 4, false);
  i32[(b >> 2) + BA_LENGTH] = fromSmallInt(0);
  stampNew(b);
  return b;
}

export function isByteArray(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && (i32[v >> 2] === T.bytearray || isSubtype(i32[v >> 2]!, T.bytearray));
}
export function byteArrayLength(b: Ref): number {
  return i32[(b >> 2) + BA_LENGTH]! >> 1;
}
/** Byte address of the data (valid until the next resize). */
export function byteArrayData(b: Ref): number {
  const buf = i32[(b >> 2) + BA_BUFFER]!;
  return buf === NULL ? 0 : rawArrayData(buf);
}
/** A transient view of the bytes. */
export function byteArrayView(b: Ref): Uint8Array {
  const d = byteArrayData(b);
  return u8.subarray(d, d + byteArrayLength(b));
}

/** Set the length to n, growing the buffer if needed (new bytes are zero). */
export function byteArrayResize(b: Ref, n: number): void {
  const w = b >> 2;
  const buf = i32[w + BA_BUFFER]!;
  const cap = buf === NULL ? 0 : rawArrayLength(buf);
  const old = i32[w + BA_LENGTH]! >> 1;
  if (n > cap) {
    const want = n + (n >> 3) + (n < 9 ? 3 : 6);
    const fresh = newRawArray(want);
    if (buf !== NULL && old > 0) u8.copyWithin(rawArrayData(fresh), rawArrayData(buf), rawArrayData(buf) + Math.min(old, n));
    i32[w + BA_BUFFER] = fresh;
  } else if (n > old) {
    const d = rawArrayData(buf);
    u8.fill(0, d + old, d + n);
  }
  i32[w + BA_LENGTH] = fromSmallInt(n);
}

/** Replace the contents with a copy of data. */
export function byteArraySetData(b: Ref, data: Uint8Array): void {
  byteArrayResize(b, data.length);
  if (data.length > 0) u8.set(data, byteArrayData(b));
}

/** A new bytearray holding a copy of data. */
export function newByteArray(data: Uint8Array): Ref {
  const b = allocByteArray(T.bytearray);
  if (data.length > 0) byteArraySetData(b, data.slice());
  return b;
}

registerByteArrayAccess({ isByteArray, data: byteArrayData, length: byteArrayLength });
