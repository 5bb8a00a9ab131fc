/**
 * The itertools iterators that transform one stream at a time:
 *
 *     count:        | cnt | step |
 *     repeat:       | object | left |          left -1: for ever
 *     cycle:        | it | saved (list) | pos |  it NULL once exhausted
 *     accumulate:   | it | func | total | initial |
 *     batched:      | it | n |
 *     chain:        | source | active |        source: an iterator of iterables
 *     compress:     | data | selectors |
 *     dropwhile:    | pred | it | dropping done (0/1) |
 *     takewhile:    | pred | it | stopped (0/1) |
 *     filterfalse:  | pred | it |
 *     starmap:      | func | it |
 *     pairwise:     | it | last |
 *     islice:       | it | next index | stop (-1: none) | step | count |
 *
 * Each `next` returns NULL when done and, like CPython's, drops the
 * underlying iterator where CPython does (so a finished object stays
 * finished). Items held across a call into Python code are kept in handles.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { dictSet } from '../objects/dict.js';
import { newGenericAlias } from '../objects/generic-alias.js';
import { intFromBigInt, intFromSafe, intValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { hasIndex, asSsize, ssizeArg } from '../objects/list-args.js';
import { listAppend, listBase, listGet, listLength, newList } from '../objects/list.js';
import { freeThreading, underLock } from '../vm/object-lock.js';
import { defineMethod, MDF_CLASS, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { allocTuple, tupleBase, tupleFromWords, tupleLength, tupleSet } from '../objects/tuple.js';
import { tupleFromIterable } from '../objects/tuple-slots.js';
import { unboxed } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { declareSlots, slotsOf, typeDict, TPF_HEAPTYPE, typeFlags } from '../objects/typeobject.js';
import { binaryOp, getIter, isTrue, iterNext, repr } from '../vm/abstract.js';
import { lookupTypeString } from '../vm/attributes.js';
import { call1, call2, callValue } from '../vm/call.js';
import { fetchException, isPyError, raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { unpackCount } from './builtins-args.js';
import {
  declareLayout,
  fld,
  newObject,
  noKeywordsFor,
  numFld,
  parseKeywords,
  setFld,
  setNumFld,
  shortTypeName,
} from './itertools-common.js';

const NB_ADD = 0;

/** Argument word `k` (a __new__ gets its class in word 0). */
export function i32At(k: number): Value {
  return i32[k]!;
}
const ONE = fromSmallInt(1);
const ZERO = fromSmallInt(0);
const args: Value[] = [];
const self = (it: Value): Value => it;

function positional(argc: number, kwnames: Ref): number {
  return kwnames === NULL ? argc : argc - tupleLength(kwnames);
}

/** Short docstrings (our own words) for the types, set when the heap is made. */
export const TYPE_DOCS: [keyof typeof T, string][] = [];
onAfterTypes(() => {
  for (const [name, doc] of TYPE_DOCS) dictSet(typeDict(T[name]), intern('__doc__'), newStr(doc));
});

// ---- count -----------------------------------------------------------------------------------

declareLayout('itertools.count', 2, true);
TYPE_DOCS.push(['itertools.count', 'count(start=0, step=1): start, start+step, start+2*step, ... for ever.']);

/** PyNumber_Check: ints, floats, complex numbers and whatever defines __index__, __int__ or __float__. */
function isNumber(v: Value): boolean {
  if ((v & 1) !== 0) return true;
  const t = typeOf(v);
  if (isSubtype(t, T.int) || isSubtype(t, T.float) || isSubtype(t, T.complex)) return true;
  if ((typeFlags(t) & TPF_HEAPTYPE) === 0) return slotsOf(t).index !== undefined;
  for (const name of ['__index__', '__int__', '__float__']) {
    const m = lookupTypeString(t, name);
    if (m !== NULL && m !== S.None) return true;
  }
  return false;
}

function isIntOne(v: Value): boolean {
  if (v === ONE) return true;
  if ((v & 1) !== 0 || !isSubtype(typeOf(v), T.int)) return false;
  const u = unboxed(v);
  return (u & 1) !== 0 ? u === ONE : intValue(u) === 1n;
}

