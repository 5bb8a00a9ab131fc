/**
 * The built-in iterator types. Each one's body is values; `next` returns
 * NULL when exhausted (and drops its reference to the underlying object, as
 * CPython does, so a finished iterator stays finished).
 *
 *     list_iterator, list_reverseiterator, tuple_iterator,
 *     iterator (sequence protocol), reversed:   | seq | index |
 *     range_iterator:                           | end | step | remaining |    (int values; end: start + len * step)
 *     dict_keyiterator / valueiterator / itemiterator:
 *                                               | dict | used | pos | len | reverse |
 *     set_iterator:                             | set | used | pos | len |
 *     enumerate:                                | iter | count |
 *     zip:                                      | iters (tuple) | strict |
 *     map:                                      | func | iters (tuple) |
 *     filter:                                   | func | iter |
 *     callable_iterator:                        | callable | sentinel |
 *
 * The reverse dict iterators share the forward types (gilvm has no
 * dict_reverse*iterator types): `reverse` is 1 in them.
 *
 * Constructors (static `__new__` natives, the class machinery calls them):
 * enumerate(iterable, start=0), zip(*iterables, strict=False),
 * map(func, *iterables), filter(func, iterable), reversed(seq).
 * Helpers: newListIterator, newTupleIterator, newRangeIterator,
 * newDictIterator, newSetIterator, newCallableIterator (iter(f, sentinel)),
 * reversedOf(seq); the sequence iterator is hooked into iter() through
 * abstract.ts's setSequenceIter.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import {
  getItem,
  getIter,
  isTrue,
  iterNext,
  length,
  richEq,
  setSequenceIter,
  setSequenceIteratorNexts,
  typeNameOf,
} from '../vm/abstract.js';
import { callValue, call1, call0 } from '../vm/call.js';
import { exceptionMatches, fetchException, isPyError, raise } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { onLayouts } from './bootstrap-hooks.js';
import { dictEntriesCount, dictEntryIndex, dictSize } from './dict.js';
import { intFromBigInt, intFromNumber } from './int.js';
import { arg, checkPositional, hasIndex, indexOf, intToBigInt, kwCountOf, kwName, noKeywords } from './list-args.js';
import { allocInstance, listGetShared, listLength } from './list.js';
import { freeThreading, lockObject, underLock, unlockObject } from '../vm/object-lock.js';
import { dictGetStr } from './dict.js';
import { E, S, T } from './registry.js';
import { setKeyAt, setNextSlot, setSize } from './set.js';
import { intern } from './intern.js';
import { allocTuple, newTuple, tupleGet, tupleLength, tupleSet } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { declareSlots, getField, setField, slotsOf, TP_BASIC, TP_DICT, TP_MRO, TPF_HEAPTYPE, typeFlags } from './typeobject.js';
import { defineMethod, MDF_STATIC } from './native.js';

const F0 = HEADER_WORDS;
const F1 = HEADER_WORDS + 1;
const F2 = HEADER_WORDS + 2;
const F3 = HEADER_WORDS + 3;
const F4 = HEADER_WORDS + 4;

function alloc(type: Ref, words: number): Ref {
  return allocate(type, HEADER_BYTES + words * 4, false);
}
function get(o: Ref, f: number): Value {
  return i32[(o >> 2) + f]!;
}
function put(o: Ref, f: number, v: Value): void {
  i32[(o >> 2) + f] = v;
}

onLayouts(() => {
  setField(T.enumerate, TP_BASIC, fromSmallInt(2));
  setField(T.zip, TP_BASIC, fromSmallInt(2));
  setField(T.map, TP_BASIC, fromSmallInt(2));
  setField(T.filter, TP_BASIC, fromSmallInt(2));
  setField(T.reversed, TP_BASIC, fromSmallInt(2));
});

const self = (it: Value): Value => it;

// ---- list, tuple, sequence-protocol and reversed iterators -------------------------------------------

export function newListIterator(l: Ref): Ref {
  const it = alloc(T.list_iterator, 2);
  put(it, F0, l);
  put(it, F1, fromSmallInt(0));
  return it;
}
export function newListReverseIterator(l: Ref): Ref {
  const it = alloc(T.list_reverseiterator, 2);
  put(it, F0, l);
  put(it, F1, fromSmallInt(listLength(l) - 1));
  return it;
}
export function newTupleIterator(t: Ref): Ref {
  const it = alloc(T.tuple_iterator, 2);
  put(it, F0, t);
  put(it, F1, fromSmallInt(0));
  return it;
}

/** next() of a list_iterator (iterNext calls it directly). */
function listIteratorNext(it: Value): Value {
  const l = get(it, F0);
  if (l === NULL) return NULL;
  const i = get(it, F1) >> 1;
  if (i < listLength(l)) {
    // Read without the list's lock: an item past what another thread left ends the iteration
    // (as CPython's free-threaded list iterator).
    const v = listGetShared(l, i);
    if (v !== NULL) {
      put(it, F1, fromSmallInt(i + 1));
      return v;
    }
  }
  put(it, F0, NULL);
  return NULL;
}

