/**
 * The itertools iterators that share one stream between several consumers,
 * or combine several streams: groupby (and its groups), tee, zip_longest.
 *
 *     groupby:           | it | key | target key | current key | current value | current group |
 *     _grouper:          | groupby | key |
 *     _tee_dataobject:   | it | values (list, up to CHUNK) | next chunk | running (0/1) |
 *     _tee:              | chunk | index in it |
 *     zip_longest:       | iterators (tuple; None where exhausted) | active | fillvalue |
 *
 * A group is valid only while it is its groupby's current group: advancing
 * the groupby ends it (CPython's rule). The tee copies share a linked list of
 * chunks of the values read so far; a chunk that every copy has left is
 * garbage like any other object.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { intern } from '../objects/intern.js';
import { listAppend, listGet, listLength, newList } from '../objects/list.js';
import { defineFunction, defineMethod, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { allocTuple, tupleGet, tupleLength, tupleSet } from '../objects/tuple.js';
import { typeOf } from '../objects/typecheck.js';
import { declareSlots } from '../objects/typeobject.js';
import { getIter, iterNext, richEq } from '../vm/abstract.js';
import { getAttrOptional } from '../vm/attributes.js';
import { call0, call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';
import { unpackCount } from './builtins-args.js';
import { i32At, TYPE_DOCS } from './itertools-basic.js';
import { declareLayout, fld, newObject, noKeywordsFor, parseKeywords, setFld } from './itertools-common.js';
import { ssizeArg } from '../objects/list-args.js';
import { freeThreading, lockObject, underLock, unlockObject } from '../vm/object-lock.js';

const args: Value[] = [];
const self = (it: Value): Value => it;
const ZERO = fromSmallInt(0);
const ONE = fromSmallInt(1);

// ---- groupby ---------------------------------------------------------------------------------

const G_IT = 0;
const G_KEYFUNC = 1;
const G_TARGET = 2;
const G_KEY = 3;
const G_VALUE = 4;
const G_GROUP = 5;

declareLayout('itertools.groupby', 6, true);
declareLayout('itertools._grouper', 2, false);
TYPE_DOCS.push(['itertools.groupby', 'groupby(iterable, key=None): (key, group) for each run of items with equal keys.']);

defineMethod(
  'itertools.groupby',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    parseKeywords('groupby', argv + 1, argc - 1, kwnames, ['iterable', 'key'], 1, 2, args);
    const keyfunc = args[1] === NULL ? S.None : args[1]!;
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(args[0]!));
      const o = newObject(cls, 6);
      setFld(o, G_IT, getHandle(it));
      setFld(o, G_KEYFUNC, keyfunc);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

/** Read the next item and its key into the groupby; false at the end. */
function groupbyStep(g: Ref): boolean {
  const value = iterNext(fld(g, G_IT));
  if (value === NULL) return false;
  const keyfunc = fld(g, G_KEYFUNC);
  let key = value;
  if (keyfunc !== S.None) {
    const mark = handleCount();
    try {
      pushHandle(value);
      key = call1(keyfunc, value);
    } finally {
      releaseHandles(mark);
    }
  }
  setFld(g, G_VALUE, value);
  setFld(g, G_KEY, key);
  return true;
}

/** a == b for two keys, both kept alive while __eq__ runs. */
function keysEqual(a: Value, b: Value): boolean {
  const mark = handleCount();
  try {
    pushHandle(a);
    pushHandle(b);
    return richEq(a, b);
  } finally {
    releaseHandles(mark);
  }
}

declareSlots('itertools.groupby', {
  iter: self,
  next(g: Value): Value {
    setFld(g, G_GROUP, NULL);
    // Skip what is left of the current group.
    for (;;) {
      const key = fld(g, G_KEY);
      if (key !== NULL) {
        const target = fld(g, G_TARGET);
        if (target === NULL || !keysEqual(target, key)) break;
      }
      if (!groupbyStep(g)) return NULL;
    }
    const key = fld(g, G_KEY);
    setFld(g, G_TARGET, key);
    const group = newObject(T['itertools._grouper'], 2);
    setFld(group, 0, g);
    setFld(group, 1, key);
    setFld(g, G_GROUP, group);
    const t = allocTuple(2);
    tupleSet(t, 0, key);
    tupleSet(t, 1, group);
    return t;
  },
});

