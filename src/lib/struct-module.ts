/**
 * The `struct` and `_struct` built-in modules: pack, unpack, calcsize,
 * pack_into, unpack_from, iter_unpack, the Struct class and struct.error,
 * with CPython's formats (every format character, the byte order / size /
 * alignment prefixes @ = < > !, repeat counts, whitespace between items) and
 * its error messages. Native mode (@, the default) is x86-64 Linux's: native
 * sizes, items aligned to their size, little-endian.
 *
 * A format is parsed once into a list of items (a per-worker cache, since
 * formats are plain strings); Struct objects hold their format str in a
 * hidden slot (io-native-class.ts).
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { allocBytes, bytesData, bytesLength, bytesLikeData, newBytes, bytesOf, bytesView } from '../objects/bytes.js';
import { isByteArray, byteArrayView } from '../objects/bytearray.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { floatValue, newFloat } from '../objects/float.js';
import { lookupSpecial } from '../objects/iterators.js';
import { getAttr } from '../vm/attributes.js';
import { MOD_DICT } from '../objects/function.js';
import { intFromBigInt, intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { asSsize, hasIndex, indexOf, intToBigInt, kwCountOf } from '../objects/list-args.js';
import { writableBytesLikeData } from '../objects/memoryview.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { allocTuple, newTuple, tupleGet, tupleSet } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { unboxed } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getIter, isTrue, typeNameOf } from '../vm/abstract.js';
import { callArray } from '../vm/call.js';
import { fetchException, isPyError, raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { listAppend, newList } from '../objects/list.js';
import { parseClinic } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import { declareNativeClass, makeNativeClass, nativeGetter, nativeMethod, stateWord } from './io-native-class.js';
import { HEADER_BYTES } from '../heap/layout.js';
import { toDouble, operandDouble } from '../objects/float.js';

// ---- formats --------------------------------------------------------------------------------

interface Item {
  code: string;
  /** Byte offset of the item in the packed data. */
  offset: number;
  /** Size of one value (for s and p: the whole field). */
  size: number;
  /** Values: 1 for s and p, `count` for the others; 0 for x. */
  count: number;
}

interface Format {
  items: Item[];
  size: number;
  /** Number of values packed / unpacked. */
  nvalues: number;
  little: boolean;
  native: boolean;
}

/** Native sizes (x86-64 Linux); standard sizes differ for l and L, and lack n, N, P. */
const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
}; // prettier-ignore
const STANDARD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
}; // prettier-ignore

const SSIZE_MAX = 2 ** 63 - 1;
const cache = new Map<string, Format>();

function parseFormat(fmt: string): Format {
  const hit = cache.get(fmt);
  if (hit !== undefined) return hit;
  let i = 0;
  let native = true;
  let little = true;
  const first = fmt[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    native = first === '@';
    little = first === '@' || first === '=' || first === '<';
    i = 1;
  }
  const table = native ? NATIVE_SIZE : STANDARD_SIZE;
  const items: Item[] = [];
  let size = 0;
  let nvalues = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f') {
      i++;
      continue;
    }
    let num = 1;
    if (c >= '0' && c <= '9') {
      num = 0;
      while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') {
        num = num * 10 + (fmt.charCodeAt(i) - 48);
        if (num > SSIZE_MAX) throw structError('total struct size too long');
        i++;
      }
      if (i >= fmt.length) throw structError('repeat count given without format specifier');
    }
    const code = fmt[i]!;
    i++;
    const itemSize = table[code];
    if (itemSize === undefined) throw structError('bad char in struct format');
    if (native && itemSize > 1 && code !== 's' && code !== 'p') size = Math.ceil(size / itemSize) * itemSize;
    if (code === 's' || code === 'p') {
      items.push({ code, offset: size, size: num, count: 1 });
      nvalues++;
      size += num;
    } else {
      if (code !== 'x' && num > 0) {
        items.push({ code, offset: size, size: itemSize, count: num });
        nvalues += num;
      }
      size += num * itemSize;
    }
    if (size > SSIZE_MAX) throw structError('total struct size too long');
  }
  const f: Format = { items, size, nvalues, little, native };
  if (cache.size > 1000) cache.clear();
  cache.set(fmt, f);
  return f;
}

// ---- struct.error ---------------------------------------------------------------------------

let coreModule: () => Ref = () => NULL;

