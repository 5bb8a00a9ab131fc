/**
 * The behaviour of set and frozenset: slots (repr, comparisons as subset
 * tests, `in`, iteration, `| & - ^` and the in-place forms for set, the
 * frozenset hash) and every method, with CPython's algorithms (which
 * operand is iterated, which table is copied) so results iterate in
 * CPython's order.
 *
 * Constructors: `set.__new__(cls, *args)` (static) makes an empty set and
 * `set.__init__(self, iterable=())` fills it; `frozenset.__new__(cls,
 * iterable=())` (static) does all the work (frozenset(f) is f).
 *
 * Anything that hashes or compares keys may run Python code; every set made
 * here is kept in a handle meanwhile (the heap does not move, so the JS
 * local stays valid).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, getIter, hashValue, iterNext, repr, typeName, typeNameOf } from '../vm/abstract.js';
import { raise, raiseObject } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { opHooks } from '../vm/op-hooks.js';
import { constHooks } from './const-hooks.js';
import { dictEntryIndex, dictNextEntry, dictSize } from './dict.js';
import { newSetIterator } from './iterators.js';
import { arg, checkExactlyOne, checkNoArgs, checkPositional, noKeywords } from './list-args.js';
import { reprEnterChecked, reprLeave } from './list-reprguard.js';
import { NB_AND, NB_INPLACE, NB_OR, NB_SUB, NB_XOR } from './list-slots.js';
import { newList, listAppend, listLength, listGet } from './list.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { newExceptionWithArgs } from './exceptions.js';
import { E, S, T } from './registry.js';
import {
  frozenSetHash,
  initSet,
  isAnySet,
  isFrozenSetLike,
  newSetOfType,
  setAdd,
  setAddHashed,
  setClear,
  setCompactAfterDeletes,
  setContains,
  setContainsHashed,
  setDiscard,
  setDiscardHashed,
  setFillCount,
  setHashHiAt,
  setHashLoAt,
  setKeyAt,
  setMerge,
  setNextSlot,
  setPop,
  setSize,
  setSwapBodies,
  setUpdate,
} from './set.js';
import { newStr, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { existingInstanceDict } from './type-layout.js';
import { declareSlots } from './typeobject.js';
import { allocInstance } from './list.js';
import { SET_BODY_WORDS } from './set.js';
import { exactHashHi, exactHashLo } from './hash-wide.js';

/** The built-in type a result of an operation on `so` gets (make_new_set_basetype). */
function baseType(so: Ref): Ref {
  const t = typeOf(so);
  if (t === T.set || t === T.frozenset) return t;
  return isSubtype(t, T.set) ? T.set : T.frozenset;
}

function withRoots<R>(f: () => R, ...refs: Value[]): R {
  const mark = handleCount();
  try {
    for (const r of refs) pushHandle(r);
    return f();
  } finally {
    releaseHandles(mark);
  }
}

/** A new set of so's base type holding so's keys. */
export function setCopy(so: Ref): Ref {
  const r = newSetOfType(baseType(so));
  setMerge(r, so);
  return r;
}

/** `key in so`, where a set key is looked up as the frozenset it equals (CPython's rule). */
function containsKey(so: Ref, key: Value): boolean {
  if (isAnySet(key) && !isFrozenSetLike(key)) {
    const h = frozenSetHash(key);
    return setContainsHashed(so, key, exactHashLo(h), exactHashHi(h));
  }
  return setContains(so, key);
}
function discardKey(so: Ref, key: Value): boolean {
  if (isAnySet(key) && !isFrozenSetLike(key)) {
    const h = frozenSetHash(key);
    return setDiscardHashed(so, key, exactHashLo(h), exactHashHi(h));
  }
  return setDiscard(so, key);
}

let keyLo = 0;
let keyHi = 0;
/**
 * Hash `key` into keyLo/keyHi (the exact hash's int32 halves); copy them to
 * locals before anything can run Python code.
 */
function hashOf(key: Value): void {
  const h = hashValue(key);
  keyLo = exactHashLo(h);
  keyHi = exactHashHi(h);
}