defineMethod(
  'itertools.count',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    parseKeywords('count', argv + 1, argc - 1, kwnames, ['start', 'step'], 0, 2, args);
    let start = args[0] === NULL ? ZERO : args[0]!;
    const step = args[1] === NULL ? ONE : args[1]!;
    if (!isNumber(start) || !isNumber(step)) throw raise(E.TypeError, 'a number is required');
    // Counting by one from an int (a bool or int subclass included) yields plain ints, as CPython's fast mode.
    if (isIntOne(step) && (start & 1) === 0 && isSubtype(typeOf(start), T.int)) {
      const u = unboxed(start);
      start = (u & 1) !== 0 ? u : intFromBigInt(intValue(u));
    }
    const mark = handleCount();
    try {
      pushHandle(start);
      pushHandle(step);
      const o = newObject(cls, 2);
      setFld(o, 0, start);
      setFld(o, 1, step);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.count', {
  iter: self,
  next(it: Value): Value {
    const cur = fld(it, 0);
    const step = fld(it, 1);
    if ((cur & 1) !== 0 && (step & 1) !== 0) {
      setFld(it, 0, intFromSafe((cur >> 1) + (step >> 1)));
      return cur;
    }
    const mark = handleCount();
    try {
      pushHandle(cur);
      setFld(it, 0, binaryOp(cur, step, NB_ADD));
      return cur;
    } finally {
      releaseHandles(mark);
    }
  },
  repr(it: Value): Ref {
    const name = shortTypeName(typeOf(it));
    const step = fld(it, 1);
    const mark = handleCount();
    try {
      pushHandle(step);
      const start = strValue(repr(fld(it, 0)));
      if (isIntOne(step)) return newStr(`${name}(${start})`);
      return newStr(`${name}(${start}, ${strValue(repr(step))})`);
    } finally {
      releaseHandles(mark);
    }
  },
});


// ---- repeat ----------------------------------------------------------------------------------

declareLayout('itertools.repeat', 2, true);
TYPE_DOCS.push(['itertools.repeat', 'repeat(object[, times]): object, again and again (times times, or for ever).']);

defineMethod(
  'itertools.repeat',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    parseKeywords('repeat', argv + 1, argc - 1, kwnames, ['object', 'times'], 1, 2, args);
    const obj = args[0]!;
    let left = -1;
    if (args[1] !== NULL) left = Math.max(0, ssizeArg(args[1]!));
    const o = newObject(cls, 2);
    setFld(o, 0, obj);
    setNumFld(o, 1, left);
    return o;
  },
  MDF_STATIC,
);

declareSlots('itertools.repeat', {
  iter: self,
  next(it: Value): Value {
    const left = numFld(it, 1);
    if (left === 0) return NULL;
    if (left > 0) setNumFld(it, 1, left - 1);
    return fld(it, 0);
  },
  repr(it: Value): Ref {
    const name = shortTypeName(typeOf(it));
    const obj = strValue(repr(fld(it, 0)));
    const left = numFld(it, 1);
    return newStr(left < 0 ? `${name}(${obj})` : `${name}(${obj}, ${left})`);
  },
});

defineMethod('itertools.repeat', '__length_hint__', (it) => {
  const left = numFld(it, 1);
  if (left < 0) throw raise(E.TypeError, 'len() of unsized object');
  return fld(it, 1);
});

// ---- cycle -----------------------------------------------------------------------------------

declareLayout('itertools.cycle', 3, true);
TYPE_DOCS.push(['itertools.cycle', "cycle(iterable): the iterable's items, then the same items again, for ever."]);

defineMethod(
  'itertools.cycle',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    noKeywordsFor(cls, T['itertools.cycle'], 'cycle', kwnames);
    const npos = positional(argc - 1, kwnames);
    unpackCount('cycle', npos, 1, 1);
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(i32At(argv + 1)));
      const saved = pushHandle(newList(0));
      const o = newObject(cls, 3);
      setFld(o, 0, getHandle(it));
      setFld(o, 1, getHandle(saved));
      setFld(o, 2, ZERO);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

