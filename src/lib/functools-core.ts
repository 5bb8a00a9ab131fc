/**
 * `_functools`: the parts of functools that programs call in loops, in
 * TypeScript (stdlib/functools.py imports them): reduce, the partial type and
 * the callable that lru_cache puts in front of a function.
 *
 *     functools.partial:            | func | args (tuple) | keywords (dict) | __dict__ |
 *     functools._lru_cache_wrapper: | func | maxsize (int or None) | typed | cache (dict) | hits |
 *                                   | misses | cache_info_type | __dict__ | evict hint | entries |
 *
 * The cache is a dict in least-recently-used order: a hit moves its entry to
 * the end (delete and insert), a miss on a full cache drops the first live
 * entry. `evict hint` is an entry number before which every entry is dead,
 * valid while the dict's entry array is `entries` (a resize compacts it).
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { onAfterTypes, onLayouts } from '../objects/bootstrap-hooks.js';
import { defineGetSet } from '../objects/descriptors-getset.js';
import { newMethod } from '../objects/descriptors-method.js';
import {
  dictClear,
  dictDel,
  dictDelEntry,
  dictEntriesArray,
  dictEntriesCount,
  dictEntryIndex,
  dictGet,
  dictNextEntry,
  dictSet,
  dictSize,
  newDict,
} from '../objects/dict.js';
import { newGenericAlias } from '../objects/generic-alias.js';
import { intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { intToNumber, ssizeArg } from '../objects/list-args.js';
import { defineFunction, defineMethod, MDF_CLASS, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { allocTuple, newTuple, tupleGet, tupleLength, tupleSet } from '../objects/tuple.js';
import { tupleFromIterable } from '../objects/tuple-slots.js';
import { instanceDict } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { declareSlots, setField, TP_DICTIX, typeDict } from '../objects/typeobject.js';
import { getIter, isTrue, iterNext, repr, richCompare, typeName, typeNameOf } from '../vm/abstract.js';
import { hashNotImplemented } from '../objects/descriptors-wrapper.js';
import { getAttr, lookupTypeString } from '../vm/attributes.js';
import { call2, callValue } from '../vm/call.js';
import { exceptionMatches, fetchException, isPyError, raise } from '../vm/errors.js';
import { getHandle, handleCount, handleWord, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';
import { unpackCount } from './builtins-args.js';
import { isCallable } from './builtins-objects.js';
import { defineBuiltinModule } from './import-registry.js';
import { declareLayout, fld, newObject, parseKeywords, setFld } from './itertools-common.js';
import { freeThreading, lockObject, underLock, unlockObject } from '../vm/object-lock.js';

const PARTIAL = 'functools.partial';
const LRU = 'functools._lru_cache_wrapper';

function kwCount(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}
function isDict(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.dict);
}
function isTuple(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.tuple);
}

/** The `__dict__` getset of a type whose instances keep their dict in word `ix`. */
function dictAttribute(owner: typeof PARTIAL | typeof LRU, ix: number): void {
  defineGetSet(owner, '__dict__', (self) => instanceDict(self), (self, value) => {
    if (value === NULL) throw raise(E.TypeError, 'cannot delete __dict__');
    if (!isDict(value)) throw raise(E.TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(value)}'`);
    setFld(self, ix, value);
  });
}

/** A read-only attribute (CPython's READONLY members: `readonly attribute`). */
function readonly(owner: typeof PARTIAL, name: string, get: (self: Value) => Value): void {
  defineGetSet(owner, name, get, () => {
    throw raise(E.AttributeError, 'readonly attribute');
  });
}

// ---- reduce ----------------------------------------------------------------------------------