/** Visit every key of the set `s` with its hash's int32 halves; `f` may run Python code. */
function eachKey(s: Ref, f: (key: Value, lo: number, hi: number) => boolean | void): void {
  for (let i = setNextSlot(s, 0); i >= 0; i = setNextSlot(s, i + 1)) {
    const key = setKeyAt(s, i);
    const mark = handleCount();
    pushHandle(key);
    try {
      if (f(key, setHashLoAt(s, i), setHashHiAt(s, i)) === false) return;
    } finally {
      releaseHandles(mark);
    }
  }
}

/** Visit every item of an iterable; `f` returns false to stop. */
function eachItem(iterable: Value, f: (item: Value) => boolean | void): void {
  const mark = handleCount();
  try {
    const it = getIter(iterable);
    pushHandle(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return;
      const m2 = handleCount();
      pushHandle(x);
      try {
        if (f(x) === false) return;
      } finally {
        releaseHandles(m2);
      }
    }
  } finally {
    releaseHandles(mark);
  }
}

export function setIntersection(so: Ref, other: Value): Ref {
  if (so === other) return setCopy(so);
  const result = newSetOfType(baseType(so));
  return withRoots(
    () => {
      if (isAnySet(other)) {
        let a = so;
        let b = other;
        if (setSize(b) > setSize(a)) [a, b] = [b, a];
        eachKey(b, (key, lo, hi) => {
          if (setContainsHashed(a, key, lo, hi)) setAddHashed(result, key, lo, hi);
        });
        return result;
      }
      eachItem(other, (key) => {
        hashOf(key);
        const lo = keyLo;
        const hi = keyHi;
        if (setContainsHashed(so, key, lo, hi)) {
          setAddHashed(result, key, lo, hi);
          if (setSize(result) >= setSize(so)) return false;
        }
        return true;
      });
      return result;
    },
    result,
    so,
    other,
  );
}

function differenceUpdate(so: Ref, other: Value): void {
  if (so === other) {
    setClear(so);
    return;
  }
  withRoots(
    () => {
      if (isAnySet(other)) {
        let src = other;
        if (setSize(other) >> 3 > setSize(so)) src = setIntersection(so, other);
        pushHandle(src);
        eachKey(src, (key, lo, hi) => {
          setDiscardHashed(so, key, lo, hi);
        });
      } else {
        eachItem(other, (key) => {
          discardKey(so, key);
        });
      }
      setCompactAfterDeletes(so);
    },
    so,
    other,
  );
}

export function setDifference(so: Ref, other: Value): Ref {
  let otherSize: number;
  if (isAnySet(other)) otherSize = setSize(other);
  else if ((other & 1) === 0 && i32[other >> 2] === T.dict) otherSize = dictSize(other);
  else otherSize = -1;
  if (otherSize < 0 || setSize(so) >> 2 > otherSize) {
    const r = setCopy(so);
    withRoots(() => differenceUpdate(r, other), r);
    return r;
  }
  const result = newSetOfType(baseType(so));
  return withRoots(
    () => {
      const isDict = !isAnySet(other);
      eachKey(so, (key, lo, hi) => {
        const present = isDict ? dictHasKey(other, key) : setContainsHashed(other, key, lo, hi);
        if (!present) setAddHashed(result, key, lo, hi);
      });
      return result;
    },
    result,
    so,
    other,
  );
}

import { dictGet } from './dict.js';
import { hashNotImplemented } from './descriptors-wrapper.js';
import { containerCalls, newFilledFrom } from './type.js';
import { newSet } from './set.js';
function dictHasKey(d: Ref, key: Value): boolean {
  return dictGet(d, key) !== NULL;
}

function symmetricDifferenceUpdateSet(so: Ref, other: Ref): void {
  eachKey(other, (key, lo, hi) => {
    if (!setDiscardHashed(so, key, lo, hi)) setAddHashed(so, key, lo, hi);
  });
}