function structErrorClass(): Ref {
  const m = coreModule();
  const cls = m === NULL ? NULL : dictGetStr(getField(m, MOD_DICT), intern('error'));
  return cls === NULL ? E.ValueError : cls;
}
function structError(msg: string): never {
  throw raise(structErrorClass(), msg);
}

// ---- packing --------------------------------------------------------------------------------

const scratch = new DataView(new ArrayBuffer(8));

const INT_RANGE: Record<string, [bigint, bigint]> = {};
function rangeOf(code: string, size: number): [bigint, bigint] {
  const key = code + size;
  let r = INT_RANGE[key];
  if (r === undefined) {
    const bits = BigInt(size * 8);
    const unsigned = code === code.toUpperCase() && code !== 'P';
    r = unsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
    INT_RANGE[key] = r;
  }
  return r;
}

function intArg(v: Value): bigint {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  if (!hasIndex(v) || isSubtype(typeOf(v), T.float)) throw structError('required argument is not an integer');
  return intToBigInt(indexOf(v));
}

/** x.__float__() for an object whose type has one (PyFloat_AsDouble's way); null when none. */
export function floatViaDunder(v: Value): number | null {
  const f = lookupSpecial(v, '__float__');
  if (f === NULL) return null;
  const mark = handleCount();
  try {
    pushHandle(v);
    const r = callArray(getAttr(v, intern('__float__')), []);
    if ((r & 1) !== 0 || r === NULL || !isSubtype(typeOf(r), T.float)) {
      throw raise(E.TypeError, `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    }
    return floatValue(unboxed(r));
  } finally {
    releaseHandles(mark);
  }
}

/** PyFloat_AsDouble, any failure reported as struct.error (as CPython's get_double). */
function floatArg(v: Value): number {
  try {
    if (toDouble(v)) return operandDouble;
    if ((v & 1) === 0 && v !== NULL) {
      const viaFloat = floatViaDunder(v);
      if (viaFloat !== null) return viaFloat;
      if (hasIndex(v)) return Number(intToBigInt(indexOf(v)));
    }
  } catch (e) {
    if (!isPyError(e)) throw e;
    fetchException();
  }
  throw structError('required argument is not a float');
}

/** IEEE half precision bits of x, rounded half to even; null when it overflows. */
function halfBits(x: number, nanSign: boolean): number | null {
  const sign = x < 0 || Object.is(x, -0) || (Number.isNaN(x) && nanSign) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00 | sign;
  if (a === Infinity) return 0x7c00 | sign;
  if (a === 0) return sign;
  // Subnormal range: units of 2**-24.
  if (a < 2 ** -14) {
    const m = roundHalfEven(a * 2 ** 24);
    return sign | m; // m may reach 0x400: the smallest normal, as the encoding carries over
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) return null;
  return sign | ((e + 15) << 10) | m;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** Write item `code` of `size` bytes for value v at out[at]. */
function packOne(out: Uint8Array, at: number, code: string, size: number, v: Value, f: Format): void {
  const little = f.little;
  switch (code) {
    case '?':
      out[at] = isTrue(v) ? 1 : 0;
      return;
    case 'c': {
      const b = (v & 1) === 0 && v !== NULL ? bytesOf(v) : NULL;
      const d = b === NULL ? null : bytesView(b);
      if (d === null || d.length !== 1) throw structError('char format requires a bytes object of length 1');
      out[at] = d[0]!;
      return;
    }
    case 's':
    case 'p': {
      const d = bytesOrByteArray(v);
      if (d === null) throw structError(`argument for '${code}' must be a bytes object`);
      if (code === 's') {
        out.set(d.subarray(0, Math.min(d.length, size)), at);
        return;
      }
      if (size === 0) return;
      const n = Math.min(d.length, size - 1);
      out.set(d.subarray(0, n), at + 1);
      out[at] = Math.min(n, 255);
      return;
    }
    case 'e': {
      const x = floatArg(v);
      const bits = halfBits(x, signOfNaN(v));
      if (bits === null) throw raise(E.OverflowError, 'float too large to pack with e format');
      scratch.setUint16(0, bits, little);
      break;
    }
    case 'f': {
      const x = floatArg(v);
      const y = Math.fround(x);
      if (!Number.isFinite(y) && Number.isFinite(x) && !f.native) throw raise(E.OverflowError, 'float too large to pack with f format');
      scratch.setFloat32(0, y, little);
      if (Number.isNaN(x)) {
        const nanBits = (signOfNaN(v) ? 0x80000000 : 0) | 0x7fc00000;
        scratch.setUint32(0, nanBits >>> 0, little);
      }
      break;
    }
    case 'd': {
      const x = floatArg(v);
      scratch.setFloat64(0, x, little);
      if (Number.isNaN(x) && (v & 1) === 0 && isSubtype(typeOf(v), T.float)) {
        // Keep a NaN's sign and payload: copy the float's own bytes.
        const src = unboxed(v) + HEADER_BYTES;
        for (let k = 0; k < 8; k++) scratch.setUint8(little ? k : 7 - k, u8[src + k]!);
      }
      break;
    }
    default: {
      if ((v & 1) !== 0 && code !== 'P' && packSmallInt(code, size, v >> 1, little)) break;
      const n = intArg(v);
      if (code === 'P') {
        if (n < -(1n << 63n) || n >= 1n << 64n) throw structError('int too large to convert');
        scratch.setBigUint64(0, BigInt.asUintN(64, n), little);
        break;
      }
      const [lo, hi] = rangeOf(code, size);
      if (n < lo || n > hi) throw structError(`'${code}' format requires ${lo} <= number <= ${hi}`);
      if (size === 1) scratch.setUint8(0, Number(BigInt.asUintN(8, n)));
      else if (size === 2) scratch.setUint16(0, Number(BigInt.asUintN(16, n)), little);
      else if (size === 4) scratch.setUint32(0, Number(BigInt.asUintN(32, n)), little);
      else scratch.setBigUint64(0, BigInt.asUintN(64, n), little);
    }
  }
  for (let k = 0; k < size; k++) out[at + k] = scratch.getUint8(k);
}

/**
 * A small int that fits its integer code, written into `scratch` without a BigInt (the common
 * case: pickle packs every length and index this way). false: the general path decides (it
 * raises the range error).
 */
function packSmallInt(code: string, size: number, x: number, little: boolean): boolean {
  const unsigned = code === 'B' || code === 'H' || code === 'I' || code === 'L' || code === 'Q' || code === 'N';
  if (unsigned && x < 0) return false;
  if (size === 1) {
    if (unsigned ? x > 0xff : x < -0x80 || x > 0x7f) return false;
    scratch.setUint8(0, x & 0xff);
  } else if (size === 2) {
    if (unsigned ? x > 0xffff : x < -0x8000 || x > 0x7fff) return false;
    scratch.setUint16(0, x & 0xffff, little);
  } else if (size === 4) {
    // small ints are 31-bit, so every one fits a signed or (when not negative) unsigned 4 bytes
    scratch.setInt32(0, x, little);
  } else {
    const high = x < 0 ? -1 : 0;
    scratch.setInt32(little ? 0 : 4, x, little);
    scratch.setInt32(little ? 4 : 0, high, little);
  }
  return true;
}

function signOfNaN(v: Value): boolean {
  if ((v & 1) !== 0 || !isSubtype(typeOf(v), T.float)) return false;
  return (u8[unboxed(v) + HEADER_BYTES + 7]! & 0x80) !== 0;
}

function bytesOrByteArray(v: Value): Uint8Array | null {
  if ((v & 1) !== 0 || v === NULL) return null;
  const b = bytesOf(v);
  if (b !== NULL) return bytesView(b);
  if (isByteArray(unboxed(v))) return byteArrayView(unboxed(v));
  return null;
}

/** Pack the values at i32[argv .. argv + n) into out[at ..]. */
function packValues(f: Format, out: Uint8Array, at: number, argv: number, n: number, fname: string): void {
  if (n !== f.nvalues) throw structError(`${fname} expected ${f.nvalues} items for packing (got ${n})`);
  let k = 0;
  for (const item of f.items) {
    for (let r = 0; r < item.count; r++) {
      packOne(out, at + item.offset + r * item.size, item.code, item.size, i32[argv + k]!, f);
      k++;
    }
  }
}

// ---- unpacking ------------------------------------------------------------------------------

function unpackOne(data: Uint8Array, at: number, code: string, size: number, f: Format): Value {
  const little = f.little;
  switch (code) {
    case '?':
      return data[at] !== 0 ? S.True : S.False;
    case 'c':
      return newBytes(data.slice(at, at + 1));
    case 's':
      return newBytes(data.slice(at, at + size));
    case 'p': {
      if (size === 0) return newBytes(new Uint8Array(0));
      const n = Math.min(data[at]!, size - 1);
      return newBytes(data.slice(at + 1, at + 1 + n));
    }
  }
  for (let k = 0; k < size; k++) scratch.setUint8(k, data[at + k]!);
  switch (code) {
    case 'e':
      return newFloat(halfValue(scratch.getUint16(0, little)));
    case 'f':
      return newFloat(scratch.getFloat32(0, little));
    case 'd': {
      const r = newFloat(scratch.getFloat64(0, little));
      for (let k = 0; k < 8; k++) u8[r + HEADER_BYTES + k] = scratch.getUint8(little ? k : 7 - k);
      return r;
    }
  }
  const signed = code.charCodeAt(0) >= 97; // lower-case letters: the signed codes
  if (size === 1) return fromSmallInt(signed ? scratch.getInt8(0) : scratch.getUint8(0));
  if (size === 2) return fromSmallInt(signed ? scratch.getInt16(0, little) : scratch.getUint16(0, little));
  if (size === 4) return intFromNumber(signed ? scratch.getInt32(0, little) : scratch.getUint32(0, little));
  // 8 bytes: a number when exact (the usual lengths and offsets), else a BigInt
  const lo = scratch.getUint32(little ? 0 : 4, little);
  const hi = signed && code !== 'P' ? scratch.getInt32(little ? 4 : 0, little) : scratch.getUint32(little ? 4 : 0, little);
  const x = hi * 2 ** 32 + lo;
  if (Number.isSafeInteger(x)) return intFromNumber(x);
  return intFromBigInt(signed && code !== 'P' ? scratch.getBigInt64(0, little) : scratch.getBigUint64(0, little));
}

/** The tuple of values of `f` in data[at ..] (the caller checked the length). */
function unpackValues(f: Format, data: Uint8Array, at: number): Ref {
  // The heap itself when data is a bytes' (immutable, never moved): no copy.
  const src = data === u8 ? u8 : data.slice(at, at + f.size);
  const base = data === u8 ? at : 0;
  const t = allocTuple(f.nvalues);
  for (let k = 0; k < f.nvalues; k++) tupleSet(t, k, S.None);
  let k = 0;
  // Allocation never collects, so the tuple stays valid while it fills.
  for (const item of f.items) {
    for (let r = 0; r < item.count; r++) tupleSet(t, k++, unpackOne(src, base + item.offset + r * item.size, item.code, item.size, f));
  }
  return t;
}

// ---- arguments ------------------------------------------------------------------------------

function formatOf(v: Value, who = 'Struct()'): Format {
  return parseFormat(formatText(v, who));
}

function formatText(v: Value, who = 'Struct()'): string {
  if ((v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.str)) {
    const s = strValue(unboxed(v));
    if (s.includes('\0')) structError('embedded null character');
    return s;
  }
  const b = (v & 1) === 0 && v !== NULL ? bytesOf(v) : NULL;
  if (b !== NULL) {
    const d = bytesView(b);
    if (d.includes(0)) structError('embedded null character');
    return String.fromCharCode(...d);
  }
  throw raise(E.TypeError, `${who} argument 1 must be a str or bytes object, not ${typeNameOf(v)}`);
}

function bufferOf(v: Value): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return d;
}

/** Clinic's message for a keyword it does not know (checked before the other argument errors). */
function knownKeywords(fname: string, kwnames: Ref, allowed: readonly string[]): void {
  const n = kwCountOf(kwnames);
  for (let k = 0; k < n; k++) {
    const key = strValue(tupleGet(kwnames, k));
    if (!allowed.includes(key)) throw raise(E.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
  }
}

function noKw(name: string, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
}

// ---- the operations (shared by the functions and Struct's methods) ---------------------------

function doPack(f: Format, argv: number, n: number): Ref {
  if (n !== f.nvalues) throw structError(`pack expected ${f.nvalues} items for packing (got ${n})`);
  // Packed straight into the new bytes (the heap never moves; the values' __index__ may run
  // Python, so the bytes is held as a handle meanwhile).
  const mark = handleCount();
  try {
    const h = pushHandle(allocBytes(f.size));
    const d = bytesData(getHandle(h));
    u8.fill(0, d, d + f.size);
    packValues(f, u8, d, argv, n, 'pack');
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
}

function doUnpack(f: Format, buffer: Value): Ref {
  const b = (buffer & 1) === 0 && buffer !== NULL ? bytesOf(buffer) : NULL;
  if (b !== NULL) {
    if (bytesLength(b) !== f.size) throw structError(`unpack requires a buffer of ${f.size} bytes`);
    return unpackValues(f, u8, bytesData(b));
  }
  const data = bufferOf(buffer);
  if (data.length !== f.size) throw structError(`unpack requires a buffer of ${f.size} bytes`);
  return unpackValues(f, data, 0);
}

function offsetIn(offsetV: Value): number {
  return offsetV === NULL ? 0 : asSsize(offsetV, E.OverflowError, 'Python int too large to convert to C ssize_t');
}

function doUnpackFrom(f: Format, buffer: Value, offsetV: Value): Ref {
  const data = bufferOf(buffer);
  let offset = offsetIn(offsetV);
  const len = data.length;
  if (offset < 0) {
    if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
    if (offset + f.size > 0) throw structError(`not enough data to unpack ${f.size} bytes at offset ${offset}`);
    offset += len;
  }
  if (len - offset < f.size) {
    throw structError(
      `unpack_from requires a buffer of at least ${f.size + offset} bytes for unpacking ${f.size} bytes at offset ${offset} (actual buffer size is ${len})`,
    );
  }
  return unpackValues(f, data, offset);
}

function doPackInto(f: Format, buffer: Value, offsetV: Value, argv: number, n: number): Value {
  if (writableBytesLikeData(buffer) === null) {
    throw raise(E.TypeError, `argument must be read-write bytes-like object, not ${typeNameOf(buffer)}`);
  }
  if (n !== f.nvalues) throw structError(`pack_into expected ${f.nvalues} items for packing (got ${n})`);
  let offset = offsetIn(offsetV);
  const out = new Uint8Array(f.size);
  packValues(f, out, 0, argv, n, 'pack_into');
  // The values are converted first (that may run Python code); the buffer is read again after.
  const data = writableBytesLikeData(buffer)!;
  const len = data.length;
  if (offset < 0) {
    if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
    if (offset + f.size > 0) throw structError(`no space to pack ${f.size} bytes at offset ${offset}`);
    offset += len;
  }
  if (len - offset < f.size) {
    throw structError(
      `pack_into requires a buffer of at least ${f.size + offset} bytes for packing ${f.size} bytes at offset ${offset} (actual buffer size is ${len})`,
    );
  }
  data.set(out, offset);
  return S.None;
}

function doIterUnpack(f: Format, buffer: Value): Value {
  const data = bufferOf(buffer);
  if (f.size === 0) structError('cannot iteratively unpack with a struct of length 0');
  if (data.length % f.size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${f.size} bytes`);
  const copy = data.slice();
  const mark = handleCount();
  try {
    const list = pushHandle(newList(0));
    for (let at = 0; at < copy.length; at += f.size) listAppend(getHandle(list), unpackValues(f, copy, at));
    return getIter(getHandle(list));
  } finally {
    releaseHandles(mark);
  }
}

// ---- module functions -------------------------------------------------------------------------

const args: Value[] = [];

for (const mod of ['_struct']) {
  defineFunction(mod, 'pack', (_s, argv, argc, kwnames) => {
    noKw('_struct.pack', kwnames);
    if (argc < 1) throw raise(E.TypeError, 'missing format argument');
    return doPack(formatOf(i32[argv]!), argv + 1, argc - 1);
  });
  defineFunction(mod, 'unpack', (_s, argv, argc, kwnames) => {
    noKw('unpack', kwnames);
    if (argc !== 2) throw raise(E.TypeError, `unpack expected 2 arguments, got ${argc}`);
    return doUnpack(formatOf(i32[argv]!), i32[argv + 1]!);
  });
  defineFunction(mod, 'calcsize', (_s, argv, argc, kwnames) => {
    noKw('calcsize', kwnames);
    if (argc !== 1) throw raise(E.TypeError, `calcsize() takes exactly one argument (${argc} given)`);
    return intFromNumber(formatOf(i32[argv]!).size);
  });
  defineFunction(mod, 'unpack_from', (_s, argv, argc, kwnames) => {
    knownKeywords('unpack_from', kwnames, ['buffer', 'offset']);
    parseClinic('unpack_from', argv, argc, kwnames, ['format', 'buffer', 'offset'], 1, 2, [], args);
    return doUnpackFrom(formatOf(args[0]!), args[1]!, args[2]!);
  });
  defineFunction(mod, 'pack_into', (_s, argv, argc, kwnames) => {
    noKw('_struct.pack_into', kwnames);
    if (argc < 3) {
      if (argc === 0) throw raise(E.TypeError, 'missing format argument');
      structError(argc === 1 ? 'pack_into expected buffer argument' : 'pack_into expected offset argument');
    }
    return doPackInto(formatOf(i32[argv]!), i32[argv + 1]!, i32[argv + 2]!, argv + 3, argc - 3);
  });
  defineFunction(mod, 'iter_unpack', (_s, argv, argc, kwnames) => {
    noKw('iter_unpack', kwnames);
    if (argc !== 2) throw raise(E.TypeError, `iter_unpack expected 2 arguments, got ${argc}`);
    return doIterUnpack(formatOf(i32[argv]!), i32[argv + 1]!);
  });
  defineFunction(mod, '_clearcache', () => {
    cache.clear();
    return S.None;
  });
}

// ---- Struct ---------------------------------------------------------------------------------

const StructClass = declareNativeClass('_struct', 'Struct', '_gilvm_struct');
const C = StructClass;

function structFormat(self: Value): Format {
  const w = stateWord(C, self);
  if (w < 0) throw raise(E.TypeError, `descriptor requires a '_struct.Struct' object but received a '${typeNameOf(self)}'`);
  const s = i32[w]!;
  if (s === NULL) throw raise(E.ValueError, 'Struct object is not initialized');
  return parseFormat(strValue(s));
}

nativeMethod(C, '__init__', (self, argv, argc, kwnames) => {
  parseClinic('Struct', argv, argc, kwnames, ['format'], 0, 1, [], args);
  const text = formatText(args[0]!);
  parseFormat(text);
  const w = stateWord(C, self);
  if (w < 0) throw raise(E.TypeError, `descriptor '__init__' requires a '_struct.Struct' object but received a '${typeNameOf(self)}'`);
  i32[w] = newStr(text);
  return S.None;
});
nativeMethod(C, 'pack', (self, argv, argc, kwnames) => {
  noKw('pack', kwnames);
  return doPack(structFormat(self), argv, argc);
});
nativeMethod(C, 'unpack', (self, argv, argc, kwnames) => {
  noKw('unpack', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `Struct.unpack() takes exactly one argument (${argc} given)`);
  return doUnpack(structFormat(self), i32[argv]!);
});
nativeMethod(C, 'unpack_from', (self, argv, argc, kwnames) => {
  knownKeywords('unpack_from', kwnames, ['buffer', 'offset']);
  parseClinic('unpack_from', argv, argc, kwnames, ['buffer', 'offset'], 0, 1, [], args);
  return doUnpackFrom(structFormat(self), args[0]!, args[1]!);
});
nativeMethod(C, 'pack_into', (self, argv, argc, kwnames) => {
  noKw('pack_into', kwnames);
  if (argc < 2) structError(argc === 0 ? 'pack_into expected buffer argument' : 'pack_into expected offset argument');
  return doPackInto(structFormat(self), i32[argv]!, i32[argv + 1]!, argv + 2, argc - 2);
});
nativeMethod(C, 'iter_unpack', (self, argv, argc, kwnames) => {
  noKw('iter_unpack', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `Struct.iter_unpack() takes exactly one argument (${argc} given)`);
  return doIterUnpack(structFormat(self), i32[argv]!);
});
nativeGetter(C, 'format', (self) => {
  structFormat(self);
  return i32[stateWord(C, self)]!;
});
nativeGetter(C, 'size', (self) => intFromNumber(structFormat(self).size));


// ---- the modules ----------------------------------------------------------------------------

const DOC = 'Conversion between Python values and C structs packed in bytes.';

coreModule = defineBuiltinModule('_struct', DOC, (d) => {
  const mark = handleCount();
  try {
    const ns = pushHandle(newDict());
    dictSet(getHandle(ns), intern('__module__'), intern('struct'));
    const err = pushHandle(callArray(T.type, [newStr('error'), newTuple([E.Exception]), getHandle(ns)]));
    dictSet(d, intern('error'), getHandle(err));
    dictSet(d, intern('Struct'), makeNativeClass(C, 'Struct(fmt) --> compiled struct object'));
  } finally {
    releaseHandles(mark);
  }
});

defineBuiltinModule('struct', DOC, (d) => {
  const core = getField(coreModule(), MOD_DICT);
  for (const name of ['pack', 'unpack', 'calcsize', 'unpack_from', 'pack_into', 'iter_unpack', '_clearcache', 'error', 'Struct']) {
    dictSet(d, intern(name), dictGetStr(core, intern(name)));
  }
  dictSet(d, intern('__all__'), newListOf(['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']));
});

function newListOf(names: string[]): Ref {
  const l = newList(0);
  for (const n of names) listAppend(l, intern(n));
  return l;
}

