/**
 * The behaviour of list (its TypeSlots): repr with the `[...]` recursion
 * guard, lexicographic comparison, indexing and slicing (get, set with
 * CPython's extended-slice rules, delete), `in`, iteration, `+ * += *=`.
 *
 * Any call into Python (an item's __eq__, __repr__, __index__, an iterator)
 * may mutate the list: loops re-read the length and the item storage after
 * each such call, as CPython does.
 */
import { declaredSlot } from '../vm/object-lock.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CMP_EQ, CMP_NE, isTrue, repr, richCompare, richEq, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { newListIterator } from './iterators.js';
import { hasIndex, repeatCount, subscriptIndex } from './list-args.js';
import { compareEnter, compareLeave, reprEnterChecked, reprLeave } from './list-reprguard.js';
import {
  isListLike,
  listAppendWords,
  listBase,
  listExtend,
  listFromIterable,
  listGet,
  listLength,
  listResize,
  listSet,
  listSlice,
  newList,
} from './list.js';
import { E, S, T } from './registry.js';
import { isSlice, sliceAdjust, sliceOut, sliceUnpack } from './slice.js';
import { newStr, strValue } from './str.js';
import { tupleBase, tupleLength } from './tuple.js';
import { typeOf } from './typecheck.js';
import { declareSlots, slotsOf, TPF_HEAPTYPE, typeFlags } from './typeobject.js';
import { hashNotImplemented } from './descriptors-wrapper.js';
import { compareNumbers } from '../numeric/compare.js';

export const NB_ADD = 0;
export const NB_MUL = 5;
export const NB_OR = 7;
export const NB_AND = 1;
export const NB_SUB = 10;
export const NB_XOR = 12;
export const NB_INPLACE = 13;

// ---- shared with tuple, range, str-like sequences ------------------------------------------------

/** MemoryError when a result of `items` words cannot possibly fit the heap. */
export function checkRepeatSize(itemCount: number, times: number): void {
  if (itemCount > 0 && times > 0 && itemCount * times > 0x10000000) throw raise(E.MemoryError, null);
}

/**
 * Before raising a sequence type's own error for `a <op> b`, let the other
 * operand's binop try (CPython tries both nb slots before sq_concat/sq_repeat).
 */
export function otherOperandFirst(a: Value, b: Value, nb: number, mine: unknown): Value {
  const other = (isOurs(a, mine) ? b : a) as Value;
  // Only classes can have a numeric __radd__/__rmul__; a built-in's binop would be its own
  // sequence operation, which comes after ours (CPython tries the left sq_concat/sq_repeat first).
  if ((typeFlags(typeOf(other)) & TPF_HEAPTYPE) === 0) return S.NotImplemented;
  const f = slotsOf(typeOf(other)).binop;
  if (f !== undefined && declaredSlot(f) !== mine) return f(a, b, nb);
  return S.NotImplemented;
}
function isOurs(v: Value, mine: unknown): boolean {
  return declaredSlot(slotsOf(typeOf(v)).binop) === mine;
}

/**
 * PySequence_Fast: `v` itself if it is a list or tuple, else a new list of
 * its items; `message` (a TypeError) if it is not iterable.
 */
export function sequenceFast(v: Value, message: string): Ref {
  if ((v & 1) === 0) {
    const t = i32[v >> 2]!;
    if (t === T.list || t === T.tuple) return v;
  }
  const slots = slotsOf(typeOf(v));
  if (slots.iter === undefined && slots.getitem === undefined) throw raise(E.TypeError, message);
  return listFromIterable(v);
}
export function fastLength(seq: Ref): number {
  return i32[seq >> 2] === T.tuple ? tupleLength(seq) : listLength(seq);
}
export function fastBase(seq: Ref): number {
  return i32[seq >> 2] === T.tuple ? tupleBase(seq) : listBase(seq);
}

/** Lexicographic rich comparison of two sequences of values (lists or tuples). */
export function compareSequences(
  a: Ref,
  b: Ref,
  op: number,
  len: (s: Ref) => number,
  get: (s: Ref, i: number) => Value,
): Value {
  const na = len(a);
  const nb = len(b);
  if (na !== nb && (op === CMP_EQ || op === CMP_NE)) return op === CMP_EQ ? S.False : S.True;
  compareEnter();
  try {
    return compareItems(a, b, op, len, get);
  } finally {
    compareLeave();
  }
}

function compareItems(
  a: Ref,
  b: Ref,
  op: number,
  len: (s: Ref) => number,
  get: (s: Ref, i: number) => Value,
): Value {
  let i = 0;
  for (; i < len(a) && i < len(b); i++) {
    const x = get(a, i);
    const y = get(b, i);
    if (x === y) continue;
    if (!richEq(x, y)) break;
  }
  if (i >= len(a) || i >= len(b)) {
    return compareNumbers(len(a), len(b), op) ? S.True : S.False;
  }
  if (op === CMP_EQ) return S.False;
  if (op === CMP_NE) return S.True;
  return richCompare(get(a, i), get(b, i), op);
}