function symmetricDifferenceUpdate(so: Ref, other: Value): void {
  if (so === other) {
    setClear(so);
    return;
  }
  withRoots(
    () => {
      if ((other & 1) === 0 && i32[other >> 2] === T.dict) {
        for (let k = dictNextEntry(other, 0); k >= 0; k = dictNextEntry(other, k + 1)) {
          const key = i32[dictEntryIndex(other, k) + 1]!;
          const m = handleCount();
          pushHandle(key);
          try {
            hashOf(key);
            const lo = keyLo;
            const hi = keyHi;
            if (!setDiscardHashed(so, key, lo, hi)) setAddHashed(so, key, lo, hi);
          } finally {
            releaseHandles(m);
          }
        }
      } else if (isAnySet(other)) {
        symmetricDifferenceUpdateSet(so, other);
      } else {
        const tmp = newSetOfType(baseType(so));
        pushHandle(tmp);
        setUpdate(tmp, other);
        symmetricDifferenceUpdateSet(so, tmp);
      }
    },
    so,
    other,
  );
}

export function setSymmetricDifference(so: Ref, other: Value): Ref {
  const result = newSetOfType(baseType(so));
  return withRoots(
    () => {
      setUpdate(result, other);
      symmetricDifferenceUpdateSet(result, so);
      return result;
    },
    result,
    so,
  );
}

export function setIsSubset(so: Ref, other: Value): boolean {
  if (!isAnySet(other)) {
    const tmp = setIntersection(so, other);
    return setSize(tmp) === setSize(so);
  }
  if (setSize(so) > setSize(other)) return false;
  let ok = true;
  withRoots(
    () =>
      eachKey(so, (key, lo, hi) => {
        if (!setContainsHashed(other, key, lo, hi)) {
          ok = false;
          return false;
        }
        return true;
      }),
    so,
    other,
  );
  return ok;
}

export function setIsSuperset(so: Ref, other: Value): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  let ok = true;
  withRoots(
    () =>
      eachItem(other, (key) => {
        if (!containsKey(so, key)) {
          ok = false;
          return false;
        }
        return true;
      }),
    so,
  );
  return ok;
}

function isDisjoint(so: Ref, other: Value): boolean {
  if (so === other) return setSize(so) === 0;
  let disjoint = true;
  withRoots(
    () => {
      if (isAnySet(other)) {
        let a = so;
        let b = other;
        if (setSize(b) > setSize(a)) [a, b] = [b, a];
        eachKey(b, (key, lo, hi) => {
          if (setContainsHashed(a, key, lo, hi)) {
            disjoint = false;
            return false;
          }
          return true;
        });
      } else {
        eachItem(other, (key) => {
          if (containsKey(so, key)) {
            disjoint = false;
            return false;
          }
          return true;
        });
      }
    },
    so,
    other,
  );
  return disjoint;
}

// ---- slots ----------------------------------------------------------------------------------------

function setRepr(self: Value): Ref {
  const t = typeOf(self);
  const name = typeName(t);
  const exact = t === T.set;
  if (setSize(self) === 0) return newStr(`${name}()`);
  if (reprEnterChecked(self)) return newStr(`${name}(...)`);
  try {
    const parts: string[] = [];
    // Snapshot the keys in a list first (a repr may mutate the set).
    const keys = newList(0);
    const mark = handleCount();
    try {
      pushHandle(keys);
      for (let i = setNextSlot(self, 0); i >= 0; i = setNextSlot(self, i + 1)) listAppend(keys, setKeyAt(self, i));
      for (let i = 0; i < listLength(keys); i++) parts.push(strValue(repr(listGet(keys, i))));
    } finally {
      releaseHandles(mark);
    }
    const body = `{${parts.join(', ')}}`;
    return newStr(exact ? body : `${name}(${body})`);
  } finally {
    reprLeave(self);
  }
}

function setRichCompare(self: Value, other: Value, op: number): Value {
  if (!isAnySet(other)) return S.NotImplemented;
  const b = (x: boolean): Ref => (x ? S.True : S.False);
  switch (op) {
    case CMP_EQ:
      if (setSize(self) !== setSize(other)) return S.False;
      return b(setIsSubset(self, other));
    case CMP_NE:
      if (setSize(self) !== setSize(other)) return S.True;
      return b(!setIsSubset(self, other));
    case CMP_LE:
      return b(setIsSubset(self, other));
    case CMP_GE:
      return b(setIsSuperset(self, other));
    case CMP_LT:
      return b(setSize(self) < setSize(other) && setIsSubset(self, other));
    case CMP_GT:
      return b(setSize(self) > setSize(other) && setIsSuperset(self, other));
  }
  return S.NotImplemented;
}

