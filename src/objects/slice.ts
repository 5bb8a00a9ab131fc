/**
 * slice objects.
 *
 *     +--------+-------+------+------+
 *     | header | start | stop | step |     (values body; None for an omitted part)
 *     +--------+-------+------+------+
 *
 * `sliceUnpack` + `sliceAdjust` are CPython's PySlice_Unpack and
 * PySlice_AdjustIndices: they leave start, stop, step and the slice length
 * in `sliceOut` (no allocation), which sequence types read right away.
 *
 * Python-visible: slice(stop), slice(start, stop[, step]) (`slice.__new__`,
 * static), repr, ==/< as the tuple (start, stop, step), hash (3.12: the
 * tuple's rounds over (start, stop, step) without its final length step),
 * indices(len), and start/stop/step through `sliceStart` & co.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { hashValue, repr, richCompare, CMP_EQ, CMP_NE } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { intFromBigInt } from './int.js';
import { arg, checkPositional, hasIndex, indexOf, intToBigInt, noKeywords, sliceIndexArg } from './list-args.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { defineGetter } from './descriptors-getset.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { exactHash, wideHash } from './hash-wide.js';
import { newTuple } from './tuple.js';
import { declareSlots } from './typeobject.js';
import { typeNameOf } from '../vm/abstract.js';

const SL_START = HEADER_WORDS;
const SL_STOP = HEADER_WORDS + 1;
const SL_STEP = HEADER_WORDS + 2;

const M64 = 0xffffffffffffffffn;
const XXPRIME_1 = 0x9e3779b185ebca87n;
const XXPRIME_2 = 0xc2b2ae3d27d4eb4fn;
const XXPRIME_5 = 0x27d4eb2f165667c5n;

/**
 * CPython 3.12's slice hash: the tuple hash's xxHash rounds over start, stop
 * and step, but without the tuple's final `acc += len ^ ...` step. In bigint
 * arithmetic (slices are rarely hashed); each field's exact hash is read right
 * after its slot returns (see hash-wide.ts).
 */