defineFunction('_functools', 'reduce', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'reduce() takes no keyword arguments');
  unpackCount('reduce', argc, 2, 3);
  let it: Value;
  try {
    it = getIter(i32[argv + 1]!);
  } catch (e) {
    if (!isPyError(e) || !exceptionMatches(E.TypeError)) throw e;
    fetchException();
    throw raise(E.TypeError, 'reduce() arg 2 must support iteration');
  }
  const mark = handleCount();
  try {
    const hit = pushHandle(it);
    const acc = pushHandle(argc === 3 ? i32[argv + 2]! : NULL);
    const item = pushHandle(NULL);
    for (;;) {
      const x = iterNext(getHandle(hit));
      if (x === NULL) break;
      if (getHandle(acc) === NULL) {
        setHandle(acc, x);
        continue;
      }
      setHandle(item, x);
      setHandle(acc, call2(i32[argv]!, getHandle(acc), x));
    }
    if (getHandle(acc) === NULL) throw raise(E.TypeError, 'reduce() of empty iterable with no initial value');
    return getHandle(acc);
  } finally {
    releaseHandles(mark);
  }
});

// ---- partial ---------------------------------------------------------------------------------

const P_FUNC = 0;
const P_ARGS = 1;
const P_KW = 2;
const P_DICT = 3;

declareLayout(PARTIAL, 4, true);
onLayouts(() => setField(T[PARTIAL], TP_DICTIX, fromSmallInt(P_DICT)));

/** Is `f` a partial whose call is partial's own and that has no attributes of its own (flattened into a new one)? */
function isPlainPartial(f: Value): boolean {
  if ((f & 1) !== 0 || !isSubtype(typeOf(f), T[PARTIAL])) return false;
  if (lookupTypeString(typeOf(f), '__call__') !== lookupTypeString(T[PARTIAL], '__call__')) return false;
  const d = fld(f, P_DICT);
  return d === NULL || dictSize(d) === 0;
}

/** Copy the items of dict `from` into dict `to`. */
function dictCopyInto(to: Ref, from: Ref): void {
  for (let k = dictNextEntry(from, 0); k >= 0; k = dictNextEntry(from, k + 1)) {
    const e = dictEntryIndex(from, k);
    dictSet(to, i32[e + 1]!, i32[e + 2]!);
  }
}

