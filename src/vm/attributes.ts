/**
 * Attribute access on any object (CPython's PyObject_GetAttr and
 * PyObject_GenericGetAttr / GenericSetAttr), lookup along a type's MRO with a
 * per-worker method cache, and the LOAD_ATTR method form.
 *
 * Generic lookup, as CPython: the name is looked up on the type's MRO; a
 * data descriptor found there wins, then the instance __dict__, then a
 * non-data descriptor (bound by its __get__), then the plain class
 * attribute. Missing attributes make the `getattr` slot return NULL (no
 * error set); `getAttr` raises CPython's AttributeError then.
 *
 * Method cache: (type serial, type version, name) -> what the MRO walk found
 * (possibly NULL), in typed arrays (no JS allocation). Only interned names
 * are cached (they are immortal, so an address can never come back as
 * another name); a type's serial is never reused; and every change to a
 * class's dict bumps TP_VERSION of the class and of all its subclasses
 * (src/objects/type.ts), so a stale entry never matches. The value found is
 * reachable from the type's dict as long as the version is unchanged.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { buffer } from '../heap/memory.js';
import { dictDel, dictGetStr, dictSet } from '../objects/dict.js';
import { EXC_DICT } from '../objects/exceptions.js';
import { MD_FLAGS } from '../objects/native.js';
import { E, T } from '../objects/registry.js';
import { isInterned, newStr, strValue } from '../objects/str.js';
import { tupleBase, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import {
  TP_MRO,
  TP_NAME,
  TP_SERIAL,
  TP_VERSION,
  TPF_HEAPTYPE,
  getField,
  setField,
  slotsOf,
  typeDict,
  typeDictIndex,
  typeFlags,
  type TypeSlots,
} from '../objects/typeobject.js';
import { TPF_CUSTOM_GETATTRIBUTE, TPF_HAS_GET, TPF_HAS_SET } from '../objects/type-layout.js';
import { newDict } from '../objects/dict.js';
import { newBuiltinException } from '../objects/exceptions.js';
import { typeNameOf } from './abstract.js';
import { exceptionMatches, fetchException, isPyError, raise, raiseObject, type PyError } from './errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from './thread-state.js';
import { callValue } from './call.js';
import { intern } from '../objects/intern.js';

// ---- MRO lookup and the method cache -------------------------------------------------------

const CACHE_SIZE = 1 << 12;
const CACHE_MASK = CACHE_SIZE - 1;
/** Per entry: serial word, version word, name ref. */
const cacheKeys = new Int32Array(CACHE_SIZE * 3);
const cacheValues = new Int32Array(CACHE_SIZE);
let cacheFor: SharedArrayBuffer | null = null;

/** Forget every cached lookup (a worker attaching to another heap; tests). */
export function clearMethodCache(): void {
  cacheKeys.fill(0);
  cacheValues.fill(0);
}

/** Look `name` (a str) up in the dicts along `type`'s MRO, without descriptors: the value or NULL. */
export function lookupTypeUncached(type: Ref, name: Ref): Value {
  const mro = getField(type, TP_MRO);
  if (mro === NULL) return dictGetStr(typeDict(type), name);
  const base = tupleBase(mro);
  const n = tupleLength(mro);
  for (let i = 0; i < n; i++) {
    const v = dictGetStr(typeDict(i32[base + i]!), name);
    if (v !== NULL) return v;
  }
  return NULL;
}

/** CPython's _PyType_Lookup: `name` on `type`'s MRO (cached for interned names), or NULL. */
export function lookupType(type: Ref, name: Ref): Value {
  if (!isInterned(name)) return lookupTypeUncached(type, name);
  if (cacheFor !== buffer) {
    // Another heap (a test's fresh runtime, an attaching worker): serials start over.
    clearMethodCache();
    cacheFor = buffer;
  }
  const serial = getField(type, TP_SERIAL);
  const version = getField(type, TP_VERSION);
  const h = (Math.imul(serial, 0x9e3779b1) ^ (name >>> 3)) & CACHE_MASK;
  const k = h * 3;
  if (cacheKeys[k] === serial && cacheKeys[k + 1] === version && cacheKeys[k + 2] === name) return cacheValues[h]!;
  const v = lookupTypeUncached(type, name);
  cacheKeys[k] = serial;
  cacheKeys[k + 1] = version;
  cacheKeys[k + 2] = name;
  cacheValues[h] = v;
  return v;
}

/** lookupType with a JS name (interned). */
export function lookupTypeString(type: Ref, name: string): Value {
  return lookupType(type, intern(name));
}

// ---- descriptors ----------------------------------------------------------------------------

type DescrGet = NonNullable<TypeSlots['descrGet']>;
type DescrSet = NonNullable<TypeSlots['descrSet']>;

