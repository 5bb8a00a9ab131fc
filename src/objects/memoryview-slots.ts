/**
 * The behaviour of memoryview as a type (its TypeSlots), with CPython 3.12's messages: repr,
 * hash (read-only byte-format views: the hash of the same bytes), == and != against any
 * bytes-like value (item by item, as the formats' values), len, m[i] / m[a:b:c] (a slice is a
 * new view of the same exporter), m[i] = x and m[a:b] = bytes-like on writable views, and
 * iteration.
 *
 *     memory_iterator body (values): | view | index (small int) |
 */
import { allocate } from '../heap/allocator.js';
import { fromSmallInt, HEADER_BYTES, HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { boolValue, CMP_EQ, CMP_NE, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { BUF_FULL, bytesLikeData, exporterData, hashOfData } from './bytes.js';
import { hasIndex, indexOf, intToBigInt } from './list-args.js';
import { formatSize, isByteFormat, readItem } from './memoryview-format.js';
import {
  checkReleased,
  FORMAT_B,
  isMemoryView,
  itemValue,
  mvBase,
  mvBytes,
  mvFlags,
  mvFormat,
  mvItemSize,
  mvLength,
  mvObj,
  mvReadonly,
  mvStart,
  mvStride,
  newMemoryView,
  packValue,
  storeItem,
} from './memoryview.js';
import { E, S, T } from './registry.js';
import { isSlice, sliceIndices, sliceOut } from './slice.js';
import { typeError } from './str-args.js';
import { newStr } from './str.js';
import { tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { declareSlots } from './typeobject.js';

function address(v: Value): string {
  return `0x${(v >>> 0).toString(16).padStart(12, '0')}`;
}

function isTupleValue(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.tuple);
}

/** The item index of an int-like key (CPython's messages), checked against the length. */
function itemIndex(m: Ref, key: Value): number {
  const big = intToBigInt(indexOf(key));
  const n = mvLength(m);
  const i = big < 0n ? big + BigInt(n) : big;
  if (i < 0n || i >= BigInt(n)) throw raise(E.IndexError, 'index out of bounds on dimension 1');
  return Number(i);
}

/**
 * What a key selects: an item index (>= 0), or -1 for a slice (sliceOut holds start, step and
 * the count in [0], [2], [3]). Raises CPython's errors for other keys.
 */
function selectKey(m: Ref, key: Value, forAssign: boolean): number {
  if ((key & 1) !== 0) return itemIndex(m, key);
  if (isSlice(key)) {
    sliceIndices(key, mvLength(m));
    return -1;
  }
  if (hasIndex(key)) return itemIndex(m, key);
  if (isTupleValue(key)) {
    const n = tupleLength(key);
    let allIndexes = true;
    let allSlices = true;
    for (let k = 0; k < n; k++) {
      const x = tupleGet(key, k);
      if (!hasIndex(x)) allIndexes = false;
      if (!isSlice(x)) allSlices = false;
    }
    if (allIndexes) {
      if (n === 1) return itemIndex(m, tupleGet(key, 0));
      if (n < 1) throw raise(E.NotImplementedError, 'sub-views are not implemented');
      typeError(`cannot index 1-dimension view with ${n}-element tuple`);
    }
    if (allSlices) {
      throw raise(
        E.NotImplementedError,
        forAssign ? 'memoryview slice assignments are currently restricted to ndim = 1' : 'multi-dimensional slicing is not implemented',
      );
    }
  }
  typeError('memoryview: invalid slice key');
}

function getItem(self: Value, key: Value): Value {
  const obj = checkReleased(self);
  const i = selectKey(self, key, false);
  if (i >= 0) return itemValue(mvFormat(self), mvBase(self) + mvStart(self) + i * mvStride(self));
  const stride = mvStride(self);
  const start = mvStart(self) + sliceOut[0]! * stride;
  return newMemoryView(obj, start, sliceOut[3]!, stride * sliceOut[2]!, mvFormat(self), mvFlags(self));
}

function setItem(self: Value, key: Value, value: Value): void {
  checkReleased(self);
  if (mvReadonly(self)) typeError('cannot modify read-only memory');
  const code = mvFormat(self);
  const i = selectKey(self, key, true);
  if (i >= 0) {
    const x = packValue(code, value);
    storeItem(code, mvBase(self) + mvStart(self) + i * mvStride(self), x);
    return;
  }
  const start = sliceOut[0]!;
  const step = sliceOut[2]!;
  const count = sliceOut[3]!;
  const mark = handleCount();
  let src: Uint8Array;
  try {
    pushHandle(key);
    const d = bytesLikeData(value, BUF_FULL);
    if (d === null) typeError(`a bytes-like object is required, not '${typeNameOf(value)}'`);
    // Same structure: the same format (a bytes or bytearray is 'B') and the same item count.
    const srcFormat = isMemoryView(value) ? mvFormat(value) : FORMAT_B;
    const srcCount = isMemoryView(value) ? mvLength(value) : d.length;
    if (srcFormat !== code || srcCount !== count) {
      throw raise(E.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    }
    src = d.slice(); // the source may overlap the destination
  } finally {
    releaseHandles(mark);
  }
  const size = mvItemSize(self);
  const stride = mvStride(self);
  const at = mvBase(self) + mvStart(self) + start * stride;
  for (let k = 0; k < count; k++) u8.set(src.subarray(k * size, (k + 1) * size), at + k * step * stride);
}

// ---- comparison -------------------------------------------------------------------------------

/** The items of a bytes-like value as comparable JS values ('c' items are tagged strings), or null. */
function itemsOf(v: Value): (number | bigint | string)[] | null {
  let code = FORMAT_B;
  let data: Uint8Array | null;
  if (isMemoryView(v)) {
    code = mvFormat(v);
    data = mvBytes(v);
  } else {
    data = exporterData(v);
    if (data === null) return null;
  }
  const size = formatSize(code);
  const out: (number | bigint | string)[] = [];
  for (let at = 0; at < data.length; at += size) {
    const x = readItem(code, data, at);
    out.push(code === 0x63 ? `c${x}` : x);
  }
  return out;
}

function richcompare(self: Value, other: Value, op: number): Value {
  if (op !== CMP_EQ && op !== CMP_NE) return S.NotImplemented;
  let equal: boolean;
  if (mvObj(self) === NULL || (isMemoryView(other) && mvObj(other) === NULL)) {
    equal = self === other;
  } else {
    const b = itemsOf(other);
    if (b === null) return S.NotImplemented;
    const a = itemsOf(self)!;
    equal = a.length === b.length;
    // == on numbers and bigints mixes them exactly; NaN is unequal to itself, as in CPython.
    for (let k = 0; equal && k < a.length; k++) equal = a[k] == b[k]; // eslint-disable-line eqeqeq
  }
  return boolValue(equal === (op === CMP_EQ));
}

// ---- the slot table ----------------------------------------------------------------------------

declareSlots('memoryview', {
  repr: (self) => newStr(mvObj(self) === NULL ? `<released memory at ${address(self)}>` : `<memory at ${address(self)}>`),
  hash(self) {
    checkReleased(self);
    if (!mvReadonly(self)) throw raise(E.ValueError, 'cannot hash writable memoryview object');
    if (!isByteFormat(mvFormat(self))) {
      throw raise(E.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    return hashOfData(mvBytes(self));
  },
  richcompare,
  len(self) {
    checkReleased(self);
    return mvLength(self);
  },
  getitem: getItem,
  setitem: setItem,
  delitem(self) {
    checkReleased(self);
    if (mvReadonly(self)) typeError('cannot modify read-only memory');
    typeError('cannot delete memory');
  },
  iter(self) {
    checkReleased(self);
    return newMemoryIterator(self);
  },
});

// ---- memory_iterator -------------------------------------------------------------------------

const MI_VIEW = HEADER_WORDS;
const MI_INDEX = HEADER_WORDS + 1;

function newMemoryIterator(m: Ref): Ref {
  const it = allocate(T.memory_iterator, HEADER_BYTES + 8, false);
  i32[(it >> 2) + MI_VIEW] = m;
  i32[(it >> 2) + MI_INDEX] = fromSmallInt(0);
  return it;
}

declareSlots('memory_iterator', {
  iter: (self) => self,
  next(self) {
    const w = self >> 2;
    const m = i32[w + MI_VIEW]!;
    if (m === NULL) return NULL;
    const i = i32[w + MI_INDEX]! >> 1;
    if (i >= mvLength(m)) {
      i32[w + MI_VIEW] = NULL;
      return NULL;
    }
    checkReleased(m);
    i32[w + MI_INDEX] = fromSmallInt(i + 1);
    return itemValue(mvFormat(m), mvBase(m) + mvStart(m) + i * mvStride(m));
  },
});