function setBinop(a: Value, b: Value, nb: number): Value {
  if (nb >= NB_INPLACE) {
    // In-place forms exist for set only; frozenset falls back to the plain operator.
    if (!isAnySet(a) || isFrozenSetLike(a) || !isAnySet(b)) return S.NotImplemented;
    switch (nb - NB_INPLACE) {
      case NB_OR:
        withRoots(() => setUpdate(a, b), a);
        return a;
      case NB_AND: {
        const tmp = setIntersection(a, b);
        setSwapBodies(a, tmp);
        return a;
      }
      case NB_SUB:
        differenceUpdate(a, b);
        return a;
      case NB_XOR:
        symmetricDifferenceUpdate(a, b);
        return a;
    }
    return S.NotImplemented;
  }
  if (!isAnySet(a) || !isAnySet(b)) return S.NotImplemented;
  switch (nb) {
    case NB_OR: {
      const r = setCopy(a);
      if (a !== b) withRoots(() => setUpdate(r, b), r);
      return r;
    }
    case NB_AND:
      return setIntersection(a, b);
    case NB_SUB:
      return setDifference(a, b);
    case NB_XOR:
      return setSymmetricDifference(a, b);
  }
  return S.NotImplemented;
}

function setContainsSlot(self: Value, key: Value): boolean {
  return containsKey(self, key);
}

const common = {
  repr: setRepr,
  richcompare: setRichCompare,
  len: setSize,
  bool: (self: Value) => setSize(self) !== 0,
  iter: newSetIterator,
  contains: setContainsSlot,
  binop: setBinop,
};
declareSlots('set', {
  ...common,
  hash: hashNotImplemented,
});
declareSlots('frozenset', { ...common, hash: frozenSetHash });

// ---- methods ------------------------------------------------------------------------------------------

type Native = (self: Value, argv: number, argc: number, kwnames: Ref) => Value;

function both(name: string, fn: (owner: string) => Native): void {
  defineMethod('set', name, fn('set'));
  defineMethod('frozenset', name, fn('frozenset'));
}

/** Methods taking *others. */
function varargs(owner: string, name: string, argc: number, kwnames: Ref): void {
  noKeywords(`${owner}.${name}`, kwnames);
  void argc;
}

/** set.__reduce__ / frozenset.__reduce__: (type(self), (list(self),), the instance dict or None). */
both('__reduce__', (owner) => (self, _argv, argc, kwnames) => {
  checkNoArgs(`${owner}.__reduce__`, argc, kwnames);
  const mark = handleCount();
  try {
    // The collector does not move objects: rooted values stay valid across allocations.
    const items = newList(0);
    pushHandle(items);
    const it = getIter(self);
    pushHandle(it);
    for (let v = iterNext(it); v !== NULL; v = iterNext(it)) listAppend(items, v);
    const args = newTuple([items]);
    pushHandle(args);
    const d = existingInstanceDict(self);
    return newTuple([typeOf(self), args, d === NULL ? S.None : d]);
  } finally {
    releaseHandles(mark);
  }
});

both('copy', (owner) => (self, _argv, argc, kwnames) => {
  checkNoArgs(`${owner}.copy`, argc, kwnames);
  if (typeOf(self) === T.frozenset) return self;
  return setCopy(self);
});

both('union', (owner) => (self, argv, argc, kwnames) => {
  varargs(owner, 'union', argc, kwnames);
  const r = setCopy(self);
  return withRoots(() => {
    for (let k = 0; k < argc; k++) {
      const other = arg(argv, k);
      if (other !== self) setUpdate(r, other);
    }
    return r;
  }, r);
});

both('intersection', (owner) => (self, argv, argc, kwnames) => {
  varargs(owner, 'intersection', argc, kwnames);
  if (argc === 0) return setCopy(self);
  let r: Ref = self;
  const mark = handleCount();
  try {
    for (let k = 0; k < argc; k++) {
      r = setIntersection(r, arg(argv, k));
      pushHandle(r);
    }
    return r;
  } finally {
    releaseHandles(mark);
  }
});