defineMethod(
  PARTIAL,
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32[argv]!;
    const nkw = kwCount(kwnames);
    const npos = argc - 1 - nkw;
    if (npos < 1) throw raise(E.TypeError, "type 'partial' takes at least one argument");
    let func = i32[argv + 1]!;
    if (!isCallable(func)) throw raise(E.TypeError, 'the first argument must be callable');
    const mark = handleCount();
    try {
      let inner: Value = NULL;
      if (isPlainPartial(func)) {
        inner = func;
        func = fld(inner, P_FUNC);
      }
      pushHandle(func);
      const innerArgs = inner === NULL ? 0 : tupleLength(fld(inner, P_ARGS));
      const args = pushHandle(allocTuple(innerArgs + npos - 1));
      for (let k = 0; k < innerArgs; k++) tupleSet(getHandle(args), k, tupleGet(fld(inner, P_ARGS), k));
      for (let k = 0; k < npos - 1; k++) tupleSet(getHandle(args), innerArgs + k, i32[argv + 2 + k]!);
      const kw = pushHandle(newDict());
      if (inner !== NULL) dictCopyInto(getHandle(kw), fld(inner, P_KW));
      for (let k = 0; k < nkw; k++) dictSet(getHandle(kw), tupleGet(kwnames, k), i32[argv + 1 + npos + k]!);
      const o = newObject(cls, 4);
      setFld(o, P_FUNC, func);
      setFld(o, P_ARGS, getHandle(args));
      setFld(o, P_KW, getHandle(kw));
      setFld(o, P_DICT, NULL);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots(PARTIAL, {
  call(self: Value, argv: number, argc: number, kwnames: Ref): Value {
    const pargs = fld(self, P_ARGS);
    const pkw = fld(self, P_KW);
    const np = tupleLength(pargs);
    const nkw = kwCount(kwnames);
    const npos = argc - nkw;
    if (np === 0 && dictSize(pkw) === 0) return callValue(fld(self, P_FUNC), argv, argc, kwnames);
    const mark = handleCount();
    try {
      const first = handleCount();
      for (let k = 0; k < np; k++) pushHandle(tupleGet(pargs, k));
      for (let k = 0; k < npos; k++) pushHandle(i32[argv + k]!);
      if (dictSize(pkw) === 0) {
        for (let k = 0; k < nkw; k++) pushHandle(i32[argv + npos + k]!);
        return callValue(fld(self, P_FUNC), handleWord(first), np + argc, kwnames);
      }
      // {**partial keywords, **call keywords}: the partial's names first, in their order.
      const names: Ref[] = [];
      for (let k = dictNextEntry(pkw, 0); k >= 0; k = dictNextEntry(pkw, k + 1)) {
        const e = dictEntryIndex(pkw, k);
        const key = i32[e + 1]!;
        let value = i32[e + 2]!;
        for (let j = 0; j < nkw; j++) if (strValue(tupleGet(kwnames, j)) === strValue(key)) value = i32[argv + npos + j]!;
        names.push(key);
        pushHandle(value);
      }
      for (let j = 0; j < nkw; j++) {
        const key = tupleGet(kwnames, j);
        if (dictGet(pkw, key) !== NULL) continue;
        names.push(key);
        pushHandle(i32[argv + npos + j]!);
      }
      const count = handleCount() - first;
      const kn = newTuple(names);
      pushHandle(kn);
      return callValue(fld(self, P_FUNC), handleWord(first), count, kn);
    } finally {
      releaseHandles(mark);
    }
  },
  repr(self: Value): Ref {
    const t = typeOf(self);
    const name = t === T[PARTIAL] ? 'functools.partial' : typeName(t);
    if (inRepr.has(self)) return newStr('...');
    inRepr.add(self);
    try {
      const parts = [strValue(repr(fld(self, P_FUNC)))];
      const args = fld(self, P_ARGS);
      for (let k = 0; k < tupleLength(args); k++) parts.push(strValue(repr(tupleGet(args, k))));
      const kw = fld(self, P_KW);
      for (let k = dictNextEntry(kw, 0); k >= 0; k = dictNextEntry(kw, k + 1)) {
        const e = dictEntryIndex(kw, k);
        parts.push(`${strValue(i32[e + 1]!)}=${strValue(repr(i32[e + 2]!))}`);
      }
      return newStr(`${name}(${parts.join(', ')})`);
    } finally {
      inRepr.delete(self);
    }
  },
});

/** The partials whose repr is being made (a partial that contains itself shows as `...`). */
const inRepr = new Set<Value>();

readonly(PARTIAL, 'func', (self) => fld(self, P_FUNC));
readonly(PARTIAL, 'args', (self) => fld(self, P_ARGS));
readonly(PARTIAL, 'keywords', (self) => fld(self, P_KW));
dictAttribute(PARTIAL, P_DICT);

defineMethod(PARTIAL, '__reduce__', (self) => {
  const d = fld(self, P_DICT);
  const state = newTuple([fld(self, P_FUNC), fld(self, P_ARGS), fld(self, P_KW), d === NULL || dictSize(d) === 0 ? S.None : d]);
  const mark = handleCount();
  try {
    pushHandle(state);
    const init = pushHandle(newTuple([fld(self, P_FUNC)]));
    return newTuple([typeOf(self), getHandle(init), state]);
  } finally {
    releaseHandles(mark);
  }
});

defineMethod(PARTIAL, '__setstate__', (self, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, `partial.__setstate__() takes exactly one argument (${argc} given)`);
  const state = i32[argv]!;
  if (!isTuple(state)) throw raise(E.TypeError, 'invalid partial state');
  const t = tupleFromIterable(state);
  if (tupleLength(t) !== 4) throw raise(E.TypeError, 'invalid partial state');
  const func = tupleGet(t, 0);
  const args = tupleGet(t, 1);
  const kw = tupleGet(t, 2);
  const d = tupleGet(t, 3);
  if (!isCallable(func) || !isTuple(args) || (kw !== S.None && !isDict(kw))) throw raise(E.TypeError, 'invalid partial state');
  const mark = handleCount();
  try {
    pushHandle(t);
    const a = pushHandle(typeOf(args) === T.tuple ? args : tupleFromIterable(args));
    const k = pushHandle(newDict());
    if (kw !== S.None) dictCopyInto(getHandle(k), kw);
    setFld(self, P_FUNC, func);
    setFld(self, P_ARGS, getHandle(a));
    setFld(self, P_KW, getHandle(k));
    setFld(self, P_DICT, d === S.None ? NULL : d);
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});

defineMethod(PARTIAL, '__class_getitem__', (cls, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, `partial.__class_getitem__() takes exactly one argument (${argc} given)`);
  return newGenericAlias(cls, i32[argv]!);
}, MDF_CLASS); // prettier-ignore

// ---- the lru_cache wrapper -------------------------------------------------------------------

const L_FUNC = 0;
const L_MAXSIZE = 1;
const L_TYPED = 2;
const L_CACHE = 3;
const L_HITS = 4;
const L_MISSES = 5;
const L_INFO = 6;
const L_DICT = 7;
const L_HINT = 8;
const L_ENTRIES = 9;
const L_WORDS = 10;

declareLayout(LRU, L_WORDS, true);
onLayouts(() => setField(T[LRU], TP_DICTIX, fromSmallInt(L_DICT)));
onAfterTypes(() => {
  dictSet(typeDict(T[PARTIAL]), intern('__doc__'), newStr('partial(func, *args, **keywords): func with these arguments given first.'));
  dictSet(typeDict(T[LRU]), intern('__doc__'), newStr('A function with a least-recently-used cache of its results in front of it.'));
});

const args: Value[] = [];

defineMethod(
  LRU,
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = i32[argv]!;
    parseKeywords('lru_cache', argv + 1, argc - 1, kwnames, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4, 4, args);
    const func = args[0]!;
    if (!isCallable(func)) throw raise(E.TypeError, 'the first argument must be callable');
    let maxsize: Value = S.None;
    if (args[1] !== S.None) {
      const m = args[1]!;
      if ((m & 1) === 0 && !isSubtype(typeOf(m), T.int)) throw raise(E.TypeError, 'maxsize should be integer or None');
      maxsize = intFromNumber(Math.max(0, ssizeArg(m)));
    }
    const typed = isTrue(args[2]!) ? S.True : S.False;
    const info = args[3]!;
    const mark = handleCount();
    try {
      pushHandle(maxsize);
      const cache = pushHandle(newDict());
      const o = newObject(cls, L_WORDS);
      setFld(o, L_FUNC, func);
      setFld(o, L_MAXSIZE, maxsize);
      setFld(o, L_TYPED, typed);
      setFld(o, L_CACHE, getHandle(cache));
      setFld(o, L_HITS, fromSmallInt(0));
      setFld(o, L_MISSES, fromSmallInt(0));
      setFld(o, L_INFO, info);
      setFld(o, L_DICT, NULL);
      setFld(o, L_HINT, fromSmallInt(0));
      setFld(o, L_ENTRIES, NULL);
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

function bump(o: Ref, k: number): void {
  const v = fld(o, k);
  setFld(o, k, (v & 1) !== 0 && v >> 1 < 2 ** 30 - 1 ? fromSmallInt((v >> 1) + 1) : intFromNumber(numberOf(v) + 1));
}
function numberOf(v: Value): number {
  return (v & 1) !== 0 ? v >> 1 : intToNumber(v);
}

/** The cache key of a call: one int or str argument itself, else a tuple of the arguments (and types). */
function cacheKey(argv: number, argc: number, kwnames: Ref, typed: boolean): Value {
  const nkw = kwCount(kwnames);
  const npos = argc - nkw;
  if (!typed && nkw === 0 && npos === 1) {
    const a = i32[argv]!;
    if ((a & 1) !== 0) return a;
    const t = typeOf(a);
    if (t === T.int || t === T.str) return a;
  }
  const n = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? argc : 0);
  const key = allocTuple(n);
  let j = 0;
  for (let k = 0; k < npos; k++) tupleSet(key, j++, i32[argv + k]!);
  if (nkw > 0) {
    // A marker no argument can be, then name, value pairs.
    tupleSet(key, j++, T[LRU]);
    for (let k = 0; k < nkw; k++) {
      tupleSet(key, j++, tupleGet(kwnames, k));
      tupleSet(key, j++, i32[argv + npos + k]!);
    }
  }
  if (typed) for (let k = 0; k < argc; k++) tupleSet(key, j++, typeOf(i32[argv + k]!));
  return key;
}

/** Drop the least recently used entry of the wrapper's cache (the caller holds the cache's lock). */
function evictOldest(w: Ref, cache: Ref): void {
  let from = fld(w, L_HINT) >> 1;
  if (fld(w, L_ENTRIES) !== dictEntriesArray(cache) || from > dictEntriesCount(cache)) from = 0;
  const k = dictNextEntry(cache, from);
  if (k < 0) return;
  dictDelEntry(cache, k);
  setFld(w, L_HINT, fromSmallInt(k + 1));
  setFld(w, L_ENTRIES, dictEntriesArray(cache));
}

/**
 * The cached result for the key in handle `key`, or NULL, counting the hit or
 * the miss; a hit moves to the end (most recently used goes last). Runs under
 * the cache's lock (free-threading mode).
 */
function lookupCounted(self: Ref, key: number, maxsize: number): Value {
  const cache = fld(self, L_CACHE);
  const cached = dictGet(cache, getHandle(key));
  if (cached === NULL) {
    bump(self, L_MISSES);
    return NULL;
  }
  bump(self, L_HITS);
  if (maxsize > 0) {
    pushHandle(cached);
    dictDel(cache, getHandle(key));
    dictSet(cache, getHandle(key), cached);
  }
  return cached;
}

/** Cache `result` for `key`, evicting the oldest entry when full. Runs under the cache's lock. */
function storeResult(self: Ref, key: Value, result: Value): void {
  const cache = fld(self, L_CACHE);
  // A call made meanwhile (recursion, another thread) may have cached this key already.
  if (dictGet(cache, key) !== NULL) return;
  const maxV = fld(self, L_MAXSIZE);
  const maxsize = maxV === S.None ? -1 : numberOf(maxV);
  if (maxsize > 0 && dictSize(cache) >= maxsize) evictOldest(self, cache);
  dictSet(cache, key, result);
}

/**
 * A call's bookkeeping (the lookup, the counters, the move to the end, the
 * eviction and the store) is a critical section on the cache dict in
 * free-threading mode, as CPython's free-threaded build makes it one on the
 * wrapper: threads calling one cached function at once lose no count and never
 * evict one entry twice. The function itself runs outside it.
 */
declareSlots(LRU, {
  call(self: Value, argv: number, argc: number, kwnames: Ref): Value {
    const maxV = fld(self, L_MAXSIZE);
    const maxsize = maxV === S.None ? -1 : numberOf(maxV);
    if (maxsize === 0) {
      if (freeThreading()) underLock(fld(self, L_CACHE), bump, self, L_MISSES);
      else bump(self, L_MISSES);
      return callValue(fld(self, L_FUNC), argv, argc, kwnames);
    }
    const mark = handleCount();
    try {
      const key = pushHandle(cacheKey(argv, argc, kwnames, fld(self, L_TYPED) === S.True));
      const cached = freeThreading() ? underLock(fld(self, L_CACHE), lookupCounted, self, key, maxsize) : lookupCounted(self, key, maxsize);
      if (cached !== NULL) return cached;
      const result = pushHandle(callValue(fld(self, L_FUNC), argv, argc, kwnames));
      if (freeThreading()) underLock(fld(self, L_CACHE), storeResult, self, getHandle(key), getHandle(result));
      else storeResult(self, getHandle(key), getHandle(result));
      return getHandle(result);
    } finally {
      releaseHandles(mark);
    }
  },
  descrGet(self: Value, obj: Value): Value {
    return obj === NULL || obj === S.None ? self : newMethod(self, obj);
  },
});

defineMethod(LRU, 'cache_info', (self) => {
  const mark = handleCount();
  try {
    const first = handleCount();
    pushHandle(fld(self, L_HITS));
    pushHandle(fld(self, L_MISSES));
    pushHandle(fld(self, L_MAXSIZE));
    pushHandle(intFromNumber(dictSize(fld(self, L_CACHE))));
    return callValue(fld(self, L_INFO), handleWord(first), 4, NULL);
  } finally {
    releaseHandles(mark);
  }
});

defineMethod(LRU, 'cache_clear', (self) => {
  const cache = fld(self, L_CACHE);
  lockObject(cache);
  try {
    dictClear(cache);
    setFld(self, L_HITS, fromSmallInt(0));
    setFld(self, L_MISSES, fromSmallInt(0));
    setFld(self, L_HINT, fromSmallInt(0));
    setFld(self, L_ENTRIES, NULL);
  } finally {
    unlockObject(cache);
  }
  return S.None;
});

defineMethod(LRU, '__reduce__', (self) => getAttr(self, intern('__qualname__')));
defineMethod(LRU, '__copy__', (self) => self);
defineMethod(LRU, '__deepcopy__', (self) => self);
dictAttribute(LRU, L_DICT);

// ---- cmp_to_key ------------------------------------------------------------------------------

const KEY = 'functools.KeyWrapper';
const K_CMP = 0;
const K_OBJ = 1;

declareLayout(KEY, 2, false);

function newKey(cmp: Value, obj: Value): Ref {
  const k = newObject(T[KEY], 2);
  setFld(k, K_CMP, cmp);
  setFld(k, K_OBJ, obj);
  return k;
}

defineFunction('_functools', 'cmp_to_key', (_s, argv, argc, kwnames) => {
  parseKeywords('cmp_to_key', argv, argc, kwnames, ['mycmp'], 1, 1, args);
  return newKey(args[0]!, NULL);
});

declareSlots(KEY, {
  call(self: Value, argv: number, argc: number, kwnames: Ref): Value {
    parseKeywords('K', argv, argc, kwnames, ['obj'], 1, 1, args);
    return newKey(fld(self, K_CMP), args[0]!);
  },
  richcompare(self: Value, other: Value, op: number): Value {
    if ((other & 1) !== 0 || typeOf(other) !== T[KEY]) throw raise(E.TypeError, 'other argument must be K instance');
    const mark = handleCount();
    try {
      const r = pushHandle(call2(fld(self, K_CMP), orNone(fld(self, K_OBJ)), orNone(fld(other, K_OBJ))));
      return richCompare(getHandle(r), fromSmallInt(0), op);
    } finally {
      releaseHandles(mark);
    }
  },
  hash: hashNotImplemented,
});

function orNone(v: Value): Value {
  return v === NULL ? S.None : v;
}

defineGetSet(KEY, 'obj', (self) => orNone(fld(self, K_OBJ)), (self, value) => setFld(self, K_OBJ, value));
onAfterTypes(() => dictSet(typeDict(T[KEY]), intern('__hash__'), S.None));

// ---- the module ------------------------------------------------------------------------------

defineBuiltinModule('_functools', 'The parts of functools written in TypeScript.', (d) => {
  dictSet(d, intern('partial'), T[PARTIAL]);
  dictSet(d, intern('_lru_cache_wrapper'), T[LRU]);
});