declareSlots('list_iterator', { iter: self, next: listIteratorNext });

declareSlots('list_reverseiterator', {
  iter: self,
  next(it: Value): Value {
    const l = get(it, F0);
    if (l === NULL) return NULL;
    const i = get(it, F1) >> 1;
    const v = i >= 0 && i < listLength(l) ? listGetShared(l, i) : NULL;
    if (v !== NULL) {
      put(it, F1, fromSmallInt(i - 1));
      return v;
    }
    put(it, F0, NULL);
    return NULL;
  },
});

/** next() of a tuple_iterator (iterNext calls it directly). */
function tupleIteratorNext(it: Value): Value {
  const t = get(it, F0);
  if (t === NULL) return NULL;
  const i = get(it, F1) >> 1;
  if (i < tupleLength(t)) {
    put(it, F1, fromSmallInt(i + 1));
    return tupleGet(t, i);
  }
  put(it, F0, NULL);
  return NULL;
}

declareSlots('tuple_iterator', { iter: self, next: tupleIteratorNext });
setSequenceIteratorNexts(listIteratorNext, tupleIteratorNext);

/** iter(x) for an object with __getitem__ only: x[0], x[1], ... until IndexError/StopIteration. */
export function newSeqIterator(seq: Value): Ref {
  const it = alloc(T.iterator, 2);
  put(it, F0, seq);
  put(it, F1, fromSmallInt(0));
  return it;
}
setSequenceIter(newSeqIterator);

/** Call `f`; NULL (with the exception cleared) if it raised one of `types`. */
function catching(f: () => Value, ...types: Ref[]): Value {
  try {
    return f();
  } catch (e) {
    if (isPyError(e) && types.some((t) => exceptionMatches(t))) {
      fetchException();
      return NULL;
    }
    throw e;
  }
}

declareSlots('iterator', {
  iter: self,
  next(it: Value): Value {
    const seq = get(it, F0);
    if (seq === NULL) return NULL;
    const i = get(it, F1) >> 1;
    const v = catching(() => getItem(seq, fromSmallInt(i)), E.IndexError, E.StopIteration);
    if (v === NULL) {
      put(it, F0, NULL);
      return NULL;
    }
    put(it, F1, fromSmallInt(i + 1));
    return v;
  },
});

/** Look a special method up on the type of `v` (MRO dicts); NULL if absent. */
export function lookupSpecial(v: Value, name: string): Value {
  const mro = getField(typeOf(v), TP_MRO);
  const key = intern(name);
  for (let k = 0; k < tupleLength(mro); k++) {
    const found = dictGetStr(getField(tupleGet(mro, k), TP_DICT), key);
    if (found !== NULL) return found;
  }
  return NULL;
}

/** reversed(seq): __reversed__ if the type has one, else the sequence protocol. */
export function reversedOf(seq: Value): Value {
  const t = typeOf(seq);
  if (t === T.list) return newListReverseIterator(seq);
  const rev = lookupSpecial(seq, '__reversed__');
  if (rev === S.None) throw raise(E.TypeError, `'${typeNameOf(seq)}' object is not reversible`);
  if (rev !== NULL) return call1(rev, seq);
  const slots = slotsOf(t);
  // Classes share one slot table that has every slot: ask for the dunders themselves.
  const heap = (typeFlags(t) & TPF_HEAPTYPE) !== 0;
  const isSequence = heap
    ? lookupSpecial(seq, '__getitem__') !== NULL && lookupSpecial(seq, '__len__') !== NULL
    : slots.getitem !== undefined && slots.len !== undefined;
  if (!isSequence || isSubtype(t, T.dict)) {
    throw raise(E.TypeError, `'${typeNameOf(seq)}' object is not reversible`);
  }
  const n = length(seq);
  const it = alloc(T.reversed, 2);
  put(it, F0, n === 0 ? NULL : seq);
  put(it, F1, fromSmallInt(n - 1));
  return it;
}