both('difference', (owner) => (self, argv, argc, kwnames) => {
  varargs(owner, 'difference', argc, kwnames);
  if (argc === 0) return setCopy(self);
  const r = setDifference(self, arg(argv, 0));
  return withRoots(() => {
    for (let k = 1; k < argc; k++) differenceUpdate(r, arg(argv, k));
    return r;
  }, r);
});

both('symmetric_difference', (owner) => (self, argv, argc, kwnames) => {
  checkExactlyOne(`${owner}.symmetric_difference`, argc, kwnames);
  return setSymmetricDifference(self, arg(argv, 0));
});

both('issubset', (owner) => (self, argv, argc, kwnames) => {
  checkExactlyOne(`${owner}.issubset`, argc, kwnames);
  return setIsSubset(self, arg(argv, 0)) ? S.True : S.False;
});
both('issuperset', (owner) => (self, argv, argc, kwnames) => {
  checkExactlyOne(`${owner}.issuperset`, argc, kwnames);
  return setIsSuperset(self, arg(argv, 0)) ? S.True : S.False;
});
both('isdisjoint', (owner) => (self, argv, argc, kwnames) => {
  checkExactlyOne(`${owner}.isdisjoint`, argc, kwnames);
  return isDisjoint(self, arg(argv, 0)) ? S.True : S.False;
});
both('__contains__', (owner) => (self, argv, argc, kwnames) => {
  checkExactlyOne(`${owner}.__contains__`, argc, kwnames);
  return containsKey(self, arg(argv, 0)) ? S.True : S.False;
});

defineMethod('set', 'add', (self, argv, argc, kwnames) => {
  checkExactlyOne('set.add', argc, kwnames);
  setAdd(self, arg(argv, 0));
  return S.None;
});

defineMethod('set', 'clear', (self, _argv, argc, kwnames) => {
  checkNoArgs('set.clear', argc, kwnames);
  setClear(self);
  return S.None;
});

defineMethod('set', 'discard', (self, argv, argc, kwnames) => {
  checkExactlyOne('set.discard', argc, kwnames);
  discardKey(self, arg(argv, 0));
  return S.None;
});

defineMethod('set', 'remove', (self, argv, argc, kwnames) => {
  checkExactlyOne('set.remove', argc, kwnames);
  const key = arg(argv, 0);
  if (!discardKey(self, key)) throw raiseObject(newExceptionWithArgs(E.KeyError, newTuple([key])));
  return S.None;
});

defineMethod('set', 'pop', (self, _argv, argc, kwnames) => {
  checkNoArgs('set.pop', argc, kwnames);
  if (setSize(self) === 0) throw raise(E.KeyError, 'pop from an empty set');
  return setPop(self);
});

defineMethod('set', 'update', (self, argv, argc, kwnames) => {
  noKeywords('set.update', kwnames);
  for (let k = 0; k < argc; k++) setUpdate(self, arg(argv, k));
  return S.None;
});

defineMethod('set', 'intersection_update', (self, argv, argc, kwnames) => {
  noKeywords('set.intersection_update', kwnames);
  let r: Ref = self;
  const mark = handleCount();
  try {
    if (argc === 0) r = setCopy(self);
    for (let k = 0; k < argc; k++) {
      r = setIntersection(r, arg(argv, k));
      pushHandle(r);
    }
    setSwapBodies(self, r);
  } finally {
    releaseHandles(mark);
  }
  return S.None;
});

defineMethod('set', 'difference_update', (self, argv, argc, kwnames) => {
  noKeywords('set.difference_update', kwnames);
  for (let k = 0; k < argc; k++) differenceUpdate(self, arg(argv, k));
  return S.None;
});

defineMethod('set', 'symmetric_difference_update', (self, argv, argc, kwnames) => {
  checkExactlyOne('set.symmetric_difference_update', argc, kwnames);
  symmetricDifferenceUpdate(self, arg(argv, 0));
  return S.None;
});

// ---- constructors ----------------------------------------------------------------------------------

