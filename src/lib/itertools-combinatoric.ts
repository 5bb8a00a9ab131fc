/**
 * The combinatoric iterators of itertools: product, permutations,
 * combinations, combinations_with_replacement. Each keeps its pool(s) as
 * tuples, its position as a private tuple of small-int indices (mutated in
 * place: nothing else sees it), and the last result, from which the next one
 * is copied and updated (CPython updates it in place when nobody else holds
 * it; gilvm cannot know that, so every result is a new tuple).
 *
 *     product:         | pools (tuple of tuples) | indices | result | stopped |
 *     permutations:    | pool | r | indices | cycles | result | stopped |
 *     combinations:    | pool | r | indices | result | stopped |
 *     combinations_with_replacement: same as combinations
 *
 * `result` is NULL before the first item; stopped is 0 or 1. A step is a critical section on
 * its iterator in free-threading mode (lockedNext): threads sharing one may get items repeated
 * or skipped, as in CPython, but an index never runs past its pool.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { intern } from '../objects/intern.js';
import { ssizeArg } from '../objects/list-args.js';
import { defineMethod, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { allocTuple, tupleBase, tupleFromWords, tupleGet, tupleLength, tupleSet } from '../objects/tuple.js';
import { tupleFromIterable } from '../objects/tuple-slots.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { declareSlots } from '../objects/typeobject.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { i32At, TYPE_DOCS } from './itertools-basic.js';
import { declareLayout, fld, lockedNext, newObject, parseKeywords, setFld } from './itertools-common.js';

const args: Value[] = [];
const self = (it: Value): Value => it;
const ZERO = fromSmallInt(0);
const ONE = fromSmallInt(1);

/** A private tuple of small ints. */
function intTuple(n: number, at: (k: number) => number): Ref {
  const t = allocTuple(n);
  for (let k = 0; k < n; k++) tupleSet(t, k, fromSmallInt(at(k)));
  return t;
}
function ix(t: Ref, k: number): number {
  return tupleGet(t, k) >> 1;
}
function setIx(t: Ref, k: number, v: number): void {
  tupleSet(t, k, fromSmallInt(v));
}
/** A copy of a tuple (the next result starts as the last one). */
function copyTuple(t: Ref): Ref {
  return tupleFromWords(tupleBase(t), tupleLength(t));
}

/** tuple(iterable), kept in a handle by the caller. */
function poolOf(iterable: Value): Ref {
  return tupleFromIterable(iterable);
}

// ---- product ---------------------------------------------------------------------------------

declareLayout('itertools.product', 4, true);
TYPE_DOCS.push(['itertools.product', 'product(*iterables, repeat=1): the Cartesian product, as nested for-loops would give it.']);

defineMethod(
  'itertools.product',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    const nkw = kwnames === NULL ? 0 : tupleLength(kwnames);
    const npos = argc - 1 - nkw;
    let repeat = 1;
    if (nkw > 0) {
      if (nkw > 1) throw raise(E.TypeError, `product() takes at most 1 keyword argument (${nkw} given)`);
      const key = tupleGet(kwnames, 0);
      if (key !== intern('repeat')) throw raise(E.TypeError, `'${strValue(key)}' is an invalid keyword argument for product()`);
      repeat = ssizeArg(i32At(argv + argc - 1));
      if (repeat < 0) throw raise(E.ValueError, 'repeat argument cannot be negative');
    }
    const total = npos * repeat;
    if (repeat !== 0 && (!Number.isSafeInteger(total) || total > 2 ** 28)) throw raise(E.OverflowError, 'repeat argument too large');
    const mark = handleCount();
    try {
      const pools = pushHandle(allocTuple(total));
      for (let k = 0; k < total; k++) tupleSet(getHandle(pools), k, S.None);
      for (let k = 0; k < npos; k++) {
        const pool = poolOf(i32At(argv + 1 + k));
        for (let r = 0; r < repeat; r++) tupleSet(getHandle(pools), r * npos + k, pool);
      }
      const indices = pushHandle(intTuple(total, () => 0));
      const o = newObject(cls, 4);
      setFld(o, 0, getHandle(pools));
      setFld(o, 1, getHandle(indices));
      setFld(o, 2, NULL);
      setFld(o, 3, ZERO);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.product', {
  iter: self,
  next: lockedNext((p: Value): Value => {
    if (fld(p, 3) !== ZERO) return NULL;
    const pools = fld(p, 0);
    const indices = fld(p, 1);
    const n = tupleLength(pools);
    const last = fld(p, 2);
    let result: Ref;
    if (last === NULL) {
      result = allocTuple(n);
      for (let k = 0; k < n; k++) {
        const pool = tupleGet(pools, k);
        if (tupleLength(pool) === 0) {
          setFld(p, 3, ONE);
          return NULL;
        }
        tupleSet(result, k, tupleGet(pool, 0));
      }
    } else {
      result = copyTuple(last);
      let k = n - 1;
      for (; k >= 0; k--) {
        const pool = tupleGet(pools, k);
        const i = ix(indices, k) + 1;
        if (i < tupleLength(pool)) {
          setIx(indices, k, i);
          tupleSet(result, k, tupleGet(pool, i));
          break;
        }
        setIx(indices, k, 0);
        tupleSet(result, k, tupleGet(pool, 0));
      }
      if (k < 0) {
        setFld(p, 3, ONE);
        setFld(p, 2, NULL);
        return NULL;
      }
    }
    setFld(p, 2, result);
    return result;
  }),
});

