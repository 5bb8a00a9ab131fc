/**
 * The behaviour of tuple: repr, CPython 3.12's hash (tuple-hash.ts),
 * lexicographic comparison, indexing and slicing, `in`, iteration, `+ *`,
 * and the methods index/count and the constructor.
 *
 * Subclasses of tuple are boxed (src/objects/type-layout.ts): every slot
 * here reads `unboxed(self)` first. Constructor: `tuple.__new__(cls,
 * iterable=())` (static); tuple(t) is t for an exact tuple.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { richEq, repr, typeName, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { intFromNumber } from './int.js';
import { newTupleIterator } from './iterators.js';
import { arg, checkExactlyOne, checkPositional, hasIndex, noKeywords, repeatCount, sliceIndexArg, subscriptIndex } from './list-args.js';
import { reprEnterChecked, reprLeave } from './list-reprguard.js';
import {
  checkRepeatSize,
  compareSequences,
  NB_ADD,
  NB_MUL,
  otherOperandFirst,
  reprItems,
} from './list-slots.js';
import { listBase, listFromIterable, listLength, listToTuple } from './list.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { isSlice, sliceAdjust, sliceOut, sliceUnpack } from './slice.js';
import { newStr, strValue } from './str.js';
import { hashWords } from './tuple-hash.js';
import { allocTuple, tupleBase, tupleFromWords, tupleGet, tupleLength } from './tuple.js';
import { newBoxed, unboxed } from './type-layout.js';
import { isSubtype, typeOf } from './typecheck.js';
import { declareSlots } from './typeobject.js';
import { containerCalls } from './type.js';

/** A tuple or an instance of a subclass of tuple. */
export function isTupleLike(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  const t = i32[v >> 2]!;
  return t === T.tuple || isSubtype(t, T.tuple);
}
function un(v: Value): Ref {
  return i32[v >> 2] === T.tuple ? v : unboxed(v);
}

/** tuple(iterable) as an exact tuple. */
export function tupleFromIterable(v: Value): Ref {
  if ((v & 1) === 0 && i32[v >> 2] === T.tuple) return v;
  if ((v & 1) === 0 && i32[v >> 2] === T.list) return listToTuple(v);
  const l = listFromIterable(v);
  return tupleFromWords(listBase(l), listLength(l));
}

