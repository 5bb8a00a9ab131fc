/**
 * bytes objects: immutable byte strings, laid out like a 1-byte-kind str.
 *
 *     +--------+--------+--------+--------+--------+---------------------------+
 *     | header (aux = hash)               | length | data (length bytes)       |
 *     +--------+--------+--------+--------+--------+---------------------------+
 *
 *   aux     the cached hash (0: not computed yet; never 0 once computed)
 *   length  raw int: number of bytes
 *
 * The body is raw. `bytesLikeData` gives the bytes of any bytes-like value (bytes, bytearray,
 * their subclasses, memoryview) as a transient view: copy it (`.slice()`) before anything that may
 * allocate or run Python code.
 */
import { allocate } from '../heap/allocator.js';
import { H_AUX, HEADER_BYTES, HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { constHooks } from './const-hooks.js';
import { T } from './registry.js';
import { isSubtype } from './typecheck.js';
import { unboxed } from './type-layout.js';

const B_LENGTH = HEADER_WORDS;
const B_DATA_BYTES = HEADER_BYTES + 4;

/** A bytes of n zero bytes for the caller to fill (before any Python code runs). */
export function allocBytes(n: number): Ref {
  const b = allocate(T.bytes, B_DATA_BYTES + n, true);
  i32[(b >> 2) + B_LENGTH] = n;
  return b;
}
export function bytesLength(b: Ref): number {
  return i32[(b >> 2) + B_LENGTH]!;
}
/** Byte address of the data. */
export function bytesData(b: Ref): number {
  return b + B_DATA_BYTES;
}
/** A transient view of the data (do not keep it across allocation). */
export function bytesView(b: Ref): Uint8Array {
  const d = b + B_DATA_BYTES;
  return u8.subarray(d, d + i32[(b >> 2) + B_LENGTH]!);
}

/** A new bytes holding a copy of `data`. */
export function newBytes(data: Uint8Array): Ref {
  const b = allocBytes(data.length);
  u8.set(data, b + B_DATA_BYTES);
  return b;
}
/** A new bytes holding u8[from .. from + n). */
export function bytesFromHeap(from: number, n: number): Ref {
  const b = allocBytes(n);
  u8.copyWithin(b + B_DATA_BYTES, from, from + n);
  return b;
}

export function isBytes(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && i32[v >> 2] === T.bytes;
}

/** The exact bytes inside a bytes value (subclass instances unboxed), or NULL. */
export function bytesOf(v: Value): Ref {
  if ((v & 1) !== 0 || v === NULL) return NULL;
  const t = i32[v >> 2]!;
  if (t === T.bytes) return v;
  if (isSubtype(t, T.bytes)) return unboxed(v);
  return NULL;
}

/** FNV-1a over the bytes (any consistent hash will do; CPython randomizes its own). */
export function bytesHash(b: Ref): number {
  const w = b >> 2;
  const cached = i32[w + H_AUX]!;
  if (cached !== 0) return cached;
  const h = hashOfData(bytesView(b));
  i32[w + H_AUX] = h;
  return h;
}

/** The hash a bytes holding `data` has (a read-only memoryview hashes the same). */
export function hashOfData(data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0; // hash(b'') is 0, as in CPython
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
  h ^= n;
  if (h === 0 || h === -1) h = 1;
  return h;
}

/** The bytes accessors of bytearray (bytearray.ts registers them: it imports this module). */
export interface ByteArrayAccess {
  isByteArray(v: Value): boolean;
  /** Byte address of the data and the length. */
  data(v: Value): number;
  length(v: Value): number;
}
let byteArrayAccess: ByteArrayAccess | null = null;
export function registerByteArrayAccess(a: ByteArrayAccess): void {
  byteArrayAccess = a;
}

/**
 * Other exporters of a plain byte buffer (array.array): each gives the bytes of a value it
 * exports as a transient view, or null for values that are not its own; `format` gives the
 * struct format character of its items (what memoryview shows), 0 for values not its own.
 * Their buffers are writable (readinto, pack_into).
 */
const otherExporters: ((v: Value) => Uint8Array | null)[] = [];
const otherFormats: ((v: Value) => number)[] = [];
export function registerExporter(f: (v: Value) => Uint8Array | null, format: (v: Value) => number): void {
  otherExporters.push(f);
  otherFormats.push(format);
}
/** The item format of a value exported by a registered exporter; 0 for bytes, bytearray and the rest. */
export function exporterFormat(v: Value): number {
  for (const f of otherFormats) {
    const code = f(v);
    if (code !== 0) return code;
  }
  return 0;
}

/**
 * How a consumer asks for the bytes (CPython's buffer requests); they differ only for a
 * memoryview that is strided (not C-contiguous) or released:
 *   BUF_SIMPLE   most arguments (find, replace, write, ...): a strided view raises BufferError,
 *                a released one ValueError
 *   BUF_OR_NONE  consumers that report any failure as "not bytes-like" with their own TypeError
 *                (join, +, comparisons, decode): null for both
 *   BUF_FULL     consumers that copy any buffer (bytes(), bytearray(), hex, %b): a strided view
 *                gives a fresh copy of its items; a released one raises ValueError
 */
export const BUF_SIMPLE = 0;
export const BUF_OR_NONE = 1;
export const BUF_FULL = 2;

/** The memoryview accessor (memoryview.ts registers it: it imports this module). */
let memoryViewData: ((v: Value, mode: number) => Uint8Array | null) | null = null;
export function registerMemoryViewData(f: (v: Value, mode: number) => Uint8Array | null): void {
  memoryViewData = f;
}

/**
 * The bytes of a bytes-like value as a transient view, or null when v is not bytes-like:
 * bytes, bytearray (and their subclasses), memoryview. This is the one place that knows the
 * buffer exporters; `mode` says what a strided or released memoryview gives (above).
 */
export function bytesLikeData(v: Value, mode = BUF_SIMPLE): Uint8Array | null {
  const d = exporterData(v);
  if (d !== null || memoryViewData === null) return d;
  return memoryViewData(v, mode);
}

/** The bytes of a bytes or bytearray (or subclass instance), or null: what a memoryview can view. */
export function exporterData(v: Value): Uint8Array | null {
  const b = bytesOf(v);
  if (b !== NULL) return bytesView(b);
  if (byteArrayAccess !== null && (v & 1) === 0 && v !== 0) {
    const inner = unboxed(v);
    if (byteArrayAccess.isByteArray(inner)) {
      const d = byteArrayAccess.data(inner);
      return u8.subarray(d, d + byteArrayAccess.length(inner));
    }
  }
  for (const f of otherExporters) {
    const d = f(v);
    if (d !== null) return d;
  }
  return null;
}

constHooks.newBytes = newBytes;