// ---- permutations ----------------------------------------------------------------------------

declareLayout('itertools.permutations', 6, true);
TYPE_DOCS.push(['itertools.permutations', 'permutations(iterable, r=None): every ordering of r items of the iterable (all of them by default).']);

/** The r argument of permutations: None, or an int (`Expected int as r`). */
function permR(v: Value, n: number): number {
  if (v === NULL || v === S.None) return n;
  if ((v & 1) === 0 && !isSubtype(typeOf(v), T.int)) throw raise(E.TypeError, 'Expected int as r');
  const r = ssizeArg(v);
  if (r < 0) throw raise(E.ValueError, 'r must be non-negative');
  return r;
}

defineMethod(
  'itertools.permutations',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    parseKeywords('permutations', argv + 1, argc - 1, kwnames, ['iterable', 'r'], 1, 2, args);
    const rArg = args[1]!;
    const mark = handleCount();
    try {
      const pool = pushHandle(poolOf(args[0]!));
      const n = tupleLength(getHandle(pool));
      const r = permR(rArg, n);
      const indices = pushHandle(intTuple(n, (k) => k));
      const cycles = pushHandle(intTuple(Math.min(r, n), (k) => n - k));
      const o = newObject(cls, 6);
      setFld(o, 0, getHandle(pool));
      setFld(o, 1, fromSmallInt(Math.min(r, n + 1)));
      setFld(o, 2, getHandle(indices));
      setFld(o, 3, getHandle(cycles));
      setFld(o, 4, NULL);
      setFld(o, 5, r > n ? ONE : ZERO);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.permutations', {
  iter: self,
  next: lockedNext((p: Value): Value => {
    if (fld(p, 5) !== ZERO) return NULL;
    const pool = fld(p, 0);
    const r = fld(p, 1) >> 1;
    const indices = fld(p, 2);
    const cycles = fld(p, 3);
    const n = tupleLength(pool);
    const last = fld(p, 4);
    let result: Ref;
    if (last === NULL) {
      result = allocTuple(r);
      for (let k = 0; k < r; k++) tupleSet(result, k, tupleGet(pool, k));
    } else {
      if (n === 0) {
        setFld(p, 5, ONE);
        return NULL;
      }
      result = copyTuple(last);
      let i = r - 1;
      for (; i >= 0; i--) {
        const c = ix(cycles, i) - 1;
        if (c === 0) {
          // Move index i to the end, shifting the ones after it left.
          const moved = ix(indices, i);
          for (let j = i; j < n - 1; j++) setIx(indices, j, ix(indices, j + 1));
          setIx(indices, n - 1, moved);
          setIx(cycles, i, n - i);
        } else {
          setIx(cycles, i, c);
          const j = n - c;
          const a = ix(indices, i);
          setIx(indices, i, ix(indices, j));
          setIx(indices, j, a);
          for (let k = i; k < r; k++) tupleSet(result, k, tupleGet(pool, ix(indices, k)));
          break;
        }
      }
      if (i < 0) {
        setFld(p, 5, ONE);
        setFld(p, 4, NULL);
        return NULL;
      }
    }
    setFld(p, 4, result);
    return result;
  }),
});