declareSlots('itertools._grouper', {
  iter: self,
  next(group: Value): Value {
    const g = fld(group, 0);
    if (fld(g, G_GROUP) !== group) return NULL;
    if (fld(g, G_VALUE) === NULL && !groupbyStep(g)) return NULL;
    if (!keysEqual(fld(group, 1), fld(g, G_KEY))) return NULL;
    const value = fld(g, G_VALUE);
    setFld(g, G_VALUE, NULL);
    return value;
  },
});

// ---- tee -------------------------------------------------------------------------------------

/** Values per chunk of a tee's shared buffer. */
const CHUNK = 64;
const D_IT = 0;
const D_VALUES = 1;
const D_NEXT = 2;
const D_RUNNING = 3;

declareLayout('itertools._tee_dataobject', 4, false);
declareLayout('itertools._tee', 2, false);
TYPE_DOCS.push(['itertools._tee', 'One of the independent iterators that tee() returns.']);
TYPE_DOCS.push(['itertools._tee_dataobject', "A chunk of the values read by a group of tee() iterators."]);

function newChunk(it: Value): Ref {
  const mark = handleCount();
  try {
    pushHandle(it);
    const values = pushHandle(newList(0));
    const d = newObject(T['itertools._tee_dataobject'], 4);
    setFld(d, D_IT, it);
    setFld(d, D_VALUES, getHandle(values));
    setFld(d, D_NEXT, NULL);
    setFld(d, D_RUNNING, ZERO);
    return d;
  } finally {
    releaseHandles(mark);
  }
}

function newTee(chunk: Ref, index: Value): Ref {
  const mark = handleCount();
  try {
    pushHandle(chunk);
    const t = newObject(T['itertools._tee'], 2);
    setFld(t, 0, chunk);
    setFld(t, 1, index);
    return t;
  } finally {
    releaseHandles(mark);
  }
}

/** A _tee over `it`: a copy when `it` is a _tee already (CPython's tee_fromiterable). */
function teeFrom(iterable: Value): Ref {
  const it = getIter(iterable);
  if ((it & 1) === 0 && typeOf(it) === T['itertools._tee']) return newTee(fld(it, 0), fld(it, 1));
  const mark = handleCount();
  try {
    pushHandle(it);
    return newTee(newChunk(it), ZERO);
  } finally {
    releaseHandles(mark);
  }
}

/**
 * What a _tee at index i of `chunk` reads from the values read already, or
 * NULL. A chunk's values list is read and appended to under its lock
 * (free-threading mode: threads sharing one tee, or its copies, may read and
 * fill a chunk at once; items may then repeat or be skipped, as in CPython).
 */
function teeCached(chunk: Ref, t: Ref, i: number): Value {
  const values = fld(chunk, D_VALUES);
  return freeThreading() ? underLock(values, teeRead, values, t, i) : teeRead(values, t, i);
}
function teeRead(values: Ref, t: Ref, i: number): Value {
  if (i >= listLength(values)) return NULL;
  setFld(t, 1, fromSmallInt(i + 1));
  return listGet(values, i);
}

declareSlots('itertools._tee', {
  iter: self,
  next(t: Value): Value {
    let chunk = fld(t, 0);
    let i = fld(t, 1) >> 1;
    if (i >= CHUNK) {
      let following = fld(chunk, D_NEXT);
      if (following === NULL) {
        following = newChunk(fld(chunk, D_IT));
        setFld(chunk, D_NEXT, following);
      }
      setFld(t, 0, following);
      setFld(t, 1, ZERO);
      chunk = following;
      i = 0;
    }
    const cached = teeCached(chunk, t, i);
    if (cached !== NULL) return cached;
    // Filling is a critical section on the chunk (free-threading mode): another thread stepping a
    // tee of this chunk meanwhile waits, then finds the value read, where it would otherwise see
    // the chunk running and raise. The thread that runs the source again itself still does.
    lockObject(chunk);
    try {
      const filled = teeCached(chunk, t, i);
      if (filled !== NULL) return filled;
      if (fld(chunk, D_RUNNING) !== ZERO) throw raise(E.RuntimeError, 'cannot re-enter the tee iterator');
      setFld(chunk, D_RUNNING, ONE);
      let v: Value;
      try {
        v = iterNext(fld(chunk, D_IT));
      } finally {
        setFld(chunk, D_RUNNING, ZERO);
      }
      if (v === NULL) return NULL;
      const values = fld(chunk, D_VALUES);
      if (freeThreading()) underLock(values, listAppend, values, v);
      else listAppend(values, v);
      setFld(t, 1, fromSmallInt(i + 1));
      return v;
    } finally {
      unlockObject(chunk);
    }
  },
});

