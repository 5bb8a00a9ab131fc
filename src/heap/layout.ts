/**
 * The shape of every word in the shared heap: tagged values and the object
 * header. Raw offsets appear nowhere else; object bodies are declared by their
 * types in src/objects/ on top of HEADER_WORDS.
 *
 * A value is one 32-bit word (an Int32Array element):
 *
 *     bit 0 = 1:  small int        value = word >> 1          (-2^30 .. 2^30-1)
 *     bit 0 = 0:  reference        byte address of an object, a multiple of 8;
 *                                  0 is NULL (no object: an unbound local, an empty slot)
 *
 * Every object starts on an 8-byte boundary with a 16-byte header:
 *
 *      0        4        8        12       16
 *     +--------+--------+--------+--------+---------------------------+
 *     | type   | gc     | lock   | aux    | body ...                  |
 *     +--------+--------+--------+--------+---------------------------+
 *
 *   type  reference to the object's type object (traced by the collector)
 *   gc    size in 8-byte units << GC_SIZE_SHIFT | GC flag bits (mark, raw, free)
 *   lock  the per-object lock word (free-threading mode); 0 = unlocked
 *   aux   a raw 32-bit word the type may use (a cached hash, a length, ...);
 *         never traced
 *
 * Body kinds, chosen at allocation (GC_RAW):
 *   values  every body word is a value: the collector traces them all
 *   raw     the body holds no references (str data, float bits, bigint digits)
 */

/** A heap word as the interpreter sees it: a small int or a reference. */
export type Value = number;
/** A value known to be a reference (byte address of an object header), or NULL. */
export type Ref = number;

export const NULL: Ref = 0;

export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;

export function isSmallInt(v: Value): boolean {
  return (v & 1) === 1;
}
export function smallIntValue(v: Value): number {
  return v >> 1;
}
/** Caller guarantees SMALL_INT_MIN <= n <= SMALL_INT_MAX and n is an integer. */
export function fromSmallInt(n: number): Value {
  return (n << 1) | 1;
}
export function fitsSmallInt(n: number): boolean {
  return n >= SMALL_INT_MIN && n <= SMALL_INT_MAX;
}

// ---- header -------------------------------------------------------------------------------

export const HEADER_BYTES = 16;
export const HEADER_WORDS = HEADER_BYTES >> 2;
/** Word offsets inside the header. */
export const H_TYPE = 0;
export const H_GC = 1;
export const H_LOCK = 2;
export const H_AUX = 3;

/** Objects and free chunks are multiples of this many bytes. */
export const ALIGN = 8;

export const GC_MARK = 1 << 0;
/** The body holds no references. */
export const GC_RAW = 1 << 1;
/** A free chunk (never a live object): the allocator's, skipped by the collector. */
export const GC_FREE = 1 << 2;
/** Never freed (objects made before the program starts: builtin types, interned names). */
export const GC_IMMORTAL = 1 << 3;
export const GC_SIZE_SHIFT = 4;
/** The flag bits of a gc word (below the size). */
export const GC_FLAG_MASK = (1 << GC_SIZE_SHIFT) - 1;

/** Total object size in bytes (header included) rounded up to ALIGN. */
export function roundSize(bytes: number): number {
  return (bytes + (ALIGN - 1)) & ~(ALIGN - 1);
}
export function gcWord(sizeBytes: number, flags: number): number {
  return ((sizeBytes >>> 3) << GC_SIZE_SHIFT) | flags;
}
export function gcSizeBytes(gc: number): number {
  return (gc >>> GC_SIZE_SHIFT) << 3;
}

/** Byte offset of body word `i` of an object (i counts from the first body word). */
export function bodyByte(i: number): number {
  return HEADER_BYTES + (i << 2);
}