// The saved list is written and read under its lock (free-threading mode: threads sharing one
// cycle may append to it at once); the position may repeat or skip an item, as in CPython.
function cycleReplay(c: Ref, saved: Ref): Value {
  const n = listLength(saved);
  if (n === 0) return NULL;
  let pos = fld(c, 2) >> 1;
  if (pos >= n) pos = 0;
  setFld(c, 2, fromSmallInt(pos + 1 >= n ? 0 : pos + 1));
  return listGet(saved, pos);
}

declareSlots('itertools.cycle', {
  iter: self,
  next(c: Value): Value {
    const it = fld(c, 0);
    const saved = fld(c, 1);
    if (it !== NULL) {
      const item = iterNext(it);
      if (item !== NULL) {
        if (freeThreading()) underLock(saved, listAppend, saved, item);
        else listAppend(saved, item);
        return item;
      }
      setFld(c, 0, NULL);
    }
    return freeThreading() ? underLock(saved, cycleReplay, c, saved) : cycleReplay(c, saved);
  },
});

// ---- accumulate ------------------------------------------------------------------------------

declareLayout('itertools.accumulate', 4, true);
TYPE_DOCS.push(['itertools.accumulate', 'accumulate(iterable, func=None, *, initial=None): running totals (or results of func).']);

defineMethod(
  'itertools.accumulate',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    parseKeywords('accumulate', argv + 1, argc - 1, kwnames, ['iterable', 'func', 'initial'], 1, 2, args);
    const func = args[1] === S.None ? NULL : args[1]!;
    const initial = args[2] === S.None ? NULL : args[2]!;
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(args[0]!));
      const o = newObject(cls, 4);
      setFld(o, 0, getHandle(it));
      setFld(o, 1, func);
      setFld(o, 2, NULL);
      setFld(o, 3, initial);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.accumulate', {
  iter: self,
  next(a: Value): Value {
    const initial = fld(a, 3);
    if (initial !== NULL) {
      setFld(a, 2, initial);
      setFld(a, 3, NULL);
      return initial;
    }
    const item = iterNext(fld(a, 0));
    if (item === NULL) return NULL;
    const total = fld(a, 2);
    if (total === NULL) {
      setFld(a, 2, item);
      return item;
    }
    const mark = handleCount();
    try {
      pushHandle(item);
      pushHandle(total);
      const func = fld(a, 1);
      const r = func === NULL ? binaryOp(total, item, NB_ADD) : call2(func, total, item);
      setFld(a, 2, r);
      return r;
    } finally {
      releaseHandles(mark);
    }
  },
});

// ---- batched ---------------------------------------------------------------------------------

declareLayout('itertools.batched', 2, true);
TYPE_DOCS.push(['itertools.batched', 'batched(iterable, n): tuples of n items (the last one may be shorter).']);

defineMethod(
  'itertools.batched',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    parseKeywords('batched', argv + 1, argc - 1, kwnames, ['iterable', 'n'], 2, 2, args);
    const n = ssizeArg(args[1]!);
    if (n < 1) throw raise(E.ValueError, 'n must be at least one');
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(args[0]!));
      const o = newObject(cls, 2);
      setFld(o, 0, getHandle(it));
      setNumFld(o, 1, n);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.batched', {
  iter: self,
  next(b: Value): Value {
    const it = fld(b, 0);
    if (it === NULL) return NULL;
    const n = numFld(b, 1);
    const mark = handleCount();
    try {
      const items = pushHandle(newList(0));
      for (let k = 0; k < n; k++) {
        const x = iterNext(it);
        if (x === NULL) break;
        listAppend(getHandle(items), x);
      }
      const l = getHandle(items);
      const got = listLength(l);
      if (got === 0) {
        setFld(b, 0, NULL);
        return NULL;
      }
      return tupleFromWords(listBase(l), got);
    } finally {
      releaseHandles(mark);
    }
  },
});