defineMethod('itertools._tee', '__copy__', (t) => newTee(fld(t, 0), fld(t, 1)));

defineMethod(
  'itertools._tee',
  '__new__',
  (_s, argv, argc, kwnames) => {
    noKeywordsFor(T['itertools._tee'], T['itertools._tee'], '_tee', kwnames);
    unpackCount('_tee', argc - 1, 1, 1);
    return teeFrom(i32At(argv + 1));
  },
  MDF_STATIC,
);

defineFunction('itertools', 'tee', (_s, argv, argc, kwnames) => {
  if (kwnames !== NULL && tupleLength(kwnames) > 0) throw raise(E.TypeError, 'itertools.tee() takes no keyword arguments');
  unpackCount('tee', argc, 1, 2);
  const n = argc === 2 ? ssizeArg(i32At(argv + 1)) : 2;
  if (n < 0) throw raise(E.ValueError, 'n must be >= 0');
  const mark = handleCount();
  try {
    const it = pushHandle(getIter(i32At(argv)));
    const result = pushHandle(allocTuple(n));
    for (let k = 0; k < n; k++) tupleSet(getHandle(result), k, S.None);
    if (n === 0) return getHandle(result);
    const first = pushHandle(NULL);
    const copy = pushHandle(getAttrOptional(getHandle(it), intern('__copy__')));
    if (getHandle(copy) === NULL) {
      setHandle(first, teeFrom(getHandle(it)));
      setHandle(copy, NULL);
    } else {
      setHandle(first, getHandle(it));
    }
    tupleSet(getHandle(result), 0, getHandle(first));
    for (let k = 1; k < n; k++) {
      const f = getHandle(first);
      const c = getHandle(copy) === NULL ? newTee(fld(f, 0), fld(f, 1)) : call0(getHandle(copy));
      tupleSet(getHandle(result), k, c);
    }
    return getHandle(result);
  } finally {
    releaseHandles(mark);
  }
});

// ---- zip_longest -----------------------------------------------------------------------------

declareLayout('itertools.zip_longest', 3, true);
TYPE_DOCS.push(['itertools.zip_longest', 'zip_longest(*iterables, fillvalue=None): tuples of items, the shorter iterables padded with fillvalue.']);

defineMethod(
  'itertools.zip_longest',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32At(argv);
    const nkw = kwnames === NULL ? 0 : tupleLength(kwnames);
    const npos = argc - 1 - nkw;
    let fill: Value = S.None;
    if (nkw > 0) {
      if (nkw !== 1 || tupleGet(kwnames, 0) !== intern('fillvalue')) {
        throw raise(E.TypeError, 'zip_longest() got an unexpected keyword argument');
      }
      fill = i32At(argv + argc - 1);
    }
    const mark = handleCount();
    try {
      const iters = pushHandle(allocTuple(npos));
      for (let k = 0; k < npos; k++) tupleSet(getHandle(iters), k, S.None);
      for (let k = 0; k < npos; k++) tupleSet(getHandle(iters), k, getIter(i32At(argv + 1 + k)));
      const o = newObject(cls, 3);
      setFld(o, 0, getHandle(iters));
      setFld(o, 1, fromSmallInt(npos));
      setFld(o, 2, fill);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('itertools.zip_longest', {
  iter: self,
  next(z: Value): Value {
    const iters = fld(z, 0);
    const n = tupleLength(iters);
    if (n === 0 || fld(z, 1) === ZERO) return NULL;
    const mark = handleCount();
    try {
      const result = pushHandle(allocTuple(n));
      for (let k = 0; k < n; k++) tupleSet(getHandle(result), k, S.None);
      for (let k = 0; k < n; k++) {
        const it = tupleGet(iters, k);
        let item: Value;
        if (it === S.None) item = fld(z, 2);
        else {
          try {
            item = iterNext(it);
          } catch (e) {
            setFld(z, 1, ZERO);
            throw e;
          }
          if (item === NULL) {
            const active = (fld(z, 1) >> 1) - 1;
            setFld(z, 1, fromSmallInt(active));
            if (active === 0) return NULL;
            tupleSet(iters, k, S.None);
            item = fld(z, 2);
          }
        }
        tupleSet(getHandle(result), k, item);
      }
      return getHandle(result);
    } finally {
      releaseHandles(mark);
    }
  },
});