function checkSubtype(name: string, cls: Value, base: Ref): void {
  if ((cls & 1) !== 0 || i32[cls >> 2] !== T.type && !isSubtype(typeOf(cls), T.type)) {
    throw raise(E.TypeError, `${name}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  if (!isSubtype(cls, base)) {
    throw raise(E.TypeError, `${name}.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of ${name}`);
  }
}

/** set.__new__(cls, *args, **kwargs): an empty set of cls (set.__init__ fills it). */
defineMethod(
  'set',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (argc < 1) throw raise(E.TypeError, 'set.__new__(): not enough arguments');
    const cls = arg(argv, 0);
    checkSubtype('set', cls, T.set);
    if (cls === T.set) noKeywords('set', kwnames);
    const s = allocInstance(cls, SET_BODY_WORDS);
    initSet(s);
    return s;
  },
  MDF_STATIC,
);

defineMethod('set', '__init__', (self, argv, argc, kwnames) => {
  if (typeOf(self) === T.set) noKeywords('set', kwnames);
  checkPositional('set', argc, 0, 1);
  if (setFillCount(self) !== 0) setClear(self);
  if (argc === 1) setUpdate(self, arg(argv, 0));
  return S.None;
});

/** frozenset.__new__(cls, iterable=()): frozenset(f) is f itself for an exact frozenset. */
defineMethod(
  'frozenset',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (argc < 1) throw raise(E.TypeError, 'frozenset.__new__(): not enough arguments');
    const cls = arg(argv, 0);
    checkSubtype('frozenset', cls, T.frozenset);
    if (cls === T.frozenset) noKeywords('frozenset', kwnames);
    checkPositional('frozenset', argc - 1, 0, 1);
    const iterable = argc === 2 ? arg(argv, 1) : NULL;
    if (cls === T.frozenset && iterable !== NULL && typeOf(iterable) === T.frozenset) return iterable;
    const s = allocInstance(cls, SET_BODY_WORDS);
    initSet(s);
    if (iterable !== NULL) withRoots(() => setUpdate(s, iterable), s);
    return s;
  },
  MDF_STATIC,
);

// ---- the interpreter's BUILD_SET / SET_ADD / SET_UPDATE ------------------------------------------

/** BUILD_SET: a set of the values i32[from .. from + n) (on the value stack, so rooted). */
export function newSetFromWords(from: number, n: number): Ref {
  const s = newSetOfType(T.set);
  // Rooted by hand, not with withRoots: its closure and rest array were JS allocations per display.
  const mark = handleCount();
  try {
    pushHandle(s);
    for (let k = 0; k < n; k++) setAdd(s, i32[from + k]!);
  } finally {
    releaseHandles(mark);
  }
  return s;
}
opHooks.newSetFromWords = newSetFromWords;
opHooks.setAdd = (s, v) => setAdd(s, v);
opHooks.setUpdate = (s, iterable) => setUpdate(s, iterable);

/**
 * The frozenset constant of a code object (a set display of constants such
 * as `{1, 2, 3}` compiles to SET_UPDATE with one), built as CPython's
 * compiler does: from the items in source order, then rebuilt from that
 * set's iteration order (its constant merging makes a new frozenset), so that
 * the set made from it iterates in CPython's order.
 */
export function frozenSetForConstant(from: number, n: number): Ref {
  const first = newSetOfType(T.frozenset);
  return withRoots(() => {
    for (let k = 0; k < n; k++) setAdd(first, i32[from + k]!);
    const second = newSetOfType(T.frozenset);
    pushHandle(second);
    for (let i = setNextSlot(first, 0); i >= 0; i = setNextSlot(first, i + 1)) {
      setAddHashed(second, setKeyAt(first, i), setHashLoAt(first, i), setHashHiAt(first, i));
    }
    return second;
  }, first);
}

constHooks.newFrozenSet = (items) => {
  const mark = handleCount();
  try {
    const first = handleCount();
    for (const v of items) pushHandle(v);
    return frozenSetForConstant(handleWord(first), items.length);
  } finally {
    releaseHandles(mark);
  }
};

// set() and set(x) made directly (type.ts's containerCalls).
containerCalls.set = (argv, argc) => (argc === 0 ? newSet() : newFilledFrom(newSet(), i32[argv]!, setUpdate));