// ---- chain -----------------------------------------------------------------------------------

declareLayout('itertools.chain', 2, true);
TYPE_DOCS.push(['itertools.chain', 'chain(*iterables): the items of the first iterable, then of the next, and so on.']);

function newChain(cls: Ref, source: Value): Ref {
  const mark = handleCount();
  try {
    pushHandle(source);
    const o = newObject(cls, 2);
    setFld(o, 0, source);
    setFld(o, 1, NULL);
    return o;
  } finally {
    releaseHandles(mark);
  }
}

defineMethod(
  'itertools.chain',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    noKeywordsFor(cls, T['itertools.chain'], 'chain', kwnames);
    const npos = positional(argc - 1, kwnames);
    const mark = handleCount();
    try {
      const t = pushHandle(tupleFromWords(argv + 1, npos));
      return newChain(cls, getIter(getHandle(t)));
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

defineMethod(
  'itertools.chain',
  'from_iterable',
  (cls, argv, argc, kwnames) => {
    if (kwnames !== NULL && tupleLength(kwnames) > 0) throw raise(E.TypeError, 'chain.from_iterable() takes no keyword arguments');
    if (argc !== 1) throw raise(E.TypeError, `chain.from_iterable() takes exactly one argument (${argc} given)`);
    return newChain(cls, getIter(i32At(argv)));
  },
  MDF_CLASS,
);

defineMethod('itertools.chain', '__class_getitem__', (cls, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, `chain.__class_getitem__() takes exactly one argument (${argc} given)`);
  return newGenericAlias(cls, i32At(argv));
}, MDF_CLASS); // prettier-ignore

declareSlots('itertools.chain', {
  iter: self,
  next(c: Value): Value {
    for (;;) {
      let active = fld(c, 1);
      if (active === NULL) {
        const source = fld(c, 0);
        if (source === NULL) return NULL;
        const iterable = iterNext(source);
        if (iterable === NULL) {
          setFld(c, 0, NULL);
          return NULL;
        }
        const mark = handleCount();
        try {
          pushHandle(iterable);
          active = getIter(iterable);
        } finally {
          releaseHandles(mark);
        }
        setFld(c, 1, active);
      }
      const item = iterNext(active);
      if (item !== NULL) return item;
      setFld(c, 1, NULL);
    }
  },
});

// ---- compress --------------------------------------------------------------------------------

declareLayout('itertools.compress', 2, true);
TYPE_DOCS.push(['itertools.compress', 'compress(data, selectors): the items of data whose selector is true.']);

defineMethod(
  'itertools.compress',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    parseKeywords('compress', argv + 1, argc - 1, kwnames, ['data', 'selectors'], 2, 2, args);
    const sel = args[1]!;
    const mark = handleCount();
    try {
      const data = pushHandle(getIter(args[0]!));
      const selectors = pushHandle(getIter(sel));
      const o = newObject(cls, 2);
      setFld(o, 0, getHandle(data));
      setFld(o, 1, getHandle(selectors));
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.compress', {
  iter: self,
  next(c: Value): Value {
    for (;;) {
      const d = iterNext(fld(c, 0));
      if (d === NULL) return NULL;
      const mark = handleCount();
      try {
        pushHandle(d);
        const s = iterNext(fld(c, 1));
        if (s === NULL) return NULL;
        pushHandle(s);
        if (isTrue(s)) return d;
      } finally {
        releaseHandles(mark);
      }
    }
  },
});

// ---- dropwhile, takewhile, filterfalse, starmap -----------------------------------------------

/** The shared constructor of the (function, iterable) iterators: `name expected 2 arguments`. */
function predicateNew(typeName: keyof typeof T, fname: string, words: number) {
  return (_s: Value, argv: number, argc: number, kwnames: Ref): Value => {
    const cls = i32At(argv);
    noKeywordsFor(cls, T[typeName], fname, kwnames);
    unpackCount(fname, positional(argc - 1, kwnames), 2, 2);
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(i32At(argv + 2)));
      const o = newObject(cls, words);
      setFld(o, 0, i32At(argv + 1));
      setFld(o, 1, getHandle(it));
      if (words > 2) setFld(o, 2, ZERO);
      return o;
    } finally {
      releaseHandles(mark);
    }
  };
}

