/**
 * The behaviour of bytes and bytearray as types (their TypeSlots): repr, hash (bytes only),
 * comparison with any bytes-like value, len, b[i] / b[a:b:c], `in`, iteration, + * and %;
 * bytearray also b[i] = x, b[a:b] = iterable, del b[i], += and *= in place.
 *
 *     bytes_iterator body (values): | sequence (bytes or bytearray) | index (small int) |
 *
 * The iterator re-reads its sequence at every step, so a bytearray that changes size while
 * iterated is seen as CPython sees it.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { bytesContains, type ByteSub } from '../text/bytes-search.js';
import { bytesPercentFormat, type BytesPercentHost } from '../text/percent-format.js';
import { bytearrayRepr, bytesRepr } from '../text/repr.js';
import { boolValue, CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, getIter, getItem, iterNext, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import {
  byteArrayData,
  byteArrayLength,
  byteArrayResize,
  byteArraySetData,
  byteArrayView,
  isByteArray,
  newByteArray,
} from './bytearray.js';
import { allocBytes, BUF_FULL, BUF_OR_NONE, bytesData, bytesFromHeap, bytesHash, bytesLength, bytesLikeData, bytesOf, bytesView, newBytes } from './bytes.js';
import { isMemoryView } from './memoryview.js';
import { E, S, T } from './registry.js';
import { isSlice, sliceIndices, sliceOut } from './slice.js';
import { repeatCount } from './list-args.js';
import { indexOrNaN, textCall, typeError } from './str-args.js';
import { hashNotImplemented } from './descriptors-wrapper.js';
import { asciiText } from './str-convert.js';
import { percentArgs } from './str-percent.js';
import { percentNumber } from './str-percent-number.js';
import { newStr } from './str.js';
import { lookupTypeString } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { typeOf } from './typecheck.js';
import { declareSlots, slotsOf, TPF_HEAPTYPE, typeFlags } from './typeobject.js';
import { unboxed } from './type-layout.js';

/** A new bytes or bytearray (the kind of `like`) holding a copy of data. */
export function sameKind(like: Value, data: Uint8Array): Ref {
  return isByteArray(unboxed(like)) ? newByteArray(data) : newBytes(data);
}

/** The exact bytearray inside v (a bytearray or an instance of a subclass: same layout). */
function ba(v: Value): Ref {
  return v;
}

function requireBytesLike(v: Value): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeNameOf(v)}'`);
  return d;
}

