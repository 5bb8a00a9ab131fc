/**
 * The `array` built-in module: array.array, typed arrays of numbers or
 * characters stored as raw machine values (x86-64 Linux sizes, little-endian;
 * 'u' is a 4-byte wchar_t), with the sequence API, tobytes/frombytes/tolist/
 * fromlist/tounicode/fromunicode/byteswap/buffer_info, CPython's conversions
 * and error messages, and its buffer (bytes(a), memoryview(a), file writes
 * and struct read the raw bytes, through bytes.ts's registerExporter).
 *
 * The class is made with type() at import (io-native-class.ts); its hidden
 * slot holds a list [typecode, storage], storage being a bytearray whose
 * length is len(a) * itemsize. Iterators are a second class, arrayiterator,
 * whose slot holds [array, index] and reads the array live, as CPython's.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { buffer } from '../heap/memory.js';
import { allocByteArray, byteArrayData, byteArrayLength, byteArrayResize, byteArrayView } from '../objects/bytearray.js';
import { bytesLikeData, newBytes, registerExporter } from '../objects/bytes.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { getField, setField, setTypeFlags, TP_NAME, TPF_DOTTED_NAME, TPF_SEQUENCE, typeFlags } from '../objects/typeobject.js';
import { newFloat, operandDouble, toDouble } from '../objects/float.js';
import { intFromBigInt, intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { CANNOT_FIT, asSsize, hasIndex, indexOf, intToBigInt, kwCountOf } from '../objects/list-args.js';
import { listGet, listLength, listSet, newList } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { charStr, newStr, strCodePoint, strLength, strValue } from '../objects/str.js';
import { isSlice, sliceIndices, sliceOut } from '../objects/slice.js';
import { newTuple } from '../objects/tuple.js';
import { unboxed } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getIter, iterNext, repr, typeNameOf } from '../vm/abstract.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { defineBuiltinModule } from './import-registry.js';
import { floatViaDunder } from './struct-module.js';
import { newGenericAlias } from '../objects/generic-alias.js';
import { MDF_CLASS } from '../objects/native.js';
import { declareNativeClass, makeNativeClass, nativeGetter, nativeMethod, stateWord } from './io-native-class.js';
import { freeThreading, underLock } from '../vm/object-lock.js';

const TYPECODES = 'bBuhHiIlLqQfd';
const ITEMSIZE: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

// An array's methods are critical sections on it in free-threading mode (io-native-class.ts); its
// iterator locks the array for each step.
const ArrayClass = declareNativeClass('array', 'array', '_gilvm_array', true);
const IterClass = declareNativeClass('array', 'arrayiterator', '_gilvm_arrayiter');
const A = ArrayClass;

// ---- storage --------------------------------------------------------------------------------

let view = new DataView(buffer);
function dv(): DataView {
  if (view.buffer !== buffer) view = new DataView(buffer);
  return view;
}

/** [typecode, storage bytearray] of an array; null when `v` is not one. */
function stateOrNull(v: Value): Ref {
  const w = stateWord(A, v);
  if (w < 0) return NULL;
  return i32[w]!;
}
function stateOf(v: Value): Ref {
  const st = stateOrNull(v);
  if (st === NULL) {
    if (stateWord(A, v) < 0) throw raise(E.TypeError, `descriptor requires an 'array.array' object but received a '${typeNameOf(v)}'`);
    throw raise(E.ValueError, 'array is not initialized');
  }
  return st;
}
function tcOf(st: Ref): string {
  return strValue(listGet(st, 0));
}
function storage(st: Ref): Ref {
  return listGet(st, 1);
}
function lengthOf(st: Ref): number {
  return byteArrayLength(storage(st)) / ITEMSIZE[tcOf(st)]!;
}

/** The Python value of item i (the caller checked the index). */
function itemAt(st: Ref, i: number): Value {
  const tc = tcOf(st);
  const size = ITEMSIZE[tc]!;
  const at = byteArrayData(storage(st)) + i * size;
  const d = dv();
  switch (tc) {
    case 'b':
      return fromSmallInt(d.getInt8(at));
    case 'B':
      return fromSmallInt(d.getUint8(at));
    case 'h':
      return fromSmallInt(d.getInt16(at, true));
    case 'H':
      return fromSmallInt(d.getUint16(at, true));
    case 'i':
      return intFromNumber(d.getInt32(at, true));
    case 'I':
      return intFromNumber(d.getUint32(at, true));
    case 'l':
    case 'q':
      return intFromBigInt(d.getBigInt64(at, true));
    case 'L':
    case 'Q':
      return intFromBigInt(d.getBigUint64(at, true));
    case 'f':
      return newFloat(d.getFloat32(at, true));
    case 'd':
      return newFloat(d.getFloat64(at, true));
    default:
      return charStr(d.getUint32(at, true));
  }
}