declareSlots('reversed', {
  iter: self,
  next(it: Value): Value {
    const seq = get(it, F0);
    if (seq === NULL) return NULL;
    const i = get(it, F1) >> 1;
    if (i < 0) {
      put(it, F0, NULL);
      return NULL;
    }
    const v = catching(() => getItem(seq, fromSmallInt(i)), E.IndexError, E.StopIteration);
    if (v === NULL) {
      put(it, F0, NULL);
      return NULL;
    }
    put(it, F1, fromSmallInt(i - 1));
    if (i === 0) put(it, F0, NULL);
    return v;
  },
});

defineMethod(
  'reversed',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    if (cls === T.reversed) noKeywords('reversed', kwnames);
    checkPositional('reversed', argc - 1, 1, 1);
    const r = reversedOf(arg(argv, 1));
    if (cls === T.reversed) return r;
    // A subclass of reversed: copy the state into an instance of it.
    const o = allocInstance(cls, 2);
    if (typeOf(r) === T.reversed) {
      put(o, F0, get(r, F0));
      put(o, F1, get(r, F1));
    }
    return o;
  },
  MDF_STATIC,
);

// ---- range iterator ---------------------------------------------------------------------------------

/** An iterator from `start` by `step` for `count` items (int values). */
export function newRangeIterator(start: Value, step: Value, count: Value): Ref {
  let end: Value;
  if ((start & 1) !== 0 && (step & 1) !== 0 && (count & 1) !== 0 && Number.isSafeInteger((start >> 1) + (count >> 1) * (step >> 1))) {
    end = intFromNumber((start >> 1) + (count >> 1) * (step >> 1));
  } else {
    end = intFromBigInt(intToBigInt(start) + intToBigInt(count) * intToBigInt(step));
  }
  const it = alloc(T.range_iterator, 3);
  put(it, F0, end);
  put(it, F1, step);
  put(it, F2, count);
  return it;
}

/**
 * next() of a range_iterator (the slot FOR_ITER calls). The item is found from the count left,
 * end - remaining * step, so that taking one is a single write of `remaining`: in
 * free-threading mode a compare-and-swap, so that threads sharing the iterator may each get
 * any item, but never one past the end (two updates, of the next value and of the count, lost
 * a decrement now and then, and a shared `iter(range(1000))` gave 1000 and more).
 */
/** A range_iterator's words (object word index), for the interpreter's inline FOR_ITER. */
export const RANGE_IT_END = F0;
export const RANGE_IT_STEP = F1;
export const RANGE_IT_REMAINING = F2;

export function rangeIteratorNext(it: Value): Value {
  const at = (it >> 2) + F2;
  for (;;) {
    const remaining = i32[at]!;
    if ((remaining & 1) === 0) return bigRangeNext(it);
    const r = remaining >> 1;
    if (r <= 0) return NULL;
    if (!freeThreading()) i32[at] = fromSmallInt(r - 1);
    else if (Atomics.compareExchange(i32, at, remaining, fromSmallInt(r - 1)) !== remaining) continue;
    const end = get(it, F0);
    const step = get(it, F1);
    if ((end & 1) !== 0 && (step & 1) !== 0) {
      const back = r * (step >> 1);
      if (Number.isSafeInteger(back)) return intFromNumber((end >> 1) - back);
    }
    return intFromBigInt(intToBigInt(end) - BigInt(r) * intToBigInt(step));
  }
}

/** rangeIteratorNext when the count left is a big int (more than 2**30 items): under the iterator's lock. */
function bigRangeNext(it: Value): Value {
  return underLock(it, bigRangeStep, it);
}

function bigRangeStep(it: Value): Value {
  const r = intToBigInt(get(it, F2));
  if (r <= 0n) return NULL;
  put(it, F2, intFromBigInt(r - 1n));
  return intFromBigInt(intToBigInt(get(it, F0)) - r * intToBigInt(get(it, F1)));
}

declareSlots('range_iterator', { iter: self, next: rangeIteratorNext });

// ---- dict iterators -----------------------------------------------------------------------------------