/** A byte value 0..255 from an int-like value (CPython's messages). */
export function byteValue(v: Value): number {
  const n = indexOrNaN(v);
  if (Number.isNaN(n)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  if (!(n >= 0 && n <= 255)) throw raise(E.ValueError, 'byte must be in range(0, 256)');
  return n;
}

function itemOf(view: Uint8Array, key: Value, kind: 'bytes' | 'bytearray', like: Value): Value {
  const n = view.length;
  if ((key & 1) !== 0) {
    let i = key >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(E.IndexError, kind === 'bytes' ? 'index out of range' : 'bytearray index out of range');
    return fromSmallInt(view[i]!);
  }
  if (isSlice(key)) {
    const count = sliceIndices(key, n);
    const start = sliceOut[0]!;
    const step = sliceOut[2]!;
    // bytes[i:j]: copied within the heap (bytes never change, and the heap never moves)
    if (step === 1 && kind === 'bytes') return bytesFromHeap(bytesData(bytesOf(like)) + start, count);
    const v = bytesLikeData(like)!;
    const out = new Uint8Array(count);
    for (let k = 0, i = start; k < count; k++, i += step) out[k] = v[i]!;
    return sameKind(like, out);
  }
  const idx = indexOrNaN(key);
  if (Number.isNaN(idx)) {
    typeError(`${kind === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeNameOf(key)}`);
  }
  const v = bytesLikeData(like)!;
  const i = idx < 0 ? idx + v.length : idx;
  if (!(i >= 0 && i < v.length)) {
    throw raise(E.IndexError, kind === 'bytes' ? 'index out of range' : 'bytearray index out of range');
  }
  return fromSmallInt(v[i]!);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function richcompare(a: Value, b: Value, op: number): Value {
  // bytes compares only with bytes (a bytearray's reflected comparison does the rest); a
  // memoryview then gets its turn (== and != only), as in CPython.
  if (isMemoryView(b) && !isByteArray(a)) return S.NotImplemented;
  const x = bytesLikeData(a, BUF_OR_NONE);
  const y = bytesLikeData(b, BUF_OR_NONE);
  if (x === null || y === null) return S.NotImplemented;
  if ((op === CMP_EQ || op === CMP_NE) && x.length !== y.length) return boolValue(op === CMP_NE);
  const c = compareBytes(x, y);
  switch (op) {
    case CMP_LT: return boolValue(c < 0);
    case CMP_LE: return boolValue(c <= 0);
    case CMP_EQ: return boolValue(c === 0);
    case CMP_NE: return boolValue(c !== 0);
    case CMP_GT: return boolValue(c > 0);
    case CMP_GE: return boolValue(c >= 0);
  }
  return S.NotImplemented;
}

function containsByte(self: Value, item: Value): boolean {
  const view = bytesLikeData(self)!;
  let sub: ByteSub;
  if ((item & 1) !== 0 || typeOf(item) === T.int || typeOf(item) === T.bool) {
    sub = byteValue(item);
  } else {
    const d = bytesLikeData(item);
    if (d === null) {
      const n = indexOrNaN(item);
      if (Number.isNaN(n)) typeError(`a bytes-like object is required, not '${typeNameOf(item)}'`);
      sub = byteValue(item);
    } else sub = d;
  }
  return textCall(() => bytesContains(view, sub));
}

const bytesHost: BytesPercentHost<Value> = {
  getItem(mapping, key) {
    const v = getItem(mapping, newBytes(key));
    pushHandle(v);
    return v;
  },
  bytesOf(v) {
    const d = bytesLikeData(v, BUF_FULL);
    if (d !== null) return d.slice();
    const f = (v & 1) === 0 ? lookupTypeString(typeOf(v), '__bytes__') : NULL;
    if (f === NULL) return null;
    const mark = handleCount();
    try {
      const h = pushHandle(v);
      const r = callValue(f, handleWord(h), 1, NULL);
      const b = bytesOf(r);
      if (b === NULL) typeError(`__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
      return bytesView(b).slice();
    } finally {
      releaseHandles(mark);
    }
  },
  ascii: (v) => asciiText(v),
  charArg(v) {
    const d = bytesLikeData(v);
    if (d !== null) return d.slice();
    if ((v & 1) !== 0 || typeOf(v) === T.int || typeOf(v) === T.bool) {
      const n = indexOrNaN(v);
      return Number.isSafeInteger(n) ? n : n > 0 ? Infinity : -Infinity;
    }
    return null;
  },
  typeName: (v) => typeNameOf(v),
  asIndex(v) {
    if ((v & 1) === 0 && typeOf(v) !== T.int && typeOf(v) !== T.bool) return null;
    return indexOrNaN(v);
  },
  formatNumber: (v, spec) => percentNumber(v, spec),
};

function bytesPercent(self: Value, args: Value): Ref {
  const fmt = bytesLikeData(self)!.slice();
  const mark = handleCount();
  try {
    const isBytesLike = (v: Value): boolean => bytesLikeData(v, BUF_OR_NONE) !== null;
    const out = textCall(() => bytesPercentFormat(fmt, percentArgs(args, isBytesLike), bytesHost));
    return sameKind(self, out);
  } finally {
    releaseHandles(mark);
  }
}

function repeat(like: Value, data: Uint8Array, n: number): Ref {
  if (n <= 0 || data.length === 0) return sameKind(like, new Uint8Array(0));
  if (n * data.length > 2 ** 31) throw raise(E.MemoryError, null);
  const out = new Uint8Array(data.length * n);
  for (let k = 0; k < n; k++) out.set(data, k * data.length);
  return sameKind(like, out);
}

const NB_ADD = 0;
const NB_MUL = 5;
const NB_REM = 6;
const NB_INPLACE = 13;

function otherMayReflect(v: Value): boolean {
  return (v & 1) === 0 && (typeFlags(typeOf(v)) & TPF_HEAPTYPE) !== 0;
}

/**
 * `bytes + bytes` and `bytearray += bytes or bytearray` (exact types), copied within the heap:
 * no JS view or copy per operation (pickle and struct users build their output this way).
 * NULL: not one of these cases. Addresses are read after the allocation: the heap never moves.
 */
function concatExact(a: Value, b: Value, inplace: boolean): Ref {
  if ((a & 1) !== 0 || a === NULL || (b & 1) !== 0 || b === NULL) return NULL;
  const tb = i32[b >> 2]!;
  if (tb !== T.bytes && tb !== T.bytearray) return NULL;
  const m = tb === T.bytes ? bytesLength(b) : byteArrayLength(b);
  const ta = i32[a >> 2]!;
  if (ta === T.bytearray && inplace) {
    if (a === b) selfExtend();
    const n = byteArrayLength(a);
    byteArrayResize(a, n + m);
    const from = tb === T.bytes ? bytesData(b) : byteArrayData(b);
    copyInHeap(byteArrayData(a) + n, from, m);
    return a;
  }
  if (ta !== T.bytes) return NULL;
  const n = bytesLength(a);
  const out = allocBytes(n + m);
  const to = bytesData(out);
  copyInHeap(to, bytesData(a), n);
  copyInHeap(to + n, tb === T.bytes ? bytesData(b) : byteArrayData(b), m);
  return out;
}

/** `ba += ba`: CPython's bytearray exports its buffer to itself and so refuses to grow. */
function selfExtend(): never {
  throw raise(E.BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** u8[to .. to + n) = u8[from .. from + n), the regions apart; a loop for the few bytes of an opcode or a packed int, where copyWithin's call costs more. */
function copyInHeap(to: number, from: number, n: number): void {
  if (n > 16) u8.copyWithin(to, from, from + n);
  else for (let k = 0; k < n; k++) u8[to + k] = u8[from + k]!;
}

function binop(a: Value, b: Value, nb: number): Value {
  const inplace = nb >= NB_INPLACE;
  const op = inplace ? nb - NB_INPLACE : nb;
  if (op === NB_ADD) {
    const r = concatExact(a, b, inplace);
    if (r !== NULL) return r;
  }
  // Reached with a memoryview on the left only through the right operand's slot: memoryview
  // itself has no + * %, so it must not borrow bytes'.
  const da = isMemoryView(a) ? null : bytesLikeData(a);
  if (op === NB_ADD) {
    if (da === null) return S.NotImplemented;
    const db = bytesLikeData(b, BUF_OR_NONE);
    if (db === null) {
      if (otherMayReflect(b)) {
        const fb = slotsOf(typeOf(b)).binop;
        if (fb !== undefined) {
          const r = fb(a, b, op);
          if (r !== S.NotImplemented) return r;
        }
      }
      typeError(`can't concat ${typeNameOf(b)} to ${typeNameOf(a)}`);
    }
    if (inplace && isByteArray(a)) {
      if (a === b) selfExtend();
      const add = db.slice();
      const n = byteArrayLength(ba(a));
      byteArrayResize(ba(a), n + add.length);
      u8.set(add, byteArrayData(ba(a)) + n);
      return a;
    }
    const out = new Uint8Array(da.length + db.length);
    out.set(da, 0);
    out.set(db, da.length);
    return sameKind(a, out);
  }
  if (op === NB_MUL) {
    if (da !== null) {
      const n = repeatCount(b);
      if (inplace && isByteArray(a)) {
        const data = byteArrayView(ba(a)).slice();
        const count = n <= 0 ? 0 : n;
        byteArrayResize(ba(a), data.length * count);
        const d = byteArrayData(ba(a));
        for (let k = 0; k < count; k++) u8.set(data, d + k * data.length);
        return a;
      }
      return repeat(a, da.slice(), n);
    }
    const db = bytesLikeData(b);
    if (db === null) return S.NotImplemented;
    return repeat(b, db.slice(), repeatCount(a));
  }
  if (op === NB_REM) {
    if (da === null) return S.NotImplemented;
    return bytesPercent(a, b);
  }
  return S.NotImplemented;
}

declareSlots('bytes', {
  repr: (self) => newStr(bytesRepr(bytesView(bytesOf(self)).slice())),
  hash: (self) => bytesHash(bytesOf(self)),
  richcompare,
  len: (self) => bytesLength(bytesOf(self)),
  getitem: (self, key) => {
    const b = bytesOf(self);
    if ((key & 1) === 0) return itemOf(bytesView(b), key, 'bytes', self);
    // b[i], the unpickler's and parsers' step: no view
    const n = bytesLength(b);
    const i = (key >> 1) < 0 ? (key >> 1) + n : key >> 1;
    if (i < 0 || i >= n) throw raise(E.IndexError, 'index out of range');
    return fromSmallInt(u8[bytesData(b) + i]!);
  },
  contains: containsByte,
  iter: (self) => newBytesIterator(self),
  binop,
});

// ---- bytearray item assignment --------------------------------------------------------------

/** The bytes of an assigned value: bytes-like, or an iterable of ints (may run Python code). */
export function bytesFromIterable(v: Value): Uint8Array {
  const d = bytesLikeData(v, BUF_FULL);
  if (d !== null) return d.slice();
  const out: number[] = [];
  const it = getIter(v);
  const mark = handleCount();
  try {
    pushHandle(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) break;
      out.push(byteValue(x));
    }
  } finally {
    releaseHandles(mark);
  }
  return Uint8Array.from(out);
}

function setItem(self: Value, key: Value, value: Value): void {
  const b = ba(self);
  if (!isSlice(key)) {
    const idx = indexOrNaN(key);
    if (Number.isNaN(idx)) typeError(`bytearray indices must be integers or slices, not ${typeNameOf(key)}`);
    const n = byteArrayLength(b);
    const i = idx < 0 ? idx + n : idx;
    if (!(i >= 0 && i < n)) throw raise(E.IndexError, 'bytearray index out of range');
    const x = byteValue(value);
    u8[byteArrayData(b) + i] = x;
    return;
  }
  let data: Uint8Array;
  if ((value & 1) !== 0 || typeOf(value) === T.int) {
    typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  if (value === self) data = byteArrayView(b).slice();
  else {
    const mark = handleCount();
    try {
      pushHandle(key);
      data = bytesFromIterable(value);
    } finally {
      releaseHandles(mark);
    }
  }
  const n = byteArrayLength(b);
  const count = sliceIndices(key, n);
  const start = sliceOut[0]!;
  const step = sliceOut[2]!;
  if (step === 1) {
    const old = byteArrayView(b).slice();
    const stop = start + count;
    const out = new Uint8Array(n - count + data.length);
    out.set(old.subarray(0, start), 0);
    out.set(data, start);
    out.set(old.subarray(stop), start + data.length);
    byteArraySetData(b, out);
    return;
  }
  if (data.length !== count) {
    throw raise(E.ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
  }
  const d = byteArrayData(b);
  for (let k = 0, i = start; k < count; k++, i += step) u8[d + i] = data[k]!;
}

function delItem(self: Value, key: Value): void {
  const b = ba(self);
  const n = byteArrayLength(b);
  if (!isSlice(key)) {
    const idx = indexOrNaN(key);
    if (Number.isNaN(idx)) typeError(`bytearray indices must be integers or slices, not ${typeNameOf(key)}`);
    const i = idx < 0 ? idx + n : idx;
    if (!(i >= 0 && i < n)) throw raise(E.IndexError, 'bytearray index out of range');
    const d = byteArrayData(b);
    u8.copyWithin(d + i, d + i + 1, d + n);
    byteArrayResize(b, n - 1);
    return;
  }
  const count = sliceIndices(key, n);
  const start = sliceOut[0]!;
  const step = sliceOut[2]!;
  if (count === 0) return;
  const old = byteArrayView(b).slice();
  const drop = new Uint8Array(n);
  for (let k = 0, i = start; k < count; k++, i += step) drop[i] = 1;
  const out = new Uint8Array(n - count);
  let j = 0;
  for (let i = 0; i < n; i++) if (drop[i] === 0) out[j++] = old[i]!;
  byteArraySetData(b, out);
}

declareSlots('bytearray', {
  repr: (self) => {
    const text = bytearrayRepr(byteArrayView(ba(self)).slice());
    const name = typeNameOf(self);
    return newStr(name === 'bytearray' ? text : name + text.slice('bytearray'.length));
  },
  // Mutable: unhashable (object's hash slot must not be inherited; __hash__ is None in its dict).
  hash: hashNotImplemented,
  richcompare,
  len: (self) => byteArrayLength(ba(self)),
  getitem: (self, key) => itemOf(byteArrayView(ba(self)), key, 'bytearray', self),
  setitem: setItem,
  delitem: delItem,
  contains: containsByte,
  iter: (self) => newBytesIterator(self),
  binop,
});

// ---- bytes_iterator -------------------------------------------------------------------------

const BI_SEQ = HEADER_WORDS;
const BI_INDEX = HEADER_WORDS + 1;

export function newBytesIterator(seq: Value): Ref {
  const it = allocate(T.bytes_iterator, HEADER_BYTES + 8, false);
  i32[(it >> 2) + BI_SEQ] = seq;
  i32[(it >> 2) + BI_INDEX] = fromSmallInt(0);
  return it;
}

declareSlots('bytes_iterator', {
  iter: (self) => self,
  next(self) {
    const w = self >> 2;
    const seq = i32[w + BI_SEQ]!;
    if (seq === NULL) return NULL;
    const i = i32[w + BI_INDEX]! >> 1;
    const d = bytesLikeData(seq)!;
    if (i >= d.length) {
      i32[w + BI_SEQ] = NULL;
      return NULL;
    }
    i32[w + BI_INDEX] = fromSmallInt(i + 1);
    return fromSmallInt(d[i]!);
  },
});
