/**
 * Making a class: type.__new__(metatype, name, bases, namespace, **kwargs)
 * (CPython's type_new), and the bookkeeping a class needs afterwards:
 * subclass lists, version bumps when a class changes (the method cache),
 * dispatch flags.
 *
 * Steps, in CPython's order: argument checks; the metaclass that wins among
 * the bases'; the best base (instance layout) and C3 MRO; __slots__; the new
 * type object and its dict (a copy of the namespace, __qualname__ and
 * __classcell__ taken out, __module__/__doc__ defaulted, __new__ made a
 * staticmethod, __init_subclass__/__class_getitem__ classmethods, __hash__ =
 * None when __eq__ is defined alone, __dict__/__weakref__ attributes); then
 * __set_name__ on every attribute and the parent's __init_subclass__(**kwargs).
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_NEXT_SERIAL } from '../heap/memory.js';
import { isTrue, typeNameOf } from '../vm/abstract.js';
import { callFound, descrGetOf, getAttrOptional, lookupType } from '../vm/attributes.js';
import { callArray, callValue } from '../vm/call.js';
import { fetchException, isPyError, raise, raiseObject } from '../vm/errors.js';
import { F_GLOBALS } from '../vm/frame.js';
import { currentFrame, handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { dictDel, dictEntryIndex, dictGetStr, dictNextEntry, dictSet, newDict } from './dict.js';
import { newGetSet, newMember, registerGetSet } from './descriptors-getset.js';
import { updateHeapTypeFlags } from './heap-slots.js';
import { intern, internStr } from './intern.js';
import { E, S, T } from './registry.js';
import { newStr, strCodePoint, strLength, strValue } from './str.js';
import { newTuple, tupleBase, tupleGet, tupleLength } from './tuple.js';
import { isStr, isSubtype, typeOf } from './typecheck.js';
import { bestBase, c3Mro, calculateMetaclass, tupleToArray } from './type-mro.js';
import { typeNameJs } from './type-info.js';
import {
  HEAP_TYPE_WORDS,
  TP_SUBCLASSES,
  instanceDict,
  isBoxedBuiltin,
  isHeapType,
  unboxed,
} from './type-layout.js';
import { dunder } from './type-names.js';
import {
  HEAP_SLOTS,
  TP_BASE,
  TP_BASES,
  TP_BASIC,
  TP_DICT,
  TP_DICTIX,
  TP_FLAGS,
  TP_MRO,
  TP_NAME,
  TP_QUALNAME,
  TP_SERIAL,
  TP_SLOTS,
  TP_VERSION,
  TPF_BASETYPE,
  TPF_BOXED,
  TPF_EXCEPTION,
  TPF_HEAPTYPE,
  TPF_MAPPING,
  TPF_SEQUENCE,
  TPF_LOCKED,
  bumpTypeVersion,
  getField,
  setField,
  typeBasicWords,
  typeDict,
  typeDictIndex,
  typeFlags,
} from './typeobject.js';
import { kwLen } from './type-args.js';
import { strIsIdentifier } from '../text/str-predicates.js';

// ---- subclass lists and versions ------------------------------------------------------------

function addSubclass(base: Ref, sub: Ref): void {
  if (!isHeapType(base)) return; // built-in types keep no list (see the report)
  const old = getField(base, TP_SUBCLASSES);
  const items = old === NULL ? [] : tupleToArray(old);
  items.push(sub);
  setField(base, TP_SUBCLASSES, newTuple(items));
}

/** The direct subclasses of a heap type (built-in types: none recorded). */
export function subclassesOf(type: Ref): Ref[] {
  if (!isHeapType(type)) return [];
  const t = getField(type, TP_SUBCLASSES);
  return t === NULL ? [] : tupleToArray(t);
}

/**
 * A class's dict changed: new version for it and every subclass (the method
 * cache keys on it) and, when a dunder changed, fresh dispatch flags.
 */
export function typeModified(type: Ref, dunderChanged: boolean): void {
  const stack = [type];
  const seen = new Set<Ref>();
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (seen.has(t)) continue;
    seen.add(t);
    bumpTypeVersion(t);
    if (dunderChanged && isHeapType(t)) updateHeapTypeFlags(t);
    for (const s of subclassesOf(t)) stack.push(s);
  }
}