/** The __get__ of values of type `t`, if they are descriptors. */
export function descrGetOf(t: Ref): DescrGet | undefined {
  const flags = typeFlags(t);
  if ((flags & TPF_HEAPTYPE) !== 0 && (flags & TPF_HAS_GET) === 0) return undefined;
  return slotsOf(t).descrGet;
}

/** The __set__/__delete__ of values of type `t`, if they are data descriptors. */
export function descrSetOf(t: Ref): DescrSet | undefined {
  const flags = typeFlags(t);
  if ((flags & TPF_HEAPTYPE) !== 0 && (flags & TPF_HAS_SET) === 0) return undefined;
  return slotsOf(t).descrSet;
}

export function isDataDescriptor(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && descrSetOf(typeOf(v)) !== undefined;
}

// ---- generic get/set ------------------------------------------------------------------------

/** PyObject_GenericGetAttr: the attribute or NULL (no error set) if there is none. */
export function genericGetAttr(obj: Value, name: Ref): Value {
  const tp = typeOf(obj);
  const descr = lookupType(tp, name);
  let get: DescrGet | undefined;
  if (descr !== NULL && (descr & 1) === 0) {
    const dt = i32[descr >> 2]!;
    get = descrGetOf(dt);
    if (get !== undefined && descrSetOf(dt) !== undefined) return get(descr, obj, tp);
  }
  if ((obj & 1) === 0) {
    const ix = typeDictIndex(tp);
    if (ix >= 0) {
      const d = getField(obj, ix);
      if (d !== NULL) {
        const v = dictGetStr(d, name);
        if (v !== NULL) return v;
      }
    }
  }
  if (get !== undefined) return get(descr, obj, tp);
  return descr;
}

/** PyObject_GenericSetAttr (value NULL: delete). */
export function genericSetAttr(obj: Value, name: Ref, value: Value): void {
  const tp = typeOf(obj);
  const descr = lookupType(tp, name);
  if (descr !== NULL && (descr & 1) === 0) {
    const set = descrSetOf(i32[descr >> 2]!);
    if (set !== undefined) {
      set(descr, obj, value);
      return;
    }
  }
  const ix = (obj & 1) === 0 ? typeDictIndex(tp) : -1;
  if (ix < 0) {
    if (descr === NULL) throw raiseAttributeError(obj, name);
    throw raise(E.AttributeError, `'${typeNameOf(obj)}' object attribute '${strValue(name)}' is read-only`);
  }
  let d = getField(obj, ix);
  if (value !== NULL) {
    if (d === NULL) {
      d = newDict();
      setField(obj, ix, d);
    }
    dictSet(d, name, value);
    return;
  }
  if (d === NULL || dictDel(d, name) === NULL) throw raiseAttributeError(obj, name);
}

// ---- the entry points -----------------------------------------------------------------------

function getAttrOrNull(obj: Value, name: Ref): Value {
  const f = slotsOf(typeOf(obj)).getattr;
  return f !== undefined ? f(obj, name) : genericGetAttr(obj, name);
}

/** obj.name (name: a str, interned for speed). Raises AttributeError if missing. */
export function getAttr(obj: Value, name: Ref): Value {
  const r = getAttrOrNull(obj, name);
  if (r === NULL) throw raiseAttributeError(obj, name);
  return r;
}

/** obj.name for a JS name. */
export function getAttrString(obj: Value, name: string): Value {
  return getAttr(obj, intern(name));
}

/** getattr(obj, name, NULL): NULL if missing (an AttributeError raised on the way is cleared). */
export function getAttrOptional(obj: Value, name: Ref): Value {
  try {
    return getAttrOrNull(obj, name);
  } catch (e) {
    if (isPyError(e) && exceptionMatches(E.AttributeError)) {
      fetchException();
      return NULL;
    }
    throw e;
  }
}

export function hasAttr(obj: Value, name: Ref): boolean {
  return getAttrOptional(obj, name) !== NULL;
}

/** obj.name = value */
export function setAttr(obj: Value, name: Ref, value: Value): void {
  const f = slotsOf(typeOf(obj)).setattr;
  if (f !== undefined) f(obj, name, value);
  else genericSetAttr(obj, name, value);
}

/** del obj.name */
export function delAttr(obj: Value, name: Ref): void {
  setAttr(obj, name, NULL);
}

/**
 * True after `lookupMethod` returned a function found on the type that
 * expects `obj` as its first argument (push (func, obj), no bound method);
 * false when it returned the attribute itself (push (NULL, attr)).
 */
export let methodIsUnbound = false;

/** Is `f` called with the instance as first argument when found on a type (functions, method descriptors)? */
export function isMethodDescriptor(f: Value): boolean {
  if ((f & 1) !== 0 || f === NULL) return false;
  const t = i32[f >> 2]!;
  if (t === T.function || t === T.wrapper_descriptor) return true;
  return t === T.method_descriptor && getField(f, MD_FLAGS) === 1; // small int 0: a plain method
}