export const DICT_ITER_KEYS = 0;
export const DICT_ITER_VALUES = 1;
export const DICT_ITER_ITEMS = 2;

export function newDictIterator(d: Ref, kind: number, reverse: boolean): Ref {
  const type = kind === DICT_ITER_KEYS ? T.dict_keyiterator : kind === DICT_ITER_VALUES ? T.dict_valueiterator : T.dict_itemiterator;
  const it = alloc(type, 5);
  const n = dictSize(d);
  put(it, F0, d);
  put(it, F1, fromSmallInt(n));
  put(it, F2, fromSmallInt(reverse ? dictEntriesCount(d) - 1 : 0));
  put(it, F3, fromSmallInt(n));
  put(it, F4, fromSmallInt(reverse ? 1 : 0));
  return it;
}

/** The next entry number of a dict iterator (or -1, having set an error or finished). */
function dictIterStep(it: Ref): number {
  const d = get(it, F0);
  if (d === NULL) return -1;
  if (get(it, F1) >> 1 !== dictSize(d)) {
    put(it, F1, fromSmallInt(-1));
    throw raise(E.RuntimeError, 'dictionary changed size during iteration');
  }
  let i = get(it, F2) >> 1;
  const reverse = get(it, F4) !== fromSmallInt(0);
  if (reverse) {
    while (i >= 0 && i32[dictEntryIndex(d, i) + 1] === NULL) i--;
    if (i < 0) {
      put(it, F0, NULL);
      return -1;
    }
    put(it, F2, fromSmallInt(i - 1));
  } else {
    const n = dictEntriesCount(d);
    while (i < n && i32[dictEntryIndex(d, i) + 1] === NULL) i++;
    if (i >= n) {
      put(it, F0, NULL);
      return -1;
    }
    put(it, F2, fromSmallInt(i + 1));
  }
  const left = get(it, F3) >> 1;
  if (left === 0) {
    put(it, F0, NULL);
    throw raise(E.RuntimeError, 'dictionary keys changed during iteration');
  }
  put(it, F3, fromSmallInt(left - 1));
  return i;
}

/** The word at `offset` (1 key, 2 value) of the dict iterator's next entry, or NULL at the end; under the dict's lock. */
function dictIterWord(it: Ref, offset: number): Value {
  const d = get(it, F0);
  if (d === NULL) return NULL;
  lockObject(d);
  try {
    const i = dictIterStep(it);
    return i < 0 ? NULL : i32[dictEntryIndex(d, i) + offset]!;
  } finally {
    unlockObject(d);
  }
}

declareSlots('dict_keyiterator', {
  iter: self,
  next: (it: Value): Value => dictIterWord(it, 1),
});
declareSlots('dict_valueiterator', {
  iter: self,
  next: (it: Value): Value => dictIterWord(it, 2),
});
declareSlots('dict_itemiterator', {
  iter: self,
  next(it: Value): Value {
    const d = get(it, F0);
    if (d === NULL) return NULL;
    lockObject(d);
    try {
      const i = dictIterStep(it);
      if (i < 0) return NULL;
      const t = allocTuple(2);
      const e = dictEntryIndex(d, i);
      tupleSet(t, 0, i32[e + 1]!);
      tupleSet(t, 1, i32[e + 2]!);
      return t;
    } finally {
      unlockObject(d);
    }
  },
});

// ---- set iterator ---------------------------------------------------------------------------------

export function newSetIterator(s: Ref): Ref {
  const it = alloc(T.set_iterator, 4);
  put(it, F0, s);
  put(it, F1, fromSmallInt(setSize(s)));
  put(it, F2, fromSmallInt(0));
  put(it, F3, fromSmallInt(setSize(s)));
  return it;
}

declareSlots('set_iterator', {
  iter: self,
  next(it: Value): Value {
    const s = get(it, F0);
    if (s === NULL) return NULL;
    lockObject(s);
    try {
      return setIterStep(it, s);
    } finally {
      unlockObject(s);
    }
  },
});

/** set_iterator's next, under the set's lock. */
function setIterStep(it: Ref, s: Ref): Value {
  if (get(it, F1) >> 1 !== setSize(s)) {
    put(it, F1, fromSmallInt(-1));
    throw raise(E.RuntimeError, 'Set changed size during iteration');
  }
  const i = setNextSlot(s, get(it, F2) >> 1);
  if (i < 0) {
    put(it, F0, NULL);
    return NULL;
  }
  put(it, F2, fromSmallInt(i + 1));
  put(it, F3, fromSmallInt((get(it, F3) >> 1) - 1));
  return setKeyAt(s, i);
}