function sliceHash(self: Value): number {
  let acc = XXPRIME_5;
  for (let k = SL_START; k <= SL_STEP; k++) {
    const lane = BigInt.asUintN(64, exactHash(hashValue(i32[(self >> 2) + k]!)));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  if (acc === M64) return 1546275796;
  return wideHash(BigInt.asIntN(64, acc));
}

/** A new slice; NULL parts become None. */
export function newSlice(start: Value, stop: Value, step: Value): Ref {
  const s = allocate(T.slice, HEADER_BYTES + 12, false);
  const w = s >> 2;
  i32[w + SL_START] = start === NULL ? S.None : start;
  i32[w + SL_STOP] = stop === NULL ? S.None : stop;
  i32[w + SL_STEP] = step === NULL ? S.None : step;
  return s;
}
export function sliceStart(s: Ref): Value {
  return i32[(s >> 2) + SL_START]!;
}
export function sliceStop(s: Ref): Value {
  return i32[(s >> 2) + SL_STOP]!;
}
export function sliceStep(s: Ref): Value {
  return i32[(s >> 2) + SL_STEP]!;
}
export function isSlice(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && i32[v >> 2] === T.slice;
}

/** [start, stop, step, length] after sliceUnpack (length after sliceAdjust). */
export const sliceOut = new Float64Array(4);

const MAX = Number.MAX_SAFE_INTEGER;

/** PySlice_Unpack: may run __index__ (Python code). */
export function sliceUnpack(s: Ref): void {
  // Small ints and None are read here: sliceIndexArg's result is a number outside V8's small
  // integers for None (±MAX), which it returns as a new heap number (fannkuch.py's p[:] and
  // p[k::-1] made 30 MB of them).
  const stepV = sliceStep(s);
  let step = 1;
  if (stepV !== S.None) {
    step = (stepV & 1) !== 0 ? stepV >> 1 : sliceIndexArg(stepV, 1);
    if (step === 0) throw raise(E.ValueError, 'slice step cannot be zero');
    if (step < -MAX) step = -MAX;
  }
  const startV = sliceStart(s);
  sliceOut[0] = (startV & 1) !== 0 ? startV >> 1 : startV === S.None ? (step < 0 ? MAX : 0) : sliceIndexArg(startV, 0);
  const stopV = sliceStop(s);
  sliceOut[1] =
    (stopV & 1) !== 0 ? stopV >> 1 : stopV === S.None ? (step < 0 ? -MAX - 1 : MAX) : sliceIndexArg(stopV, 0);
  sliceOut[2] = step;
}

/** PySlice_AdjustIndices for a sequence of `length`: clamps sliceOut and returns the slice length. */
export function sliceAdjust(length: number): number {
  let start = sliceOut[0]!;
  let stop = sliceOut[1]!;
  const step = sliceOut[2]!;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  sliceOut[0] = start;
  sliceOut[1] = stop;
  sliceOut[3] = n;
  return n;
}

/** Unpack and adjust in one go; returns the slice length (start/step in sliceOut[0]/[2]). */
export function sliceIndices(s: Ref, length: number): number {
  sliceUnpack(s);
  return sliceAdjust(length);
}

// ---- slice.indices(len): exact, with bigints (CPython's _PySlice_GetLongIndices) ------------------

function sliceIndicesExact(s: Ref, lengthV: Value): Ref {
  const length = intToBigInt(indexOf(lengthV));
  if (length < 0n) throw raise(E.ValueError, 'length should not be negative');
  const big = (v: Value): bigint => {
    if (!hasIndex(v)) throw raise(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
    return intToBigInt(indexOf(v));
  };
  let step = 1n;
  if (sliceStep(s) !== S.None) {
    step = big(sliceStep(s));
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
  const start = clamp(sliceStart(s), neg ? upper : lower);
  const stop = clamp(sliceStop(s), neg ? lower : upper);
  return newTuple([intFromBigInt(start), intFromBigInt(stop), intFromBigInt(step)]);
}

// ---- slots and methods --------------------------------------------------------------------------------

declareSlots('slice', {
  repr(self: Value): Ref {
    const parts: string[] = [];
    const mark = handleCount();
    try {
      pushHandle(self);
      for (const get of [sliceStart, sliceStop, sliceStep]) parts.push(strValue(repr(get(self))));
    } finally {
      releaseHandles(mark);
    }
    return newStr(`slice(${parts.join(', ')})`);
  },
  hash: sliceHash,
  richcompare(self: Value, other: Value, op: number): Value {
    if (!isSlice(other)) return S.NotImplemented;
    if (self === other && (op === CMP_EQ || op === CMP_NE)) return op === CMP_EQ ? S.True : S.False;
    const mark = handleCount();
    try {
      const a = newTuple([sliceStart(self), sliceStop(self), sliceStep(self)]);
      pushHandle(a);
      const b = newTuple([sliceStart(other), sliceStop(other), sliceStep(other)]);
      pushHandle(b);
      return richCompare(a, b, op);
    } finally {
      releaseHandles(mark);
    }
  },
});

defineMethod(
  'slice',
  '__new__',
  (_self, argv, argc, kwnames) => {
    // argv[0] is the class (slice cannot be subclassed).
    noKeywords('slice', kwnames);
    checkPositional('slice', argc - 1, 1, 3);
    if (argc === 2) return newSlice(S.None, arg(argv, 1), S.None);
    return newSlice(arg(argv, 1), arg(argv, 2), argc === 4 ? arg(argv, 3) : S.None);
  },
  MDF_STATIC,
);

defineMethod('slice', 'indices', (self, argv, argc, kwnames) => {
  noKeywords('slice.indices', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `slice.indices() takes exactly one argument (${argc} given)`);
  const v = arg(argv, 0);
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return sliceIndicesExact(self, v);
});

defineGetter('slice', 'start', sliceStart);
defineGetter('slice', 'stop', sliceStop);
defineGetter('slice', 'step', sliceStep);

defineMethod('slice', '__reduce__', (self, _argv, argc, kwnames) => {
  noKeywords('slice.__reduce__', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `slice.__reduce__() takes no arguments (${argc} given)`);
  const mark = handleCount();
  try {
    const args = newTuple([sliceStart(self), sliceStop(self), sliceStep(self)]);
    pushHandle(args);
    return newTuple([T.slice, args]);
  } finally {
    releaseHandles(mark);
  }
});