function nextSerial(): number {
  return Atomics.add(i32, CB_NEXT_SERIAL, 1);
}

// ---- the instance __dict__ and __weakref__ attributes of classes ------------------------------

const DICT_GETSET = registerGetSet(
  (self) => {
    const d = instanceDict(self);
    if (d === NULL) throw raise(E.AttributeError, `'${typeNameOf(self)}' object has no attribute '__dict__'`);
    return d;
  },
  (self, value) => {
    const ix = typeDictIndex(typeOf(self));
    if (value === NULL) {
      setField(self, ix, NULL);
      return;
    }
    if ((value & 1) !== 0 || !isSubtype(typeOf(value), T.dict)) {
      throw raise(E.TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(value)}'`);
    }
    setField(self, ix, value);
  },
);
const WEAKREF_GETSET = registerGetSet(
  () => S.None,
  undefined,
);

// ---- __slots__ ------------------------------------------------------------------------------

/** Private name mangling of a slot name (`__x` in class `_C` becomes `_C__x`). */
function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

interface SlotsInfo {
  names: string[];
  wantDict: boolean;
  wantWeakref: boolean;
}

function readSlots(
  slots: Value, className: string, baseHasDict: boolean, baseHasWeakref: boolean, boxedBase: Ref, dict: Ref,
): SlotsInfo {
  const items: Value[] = [];
  if (isStr(slots) || ((slots & 1) === 0 && isSubtype(typeOf(slots), T.str))) {
    items.push(unboxed(slots));
  } else {
    const it = getIterValue(slots);
    const mark = handleCount();
    try {
      pushHandle(it);
      for (let x = iterNextValue(it); x !== NULL; x = iterNextValue(it)) {
        pushHandle(x);
        items.push(x);
      }
    } finally {
      releaseHandles(mark);
    }
  }
  const info: SlotsInfo = { names: [], wantDict: false, wantWeakref: false };
  for (const item of items) {
    if ((item & 1) !== 0 || !isSubtype(typeOf(item), T.str)) {
      throw raise(E.TypeError, `__slots__ items must be strings, not '${typeNameOf(item)}'`);
    }
    const s = strValue(unboxed(item));
    if (!strIsIdentifier(s)) throw raise(E.TypeError, '__slots__ must be identifiers');
    if (s === '__dict__') {
      if (baseHasDict || info.wantDict) throw raise(E.TypeError, '__dict__ slot disallowed: we already got one');
      info.wantDict = true;
      continue;
    }
    if (s === '__weakref__') {
      if (baseHasWeakref || info.wantWeakref) throw raise(E.TypeError, '__weakref__ slot disallowed: we already got one');
      info.wantWeakref = true;
      continue;
    }
    info.names.push(mangle(className, s));
  }
  if (info.names.length > 0 && boxedBase !== NULL) {
    throw raise(E.TypeError, `nonempty __slots__ not supported for subtype of '${typeNameJs(boxedBase)}'`);
  }
  info.names.sort();
  for (let i = 1; i < info.names.length; i++) {
    if (info.names[i] === info.names[i - 1]) {
      // CPython reports a duplicate slot as a class-variable conflict found later; keep its wording.
      throw raise(E.ValueError, `'${info.names[i]}' in __slots__ conflicts with class variable`);
    }
  }
  for (const n of info.names) {
    if (dictGetStr(dict, intern(n)) !== NULL) {
      throw raise(E.ValueError, `'${n}' in __slots__ conflicts with class variable`);
    }
  }
  return info;
}

import { getIter as getIterValue, iterNext as iterNextValue } from '../vm/abstract.js';

// ---- type.__new__ ---------------------------------------------------------------------------

/** The boxed built-in at the root of `t`'s layout (int for a subclass of int...), or NULL. */
function boxedRoot(t: Ref): Ref {
  for (let cur = t; cur !== NULL; cur = getField(cur, TP_BASE)) {
    if (!isHeapType(cur)) return isBoxedBuiltin(cur) || (typeBasicWords(cur) === 0 && cur !== T.object && cur !== T.type) ? cur : NULL;
  }
  return NULL;
}