/** The JS value of item i, for comparisons. */
function rawAt(st: Ref, i: number): number | bigint {
  const tc = tcOf(st);
  const at = byteArrayData(storage(st)) + i * ITEMSIZE[tc]!;
  const d = dv();
  switch (tc) {
    case 'b': return d.getInt8(at);
    case 'B': return d.getUint8(at);
    case 'h': return d.getInt16(at, true);
    case 'H': return d.getUint16(at, true);
    case 'i': return d.getInt32(at, true);
    case 'I': case 'u': return d.getUint32(at, true);
    case 'l': case 'q': return d.getBigInt64(at, true);
    case 'L': case 'Q': return d.getBigUint64(at, true);
    case 'f': return d.getFloat32(at, true);
    default: return d.getFloat64(at, true);
  }
} // prettier-ignore

const INT_LIMITS: Record<string, [bigint, bigint, string, string]> = {
  b: [-128n, 127n, 'signed char is less than minimum', 'signed char is greater than maximum'],
  B: [0n, 255n, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'],
  h: [-32768n, 32767n, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'],
  H: [0n, 65535n, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'],
  i: [-(2n ** 31n), 2n ** 31n - 1n, 'signed integer is less than minimum', 'signed integer is greater than maximum'],
  I: [0n, 2n ** 32n - 1n, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'],
  l: [-(2n ** 63n), 2n ** 63n - 1n, 'Python int too large to convert to C long', 'Python int too large to convert to C long'],
  L: [0n, 2n ** 64n - 1n, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'],
  q: [-(2n ** 63n), 2n ** 63n - 1n, 'int too big to convert', 'int too big to convert'],
  Q: [0n, 2n ** 64n - 1n, "can't convert negative int to unsigned", 'int too big to convert'],
};

/** The machine value for `v` as an item of typecode tc (may run __index__). */
function convert(tc: string, v: Value): number | bigint {
  if (tc === 'f' || tc === 'd') {
    let x: number;
    if (toDouble(v)) x = operandDouble;
    else {
      const viaFloat = (v & 1) === 0 && v !== NULL ? floatViaDunder(v) : null;
      if (viaFloat !== null) x = viaFloat;
      else if ((v & 1) === 0 && v !== NULL && hasIndex(v)) x = Number(intToBigInt(indexOf(v)));
      else throw raise(E.TypeError, `must be real number, not ${typeNameOf(v)}`);
    }
    return tc === 'f' ? Math.fround(x) : x;
  }
  if (tc === 'u') {
    if ((v & 1) !== 0 || v === NULL || !isSubtype(typeOf(v), T.str) || strLength(unboxed(v)) !== 1) {
      throw raise(E.TypeError, 'array item must be unicode character');
    }
    return strCodePoint(unboxed(v), 0);
  }
  let n: bigint;
  if ((v & 1) !== 0) n = BigInt(v >> 1);
  else {
    if (v === NULL || !hasIndex(v) || isSubtype(typeOf(v), T.float)) {
      throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    }
    n = intToBigInt(indexOf(v));
  }
  const [lo, hi, low, high] = INT_LIMITS[tc]!;
  if (n < lo) throw raise(E.OverflowError, low);
  if (n > hi) throw raise(E.OverflowError, high);
  return ITEMSIZE[tc] === 8 ? n : Number(n);
}

function store(st: Ref, i: number, x: number | bigint): void {
  const tc = tcOf(st);
  const at = byteArrayData(storage(st)) + i * ITEMSIZE[tc]!;
  const d = dv();
  switch (tc) {
    case 'b': case 'B': d.setUint8(at, Number(x) & 0xff); return;
    case 'h': case 'H': d.setUint16(at, Number(x) & 0xffff, true); return;
    case 'i': case 'I': case 'u': d.setUint32(at, Number(x) >>> 0, true); return;
    case 'l': case 'L': case 'q': case 'Q': d.setBigUint64(at, BigInt.asUintN(64, BigInt(x)), true); return;
    case 'f': d.setFloat32(at, Number(x), true); return;
    default: d.setFloat64(at, Number(x), true);
  }
} // prettier-ignore

function resize(st: Ref, n: number): void {
  byteArrayResize(storage(st), n * ITEMSIZE[tcOf(st)]!);
}

function appendValue(st: Ref, v: Value): void {
  const x = convert(tcOf(st), v);
  const n = lengthOf(st);
  resize(st, n + 1);
  store(st, n, x);
}

/** Append the raw bytes `data` (a whole number of items). */
function appendBytes(st: Ref, data: Uint8Array): void {
  const copy = data.slice();
  const ba = storage(st);
  const old = byteArrayLength(ba);
  byteArrayResize(ba, old + copy.length);
  u8.set(copy, byteArrayData(ba) + old);
}

function bytesOfArray(st: Ref): Uint8Array {
  return byteArrayView(storage(st));
}

/**
 * A copy of the raw bytes of the array `v` (whose state is `st`), read under
 * v's lock: an array that is not the method's self or its first argument is
 * not locked by the method's critical section (free-threading mode).
 */
function bytesCopyOf(v: Value, st: Ref): Uint8Array {
  return freeThreading() ? underLock(v, copyBytes, st) : copyBytes(st);
}
function copyBytes(st: Ref): Uint8Array {
  return bytesOfArray(st).slice();
}

// ---- construction ---------------------------------------------------------------------------

/** A new array of the same class `cls` and typecode with the raw bytes `data`. */
function newArrayLike(cls: Ref, tc: string, data: Uint8Array): Ref {
  const mark = handleCount();
  try {
    const a = pushHandle(callArray(cls === NULL ? arrayClassRef() : cls, [newStr(tc)]));
    appendBytes(stateOf(getHandle(a)), data);
    return getHandle(a);
  } finally {
    releaseHandles(mark);
  }
}

/** array.array (looked up in the module, which keeps it alive, so every worker finds it). */
function arrayClassRef(): Ref {
  return dictGetStr(getField(arrayModule(), MOD_DICT), intern('array'));
}

function initState(self: Value, tc: string): Ref {
  const w = stateWord(A, self);
  if (w < 0) throw raise(E.TypeError, `descriptor '__init__' requires an 'array.array' object but received a '${typeNameOf(self)}'`);
  const st = newList(2);
  listSet(st, 0, newStr(tc));
  listSet(st, 1, allocByteArray(T.bytearray));
  i32[stateWord(A, self)] = st;
  return st;
}

function extendFromIterable(self: Value, iterable: Value): void {
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    const it = pushHandle(getIter(iterable));
    for (;;) {
      const v = iterNext(getHandle(it));
      if (v === NULL) break;
      const h = pushHandle(v);
      appendValue(stateOf(getHandle(hSelf)), getHandle(h));
      releaseHandles(h);
    }
  } finally {
    releaseHandles(mark);
  }
}

nativeMethod(A, '__init__', (self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'array.array() takes no keyword arguments');
  if (argc < 1) throw raise(E.TypeError, `array() takes at least 1 argument (${argc} given)`);
  if (argc > 2) throw raise(E.TypeError, `array() takes at most 2 arguments (${argc} given)`);
  const tcV = i32[argv]!;
  if ((tcV & 1) !== 0 || tcV === NULL || !isSubtype(typeOf(tcV), T.str) || strLength(unboxed(tcV)) !== 1) {
    const what = (tcV & 1) === 0 && tcV !== NULL && isSubtype(typeOf(tcV), T.str) ? 'str' : typeNameOf(tcV);
    throw raise(E.TypeError, `array() argument 1 must be a unicode character, not ${what}`);
  }
  const tc = strValue(unboxed(tcV));
  if (!TYPECODES.includes(tc)) throw raise(E.ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  const init = argc > 1 ? i32[argv + 1]! : NULL;
  if (init !== NULL && (init & 1) === 0 && isSubtype(typeOf(init), T.str) && tc !== 'u') {
    throw raise(E.TypeError, `cannot use a str to initialize an array with typecode '${tc}'`);
  }
  const other = init === NULL ? NULL : stateOrNull(init);
  if (other !== NULL && tcOf(other) === 'u' && tc !== 'u') {
    throw raise(E.TypeError, `cannot use a unicode array to initialize an array with typecode '${tc}'`);
  }
  const st = initState(self, tc);
  if (init === NULL) return S.None;
  if ((init & 1) === 0 && isSubtype(typeOf(init), T.str)) {
    fromUnicode(st, unboxed(init));
    return S.None;
  }
  if (other !== NULL && tcOf(other) === tc) {
    appendBytes(st, bytesCopyOf(init, other));
    return S.None;
  }
  if (other === NULL && ((init & 1) === 0 && (isSubtype(typeOf(init), T.bytes) || isSubtype(typeOf(init), T.bytearray)))) {
    fromBytes(st, bytesLikeData(init)!);
    return S.None;
  }
  extendFromIterable(self, init);
  return S.None;
});

function fromBytes(st: Ref, data: Uint8Array): void {
  if (data.length % ITEMSIZE[tcOf(st)]! !== 0) throw raise(E.ValueError, 'bytes length not a multiple of item size');
  appendBytes(st, data);
}

function fromUnicode(st: Ref, s: Ref): void {
  const n = strLength(s);
  const old = lengthOf(st);
  resize(st, old + n);
  for (let i = 0; i < n; i++) store(st, old + i, strCodePoint(s, i));
}

// ---- sequence methods -----------------------------------------------------------------------

function noKw(name: string, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
}
function one(name: string, argc: number, kwnames: Ref): void {
  noKw(name, kwnames);
  if (argc !== 1) throw raise(E.TypeError, `${name}() takes exactly one argument (${argc} given)`);
}
function none(name: string, argc: number, kwnames: Ref): void {
  noKw(name, kwnames);
  if (argc !== 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
}

function indexArg(v: Value): number {
  return asSsize(v, E.IndexError, CANNOT_FIT);
}

nativeMethod(A, '__len__', (self) => intFromNumber(lengthOf(stateOf(self))));

nativeMethod(A, '__getitem__', (self, argv) => {
  const key = i32[argv]!;
  const st = stateOf(self);
  if (isSlice(key)) {
    const n = sliceIndices(key, lengthOf(stateOf(self)));
    const start = sliceOut[0]!;
    const step = sliceOut[2]!;
    const st2 = stateOf(self);
    const size = ITEMSIZE[tcOf(st2)]!;
    const src = bytesOfArray(st2);
    const out = new Uint8Array(n * size);
    for (let k = 0, i = start; k < n; k++, i += step) out.set(src.subarray(i * size, i * size + size), k * size);
    return newArrayLike(NULL, tcOf(st2), out);
  }
  if (!hasIndex(key)) throw raise(E.TypeError, 'array indices must be integers');
  let i = indexArg(key);
  const st2 = stateOf(self);
  const n = lengthOf(st2);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'array index out of range');
  void st;
  return itemAt(st2, i);
});

nativeMethod(A, '__setitem__', (self, argv) => {
  const key = i32[argv]!;
  const v = i32[argv + 1]!;
  if (isSlice(key)) {
    const other = stateOrNull(v);
    if (other === NULL) throw raise(E.TypeError, `can only assign array (not "${typeNameOf(v)}") to array slice`);
    const st = stateOf(self);
    if (tcOf(other) !== tcOf(st)) throw raise(E.TypeError, 'bad argument type for built-in operation');
    const data = bytesCopyOf(v, other);
    const n = sliceIndices(key, lengthOf(stateOf(self)));
    const start = sliceOut[0]!;
    const stop = sliceOut[1]!;
    const step = sliceOut[2]!;
    assignSlice(stateOf(self), start, stop, step, n, data);
    return S.None;
  }
  if (!hasIndex(key)) throw raise(E.TypeError, 'array indices must be integers');
  let i = indexArg(key);
  const x = convert(tcOf(stateOf(self)), v);
  const st = stateOf(self);
  const n = lengthOf(st);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'array assignment index out of range');
  store(st, i, x);
  return S.None;
});

/** a[start:stop:step] = items (raw bytes of `m` items). */
function assignSlice(st: Ref, start: number, stop: number, step: number, n: number, data: Uint8Array): void {
  const size = ITEMSIZE[tcOf(st)]!;
  const m = data.length / size;
  const len = lengthOf(st);
  if (step === 1) {
    if (stop < start) stop = start;
    const cur = bytesOfArray(st).slice();
    const out = new Uint8Array((len - (stop - start) + m) * size);
    out.set(cur.subarray(0, start * size), 0);
    out.set(data, start * size);
    out.set(cur.subarray(stop * size), (start + m) * size);
    byteArrayResize(storage(st), out.length);
    u8.set(out, byteArrayData(storage(st)));
    return;
  }
  if (m === 0 && n > 0) {
    deleteSlice(st, start, step, n);
    return;
  }
  if (m !== n) throw raise(E.ValueError, `attempt to assign array of size ${m} to extended slice of size ${n}`);
  const base = byteArrayData(storage(st));
  for (let k = 0, i = start; k < n; k++, i += step) u8.set(data.subarray(k * size, k * size + size), base + i * size);
}

function deleteSlice(st: Ref, start: number, step: number, n: number): void {
  const size = ITEMSIZE[tcOf(st)]!;
  const len = lengthOf(st);
  const drop = new Set<number>();
  for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
  const cur = bytesOfArray(st).slice();
  const out = new Uint8Array((len - drop.size) * size);
  let w = 0;
  for (let i = 0; i < len; i++) {
    if (drop.has(i)) continue;
    out.set(cur.subarray(i * size, i * size + size), w);
    w += size;
  }
  byteArrayResize(storage(st), out.length);
  u8.set(out, byteArrayData(storage(st)));
}

nativeMethod(A, '__delitem__', (self, argv) => {
  const key = i32[argv]!;
  if (isSlice(key)) {
    const n = sliceIndices(key, lengthOf(stateOf(self)));
    if (n > 0) deleteSlice(stateOf(self), sliceOut[0]!, sliceOut[2]!, n);
    return S.None;
  }
  if (!hasIndex(key)) throw raise(E.TypeError, 'array indices must be integers');
  let i = indexArg(key);
  const st = stateOf(self);
  const n = lengthOf(st);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'array assignment index out of range');
  deleteSlice(st, i, 1, 1);
  return S.None;
});

/** Index of the first item == v in [start, stop), or -1 (comparisons through Python's ==). */
function find(self: Value, v: Value, start: number, stop: number): number {
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    const hv = pushHandle(v);
    for (let i = start; i < Math.min(stop, lengthOf(stateOf(getHandle(hSelf)))); i++) {
      const item = itemAt(stateOf(getHandle(hSelf)), i);
      if (richEq(item, getHandle(hv))) return i;
    }
    return -1;
  } finally {
    releaseHandles(mark);
  }
}
import { richEq } from '../vm/abstract.js';

nativeMethod(A, '__contains__', (self, argv) => (find(self, i32[argv]!, 0, Infinity) >= 0 ? S.True : S.False));

nativeMethod(A, 'append', (self, argv, argc, kwnames) => {
  one('append', argc, kwnames);
  appendValue(stateOf(self), i32[argv]!);
  return S.None;
});

nativeMethod(A, 'extend', (self, argv, argc, kwnames) => {
  one('extend', argc, kwnames);
  const v = i32[argv]!;
  const other = stateOrNull(v);
  if (other !== NULL) {
    if (tcOf(other) !== tcOf(stateOf(self))) throw raise(E.TypeError, 'can only extend with array of same kind');
    appendBytes(stateOf(self), bytesOfArray(other));
    return S.None;
  }
  extendFromIterable(self, v);
  return S.None;
});

nativeMethod(A, 'insert', (self, argv, argc, kwnames) => {
  noKw('insert', kwnames);
  if (argc !== 2) throw raise(E.TypeError, `insert expected 2 arguments, got ${argc}`);
  let i = asSsize(i32[argv]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  const x = convert(tcOf(stateOf(self)), i32[argv + 1]!);
  const st = stateOf(self);
  const n = lengthOf(st);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  const size = ITEMSIZE[tcOf(st)]!;
  resize(st, n + 1);
  const base = byteArrayData(storage(st));
  u8.copyWithin(base + (i + 1) * size, base + i * size, base + n * size);
  store(st, i, x);
  return S.None;
});

nativeMethod(A, 'pop', (self, argv, argc, kwnames) => {
  noKw('pop', kwnames);
  if (argc > 1) throw raise(E.TypeError, `pop expected at most 1 argument, got ${argc}`);
  let i = argc === 1 ? asSsize(i32[argv]!, E.OverflowError, 'Python int too large to convert to C ssize_t') : -1;
  const st = stateOf(self);
  const n = lengthOf(st);
  if (n === 0) throw raise(E.IndexError, 'pop from empty array');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'pop index out of range');
  const v = itemAt(st, i);
  const size = ITEMSIZE[tcOf(st)]!;
  const base = byteArrayData(storage(st));
  u8.copyWithin(base + i * size, base + (i + 1) * size, base + n * size);
  resize(st, n - 1);
  return v;
});

nativeMethod(A, 'remove', (self, argv, argc, kwnames) => {
  one('remove', argc, kwnames);
  const i = find(self, i32[argv]!, 0, Infinity);
  if (i < 0) throw raise(E.ValueError, 'array.remove(x): x not in array');
  deleteSlice(stateOf(self), i, 1, 1);
  return S.None;
});

nativeMethod(A, 'index', (self, argv, argc, kwnames) => {
  noKw('index', kwnames);
  if (argc < 1 || argc > 3) throw raise(E.TypeError, `index expected at least 1 argument, got ${argc}`);
  const n = lengthOf(stateOf(self));
  const bound = (k: number, dflt: number): number => {
    if (argc <= k) return dflt;
    const v = i32[argv + k]!;
    if (!hasIndex(v)) throw raise(E.TypeError, 'slice indices must be integers or have an __index__ method');
    let x = asSsize(v, null, '');
    if (x < 0) x = Math.max(0, x + n);
    return x;
  };
  const start = bound(1, 0);
  const stop = bound(2, n);
  const i = find(self, i32[argv]!, start, stop);
  if (i < 0) throw raise(E.ValueError, 'array.index(x): x not in array');
  return intFromNumber(i);
});

nativeMethod(A, 'count', (self, argv, argc, kwnames) => {
  one('count', argc, kwnames);
  let count = 0;
  let at = 0;
  for (;;) {
    const i = find(self, i32[argv]!, at, Infinity);
    if (i < 0) break;
    count++;
    at = i + 1;
  }
  return intFromNumber(count);
});

nativeMethod(A, 'reverse', (self, _argv, argc, kwnames) => {
  none('reverse', argc, kwnames);
  const st = stateOf(self);
  const size = ITEMSIZE[tcOf(st)]!;
  const cur = bytesOfArray(st).slice();
  const n = cur.length / size;
  const base = byteArrayData(storage(st));
  for (let i = 0; i < n; i++) u8.set(cur.subarray(i * size, i * size + size), base + (n - 1 - i) * size);
  return S.None;
});

nativeMethod(A, 'byteswap', (self, _argv, argc, kwnames) => {
  none('byteswap', argc, kwnames);
  const st = stateOf(self);
  const size = ITEMSIZE[tcOf(st)]!;
  const data = bytesOfArray(st);
  for (let i = 0; i < data.length; i += size) data.subarray(i, i + size).reverse();
  return S.None;
});

nativeMethod(A, 'buffer_info', (self, _argv, argc, kwnames) => {
  none('buffer_info', argc, kwnames);
  const st = stateOf(self);
  return newTuple([intFromNumber(byteArrayData(storage(st))), intFromNumber(lengthOf(st))]);
});

nativeMethod(A, 'tobytes', (self, _argv, argc, kwnames) => {
  none('tobytes', argc, kwnames);
  return newBytes(bytesOfArray(stateOf(self)).slice());
});

nativeMethod(A, 'frombytes', (self, argv, argc, kwnames) => {
  one('frombytes', argc, kwnames);
  const data = bytesLikeData(i32[argv]!);
  if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(i32[argv]!)}'`);
  fromBytes(stateOf(self), data);
  return S.None;
});