// ---- callable_iterator: iter(f, sentinel) -----------------------------------------------------------

export function newCallableIterator(callable: Value, sentinel: Value): Ref {
  const it = alloc(T.callable_iterator, 2);
  put(it, F0, callable);
  put(it, F1, sentinel);
  return it;
}

declareSlots('callable_iterator', {
  iter: self,
  next(it: Value): Value {
    const f = get(it, F0);
    if (f === NULL) return NULL;
    const r = catching(() => call0(f), E.StopIteration);
    if (r === NULL) {
      put(it, F0, NULL);
      return NULL;
    }
    const mark = handleCount();
    try {
      pushHandle(r);
      if (get(it, F0) !== NULL && richEq(r, get(it, F1))) {
        put(it, F0, NULL);
        put(it, F1, NULL);
        return NULL;
      }
    } finally {
      releaseHandles(mark);
    }
    return r;
  },
});

// ---- enumerate --------------------------------------------------------------------------------------

/** The count that enumerateStep's item goes with. */
let stepCount: Value = NULL;

/** enumerate's next without its tuple: the item (its count in stepCount), or NULL at the end. */
function enumerateStep(it: Ref): Value {
  const item = iterNext(get(it, F0));
  if (item === NULL) return NULL;
  const count = get(it, F1);
  let next: Value;
  if ((count & 1) !== 0 && count >> 1 < 2 ** 30 - 1) next = fromSmallInt((count >> 1) + 1);
  else {
    const mark = handleCount();
    pushHandle(item);
    try {
      next = intFromBigInt(intToBigInt(count) + 1n);
    } finally {
      releaseHandles(mark);
    }
  }
  put(it, F1, next);
  stepCount = count;
  return item;
}

declareSlots('enumerate', {
  iter: self,
  next(it: Value): Value {
    const item = enumerateStep(it);
    if (item === NULL) return NULL;
    const t = allocTuple(2); // no Python code runs from here: item needs no handle
    tupleSet(t, 0, stepCount);
    tupleSet(t, 1, item);
    return t;
  },
});