/** The LOAD_ATTR method form: see methodIsUnbound. */
export function lookupMethod(obj: Value, name: Ref): Value {
  const tp = typeOf(obj);
  const getattr = slotsOf(tp).getattr;
  const flags = typeFlags(tp);
  const generic =
    (flags & TPF_HEAPTYPE) !== 0 ? (flags & TPF_CUSTOM_GETATTRIBUTE) === 0 : getattr === undefined || getattr === genericGetAttr;
  if (generic) {
    const descr = lookupType(tp, name);
    if (isMethodDescriptor(descr)) {
      const ix = (obj & 1) === 0 ? typeDictIndex(tp) : -1;
      const d = ix >= 0 ? getField(obj, ix) : NULL;
      if (d === NULL || dictGetStr(d, name) === NULL) {
        methodIsUnbound = true;
        return descr;
      }
    }
  }
  // getAttr may run Python code that does method lookups itself: set the flag after it.
  const r = getAttr(obj, name);
  methodIsUnbound = false;
  return r;
}


// ---- AttributeError -------------------------------------------------------------------------

/**
 * AttributeError for a missing attribute, with CPython's message and its
 * `name` and `obj` attributes (the traceback printer's "Did you mean" uses
 * them; the suggestion is not part of the message).
 */
export function raiseAttributeError(obj: Value, name: Ref): PyError {
  const attr = strValue(name);
  let msg: string;
  if ((obj & 1) === 0 && isSubtype(i32[obj >> 2]!, T.type)) {
    msg = `type object '${strValue(getField(obj, TP_NAME))}' has no attribute '${attr}'`;
  } else {
    msg = `'${typeNameOf(obj)}' object has no attribute '${attr}'`;
  }
  return raiseAttributeErrorWith(msg, obj, name);
}

/** AttributeError(msg) with .name and .obj set. */
export function raiseAttributeErrorWith(msg: string, obj: Value, name: Ref): PyError {
  const exc = newBuiltinException(E.AttributeError, msg);
  const d = newDict();
  setField(exc, EXC_DICT, d);
  dictSet(d, intern('name'), name);
  dictSet(d, intern('obj'), obj);
  return raiseObject(exc);
}

// ---- calling what a lookup found ------------------------------------------------------------

/**
 * Call `f` (found on type(self)'s MRO) as a method of `self` with the
 * arguments in i32[argv .. argv+argc) (rooted by the caller): unbound
 * callables get self first, descriptors are bound, anything else is called
 * as is. CPython's vectorcall_maybe / call_method.
 */
export function callFound(f: Value, self: Value, argv: number, argc: number, kwnames: Ref): Value {
  const mark = handleCount();
  try {
    if (isMethodDescriptor(f)) {
      pushHandle(f);
      const h = pushHandle(self);
      for (let i = 0; i < argc; i++) pushHandle(i32[argv + i]!);
      return callValue(f, handleWord(h), argc + 1, kwnames);
    }
    let callable = f;
    if ((f & 1) === 0) {
      const get = descrGetOf(i32[f >> 2]!);
      if (get !== undefined) callable = get(f, self, typeOf(self));
    }
    const h = pushHandle(callable);
    for (let i = 0; i < argc; i++) pushHandle(i32[argv + i]!);
    return callValue(callable, handleWord(h) + 1, argc, kwnames);
  } finally {
    releaseHandles(mark);
  }
}

/** callFound with 0, 1 or 2 arguments given as values. */
export function callFound0(f: Value, self: Value): Value {
  return callFound(f, self, 0, 0, NULL);
}
export function callFound1(f: Value, self: Value, a: Value): Value {
  const mark = handleCount();
  try {
    const h = pushHandle(a);
    return callFound(f, self, handleWord(h), 1, NULL);
  } finally {
    releaseHandles(mark);
  }
}
export function callFound2(f: Value, self: Value, a: Value, b: Value): Value {
  const mark = handleCount();
  try {
    const h = pushHandle(a);
    pushHandle(b);
    return callFound(f, self, handleWord(h), 2, NULL);
  } finally {
    releaseHandles(mark);
  }
}

/** Call the method `name` of obj's type on obj (NULL if the type has no such attribute). */
export function callMethodIfFound(obj: Value, name: Ref, argv: number, argc: number): Value {
  const f = lookupType(typeOf(obj), name);
  if (f === NULL) return NULL;
  return callFound(f, obj, argv, argc, NULL);
}

/** The attribute name argument of getattr()/setattr()/delattr()/hasattr(): a str, else TypeError. */
export function checkAttrName(name: Value): Ref {
  if ((name & 1) === 0 && name !== NULL && i32[name >> 2] === T.str) return name;
  if ((name & 1) === 0 && name !== NULL && isSubtype(i32[name >> 2]!, T.str)) {
    return newStr(strValue(getField(name, 0)));
  }
  throw raise(E.TypeError, `attribute name must be string, not '${typeNameOf(name)}'`);
}