/**
 * type.__new__(meta, name, bases, namespace, **kwargs): the new class. The
 * arguments are values the caller keeps rooted; kwargs go to
 * __init_subclass__ (the words at i32[kwv .. kwv + len(kwnames))).
 */
export function newClass(meta: Ref, name: Value, basesArg: Value, ns: Value, kwv: number, kwnames: Ref): Ref {
  if (!isStr(name) && !((name & 1) === 0 && isSubtype(typeOf(name), T.str))) {
    throw raise(E.TypeError, `type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  }
  if ((basesArg & 1) !== 0 || !isSubtype(typeOf(basesArg), T.tuple)) {
    throw raise(E.TypeError, `type.__new__() argument 2 must be tuple, not ${typeNameOf(basesArg)}`);
  }
  if ((ns & 1) !== 0 || !isSubtype(typeOf(ns), T.dict)) {
    throw raise(E.TypeError, `type.__new__() argument 3 must be dict, not ${typeNameOf(ns)}`);
  }
  const nameJs = strValue(unboxed(name));
  if (nameJs.includes('\0')) throw raise(E.ValueError, 'type name must not contain null characters');
  let bases = tupleToArray(unboxed(basesArg));
  const winner = calculateMetaclass(meta, bases);
  if (winner !== meta) {
    // CPython passes the call on to the winning metaclass when it has its own __new__.
    const newF = lookupType(winner, dunder('__new__'));
    if (newF !== NULL && newF !== dictGetStr(typeDict(T.type), dunder('__new__'))) {
      const get = (newF & 1) === 0 ? descrGetOf(typeOf(newF)) : undefined;
      const callable = get !== undefined ? get(newF, NULL, winner) : newF;
      const mark = handleCount();
      try {
        pushHandle(callable);
        const h = pushHandle(winner);
        pushHandle(name);
        pushHandle(basesArg);
        pushHandle(ns);
        const nkw = kwLen(kwnames);
        for (let k = 0; k < nkw; k++) pushHandle(i32[kwv + k]!);
        return callValue(callable, handleWord(h), 4 + nkw, kwnames);
      } finally {
        releaseHandles(mark);
      }
    }
  }
  if (bases.length === 0) bases = [T.object];
  const base = bestBase(bases);
  const mark = handleCount();
  try {
    // The namespace copy.
    const dict = newDict();
    const hDict = pushHandle(dict);
    for (let k = dictNextEntry(ns, 0); k >= 0; k = dictNextEntry(ns, k + 1)) {
      const e = dictEntryIndex(ns, k);
      let key = i32[e + 1]!;
      if (isStr(key)) key = internStr(key);
      dictSet(getHandleValue(hDict), key, i32[dictEntryIndex(ns, k) + 2]!);
    }

    // Instance layout.
    const boxed = boxedRoot(base);
    const baseWords = boxed !== NULL && !isHeapType(base) ? 1 : typeBasicWords(base);
    const baseHasDict = typeDictIndex(base) >= 0 || isSubtype(base, T.type);
    const slotsValue = dictGetStr(dict, dunder('__slots__'));
    let info: SlotsInfo;
    if (slotsValue !== NULL) {
      const baseHasWeakref = isSubtype(base, T.type) || lookupType(base, dunder('__weakref__')) !== NULL;
      info = readSlots(slotsValue, nameJs, baseHasDict, baseHasWeakref, boxed, dict);
      if (info.names.length > 0 && isSubtype(base, T.type)) {
        throw raise(E.TypeError, "nonempty __slots__ not supported for subtype of 'type'");
      }
    } else {
      info = { names: [], wantDict: !baseHasDict, wantWeakref: true };
    }
    const addDict = info.wantDict && !baseHasDict;
    const basic = baseWords + info.names.length + (addDict ? 1 : 0);
    const dictix = addDict ? baseWords + info.names.length : typeDictIndex(base);

    // The type object.
    const metaWords = Math.max(typeBasicWords(winner), HEAP_TYPE_WORDS);
    const type = allocate(winner, HEADER_BYTES + metaWords * 4, false);
    const hType = pushHandle(type);
    const nameRef = internStr(newStr(nameJs));
    setField(type, TP_NAME, nameRef);
    let qualname: Value = nameRef;
    const q = dictGetStr(dict, dunder('__qualname__'));
    if (q !== NULL) {
      if (!isStr(q)) throw raise(E.TypeError, `type __qualname__ must be a str, not ${typeNameOf(q)}`);
      qualname = q;
      dictDel(dict, dunder('__qualname__'));
    }
    setField(type, TP_QUALNAME, qualname);
    setField(type, TP_BASE, base);
    setField(type, TP_BASES, newTuple(bases));
    setField(type, TP_DICT, dict);
    // The pattern-matching kind (TPF_SEQUENCE, TPF_MAPPING) comes from the best base, as CPython's;
    // so does TPF_LOCKED (a subclass of array.array, io.StringIO, ... locks its instances too).
    let flags = TPF_HEAPTYPE | TPF_BASETYPE | (typeFlags(base) & (TPF_EXCEPTION | TPF_BOXED | TPF_SEQUENCE | TPF_MAPPING | TPF_LOCKED));
    if (boxed !== NULL) flags |= TPF_BOXED;
    setField(type, TP_FLAGS, fromSmallInt(flags));
    setField(type, TP_SLOTS, fromSmallInt(HEAP_SLOTS));
    setField(type, TP_VERSION, fromSmallInt(1));
    setField(type, TP_BASIC, fromSmallInt(basic));
    setField(type, TP_DICTIX, fromSmallInt(dictix));
    setField(type, TP_SERIAL, fromSmallInt(nextSerial()));
    setField(type, TP_MRO, newTuple(computeMro(type, bases, winner)));

    // The dict's special entries.
    if (dictGetStr(dict, dunder('__module__')) === NULL) {
      const frame = currentFrame();
      if (frame !== 0) {
        const globals = i32[(frame >> 2) + F_GLOBALS]!;
        const modName = globals === NULL ? NULL : dictGetStr(globals, dunder('__name__'));
        if (modName !== NULL) dictSet(dict, dunder('__module__'), modName);
      }
    }
    wrapIfFunction(dict, '__new__', T.staticmethod);
    wrapIfFunction(dict, '__init_subclass__', T.classmethod);
    wrapIfFunction(dict, '__class_getitem__', T.classmethod);
    info.names.forEach((n, i) => {
      const key = intern(n);
      dictSet(dict, key, newMember(type, key, baseWords + i));
    });
    // As CPython's type_new (setdefault): a __dict__ or __weakref__ the class body defines stays.
    if (addDict && dictGetStr(dict, dunder('__dict__')) === NULL) {
      dictSet(dict, dunder('__dict__'), newGetSet(type, dunder('__dict__'), DICT_GETSET));
    }
    if (info.wantWeakref && !isSubtype(base, T.type) && lookupType(base, dunder('__weakref__')) === NULL &&
        dictGetStr(dict, dunder('__weakref__')) === NULL) {
      dictSet(dict, dunder('__weakref__'), newGetSet(type, dunder('__weakref__'), WEAKREF_GETSET));
    }
    if (dictGetStr(dict, dunder('__doc__')) === NULL) dictSet(dict, dunder('__doc__'), S.None);
    if (dictGetStr(dict, dunder('__eq__')) !== NULL && dictGetStr(dict, dunder('__hash__')) === NULL) {
      dictSet(dict, dunder('__hash__'), S.None);
    }
    const cell = dictGetStr(dict, dunder('__classcell__'));
    if (cell !== NULL) {
      if ((cell & 1) !== 0 || typeOf(cell) !== T.cell) {
        throw raise(E.TypeError, `__classcell__ must be a nonlocal cell, not ${reprTypeOf(cell)}`);
      }
      setField(cell, 0, type);
      dictDel(dict, dunder('__classcell__'));
    }

    for (const b of bases) addSubclass(b, type);
    updateHeapTypeFlags(type);

    setNames(type);
    initSubclass(type, kwv, kwnames);
    return getHandleValue(hType);
  } finally {
    releaseHandles(mark);
  }
}

import { getHandle as getHandleValue } from '../vm/thread-state.js';

function reprTypeOf(v: Value): string {
  return `<class '${typeNameJs(typeOf(v))}'>`;
}

function wrapIfFunction(dict: Ref, name: string, wrapper: Ref): void {
  const key = intern(name);
  const f = dictGetStr(dict, key);
  if (f !== NULL && (f & 1) === 0 && typeOf(f) === T.function) {
    dictSet(dict, key, callArray(wrapper, [f]));
  }
}

/** The MRO: C3, or the metaclass's own mro() when it overrides type.mro. */
function computeMro(type: Ref, bases: Ref[], meta: Ref): Ref[] {
  if (meta !== T.type) {
    const custom = lookupType(meta, dunder('mro'));
    const builtin = dictGetStr(typeDict(T.type), dunder('mro'));
    if (custom !== NULL && custom !== builtin) {
      // The type must look complete to Python code that runs now: give it the C3 MRO first.
      setField(type, TP_MRO, newTuple(c3Mro(type, bases)));
      const r = callFound(custom, type, 0, 0, NULL);
      const mark = handleCount();
      try {
        pushHandle(r);
        const tup = callArray(T.tuple, [r]);
        const out = tupleToArray(tup);
        for (const t of out) {
          if ((t & 1) !== 0 || !isSubtype(typeOf(t), T.type)) {
            throw raise(E.TypeError, `mro() returned a non-class ('${typeNameOf(t)}')`);
          }
        }
        return out;
      } finally {
        releaseHandles(mark);
      }
    }
  }
  return c3Mro(type, bases);
}

/** __set_name__(owner, name) on every attribute of the new class whose type defines it. */
function setNames(type: Ref): void {
  const dict = typeDict(type);
  const pairs: Value[] = [];
  for (let k = dictNextEntry(dict, 0); k >= 0; k = dictNextEntry(dict, k + 1)) {
    const e = dictEntryIndex(dict, k);
    pairs.push(i32[e + 1]!, i32[e + 2]!);
  }
  const mark = handleCount();
  try {
    const first = handleCount();
    for (const v of pairs) pushHandle(v);
    for (let i = 0; i < pairs.length; i += 2) {
      const key = getHandleValue(first + i);
      const value = getHandleValue(first + i + 1);
      const f = lookupType(typeOf(value), dunder('__set_name__'));
      if (f === NULL) continue;
      const h = pushHandle(type);
      pushHandle(key);
      try {
        callFound(f, value, handleWord(h), 2, NULL);
      } catch (e) {
        if (isPyError(e)) addSetNameNote(value, key, type);
        throw e;
      }
    }
  } finally {
    releaseHandles(mark);
  }
}

/** 3.12: the failing __set_name__ is named in a note on the exception in flight. */
function addSetNameNote(value: Value, key: Value, type: Ref): void {
  const exc = fetchException();
  const mark = handleCount();
  try {
    pushHandle(exc);
    const addNote = getAttrOptional(exc, intern('add_note'));
    if (addNote !== NULL) {
      const keyText = isStr(key) ? strValue(key) : '?';
      const note = newStr(`Error calling __set_name__ on '${typeNameOf(value)}' instance '${keyText}' in '${typeNameJs(type)}'`);
      try {
        callArray(addNote, [note]);
      } catch (e) {
        if (!isPyError(e)) throw e;
        fetchException();
      }
    }
  } finally {
    releaseHandles(mark);
  }
  raiseObject(exc);
}

/** super(type, type).__init_subclass__(**kwargs) */
function initSubclass(type: Ref, kwv: number, kwnames: Ref): void {
  const mro = getField(type, TP_MRO);
  const key = dunder('__init_subclass__');
  for (let i = 1, n = tupleLength(mro); i < n; i++) {
    const f = dictGetStr(typeDict(tupleGet(mro, i)), key);
    if (f === NULL) continue;
    let callable = f;
    const get = (f & 1) === 0 ? descrGetOf(typeOf(f)) : undefined;
    if (get !== undefined) callable = get(f, NULL, type);
    const mark = handleCount();
    try {
      pushHandle(callable);
      const nkw = kwLen(kwnames);
      const h = handleCount();
      for (let k = 0; k < nkw; k++) pushHandle(i32[kwv + k]!);
      callValue(callable, handleWord(h), nkw, nkw > 0 ? kwnames : NULL);
    } finally {
      releaseHandles(mark);
    }
    return;
  }
}