function tupleGetItem(selfV: Value, key: Value): Value {
  const self = un(selfV);
  if ((key & 1) !== 0 || (!isSlice(key) && hasIndex(key))) {
    let i = (key & 1) !== 0 ? key >> 1 : subscriptIndex(key);
    const n = tupleLength(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(E.IndexError, 'tuple index out of range');
    return tupleGet(self, i);
  }
  if (isSlice(key)) {
    sliceUnpack(key);
    const len = tupleLength(self);
    const n = sliceAdjust(len);
    const start = sliceOut[0]!;
    const step = sliceOut[2]!;
    if (n === len && step === 1 && typeOf(selfV) === T.tuple) return self;
    if (step === 1) return tupleFromWords(tupleBase(self) + start, n);
    const r = allocTuple(n);
    const src = tupleBase(self);
    const dst = tupleBase(r);
    for (let k = 0, j = start; k < n; k++, j += step) i32[dst + k] = i32[src + j]!;
    return r;
  }
  throw raise(E.TypeError, `tuple indices must be integers or slices, not ${typeNameOf(key)}`);
}

function tupleRepeat(selfV: Value, times: number): Ref {
  const self = un(selfV);
  const n = tupleLength(self);
  if (times === 1 && typeOf(selfV) === T.tuple) return self;
  if (times <= 0 || n === 0) return allocTuple(0);
  checkRepeatSize(n, times);
  const r = allocTuple(n * times);
  const src = tupleBase(self);
  const dst = tupleBase(r);
  for (let k = 0; k < times; k++) i32.copyWithin(dst + k * n, src, src + n);
  return r;
}

function tupleBinop(a: Value, b: Value, nb: number): Value {
  const op = nb >= 13 ? nb - 13 : nb; // tuples have no in-place forms: same as the plain operator
  if (op === NB_ADD) {
    if (!isTupleLike(a)) return S.NotImplemented;
    if (isTupleLike(b)) {
      const x = un(a);
      const y = un(b);
      const nx = tupleLength(x);
      const ny = tupleLength(y);
      if (ny === 0 && typeOf(a) === T.tuple) return x;
      if (nx === 0 && typeOf(b) === T.tuple) return y;
      const r = allocTuple(nx + ny);
      i32.copyWithin(tupleBase(r), tupleBase(x), tupleBase(x) + nx);
      i32.copyWithin(tupleBase(r) + nx, tupleBase(y), tupleBase(y) + ny);
      return r;
    }
    const r = otherOperandFirst(a, b, op, tupleBinop);
    if (r !== S.NotImplemented) return r;
    throw raise(E.TypeError, `can only concatenate tuple (not "${typeNameOf(b)}") to tuple`);
  }
  if (op === NB_MUL) {
    if (isTupleLike(a)) {
      if (!hasIndex(b)) {
        const r = otherOperandFirst(a, b, op, tupleBinop);
        if (r !== S.NotImplemented) return r;
      }
      return tupleRepeat(a, repeatCount(b));
    }
    if (isTupleLike(b)) return tupleRepeat(b, repeatCount(a));
  }
  return S.NotImplemented;
}

function tupleContains(selfV: Value, v: Value): boolean {
  const self = un(selfV);
  const n = tupleLength(self);
  for (let i = 0; i < n; i++) {
    const x = tupleGet(self, i);
    if (x === v || richEq(x, v)) return true;
  }
  return false;
}

declareSlots('tuple', {
  repr(selfV: Value): Ref {
    const self = un(selfV);
    const n = tupleLength(self);
    if (n === 0) return newStr('()');
    if (reprEnterChecked(self)) return newStr('(...)');
    try {
      if (n === 1) return newStr(`(${strValue(repr(tupleGet(self, 0)))},)`);
      return newStr(reprItems(self, '(', ')', tupleLength, tupleGet));
    } finally {
      reprLeave(self);
    }
  },
  hash(selfV: Value): number {
    const self = un(selfV);
    return hashWords(tupleBase(self), tupleLength(self));
  },
  richcompare(a: Value, b: Value, op: number): Value {
    if (!isTupleLike(a) || !isTupleLike(b)) return S.NotImplemented;
    return compareSequences(un(a), un(b), op, tupleLength, tupleGet);
  },
  len: (self: Value) => tupleLength(un(self)),
  bool: (self: Value) => tupleLength(un(self)) !== 0,
  iter: (self: Value) => newTupleIterator(un(self)),
  getitem: tupleGetItem,
  contains: tupleContains,
  binop: tupleBinop,
});

defineMethod('tuple', 'index', (selfV, argv, argc, kwnames) => {
  const self = un(selfV);
  noKeywords('index', kwnames);
  checkPositional('index', argc, 1, 3);
  const v = arg(argv, 0);
  const n = tupleLength(self);
  let start = argc >= 2 ? sliceIndexArg(arg(argv, 1), 0, false) : 0;
  let stop = argc >= 3 ? sliceIndexArg(arg(argv, 2), 0, false) : n;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < n; i++) {
    const x = tupleGet(self, i);
    if (x === v || richEq(x, v)) return intFromNumber(i);
  }
  throw raise(E.ValueError, 'tuple.index(x): x not in tuple');
});

defineMethod('tuple', 'count', (selfV, argv, argc, kwnames) => {
  const self = un(selfV);
  checkExactlyOne('tuple.count', argc, kwnames);
  const v = arg(argv, 0);
  let count = 0;
  for (let i = 0; i < tupleLength(self); i++) {
    const x = tupleGet(self, i);
    if (x === v || richEq(x, v)) count++;
  }
  return intFromNumber(count);
});

defineMethod('tuple', '__getnewargs__', (selfV, _argv, argc, kwnames) => {
  noKeywords('tuple.__getnewargs__', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `tuple.__getnewargs__() takes no arguments (${argc} given)`);
  const self = un(selfV);
  const mark = handleCount();
  try {
    const copy = tupleFromWords(tupleBase(self), tupleLength(self));
    pushHandle(copy);
    const r = allocTuple(1);
    i32[tupleBase(r)] = copy;
    return r;
  } finally {
    releaseHandles(mark);
  }
});

defineMethod(
  'tuple',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (argc < 1) throw raise(E.TypeError, 'tuple.__new__(): not enough arguments');
    const cls = arg(argv, 0);
    if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
      throw raise(E.TypeError, `tuple.__new__(X): X is not a type object (${typeNameOf(cls)})`);
    }
    if (!isSubtype(cls, T.tuple)) {
      throw raise(E.TypeError, `tuple.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of tuple`);
    }
    if (cls === T.tuple) noKeywords('tuple', kwnames);
    checkPositional('tuple', argc - 1, 0, 1);
    const t = argc === 2 ? tupleFromIterable(arg(argv, 1)) : allocTuple(0);
    if (cls === T.tuple) return t;
    const mark = handleCount();
    try {
      pushHandle(t);
      return newBoxed(cls, t);
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);


containerCalls.tuple = (argv, argc) => (argc === 0 ? allocTuple(0) : tupleFromIterable(i32[argv]!));
