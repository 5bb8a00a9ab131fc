/**
 * The behaviour of dict: slots (repr with the `{...}` guard, ==, d[k] with
 * __missing__ for subclasses, `in`, iteration, `|` and `|=`) and every
 * method, with CPython 3.12's argument rules and messages; and the update
 * machinery the interpreter's DICT_UPDATE / DICT_MERGE use.
 *
 * Constructors: `dict.__new__(cls, *args, **kwargs)` (static) makes an empty
 * dict of cls; `dict.__init__(self, mapping_or_pairs=(), **kwargs)` fills it.
 *
 * Exported for the interpreter (also installed as op hooks):
 *   dictUpdateArg(d, other)           dict.update(other): a dict, a mapping (has keys()),
 *                                     or an iterable of pairs
 *   dictMergeFrom(d, other, mode)     PyDict_Merge: mode 0 keep existing, 1 override,
 *                                     2 stop at a duplicate and return that key (else NULL)
 */
import { lockPair, unlockPair } from '../vm/object-lock.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CMP_EQ, CMP_NE, getItem, getIter, iterNext, richEq, repr, str, typeName, typeNameOf } from '../vm/abstract.js';
import { getAttr } from '../vm/attributes.js';
import { call0 } from '../vm/call.js';
import { PY_ERROR, raise, raiseKeyError } from '../vm/errors.js';
import { opHooks } from '../vm/op-hooks.js';
import { getCurrentException, getHandle, handleCount, pushHandle, releaseHandles, setCurrentException } from '../vm/thread-state.js';
import {
  DICT_BODY_WORDS,
  dictClear,
  dictCopy,
  dictDel,
  dictDelEntry,
  dictEntryIndex,
  dictGet,
  dictGetStr,
  dictLastEntry,
  dictNextEntry,
  dictSet,
  dictSize,
  dictTrimEntries,
  initDict,
  isDictLike,
  isExactDict,
  newDict,
} from './dict.js';
import { newDictView } from './dict-views.js';
import { intern } from './intern.js';
import { DICT_ITER_ITEMS, DICT_ITER_KEYS, DICT_ITER_VALUES, lookupSpecial, newDictIterator } from './iterators.js';
import { arg, checkExactlyOne, checkNoArgs, checkPositional, kwCountOf, noKeywords } from './list-args.js';
import { compareEnter, compareLeave, reprEnterChecked, reprLeave } from './list-reprguard.js';
import { NB_INPLACE, NB_OR } from './list-slots.js';
import { allocInstance, listGet, listLength, listFromIterable } from './list.js';
import { containerCalls } from './type.js';
import { defineMethod, MDF_CLASS, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { isAnySet, setKeyAt, setNextSlot } from './set.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { declareSlots, typeDict } from './typeobject.js';

function keyError(key: Value): never {
  throw raiseKeyError(key);
}

/** getattr(v, name), or NULL when it raises AttributeError. */
function getAttrOrNull(v: Value, name: string): Value {
  try {
    return getAttr(v, intern(name));
  } catch (e) {
    if (e === PY_ERROR && isSubtype(typeOf(getCurrentException()), E.AttributeError)) {
      setCurrentException(NULL);
      return NULL;
    }
    throw e;
  }
}

/** Does dict-subclass `d` iterate like a dict (no __iter__ override)? Then its entries can be read directly. */
function iteratesAsDict(d: Value): boolean {
  if (isExactDict(d)) return true;
  return lookupSpecial(d, '__iter__') === dictGetStr(typeDict(T.dict), intern('__iter__'));
}

/**
 * PyDict_Merge (dict_merge): copy other's items into d. mode 0 keeps d's
 * value for an existing key, 1 overrides, 2 returns the first duplicate key
 * (NULL when there was none). `other` is a dict, or a mapping with keys().
 */
export function dictMergeFrom(d: Ref, other: Value, mode: number): Value {
  const mark = handleCount();
  try {
    pushHandle(d);
    pushHandle(other);
    if (isDictLike(other) && iteratesAsDict(other)) {
      if (other === d || dictSize(other) === 0) return NULL;
      // Both dicts locked in address order (free-threading mode).
      const locks = lockPair(d, other);
      try {
        for (let k = dictNextEntry(other, 0); k >= 0; k = dictNextEntry(other, k + 1)) {
          const e = dictEntryIndex(other, k);
          const key = i32[e + 1]!;
          const value = i32[e + 2]!;
          const m = handleCount();
          pushHandle(key);
          pushHandle(value);
          try {
            if (mode !== 1 && dictGet(d, key) !== NULL) {
              if (mode === 2) return key;
              continue;
            }
            dictSet(d, key, value);
          } finally {
            releaseHandles(m);
          }
        }
      } finally {
        unlockPair(locks);
      }
      return NULL;
    }
    // A mapping: for key in other.keys(): d[key] = other[key]
    const keysMethod = getAttr(other, intern('keys'));
    const keys = listFromIterable(call0(keysMethod));
    pushHandle(keys);
    for (let i = 0; i < listLength(keys); i++) {
      const key = listGet(keys, i);
      if (mode !== 1 && dictGet(d, key) !== NULL) {
        if (mode === 2) return key;
        continue;
      }
      const value = getItem(other, key);
      const m = handleCount();
      pushHandle(value);
      try {
        dictSet(d, key, value);
      } finally {
        releaseHandles(m);
      }
    }
    return NULL;
  } finally {
    releaseHandles(mark);
  }
}

/** PyDict_MergeFromSeq2: each item of `seq` is a pair (key, value). */
function mergeFromPairs(d: Ref, seq: Value): void {
  const mark = handleCount();
  try {
    pushHandle(d);
    const it = getIter(seq);
    const hit = pushHandle(it);
    for (let n = 0; ; n++) {
      const item = iterNext(getHandle(hit));
      if (item === NULL) return;
      const m = handleCount();
      pushHandle(item);
      try {
        let pair: Ref;
        if ((item & 1) === 0 && (i32[item >> 2] === T.tuple || i32[item >> 2] === T.list)) pair = item;
        else {
          const slots = typeOf(item);
          if (!hasIterOrGetitem(slots)) {
            throw raise(E.TypeError, `cannot convert dictionary update sequence element #${n} to a sequence`);
          }
          pair = listFromIterable(item);
          pushHandle(pair);
        }
        const isTuple = i32[pair >> 2] === T.tuple;
        const len = isTuple ? tupleLength(pair) : listLength(pair);
        if (len !== 2) {
          throw raise(E.ValueError, `dictionary update sequence element #${n} has length ${len}; 2 is required`);
        }
        const key = isTuple ? tupleGet(pair, 0) : listGet(pair, 0);
        const value = isTuple ? tupleGet(pair, 1) : listGet(pair, 1);
        pushHandle(key);
        pushHandle(value);
        dictSet(d, key, value);
      } finally {
        releaseHandles(m);
      }
    }
  } finally {
    releaseHandles(mark);
  }
}

import { slotsOf } from './typeobject.js';
function hasIterOrGetitem(type: Ref): boolean {
  const s = slotsOf(type);
  return s.iter !== undefined || s.getitem !== undefined;
}

/** dict.update(other) / dict(other): a dict or mapping (has keys) is merged, else pairs. */
export function dictUpdateArg(d: Ref, other: Value): void {
  if (isExactDict(other)) {
    dictMergeFrom(d, other, 1);
    return;
  }
  const mark = handleCount();
  try {
    pushHandle(d);
    pushHandle(other);
    if (getAttrOrNull(other, 'keys') !== NULL) dictMergeFrom(d, other, 1);
    else mergeFromPairs(d, other);
  } finally {
    releaseHandles(mark);
  }
}

/** The keyword arguments i32[from .. from + n) named by kwnames[...] into d. */
function updateFromKeywords(d: Ref, argv: number, firstKw: number, kwnames: Ref): void {
  const n = kwCountOf(kwnames);
  for (let k = 0; k < n; k++) dictSet(d, tupleGet(kwnames, k), i32[argv + firstKw + k]!);
}

/** CPython's _PyObject_FunctionStr: `mod.qualname()` (module left out for builtins). */
export function functionStr(func: Value): string {
  if (func === NULL) return 'function()'; // no callable given: never a JS error for a Python one
  let qual = getAttrOrNull(func, '__qualname__');
  if (qual === NULL) {
    // A bound method forwards __qualname__/__module__ to its function.
    const inner = getAttrOrNull(func, '__func__');
    if (inner !== NULL) {
      func = inner;
      qual = getAttrOrNull(func, '__qualname__');
    }
  }
  if (qual === NULL) return `${strValue(str(func))}()`;
  const mark = handleCount();
  try {
    pushHandle(qual);
    const mod = getAttrOrNull(func, '__module__');
    const q = strValue(str(qual));
    if (mod !== NULL && typeOf(mod) === T.str && strValue(mod) !== 'builtins') return `${strValue(mod)}.${q}()`;
    return `${q}()`;
  } finally {
    releaseHandles(mark);
  }
}

opHooks.dictUpdate = (d, other) => {
  if (!isDictLike(other) && getAttrOrNull(other, 'keys') === NULL) {
    throw raise(E.TypeError, `'${typeNameOf(other)}' object is not a mapping`);
  }
  dictMergeFrom(d, other, 1);
};
opHooks.dictMerge = (d, other, func) => {
  if (!isDictLike(other) && getAttrOrNull(other, 'keys') === NULL) {
    throw raise(E.TypeError, `${functionStr(func)} argument after ** must be a mapping, not ${typeNameOf(other)}`);
  }
  const dup = dictMergeFrom(d, other, 2);
  if (dup !== NULL) {
    if (typeOf(dup) === T.str) {
      throw raise(E.TypeError, `${functionStr(func)} got multiple values for keyword argument '${strValue(dup)}'`);
    }
    throw raise(E.TypeError, `${functionStr(func)} keywords must be strings`);
  }
};

// ---- slots --------------------------------------------------------------------------------------

function dictRepr(self: Value): Ref {
  if (dictSize(self) === 0) return newStr('{}');
  if (reprEnterChecked(self)) return newStr('{...}');
  try {
    const parts: string[] = [];
    for (let k = dictNextEntry(self, 0); k >= 0; k = dictNextEntry(self, k + 1)) {
      const e = dictEntryIndex(self, k);
      const key = i32[e + 1]!;
      const value = i32[e + 2]!;
      const mark = handleCount();
      try {
        pushHandle(key);
        pushHandle(value);
        const ks = strValue(repr(key));
        parts.push(`${ks}: ${strValue(repr(value))}`);
      } finally {
        releaseHandles(mark);
      }
    }
    return newStr(`{${parts.join(', ')}}`);
  } finally {
    reprLeave(self);
  }
}

/** Are the two dicts equal (same keys, equal values)? */
export function dictEquals(a: Ref, b: Ref): boolean {
  if (dictSize(a) !== dictSize(b)) return false;
  compareEnter();
  try {
    return dictValuesEqual(a, b);
  } finally {
    compareLeave();
  }
}

function dictValuesEqual(a: Ref, b: Ref): boolean {
  for (let k = dictNextEntry(a, 0); k >= 0; k = dictNextEntry(a, k + 1)) {
    const e = dictEntryIndex(a, k);
    const key = i32[e + 1]!;
    const aval = i32[e + 2]!;
    const mark = handleCount();
    try {
      pushHandle(key);
      pushHandle(aval);
      const bval = dictGet(b, key);
      if (bval === NULL) return false;
      pushHandle(bval);
      if (!richEq(aval, bval)) return false;
    } finally {
      releaseHandles(mark);
    }
  }
  return true;
}

function dictGetItem(self: Value, key: Value): Value {
  const v = dictGet(self, key);
  if (v !== NULL) return v;
  if (!isExactDict(self)) {
    const missing = lookupSpecial(self, '__missing__');
    if (missing !== NULL) {
      const mark = handleCount();
      try {
        pushHandle(key);
        return callArgs2(missing, self, key);
      } finally {
        releaseHandles(mark);
      }
    }
  }
  keyError(key);
}

import { callArray } from '../vm/call.js';
function callArgs2(f: Value, a: Value, b: Value): Value {
  return callArray(f, [a, b]);
}

declareSlots('dict', {
  repr: dictRepr,
  hash: hashNotImplemented,
  richcompare(a: Value, b: Value, op: number): Value {
    if (!isDictLike(a) || !isDictLike(b) || (op !== CMP_EQ && op !== CMP_NE)) return S.NotImplemented;
    const eq = dictEquals(a, b);
    return eq === (op === CMP_EQ) ? S.True : S.False;
  },
  len: dictSize,
  bool: (self: Value) => dictSize(self) !== 0,
  iter: (self: Value) => newDictIterator(self, DICT_ITER_KEYS, false),
  getitem: dictGetItem,
  setitem: (self: Value, key: Value, value: Value) => dictSet(self, key, value),
  delitem(self: Value, key: Value): void {
    if (dictDel(self, key) === NULL) keyError(key);
  },
  contains: (self: Value, key: Value) => dictGet(self, key) !== NULL,
  binop(a: Value, b: Value, nb: number): Value {
    if (nb === NB_OR) {
      if (!isDictLike(a) || !isDictLike(b)) return S.NotImplemented;
      const r = copyOf(a);
      const mark = handleCount();
      try {
        pushHandle(r);
        dictUpdateArg(r, b);
      } finally {
        releaseHandles(mark);
      }
      return r;
    }
    if (nb === NB_INPLACE + NB_OR) {
      if (!isDictLike(a)) return S.NotImplemented;
      dictUpdateArg(a, b);
      return a;
    }
    return S.NotImplemented;
  },
});

/** The left side of `|`: PyDict_Copy, an exact dict even for a subclass (its copy() is not called). */
function copyOf(d: Ref): Ref {
  return dictCopy(d);
}

// ---- methods -----------------------------------------------------------------------------------------

defineMethod('dict', 'get', (self, argv, argc, kwnames) => {
  noKeywords('get', kwnames);
  checkPositional('get', argc, 1, 2);
  const v = dictGet(self, arg(argv, 0));
  if (v !== NULL) return v;
  return argc === 2 ? arg(argv, 1) : S.None;
});

defineMethod('dict', 'setdefault', (self, argv, argc, kwnames) => {
  noKeywords('setdefault', kwnames);
  checkPositional('setdefault', argc, 1, 2);
  const key = arg(argv, 0);
  const v = dictGet(self, key);
  if (v !== NULL) return v;
  const dflt = argc === 2 ? arg(argv, 1) : S.None;
  dictSet(self, key, dflt);
  return dflt;
});

defineMethod('dict', 'pop', (self, argv, argc, kwnames) => {
  noKeywords('pop', kwnames);
  checkPositional('pop', argc, 1, 2);
  const key = arg(argv, 0);
  const v = dictDel(self, key);
  if (v !== NULL) return v;
  if (argc === 2) return arg(argv, 1);
  keyError(key);
});

defineMethod('dict', 'popitem', (self, _argv, argc, kwnames) => {
  checkNoArgs('dict.popitem', argc, kwnames);
  const k = dictLastEntry(self);
  if (k < 0) throw raise(E.KeyError, 'popitem(): dictionary is empty');
  const e = dictEntryIndex(self, k);
  const r = newTuple([i32[e + 1]!, i32[e + 2]!]);
  dictDelEntry(self, k);
  dictTrimEntries(self);
  return r;
});

defineMethod('dict', 'keys', (self, _argv, argc, kwnames) => {
  checkNoArgs('dict.keys', argc, kwnames);
  return newDictView(self, DICT_ITER_KEYS);
});
defineMethod('dict', 'values', (self, _argv, argc, kwnames) => {
  checkNoArgs('dict.values', argc, kwnames);
  return newDictView(self, DICT_ITER_VALUES);
});
defineMethod('dict', 'items', (self, _argv, argc, kwnames) => {
  checkNoArgs('dict.items', argc, kwnames);
  return newDictView(self, DICT_ITER_ITEMS);
});

function updateNative(name: string) {
  return (self: Value, argv: number, argc: number, kwnames: Ref): Value => {
    const nkw = kwCountOf(kwnames);
    checkPositional(name, argc - nkw, 0, 1);
    const mark = handleCount();
    try {
      pushHandle(self);
      if (argc - nkw === 1) dictUpdateArg(self, arg(argv, 0));
      updateFromKeywords(self, argv, argc - nkw, kwnames);
    } finally {
      releaseHandles(mark);
    }
    return S.None;
  };
}
defineMethod('dict', 'update', updateNative('update'));

defineMethod('dict', 'copy', (self, _argv, argc, kwnames) => {
  checkNoArgs('dict.copy', argc, kwnames);
  return dictCopy(self);
});

defineMethod('dict', 'clear', (self, _argv, argc, kwnames) => {
  checkNoArgs('dict.clear', argc, kwnames);
  dictClear(self);
  return S.None;
});

defineMethod('dict', '__contains__', (self, argv, argc, kwnames) => {
  checkExactlyOne('dict.__contains__', argc, kwnames);
  return dictGet(self, arg(argv, 0)) !== NULL ? S.True : S.False;
});

defineMethod('dict', '__getitem__', (self, argv, argc, kwnames) => {
  checkExactlyOne('dict.__getitem__', argc, kwnames);
  return dictGetItem(self, arg(argv, 0));
});

defineMethod('dict', '__reversed__', (self, _argv, argc, kwnames) => {
  checkNoArgs('dict.__reversed__', argc, kwnames);
  return newDictIterator(self, DICT_ITER_KEYS, true);
});

/** dict.fromkeys(iterable, value=None): a classmethod (self is the class). */
defineMethod(
  'dict',
  'fromkeys',
  (cls, argv, argc, kwnames) => {
    noKeywords('fromkeys', kwnames);
    checkPositional('fromkeys', argc, 1, 2);
    const iterable = arg(argv, 0);
    const value = argc === 2 ? arg(argv, 1) : S.None;
    const d = cls === T.dict ? newDict() : call0(cls);
    const mark = handleCount();
    try {
      pushHandle(d);
      const exact = isExactDict(d);
      const put = (key: Value): void => {
        if (exact) dictSet(d, key, value);
        else setItemGeneric(d, key, value);
      };
      if (exact && isExactDict(iterable)) {
        for (let k = dictNextEntry(iterable, 0); k >= 0; k = dictNextEntry(iterable, k + 1)) {
          put(i32[dictEntryIndex(iterable, k) + 1]!);
        }
        return d;
      }
      if (exact && isAnySet(iterable)) {
        for (let i = setNextSlot(iterable, 0); i >= 0; i = setNextSlot(iterable, i + 1)) put(setKeyAt(iterable, i));
        return d;
      }
      const it = getIter(iterable);
      const hit = pushHandle(it);
      for (;;) {
        const key = iterNext(getHandle(hit));
        if (key === NULL) break;
        const m = handleCount();
        pushHandle(key);
        try {
          put(key);
        } finally {
          releaseHandles(m);
        }
      }
      return d;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_CLASS,
);

import { setItem } from '../vm/abstract.js';
import { hashNotImplemented } from './descriptors-wrapper.js';
function setItemGeneric(d: Value, key: Value, value: Value): void {
  setItem(d, key, value);
}

defineMethod(
  'dict',
  '__new__',
  (_self, argv, argc) => {
    if (argc < 1) throw raise(E.TypeError, 'dict.__new__(): not enough arguments');
    const cls = arg(argv, 0);
    if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
      throw raise(E.TypeError, `dict.__new__(X): X is not a type object (${typeNameOf(cls)})`);
    }
    if (!isSubtype(cls, T.dict)) {
      throw raise(E.TypeError, `dict.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of dict`);
    }
    if (cls === T.dict) return newDict();
    const d = allocInstance(cls, DICT_BODY_WORDS);
    initDict(d, 0);
    return d;
  },
  MDF_STATIC,
);

defineMethod('dict', '__init__', updateNative('dict'));

// dict() made directly (type.ts's containerCalls).
containerCalls.dict = () => newDict();