nativeMethod(A, 'tolist', (self, _argv, argc, kwnames) => {
  none('tolist', argc, kwnames);
  const st = stateOf(self);
  const n = lengthOf(st);
  const l = newList(n);
  for (let i = 0; i < n; i++) listSet(l, i, S.None);
  for (let i = 0; i < n; i++) listSet(l, i, itemAt(st, i)); // allocation never collects
  return l;
});

nativeMethod(A, 'fromlist', (self, argv, argc, kwnames) => {
  one('fromlist', argc, kwnames);
  const l = i32[argv]!;
  if ((l & 1) !== 0 || l === NULL || !isSubtype(typeOf(l), T.list)) throw raise(E.TypeError, 'arg must be list');
  const st = stateOf(self);
  const old = byteArrayLength(storage(st));
  try {
    for (let i = 0; i < listLength(l); i++) appendValue(stateOf(self), listGet(l, i));
  } catch (e) {
    byteArrayResize(storage(stateOf(self)), old); // all or nothing, as CPython
    throw e;
  }
  return S.None;
});

nativeMethod(A, 'tounicode', (self, _argv, argc, kwnames) => {
  none('tounicode', argc, kwnames);
  const st = stateOf(self);
  if (tcOf(st) !== 'u') throw raise(E.ValueError, 'tounicode() may only be called on unicode type arrays');
  const n = lengthOf(st);
  let s = '';
  for (let i = 0; i < n; i++) {
    const cp = rawAt(st, i) as number;
    if (cp > 0x10ffff) throw raise(E.ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    s += String.fromCodePoint(cp);
  }
  return newStr(s);
});

nativeMethod(A, 'fromunicode', (self, argv, argc, kwnames) => {
  one('fromunicode', argc, kwnames);
  const s = i32[argv]!;
  if ((s & 1) !== 0 || s === NULL || !isSubtype(typeOf(s), T.str)) {
    throw raise(E.TypeError, `fromunicode() argument must be str, not ${typeNameOf(s)}`);
  }
  const st = stateOf(self);
  if (tcOf(st) !== 'u') throw raise(E.ValueError, 'fromunicode() may only be called on unicode type arrays');
  fromUnicode(st, unboxed(s));
  return S.None;
});

nativeMethod(A, 'tofile', (self, argv, argc, kwnames) => {
  one('tofile', argc, kwnames);
  const mark = handleCount();
  try {
    const f = pushHandle(i32[argv]!);
    const data = pushHandle(newBytes(bytesOfArray(stateOf(self)).slice()));
    const write = pushHandle(getAttrS(getHandle(f), 'write'));
    callArray(getHandle(write), [getHandle(data)]);
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});

nativeMethod(A, 'fromfile', (self, argv, argc, kwnames) => {
  noKw('fromfile', kwnames);
  if (argc !== 2) throw raise(E.TypeError, `fromfile expected 2 arguments, got ${argc}`);
  const n = asSsize(i32[argv + 1]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  if (n < 0) throw raise(E.ValueError, 'negative count');
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    const size = ITEMSIZE[tcOf(stateOf(self))]!;
    const read = pushHandle(getAttrS(i32[argv]!, 'read'));
    const got = pushHandle(callArray(getHandle(read), [intFromNumber(n * size)]));
    const data = bytesLikeData(getHandle(got));
    if (data === null) throw raise(E.TypeError, 'read() didn\'t return bytes');
    fromBytes(stateOf(getHandle(hSelf)), data);
    if (data.length !== n * size) throw raise(E.EOFError, 'read() didn\'t return enough bytes');
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});
import { getAttr } from '../vm/attributes.js';
function getAttrS(v: Value, name: string): Value {
  return getAttr(v, intern(name));
}

// ---- operators ------------------------------------------------------------------------------

nativeMethod(A, '__add__', (self, argv) => {
  const other = stateOrNull(i32[argv]!);
  if (other === NULL) throw raise(E.TypeError, `can only append array (not "${typeNameOf(i32[argv]!)}") to array`);
  const st = stateOf(self);
  if (tcOf(other) !== tcOf(st)) throw raise(E.TypeError, 'bad argument type for built-in operation');
  const a = bytesOfArray(st);
  const b = bytesOfArray(other);
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return newArrayLike(NULL, tcOf(st), out);
});

nativeMethod(A, '__iadd__', (self, argv) => {
  const other = stateOrNull(i32[argv]!);
  if (other === NULL) throw raise(E.TypeError, `can only extend array with array (not "${typeNameOf(i32[argv]!)}")`);
  if (tcOf(other) !== tcOf(stateOf(self))) throw raise(E.TypeError, 'can only extend with array of same kind');
  appendBytes(stateOf(self), bytesOfArray(other));
  return self;
});

function repeatCount(v: Value): number {
  if ((v & 1) === 0 && (v === NULL || !hasIndex(v) || isSubtype(typeOf(v), T.float))) return NaN;
  const n = asSsize(v, E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  return n < 0 ? 0 : n;
}

function repeated(self: Value, v: Value): Value {
  const n = repeatCount(v);
  if (Number.isNaN(n)) throw raise(E.TypeError, `can't multiply sequence by non-int of type '${typeNameOf(v)}'`);
  const st = stateOf(self);
  const a = bytesOfArray(st);
  if (a.length * n > 2 ** 31) throw raise(E.MemoryError, null);
  const out = new Uint8Array(a.length * n);
  for (let k = 0; k < n; k++) out.set(a, k * a.length);
  return newArrayLike(NULL, tcOf(st), out);
}
nativeMethod(A, '__mul__', (self, argv) => repeated(self, i32[argv]!));
nativeMethod(A, '__rmul__', (self, argv) => {
  // seq * array where seq's own repeat refused the array: CPython names the array's type.
  if (Number.isNaN(repeatCount(i32[argv]!))) throw raise(E.TypeError, `can't multiply sequence by non-int of type '${typeNameOf(self)}'`);
  return repeated(self, i32[argv]!);
});
nativeMethod(A, '__imul__', (self, argv) => {
  const n = repeatCount(i32[argv]!);
  if (Number.isNaN(n)) throw raise(E.TypeError, `'${typeNameOf(i32[argv]!)}' object cannot be interpreted as an integer`);
  const st = stateOf(self);
  const a = bytesOfArray(st).slice();
  byteArrayResize(storage(st), a.length * n);
  const base = byteArrayData(storage(st));
  for (let k = 0; k < n; k++) u8.set(a, base + k * a.length);
  return self;
});

const OPS: [string, (c: number) => boolean][] = [
  ['__eq__', (c) => c === 0],
  ['__ne__', (c) => c !== 0],
  ['__lt__', (c) => c < 0],
  ['__le__', (c) => c <= 0],
  ['__gt__', (c) => c > 0],
  ['__ge__', (c) => c >= 0],
];
for (const [name, test] of OPS) {
  nativeMethod(A, name, (self, argv) => {
    const other = stateOrNull(i32[argv]!);
    if (other === NULL) return S.NotImplemented;
    const st = stateOf(self);
    const na = lengthOf(st);
    const nb = lengthOf(other);
    if ((name === '__eq__' || name === '__ne__') && na !== nb) return name === '__ne__' ? S.True : S.False;
    for (let i = 0; i < Math.min(na, nb); i++) {
      const x = rawAt(st, i);
      const y = rawAt(other, i);
      // Equal items (NaN never is) are skipped; the first different pair decides.
      if (x == y) continue; // eslint-disable-line eqeqeq -- bigint and number compare by value
      if (name === '__eq__') return S.False;
      if (name === '__ne__') return S.True;
      if (Number.isNaN(Number(x)) || Number.isNaN(Number(y))) return S.False;
      return test(x < y ? -1 : 1) ? S.True : S.False;
    }
    return test(na - nb) ? S.True : S.False;
  });
}

nativeMethod(A, '__repr__', (self) => {
  const st = stateOf(self);
  const tc = tcOf(st);
  // CPython's _PyType_Name: the part after the last dot ('array', not the message name 'array.array').
  const fullName = typeNameOf(self);
  const name = fullName.slice(fullName.lastIndexOf('.') + 1);
  if (lengthOf(st) === 0) return newStr(`${name}('${tc}')`);
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    const inner = tc === 'u' ? pushHandle(reprOfUnicode(self)) : pushHandle(callTolist(getHandle(hSelf)));
    return newStr(`${name}('${tc}', ${strValue(repr(getHandle(inner)))})`);
  } finally {
    releaseHandles(mark);
  }
});
function callTolist(self: Value): Value {
  return callArray(getAttrS(self, 'tolist'), []);
}
function reprOfUnicode(self: Value): Value {
  return callArray(getAttrS(self, 'tounicode'), []);
}

nativeMethod(A, '__copy__', (self) => {
  const st = stateOf(self);
  return newArrayLike(NULL, tcOf(st), bytesOfArray(st).slice());
});
nativeMethod(A, '__deepcopy__', (self) => {
  const st = stateOf(self);
  return newArrayLike(NULL, tcOf(st), bytesOfArray(st).slice());
});
nativeMethod(A, '__reduce_ex__', (self) => {
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    const st = stateOf(self);
    const tc = pushHandle(listGet(st, 0));
    const items = pushHandle(callTolist(getHandle(hSelf)));
    const d = existingInstanceDict(getHandle(hSelf));
    const argsT = pushHandle(newTuple([getHandle(tc), getHandle(items)]));
    return newTuple([typeOf(getHandle(hSelf)), getHandle(argsT), d === NULL ? S.None : d]);
  } finally {
    releaseHandles(mark);
  }
});
import { existingInstanceDict } from '../objects/type-layout.js';

nativeMethod(A, '__class_getitem__', (cls, argv) => newGenericAlias(cls, i32[argv]!), MDF_CLASS);

nativeGetter(A, 'typecode', (self) => listGet(stateOf(self), 0));
nativeGetter(A, 'itemsize', (self) => fromSmallInt(ITEMSIZE[tcOf(stateOf(self))]!));

// ---- iteration ------------------------------------------------------------------------------

nativeMethod(A, '__iter__', (self) => {
  stateOf(self);
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    const it = pushHandle(callArray(iterClassRef(), []));
    const st = newList(2);
    listSet(st, 0, getHandle(hSelf));
    listSet(st, 1, fromSmallInt(0));
    i32[stateWord(IterClass, getHandle(it))] = st;
    return getHandle(it);
  } finally {
    releaseHandles(mark);
  }
});

function iterState(self: Value): Ref {
  const w = stateWord(IterClass, self);
  if (w < 0 || i32[w] === NULL) throw raise(E.TypeError, 'not an array iterator');
  return i32[w]!;
}
nativeMethod(IterClass, '__iter__', (self) => self);
nativeMethod(IterClass, '__next__', (self) => {
  const it = iterState(self);
  const a = listGet(it, 0);
  if (a === S.None) throw raise(E.StopIteration, null);
  // The length check and the read together (another thread may pop meanwhile).
  return freeThreading() ? underLock(a, iterStep, it, a) : iterStep(it, a);
});
function iterStep(it: Ref, a: Ref): Value {
  const i = listGet(it, 1) >> 1;
  const st = stateOf(a);
  if (i >= lengthOf(st)) {
    listSet(it, 0, S.None);
    throw raise(E.StopIteration, null);
  }
  listSet(it, 1, fromSmallInt(i + 1));
  return itemAt(st, i);
}
function iterClassRef(): Ref {
  return dictGetStr(getField(arrayModule(), MOD_DICT), intern('_arrayiterator'));
}

// ---- the buffer -----------------------------------------------------------------------------

registerExporter(
  (v) => {
    if ((v & 1) !== 0 || v === NULL) return null;
    const st = stateOrNull(v);
    return st === NULL ? null : bytesOfArray(st);
  },
  (v) => {
    if ((v & 1) !== 0 || v === NULL) return 0;
    const st = stateOrNull(v);
    if (st === NULL) return 0;
    const tc = tcOf(st);
    // memoryview knows no wchar_t format ('w' in CPython): a 'u' array is viewed as its bytes.
    return tc === 'u' ? 0x42 : tc.charCodeAt(0);
  },
);

// ---- the module -----------------------------------------------------------------------------

const arrayModule = defineBuiltinModule('array', 'Arrays of numbers or characters of one C type, stored compactly.', (d) => {
  const mark = handleCount();
  try {
    const cls = pushHandle(
      makeNativeClass(A, 'array(typecode [, initializer]) -> array', [], (ns) => {
        dictSet(ns, intern('__hash__'), S.None);
      }),
    );
    // Messages name the type 'array.array' (CPython's tp_name); __name__ stays 'array'.
    setField(getHandle(cls), TP_NAME, intern('array.array'));
    setTypeFlags(getHandle(cls), typeFlags(getHandle(cls)) | TPF_DOTTED_NAME | TPF_SEQUENCE); // a sequence to `case [...]`, as CPython's
    dictSet(d, intern('_arrayiterator'), makeNativeClass(IterClass, 'An iterator over an array.'));
    dictSet(d, intern('array'), getHandle(cls));
    dictSet(d, intern('ArrayType'), getHandle(cls));
    dictSet(d, intern('typecodes'), newStr(TYPECODES));
  } finally {
    releaseHandles(mark);
  }
});

