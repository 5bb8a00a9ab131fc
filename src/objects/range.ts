/**
 * range objects.
 *
 *     +--------+-------+------+------+--------+
 *     | header | start | stop | step | length |     (values body: int values, small or big)
 *     +--------+-------+------+------+--------+
 *
 * Small-int ranges take JS fast paths; anything else is exact with bigints
 * (len(range(2**70)) is CPython's OverflowError, range(2**70)[2**69:] works).
 *
 * Python-visible: range(stop) / range(start, stop[, step]) (`range.__new__`,
 * static), len, indexing and slicing, `in` (arithmetic for ints), iteration
 * and reversed(), ==, hash, repr, count, index; start/stop/step through
 * rangeStart & co.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CMP_EQ, CMP_NE, getIter, iterNext, length, repr, richEq, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { intFromBigInt, intFromNumber } from './int.js';
import { exactInt } from './int-slots.js';
import { newRangeIterator } from './iterators.js';
import { arg, checkExactlyOne, checkPositional, hasIndex, indexOf, intToBigInt, noKeywords } from './list-args.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { defineGetter } from './descriptors-getset.js';
import { E, S, T } from './registry.js';
import { isSlice, sliceStart, sliceStep, sliceStop } from './slice.js';
import { newStr, strValue } from './str.js';
import { hashThree } from './tuple-hash.js';
import { newTuple } from './tuple.js';
import { declareSlots } from './typeobject.js';
import { containerCalls } from './type.js';

const R_START = HEADER_WORDS;
const R_STOP = HEADER_WORDS + 1;
const R_STEP = HEADER_WORDS + 2;
const R_LENGTH = HEADER_WORDS + 3;

export function rangeStart(r: Ref): Value {
  return i32[(r >> 2) + R_START]!;
}
export function rangeStop(r: Ref): Value {
  return i32[(r >> 2) + R_STOP]!;
}
export function rangeStep(r: Ref): Value {
  return i32[(r >> 2) + R_STEP]!;
}
export function rangeLengthValue(r: Ref): Value {
  return i32[(r >> 2) + R_LENGTH]!;
}

function computeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n && start < stop) return (stop - start - 1n) / step + 1n;
  if (step < 0n && start > stop) return (start - stop - 1n) / -step + 1n;
  return 0n;
}

/** A new range (int values; step non-zero). */
export function newRange(start: Value, stop: Value, step: Value): Ref {
  if ((start & 1) !== 0 && (stop & 1) !== 0 && (step & 1) !== 0) {
    // Small ints: the length is one too, and nothing needs a handle.
    const a = start >> 1;
    const b = stop >> 1;
    const s = step >> 1;
    let n = 0;
    if (s > 0 && a < b) n = Math.floor((b - a - 1) / s) + 1;
    else if (s < 0 && a > b) n = Math.floor((a - b - 1) / -s) + 1;
    return rangeObject(start, stop, step, fromSmallInt(n));
  }
  const length = intFromBigInt(computeLength(intToBigInt(start), intToBigInt(stop), intToBigInt(step)));
  const mark = handleCount();
  try {
    pushHandle(length);
    return rangeObject(start, stop, step, length);
  } finally {
    releaseHandles(mark);
  }
}

function rangeObject(start: Value, stop: Value, step: Value, length: Value): Ref {
  const r = allocate(T.range, HEADER_BYTES + 16, false);
  const w = r >> 2;
  i32[w + R_START] = start;
  i32[w + R_STOP] = stop;
  i32[w + R_STEP] = step;
  i32[w + R_LENGTH] = length;
  return r;
}

function isRange(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && i32[v >> 2] === T.range;
}

/** The item at index i (0 <= i < length), as an int value. */
function itemAt(r: Ref, i: bigint): Value {
  const start = rangeStart(r);
  const step = rangeStep(r);
  if ((start & 1) !== 0 && (step & 1) !== 0 && i < 0x40000000n) {
    const v = (start >> 1) + Number(i) * (step >> 1);
    if (Number.isSafeInteger(v)) return intFromBigInt(BigInt(v));
  }
  return intFromBigInt(intToBigInt(start) + i * intToBigInt(step));
}