/** pred(item) as a JS boolean (item kept alive in a handle meanwhile). */
function test(pred: Value, item: Value): boolean {
  const mark = handleCount();
  try {
    pushHandle(item);
    if (pred === S.None || pred === T.bool) return isTrue(item);
    return isTrue(call1(pred, item));
  } finally {
    releaseHandles(mark);
  }
}

declareLayout('itertools.dropwhile', 3, true);
TYPE_DOCS.push(['itertools.dropwhile', 'dropwhile(predicate, iterable): skip items while predicate(item) is true, then give the rest.']);
defineMethod('itertools.dropwhile', '__new__', predicateNew('itertools.dropwhile', 'dropwhile', 3), MDF_STATIC);
declareSlots('itertools.dropwhile', {
  iter: self,
  next(d: Value): Value {
    for (;;) {
      const item = iterNext(fld(d, 1));
      if (item === NULL) return NULL;
      if (fld(d, 2) !== ZERO) return item;
      const mark = handleCount();
      try {
        pushHandle(item);
        if (!isTrue(call1(fld(d, 0), item))) {
          setFld(d, 2, ONE);
          return item;
        }
      } finally {
        releaseHandles(mark);
      }
    }
  },
});

declareLayout('itertools.takewhile', 3, true);
TYPE_DOCS.push(['itertools.takewhile', 'takewhile(predicate, iterable): items while predicate(item) is true.']);
defineMethod('itertools.takewhile', '__new__', predicateNew('itertools.takewhile', 'takewhile', 3), MDF_STATIC);
declareSlots('itertools.takewhile', {
  iter: self,
  next(t: Value): Value {
    if (fld(t, 2) !== ZERO) return NULL;
    const item = iterNext(fld(t, 1));
    if (item === NULL) return NULL;
    const mark = handleCount();
    try {
      pushHandle(item);
      if (isTrue(call1(fld(t, 0), item))) return item;
      setFld(t, 2, ONE);
      return NULL;
    } finally {
      releaseHandles(mark);
    }
  },
});

declareLayout('itertools.filterfalse', 2, true);
TYPE_DOCS.push(['itertools.filterfalse', 'filterfalse(function or None, iterable): the items for which function(item) is false.']);
defineMethod('itertools.filterfalse', '__new__', predicateNew('itertools.filterfalse', 'filterfalse', 2), MDF_STATIC);
declareSlots('itertools.filterfalse', {
  iter: self,
  next(f: Value): Value {
    for (;;) {
      const item = iterNext(fld(f, 1));
      if (item === NULL) return NULL;
      if (!test(fld(f, 0), item)) return item;
    }
  },
});

declareLayout('itertools.starmap', 2, true);
TYPE_DOCS.push(['itertools.starmap', 'starmap(function, iterable): function(*args) for each args of the iterable.']);
defineMethod('itertools.starmap', '__new__', predicateNew('itertools.starmap', 'starmap', 2), MDF_STATIC);
declareSlots('itertools.starmap', {
  iter: self,
  next(s: Value): Value {
    const argsV = iterNext(fld(s, 1));
    if (argsV === NULL) return NULL;
    const mark = handleCount();
    try {
      pushHandle(argsV);
      const t = tupleFromIterable(argsV);
      pushHandle(t);
      return callValue(fld(s, 0), tupleBase(t), tupleLength(t), NULL);
    } finally {
      releaseHandles(mark);
    }
  },
});

// ---- pairwise --------------------------------------------------------------------------------

declareLayout('itertools.pairwise', 2, true);
TYPE_DOCS.push(['itertools.pairwise', 'pairwise(iterable): overlapping pairs of consecutive items, (a, b), (b, c), ...']);