defineMethod(
  'enumerate',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    const nkw = kwCountOf(kwnames);
    const npos = argc - 1 - nkw;
    if (argc - 1 > 2) throw raise(E.TypeError, `enumerate() takes at most 2 arguments (${argc - 1} given)`);
    let iterable: Value = npos >= 1 ? arg(argv, 1) : NULL;
    let start: Value = npos >= 2 ? arg(argv, 2) : NULL;
    for (let k = 0; k < nkw; k++) {
      const name = kwName(kwnames, k);
      const v = arg(argv, 1 + npos + k);
      if (name === 'iterable' && iterable === NULL) iterable = v;
      else if (name === 'start' && start === NULL) start = v;
      else if (name === 'iterable' || name === 'start') {
        throw raise(E.TypeError, `argument for enumerate() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
      } else throw raise(E.TypeError, `'${name}' is an invalid keyword argument for enumerate()`);
    }
    if (iterable === NULL) throw raise(E.TypeError, "enumerate() missing required argument 'iterable'");
    let count: Value = fromSmallInt(0);
    if (start !== NULL) {
      if (!hasIndex(start)) throw raise(E.TypeError, `'${typeNameOf(start)}' object cannot be interpreted as an integer`);
      count = indexOf(start);
    }
    const mark = handleCount();
    try {
      pushHandle(count);
      const iter = getIter(iterable);
      pushHandle(iter);
      const o = allocInstance(cls, 2);
      put(o, F0, iter);
      put(o, F1, count);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

// ---- zip ------------------------------------------------------------------------------------------

function argsRange(k: number): string {
  return k === 1 ? 'argument 1' : `arguments 1-${k}`;
}

declareSlots('zip', {
  iter: self,
  next(it: Value): Value {
    const iters = get(it, F0);
    const n = tupleLength(iters);
    if (n === 0) return NULL;
    const result = allocTuple(n);
    const mark = handleCount();
    try {
      pushHandle(result);
      for (let k = 0; k < n; k++) {
        const x = iterNext(tupleGet(iters, k));
        if (x === NULL) {
          if (get(it, F1) !== S.True) return NULL;
          if (k > 0) throw raise(E.ValueError, `zip() argument ${k + 1} is shorter than ${argsRange(k)}`);
          for (let j = 1; j < n; j++) {
            const y = iterNext(tupleGet(iters, j));
            if (y !== NULL) throw raise(E.ValueError, `zip() argument ${j + 1} is longer than ${argsRange(j)}`);
          }
          return NULL;
        }
        tupleSet(result, k, x);
      }
      return result;
    } finally {
      releaseHandles(mark);
    }
  },
});

/** zip's next for two iterables, not strict, without its tuple: see nextPairInto. */
function zipPairInto(it: Ref, out: number): number {
  const iters = get(it, F0);
  if (tupleLength(iters) !== 2 || get(it, F1) === S.True) return -1;
  const x = iterNext(tupleGet(iters, 0));
  if (x === NULL) return 0;
  const mark = handleCount();
  pushHandle(x); // the second iterator's __next__ may run Python code, and the collector
  try {
    const y = iterNext(tupleGet(iters, 1));
    if (y === NULL) return 0;
    i32[out] = y;
    i32[out + 1] = x;
    return 1;
  } finally {
    releaseHandles(mark);
  }
}

/** dict.items()'s next without its tuple: see nextPairInto. */
function dictItemPairInto(it: Ref, out: number): number {
  const d = get(it, F0);
  if (d === NULL) return 0;
  lockObject(d);
  try {
    const i = dictIterStep(it);
    if (i < 0) return 0;
    const e = dictEntryIndex(d, i);
    i32[out] = i32[e + 2]!;
    i32[out + 1] = i32[e + 1]!;
    return 1;
  } finally {
    unlockObject(d);
  }
}

/**
 * The interpreter's FOR_ITER followed by UNPACK_SEQUENCE 2 (`for a, b in ...`), for the iterators
 * that make a new 2-tuple for each item only to have it unpacked: enumerate, zip of two
 * iterables, dict.items(). The two values UNPACK_SEQUENCE would push are written without the
 * tuple, b at i32[out] and a at i32[out + 1] (the top). Returns 1 when written, 0 when the
 * iterator is exhausted, -1 for any other iterator (the caller takes the usual path).
 * CPython's iterators reuse their tuple when nothing else holds it; gilvm cannot tell, so it
 * skips the tuple where the bytecode shows it is unpacked at once.
 */
function nextPairInto(it: Ref, type: number, out: number): number {
  if (type === T.enumerate) {
    const item = enumerateStep(it);
    if (item === NULL) return 0;
    i32[out] = item;
    i32[out + 1] = stepCount;
    return 1;
  }
  if (type === T.zip) return zipPairInto(it, out);
  if (type === T.dict_itemiterator) return dictItemPairInto(it, out);
  return -1;
}

/** forIterNext's result when it pushed an unpacked pair: neither a small int (odd) nor an object (8-aligned, positive). */
export const PAIR_PUSHED = -2;

/**
 * The interpreter's FOR_ITER for every iterator but a range's (which it reads itself): the next
 * item, or NULL at the end. With `pairAt` (the stack address where FOR_ITER pushes, when the
 * instruction after it is UNPACK_SEQUENCE 2) the pair of an enumerate, zip or dict.items() is
 * written there unpacked (nextPairInto) and the result is PAIR_PUSHED.
 *
 * One call out of the loop on purpose: called from runSlice directly, the small `next`
 * functions were inlined into it, and the inlining budget they took was missing for attribute
 * access (objects.py's steady state 15% slower; docs/performance.md).
 */
export function forIterNext(it: Ref, pairAt: number): Value {
  if (pairAt !== 0) {
    const r = nextPairInto(it, i32[it >> 2]!, pairAt);
    if (r >= 0) return r === 1 ? PAIR_PUSHED : NULL;
  }
  return iterNext(it);
}

/** A tuple of iter(x) for the values i32[from .. from + n). */
function iterTuple(from: number, n: number): Ref {
  const t = allocTuple(n);
  const mark = handleCount();
  try {
    pushHandle(t);
    for (let k = 0; k < n; k++) tupleSet(t, k, getIter(i32[from + k]!));
  } finally {
    releaseHandles(mark);
  }
  return t;
}

defineMethod(
  'zip',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    const nkw = kwCountOf(kwnames);
    let strict: Value = S.False;
    if (nkw > 1) throw raise(E.TypeError, `zip() takes at most 1 keyword argument (${nkw} given)`);
    if (nkw === 1) {
      const name = kwName(kwnames, 0);
      if (name !== 'strict') throw raise(E.TypeError, `zip() got an unexpected keyword argument '${name}'`);
      strict = isTrue(arg(argv, argc - 1)) ? S.True : S.False;
    }
    const iters = iterTuple(argv + 1, argc - 1 - nkw);
    const mark = handleCount();
    try {
      pushHandle(iters);
      const o = allocInstance(cls, 2);
      put(o, F0, iters);
      put(o, F1, strict);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

// ---- map, filter --------------------------------------------------------------------------------------

declareSlots('map', {
  iter: self,
  next(it: Value): Value {
    const iters = get(it, F1);
    const n = tupleLength(iters);
    const mark = handleCount();
    try {
      const first = handleCount();
      for (let k = 0; k < n; k++) {
        const x = iterNext(tupleGet(iters, k));
        if (x === NULL) return NULL;
        pushHandle(x);
      }
      return callValue(get(it, F0), handleWord(first), n, NULL);
    } finally {
      releaseHandles(mark);
    }
  },
});

defineMethod(
  'map',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    if (cls === T.map) noKeywords('map', kwnames);
    if (argc - 1 < 2) throw raise(E.TypeError, 'map() must have at least two arguments.');
    const iters = iterTuple(argv + 2, argc - 2);
    const mark = handleCount();
    try {
      pushHandle(iters);
      const o = allocInstance(cls, 2);
      put(o, F0, arg(argv, 1));
      put(o, F1, iters);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('filter', {
  iter: self,
  next(it: Value): Value {
    const f = get(it, F0);
    for (;;) {
      const x = iterNext(get(it, F1));
      if (x === NULL) return NULL;
      if (f === S.None || f === T.bool) {
        const mark = handleCount();
        pushHandle(x);
        try {
          if (isTrue(x)) return x;
        } finally {
          releaseHandles(mark);
        }
        continue;
      }
      const mark = handleCount();
      try {
        pushHandle(x);
        if (isTrue(call1(f, x))) return x;
      } finally {
        releaseHandles(mark);
      }
    }
  },
});

defineMethod(
  'filter',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    if (cls === T.filter) noKeywords('filter', kwnames);
    checkPositional('filter', argc - 1, 2, 2);
    const iter = getIter(arg(argv, 2));
    const mark = handleCount();
    try {
      pushHandle(iter);
      const o = allocInstance(cls, 2);
      put(o, F0, arg(argv, 1));
      put(o, F1, iter);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);


// ---- __length_hint__ (operator.length_hint, list(it) presizing) -------------------------------------

function hintOf(n: number): Value {
  return fromSmallInt(n < 0 ? 0 : n);
}
for (const name of ['list_iterator', 'tuple_iterator'] as const) {
  defineMethod(name, '__length_hint__', (it) => {
    const seq = get(it, F0);
    if (seq === NULL) return hintOf(0);
    const n = name === 'list_iterator' ? listLength(seq) : tupleLength(seq);
    return hintOf(n - (get(it, F1) >> 1));
  });
}
for (const name of ['list_reverseiterator', 'reversed'] as const) {
  defineMethod(name, '__length_hint__', (it) => {
    const seq = get(it, F0);
    if (seq === NULL) return hintOf(0);
    const i = get(it, F1) >> 1;
    if (name === 'list_reverseiterator' && i >= listLength(seq)) return hintOf(0);
    return hintOf(i + 1);
  });
}
defineMethod('range_iterator', '__length_hint__', (it) => {
  const remaining = get(it, F2);
  return (remaining & 1) !== 0 ? hintOf(remaining >> 1) : remaining;
});
for (const name of ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'] as const) {
  defineMethod(name, '__length_hint__', (it) => {
    const d = get(it, F0);
    if (d === NULL || get(it, F1) >> 1 !== dictSize(d)) return hintOf(0);
    return hintOf(get(it, F3) >> 1);
  });
}
defineMethod('set_iterator', '__length_hint__', (it) => {
  const s = get(it, F0);
  if (s === NULL || get(it, F1) >> 1 !== setSize(s)) return hintOf(0);
  return hintOf(get(it, F3) >> 1);
});