function rangeGetItem(self: Value, key: Value): Value {
  const length = intToBigInt(rangeLengthValue(self));
  if ((key & 1) !== 0 || (!isSlice(key) && hasIndex(key))) {
    let i = (key & 1) !== 0 ? BigInt(key >> 1) : intToBigInt(indexOf(key));
    if (i < 0n) i += length;
    if (i < 0n || i >= length) throw raise(E.IndexError, 'range object index out of range');
    return itemAt(self, i);
  }
  if (isSlice(key)) {
    // Exact slice indices (big ints allowed), then a new range.
    const big = (v: Value): bigint => {
      if (!hasIndex(v)) throw raise(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
      return intToBigInt(indexOf(v));
    };
    let step = 1n;
    if (sliceStep(key) !== S.None) {
      step = big(sliceStep(key));
      if (step === 0n) throw raise(E.ValueError, 'slice step cannot be zero');
    }
    const neg = step < 0n;
    const lower = neg ? -1n : 0n;
    const upper = neg ? length - 1n : length;
    const clamp = (v: Value, dflt: bigint): bigint => {
      if (v === S.None) return dflt;
      let x = big(v);
      if (x < 0n) {
        x += length;
        if (x < lower) x = lower;
      } else if (x > upper) x = upper;
      return x;
    };
    const start = clamp(sliceStart(key), neg ? upper : lower);
    const stop = clamp(sliceStop(key), neg ? lower : upper);
    const rs = intToBigInt(rangeStart(self));
    const rstep = intToBigInt(rangeStep(self));
    const mark = handleCount();
    try {
      const a = intFromBigInt(rs + start * rstep);
      pushHandle(a);
      const b = intFromBigInt(rs + stop * rstep);
      pushHandle(b);
      const c = intFromBigInt(rstep * step);
      pushHandle(c);
      return newRange(a, b, c);
    } finally {
      releaseHandles(mark);
    }
  }
  throw raise(E.TypeError, `range indices must be integers or slices, not ${typeNameOf(key)}`);
}

function isPlainInt(v: Value): boolean {
  return (v & 1) !== 0 || i32[v >> 2] === T.int || i32[v >> 2] === T.bool;
}

/** Is the int value v in the range (arithmetic, no iteration)? */
function containsInt(r: Ref, v: Value): boolean {
  const x = intToBigInt(v);
  const start = intToBigInt(rangeStart(r));
  const stop = intToBigInt(rangeStop(r));
  const step = intToBigInt(rangeStep(r));
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
  return (x - start) % step === 0n;
}

function rangeContains(self: Value, v: Value): boolean {
  if (isPlainInt(v)) return containsInt(self, v);
  const mark = handleCount();
  try {
    const it = getIter(self);
    pushHandle(it);
    for (;;) {
      const x = iterNext(it);
      if (x === 0) return false;
      if (richEq(x, v)) return true;
    }
  } finally {
    releaseHandles(mark);
  }
}

function rangeEquals(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const n = intToBigInt(rangeLengthValue(a));
  if (n !== intToBigInt(rangeLengthValue(b))) return false;
  if (n === 0n) return true;
  if (intToBigInt(rangeStart(a)) !== intToBigInt(rangeStart(b))) return false;
  if (n === 1n) return true;
  return intToBigInt(rangeStep(a)) === intToBigInt(rangeStep(b));
}

function rangeLen(self: Value): number {
  const n = rangeLengthValue(self);
  if ((n & 1) !== 0) return n >> 1;
  const b = intToBigInt(n);
  if (b > 0x7fffffffffffffffn) throw raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(b);
}

/** reversed(range): from the last item down. */
export function rangeReversed(r: Ref): Ref {
  const n = intToBigInt(rangeLengthValue(r));
  const step = intToBigInt(rangeStep(r));
  const mark = handleCount();
  try {
    const last = intFromBigInt(intToBigInt(rangeStart(r)) + (n - 1n) * step);
    pushHandle(last);
    const negStep = intFromBigInt(-step);
    pushHandle(negStep);
    return newRangeIterator(last, negStep, rangeLengthValue(r));
  } finally {
    releaseHandles(mark);
  }
}

declareSlots('range', {
  repr(self: Value): Ref {
    const a = strValue(repr(rangeStart(self)));
    const b = strValue(repr(rangeStop(self)));
    const step = rangeStep(self);
    if (step === fromSmallInt(1)) return newStr(`range(${a}, ${b})`);
    return newStr(`range(${a}, ${b}, ${strValue(repr(step))})`);
  },
  hash(self: Value): number {
    const n = rangeLengthValue(self);
    if (n === fromSmallInt(0)) return hashThree(n, S.None, S.None);
    if (n === fromSmallInt(1)) return hashThree(n, rangeStart(self), S.None);
    return hashThree(n, rangeStart(self), rangeStep(self));
  },
  richcompare(self: Value, other: Value, op: number): Value {
    if (!isRange(other) || (op !== CMP_EQ && op !== CMP_NE)) return S.NotImplemented;
    return rangeEquals(self, other) === (op === CMP_EQ) ? S.True : S.False;
  },
  len: rangeLen,
  bool: (self: Value) => rangeLengthValue(self) !== fromSmallInt(0),
  iter: (self: Value) => newRangeIterator(rangeStart(self), rangeStep(self), rangeLengthValue(self)),
  getitem: rangeGetItem,
  contains: rangeContains,
});

/** PyNumber_Index: an exact int (range(True, 5) starts at 1, not True; subclasses give their value). */
function intArg(v: Value): Value {
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return exactInt(indexOf(v));
}

/** range(stop), range(start, stop) or range(start, stop, step): the `argc` (1 to 3) arguments at argv. */
function rangeOf(argv: number, argc: number): Value {
  const mark = handleCount();
  try {
    if (argc === 1) {
      const stop = intArg(arg(argv, 0));
      pushHandle(stop);
      return newRange(fromSmallInt(0), stop, fromSmallInt(1));
    }
    const start = intArg(arg(argv, 0));
    pushHandle(start);
    const stop = intArg(arg(argv, 1));
    pushHandle(stop);
    let step = fromSmallInt(1);
    if (argc === 3) {
      step = intArg(arg(argv, 2));
      pushHandle(step);
      if (step === fromSmallInt(0) || ((step & 1) === 0 && intToBigInt(step) === 0n)) throw raise(E.ValueError, 'range() arg 3 must not be zero');
    }
    return newRange(start, stop, step);
  } finally {
    releaseHandles(mark);
  }
}

defineMethod(
  'range',
  '__new__',
  (_self, argv, argc, kwnames) => {
    noKeywords('range', kwnames);
    checkPositional('range', argc - 1, 1, 3);
    return rangeOf(argv + 1, argc - 1);
  },
  MDF_STATIC,
);

// range(...) itself, positional arguments only: what __new__ makes, without type.__call__'s
// lookups (a `for` loop's range() is among the commonest calls).
containerCalls.range = rangeOf;

defineMethod('range', 'count', (self, argv, argc, kwnames) => {
  checkExactlyOne('range.count', argc, kwnames);
  const v = arg(argv, 0);
  if (isPlainInt(v)) return fromSmallInt(containsInt(self, v) ? 1 : 0);
  let count = 0;
  const mark = handleCount();
  try {
    const it = getIter(self);
    pushHandle(it);
    for (;;) {
      const x = iterNext(it);
      if (x === 0) break;
      if (richEq(x, v)) count++;
    }
  } finally {
    releaseHandles(mark);
  }
  return intFromBigInt(BigInt(count));
});

defineMethod('range', 'index', (self, argv, argc, kwnames) => {
  checkExactlyOne('range.index', argc, kwnames);
  const v = arg(argv, 0);
  if (isPlainInt(v)) {
    if (containsInt(self, v)) {
      return intFromBigInt((intToBigInt(v) - intToBigInt(rangeStart(self))) / intToBigInt(rangeStep(self)));
    }
  } else {
    let i = 0n;
    const mark = handleCount();
    try {
      const it = getIter(self);
      pushHandle(it);
      for (;;) {
        const x = iterNext(it);
        if (x === 0) break;
        if (richEq(x, v)) return intFromBigInt(i);
        i++;
      }
    } finally {
      releaseHandles(mark);
    }
  }
  throw raise(E.ValueError, `${strValue(repr(v))} is not in range`);
});

defineMethod('range', '__reversed__', (self, _argv, argc, kwnames) => {
  noKeywords('range.__reversed__', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `range.__reversed__() takes no arguments (${argc} given)`);
  return rangeReversed(self);
});

defineGetter('range', 'start', rangeStart);
defineGetter('range', 'stop', rangeStop);
defineGetter('range', 'step', rangeStep);

defineMethod('range', '__reduce__', (self, _argv, argc, kwnames) => {
  noKeywords('range.__reduce__', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `range.__reduce__() takes no arguments (${argc} given)`);
  const mark = handleCount();
  try {
    const args = newTuple([rangeStart(self), rangeStop(self), rangeStep(self)]);
    pushHandle(args);
    return newTuple([T.range, args]);
  } finally {
    releaseHandles(mark);
  }
});

/**
 * len(v) as an int value, exact for ranges longer than 2**53 (the `len`
 * slot returns a JS number): for builtins.len and GET_LEN.
 */
export function lengthValue(v: Value): Value {
  if ((v & 1) === 0 && i32[v >> 2] === T.range) {
    rangeLen(v); // the OverflowError past ssize_t
    return rangeLengthValue(v);
  }
  return intFromNumber(length(v));
}