defineMethod(
  'itertools.pairwise',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    noKeywordsFor(cls, T['itertools.pairwise'], 'pairwise', kwnames);
    unpackCount('pairwise', positional(argc - 1, kwnames), 1, 1);
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(i32At(argv + 1)));
      const o = newObject(cls, 2);
      setFld(o, 0, getHandle(it));
      setFld(o, 1, NULL);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.pairwise', {
  iter: self,
  next(p: Value): Value {
    const it = fld(p, 0);
    if (it === NULL) return NULL;
    let old = fld(p, 1);
    if (old === NULL) {
      old = iterNext(it);
      setFld(p, 1, old);
      if (old === NULL) {
        setFld(p, 0, NULL);
        return NULL;
      }
    }
    const mark = handleCount();
    try {
      pushHandle(old);
      const cur = iterNext(it);
      if (cur === NULL) {
        setFld(p, 0, NULL);
        setFld(p, 1, NULL);
        return NULL;
      }
      const t = allocTuple(2);
      tupleSet(t, 0, old);
      tupleSet(t, 1, cur);
      setFld(p, 1, cur);
      return t;
    } finally {
      releaseHandles(mark);
    }
  },
});

// ---- islice ----------------------------------------------------------------------------------

declareLayout('itertools.islice', 5, true);
TYPE_DOCS.push(['itertools.islice', 'islice(iterable, stop) or islice(iterable, start, stop[, step]): a slice of an iterator.']);

/** PyNumber_AsSsize_t(v, OverflowError) with any error cleared: -1 for what is not an index or too large. */
function sliceArg(v: Value): number {
  if (!hasIndex(v)) return -1;
  try {
    return asSsize(v, E.OverflowError, '');
  } catch (e) {
    if (!isPyError(e)) throw e;
    fetchException();
    return -1;
  }
}

const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

defineMethod(
  'itertools.islice',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    noKeywordsFor(cls, T['itertools.islice'], 'islice', kwnames);
    const npos = positional(argc - 1, kwnames);
    unpackCount('islice', npos, 2, 4);
    let start = 0;
    let stop = -1;
    let step = 1;
    if (npos === 2) {
      const a = i32At(argv + 2);
      if (a !== S.None) {
        stop = sliceArg(a);
        if (stop === -1) throw raise(E.ValueError, STOP_MSG);
      }
    } else {
      const a = i32At(argv + 2);
      if (a !== S.None) start = sliceArg(a);
      const b = i32At(argv + 3);
      if (b !== S.None) {
        stop = sliceArg(b);
        if (stop === -1) throw raise(E.ValueError, STOP_MSG);
      }
    }
    if (start < 0 || stop < -1) throw raise(E.ValueError, INDEX_MSG);
    if (npos === 4) {
      const c = i32At(argv + 4);
      if (c !== S.None) step = sliceArg(c);
    }
    if (step < 1) throw raise(E.ValueError, 'Step for islice() must be a positive integer or None.');
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(i32At(argv + 1)));
      const o = newObject(cls, 5);
      setFld(o, 0, getHandle(it));
      setNumFld(o, 1, start);
      setNumFld(o, 2, stop);
      setNumFld(o, 3, step);
      setNumFld(o, 4, 0);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.islice', {
  iter: self,
  next(s: Value): Value {
    const it = fld(s, 0);
    if (it === NULL) return NULL;
    const stop = numFld(s, 2);
    let cnt = numFld(s, 4);
    const nextAt = numFld(s, 1);
    while (cnt < nextAt) {
      const skipped = iterNext(it);
      if (skipped === NULL) {
        setFld(s, 0, NULL);
        return NULL;
      }
      cnt++;
      setNumFld(s, 4, cnt);
    }
    if (stop !== -1 && cnt >= stop) {
      setFld(s, 0, NULL);
      return NULL;
    }
    const item = iterNext(it);
    if (item === NULL) {
      setFld(s, 0, NULL);
      return NULL;
    }
    setNumFld(s, 4, cnt + 1);
    let following = nextAt + numFld(s, 3);
    if (stop !== -1 && following > stop) following = stop;
    setNumFld(s, 1, following);
    return item;
  },
});