// ---- combinations, combinations_with_replacement -------------------------------------------

declareLayout('itertools.combinations', 5, true);
declareLayout('itertools.combinations_with_replacement', 5, true);
TYPE_DOCS.push(['itertools.combinations', 'combinations(iterable, r): the r-length subsequences of the iterable, in order.']);
TYPE_DOCS.push([
  'itertools.combinations_with_replacement',
  'combinations_with_replacement(iterable, r): r-length subsequences where an item may repeat.',
]);

function combinationsNew(name: 'combinations' | 'combinations_with_replacement') {
  return (_s: Value, argv: number, argc: number, kwnames: Ref): Value => {
    const cls = i32At(argv);
    parseKeywords(name, argv + 1, argc - 1, kwnames, ['iterable', 'r'], 2, 2, args);
    const rArg = args[1]!;
    const mark = handleCount();
    try {
      const pool = pushHandle(poolOf(args[0]!));
      const r = ssizeArg(rArg);
      if (r < 0) throw raise(E.ValueError, 'r must be non-negative');
      const n = tupleLength(getHandle(pool));
      const withReplacement = name === 'combinations_with_replacement';
      const stopped = withReplacement ? n === 0 && r > 0 : r > n;
      if (!stopped && r > 2 ** 28) throw raise(E.MemoryError, null);
      const indices = pushHandle(intTuple(stopped ? 0 : r, (k) => (withReplacement ? 0 : k)));
      const o = newObject(cls, 5);
      setFld(o, 0, getHandle(pool));
      setFld(o, 1, fromSmallInt(stopped ? 0 : r));
      setFld(o, 2, getHandle(indices));
      setFld(o, 3, NULL);
      setFld(o, 4, stopped ? ONE : ZERO);
      return o;
    } finally {
      releaseHandles(mark);
    }
  };
}
defineMethod('itertools.combinations', '__new__', combinationsNew('combinations'), MDF_STATIC);
defineMethod('itertools.combinations_with_replacement', '__new__', combinationsNew('combinations_with_replacement'), MDF_STATIC);

declareSlots('itertools.combinations', {
  iter: self,
  next: lockedNext((c: Value): Value => {
    if (fld(c, 4) !== ZERO) return NULL;
    const pool = fld(c, 0);
    const r = fld(c, 1) >> 1;
    const indices = fld(c, 2);
    const n = tupleLength(pool);
    const last = fld(c, 3);
    let result: Ref;
    if (last === NULL) {
      result = allocTuple(r);
      for (let k = 0; k < r; k++) tupleSet(result, k, tupleGet(pool, k));
    } else {
      let i = r - 1;
      while (i >= 0 && ix(indices, i) === i + n - r) i--;
      if (i < 0) {
        setFld(c, 4, ONE);
        setFld(c, 3, NULL);
        return NULL;
      }
      result = copyTuple(last);
      setIx(indices, i, ix(indices, i) + 1);
      for (let j = i + 1; j < r; j++) setIx(indices, j, ix(indices, j - 1) + 1);
      for (let k = i; k < r; k++) tupleSet(result, k, tupleGet(pool, ix(indices, k)));
    }
    setFld(c, 3, result);
    return result;
  }),
});

declareSlots('itertools.combinations_with_replacement', {
  iter: self,
  next: lockedNext((c: Value): Value => {
    if (fld(c, 4) !== ZERO) return NULL;
    const pool = fld(c, 0);
    const r = fld(c, 1) >> 1;
    const indices = fld(c, 2);
    const n = tupleLength(pool);
    const last = fld(c, 3);
    let result: Ref;
    if (last === NULL) {
      result = allocTuple(r);
      for (let k = 0; k < r; k++) tupleSet(result, k, tupleGet(pool, 0));
    } else {
      let i = r - 1;
      while (i >= 0 && ix(indices, i) === n - 1) i--;
      if (i < 0) {
        setFld(c, 4, ONE);
        setFld(c, 3, NULL);
        return NULL;
      }
      result = copyTuple(last);
      const v = ix(indices, i) + 1;
      const item = tupleGet(pool, v);
      for (let j = i; j < r; j++) {
        setIx(indices, j, v);
        tupleSet(result, j, item);
      }
    }
    setFld(c, 3, result);
    return result;
  }),
});