/** `[a, b, c]` style repr of `n` items read by `get` (re-read each time: repr may mutate). */
export function reprItems(
  self: Ref,
  open: string,
  close: string,
  len: (s: Ref) => number,
  get: (s: Ref, i: number) => Value,
): string {
  const parts: string[] = [];
  for (let i = 0; i < len(self); i++) parts.push(strValue(repr(get(self, i))));
  return open + parts.join(', ') + close;
}

// ---- list ----------------------------------------------------------------------------------------------

function indexError(): never {
  throw raise(E.IndexError, 'list index out of range');
}

export function listGetItem(self: Ref, key: Value): Value {
  if ((key & 1) !== 0) {
    let i = key >> 1;
    const n = listLength(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError();
    return listGet(self, i);
  }
  if (isSlice(key)) {
    sliceUnpack(key);
    const n = sliceAdjust(listLength(self));
    const start = sliceOut[0]!;
    const step = sliceOut[2]!;
    if (step === 1) return listSlice(self, start, start + n);
    const r = newList(n);
    const src = listBase(self);
    const dst = listBase(r);
    for (let k = 0, j = start; k < n; k++, j += step) i32[dst + k] = i32[src + j]!;
    return r;
  }
  if (hasIndex(key)) {
    let i = subscriptIndex(key);
    const n = listLength(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError();
    return listGet(self, i);
  }
  throw raise(E.TypeError, `list indices must be integers or slices, not ${typeNameOf(key)}`);
}

/** Replace self[lo:hi] with the items of `seq` (a list or tuple, not self). */
function replaceRange(self: Ref, lo: number, hi: number, seq: Ref): void {
  const n = listLength(self);
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  const m = seq === NULL ? 0 : fastLength(seq);
  const delta = m - (hi - lo);
  if (delta > 0) {
    listResize(self, n + delta);
    const b = listBase(self);
    i32.copyWithin(b + hi + delta, b + hi, b + n);
  } else if (delta < 0) {
    const b = listBase(self);
    i32.copyWithin(b + hi + delta, b + hi, b + n);
    listResize(self, n + delta);
  }
  if (m > 0) {
    const b = listBase(self);
    const from = fastBase(seq);
    i32.copyWithin(b + lo, from, from + m);
  }
}

function assignIndex(self: Ref, key: Value, value: Value): void {
  let i = (key & 1) !== 0 ? key >> 1 : subscriptIndex(key);
  const n = listLength(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'list assignment index out of range');
  listSet(self, i, value);
}

export function listSetItem(self: Ref, key: Value, value: Value): void {
  if ((key & 1) !== 0 || (!isSlice(key) && hasIndex(key))) return assignIndex(self, key, value);
  if (!isSlice(key)) throw raise(E.TypeError, `list indices must be integers or slices, not ${typeNameOf(key)}`);
  const mark = handleCount();
  try {
    sliceUnpack(key);
    let start = sliceOut[0]!;
    let stop = sliceOut[1]!;
    const step = sliceOut[2]!;
    if (step === 1) {
      // `l[a:b] = l` copies first; anything else becomes a list or tuple.
      const seq = value === self ? listSlice(self, 0, listLength(self)) : sequenceFast(value, 'can only assign an iterable');
      pushHandle(seq);
      sliceOut[0] = start;
      sliceOut[1] = stop;
      sliceOut[2] = 1;
      sliceAdjust(listLength(self));
      start = sliceOut[0]!;
      stop = sliceOut[1]!;
      replaceRange(self, start, stop < start ? start : stop, seq);
      return;
    }
    const seq = value === self ? listSlice(self, 0, listLength(self)) : sequenceFast(value, 'must assign iterable to extended slice');
    pushHandle(seq);
    sliceOut[0] = start;
    sliceOut[1] = stop;
    sliceOut[2] = step;
    const n = sliceAdjust(listLength(self));
    start = sliceOut[0]!;
    const m = fastLength(seq);
    if (m !== n) {
      throw raise(E.ValueError, `attempt to assign sequence of size ${m} to extended slice of size ${n}`);
    }
    const b = listBase(self);
    const from = fastBase(seq);
    for (let k = 0, j = start; k < n; k++, j += step) i32[b + j] = i32[from + k]!;
  } finally {
    releaseHandles(mark);
  }
}

export function listDelItem(self: Ref, key: Value): void {
  if ((key & 1) !== 0 || (!isSlice(key) && hasIndex(key))) {
    let i = (key & 1) !== 0 ? key >> 1 : subscriptIndex(key);
    const n = listLength(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(E.IndexError, 'list assignment index out of range');
    const b = listBase(self);
    i32.copyWithin(b + i, b + i + 1, b + n);
    listResize(self, n - 1);
    return;
  }
  if (!isSlice(key)) throw raise(E.TypeError, `list indices must be integers or slices, not ${typeNameOf(key)}`);
  sliceUnpack(key);
  const count = sliceAdjust(listLength(self));
  let start = sliceOut[0]!;
  let step = sliceOut[2]!;
  if (count === 0) return;
  if (step === 1) {
    replaceRange(self, start, start + count, NULL);
    return;
  }
  if (step < 0) {
    start = start + step * (count - 1);
    step = -step;
  }
  // Compact: keep every item whose index is not start + k*step.
  const n = listLength(self);
  const b = listBase(self);
  let w = start;
  let next = start;
  let removed = 0;
  for (let r = start; r < n; r++) {
    if (r === next && removed < count) {
      removed++;
      next += step;
      continue;
    }
    i32[b + w++] = i32[b + r]!;
  }
  listResize(self, n - count);
}

function listRepeat(self: Ref, times: number): Ref {
  const n = listLength(self);
  if (times <= 0 || n === 0) return newList(0);
  checkRepeatSize(n, times);
  const r = newList(n * times);
  const src = listBase(self);
  const dst = listBase(r);
  for (let k = 0; k < times; k++) i32.copyWithin(dst + k * n, src, src + n);
  return r;
}

function listConcat(a: Ref, b: Ref): Ref {
  const na = listLength(a);
  const nb = listLength(b);
  const r = newList(na + nb);
  if (na > 0) i32.copyWithin(listBase(r), listBase(a), listBase(a) + na);
  if (nb > 0) i32.copyWithin(listBase(r) + na, listBase(b), listBase(b) + nb);
  return r;
}

function listBinop(a: Value, b: Value, nb: number): Value {
  switch (nb) {
    case NB_ADD: {
      if (!isListLike(a)) return S.NotImplemented;
      if (isListLike(b)) return listConcat(a, b);
      const r = otherOperandFirst(a, b, nb, listBinop);
      if (r !== S.NotImplemented) return r;
      throw raise(E.TypeError, `can only concatenate list (not "${typeNameOf(b)}") to list`);
    }
    case NB_MUL: {
      if (isListLike(a)) {
        if (hasIndex(b)) return listRepeat(a, repeatCount(b));
        const r = otherOperandFirst(a, b, nb, listBinop);
        if (r !== S.NotImplemented) return r;
        return listRepeat(a, repeatCount(b));
      }
      if (isListLike(b)) return listRepeat(b, repeatCount(a));
      return S.NotImplemented;
    }
    case NB_INPLACE + NB_ADD: {
      if (!isListLike(a)) return S.NotImplemented;
      listExtend(a, b);
      return a;
    }
    case NB_INPLACE + NB_MUL: {
      if (!isListLike(a)) return S.NotImplemented;
      if (!hasIndex(b)) {
        const r = otherOperandFirst(a, b, nb - NB_INPLACE, listBinop);
        if (r !== S.NotImplemented) return r;
      }
      const times = repeatCount(b);
      const n = listLength(a);
      if (times <= 0 || n === 0) {
        listResize(a, 0);
        return a;
      }
      checkRepeatSize(n, times);
      listResize(a, n * times);
      const base = listBase(a);
      for (let k = 1; k < times; k++) i32.copyWithin(base + k * n, base, base + n);
      return a;
    }
    default:
      return S.NotImplemented;
  }
}

function listContains(self: Ref, v: Value): boolean {
  for (let i = 0; i < listLength(self); i++) {
    const x = listGet(self, i);
    if (x === v) return true;
    if (richEq(x, v)) return true;
  }
  return false;
}

declareSlots('list', {
  repr(self: Value): Ref {
    if (listLength(self) === 0) return newStr('[]');
    if (reprEnterChecked(self)) return newStr('[...]');
    try {
      return newStr(reprItems(self, '[', ']', listLength, listGet));
    } finally {
      reprLeave(self);
    }
  },
  richcompare(self: Value, other: Value, op: number): Value {
    if (!isListLike(self) || !isListLike(other)) return S.NotImplemented;
    return compareSequences(self, other, op, listLength, listGet);
  },
  hash: hashNotImplemented,
  len: listLength,
  bool: (self: Value) => listLength(self) !== 0,
  iter: newListIterator,
  getitem: listGetItem,
  setitem: listSetItem,
  delitem: listDelItem,
  contains: listContains,
  binop: listBinop,
});
