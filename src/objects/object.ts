/**
 * The `object` type: the default behaviour every type inherits (repr, str,
 * hash by identity, == by identity with != delegating to ==, generic
 * attribute access) and object's methods (__new__, __init__,
 * __init_subclass__, __subclasshook__, __format__, __reduce_ex__,
 * __reduce__, __getstate__, __sizeof__, __dir__) and its __class__ attribute.
 */
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { buffer } from '../heap/memory.js';
import { CMP_EQ, CMP_NE, getIter, isTrue, iterNext, repr, str, typeNameOf } from '../vm/abstract.js';
import { genericGetAttr, genericSetAttr, getAttrOptional, lookupType } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { dictEntryIndex, dictGetStr, dictNextEntry, dictSet, dictSize, newDict } from './dict.js';
import { defineGetSet } from './descriptors-getset.js';
import { objectInitHook } from './descriptors-wrapper.js';
import { intern } from './intern.js';
import { intFromNumber } from './int.js';
import { listAppend, listGet, listLength, newList } from './list.js';
import { defineMethod, MDF_CLASS, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strLength, strValue } from './str.js';
import { tupleBase, tupleGet, tupleLength, newTuple } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { kwLen } from './type-args.js';
import { addressHex, typeFullName, typeNameJs } from './type-info.js';
import { allocInstance, existingInstanceDict, isHeapType } from './type-layout.js';
import { dunder } from './type-names.js';
import {
  declareSlots,
  getField,
  slotIndexForName,
  slotsOf,
  slotTables,
  TP_MRO,
  TPF_ABSTRACT,
  typeBase,
  typeBasicWords,
  typeDict,
  typeDictIndex,
  typeFlags,
} from './typeobject.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { importAbsolute } from '../lib/import.js';

declareSlots('object', {
  repr(self: Value): Ref {
    return newStr(`<${typeFullName(typeOf(self))} object at ${addressHex(self)}>`);
  },
  str(self: Value): Ref {
    return repr(self);
  },
  hash(self: Value): number {
    // CPython: the address rotated by 4 bits; ours are 8-aligned, so drop 3.
    return (self >>> 3) | 0;
  },
  richcompare(self: Value, other: Value, op: number): Value {
    if (op === CMP_EQ) return self === other ? S.True : S.NotImplemented;
    if (op === CMP_NE) {
      // != delegates to == and inverts it, unless == is not implemented.
      const f = slotsOf(typeOf(self)).richcompare;
      if (f === undefined) return S.NotImplemented;
      const r = f(self, other, CMP_EQ);
      if (r === S.NotImplemented) return r;
      return isTrue(r) ? S.False : S.True;
    }
    return S.NotImplemented;
  },
  getattr: genericGetAttr,
  setattr: genericSetAttr,
});


/** object's __new__ and __init__ descriptors (refs per heap: re-read when the heap changes). */
let objectNewRef: Value = NULL;
let objectInitRef: Value = NULL;
let objectRefsFor: SharedArrayBuffer | null = null;
export function objectDescr(name: '__new__' | '__init__'): Value {
  if (objectRefsFor !== buffer) {
    objectNewRef = dictGetStr(typeDict(T.object), dunder('__new__'));
    objectInitRef = dictGetStr(typeDict(T.object), dunder('__init__'));
    objectRefsFor = buffer;
  }
  return name === '__new__' ? objectNewRef : objectInitRef;
}

/** The first built-in type on cls's MRO (whose __new__ must make its instances). */
export function builtinBaseOf(cls: Ref): Ref {
  let t = cls;
  while (t !== NULL && isHeapType(t)) t = typeBase(t);
  return t === NULL ? T.object : t;
}

/** The abstract-class check of object.__new__ (abc sets __abstractmethods__ and TPF_ABSTRACT). */
function checkAbstract(cls: Ref): void {
  if ((typeFlags(cls) & TPF_ABSTRACT) === 0) return;
  const methods = getAttrOptional(cls, dunder('__abstractmethods__'));
  const names: string[] = [];
  if (methods !== NULL) {
    const mark = handleCount();
    try {
      pushHandle(methods);
      const it = getIter(methods);
      pushHandle(it);
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) names.push(strValue(str(x)));
    } finally {
      releaseHandles(mark);
    }
    names.sort();
  }
  const cname = typeNameJs(cls);
  const list = names.map((n) => `'${n}'`).join(', ');
  throw raise(
    E.TypeError,
    `Can't instantiate abstract class ${cname} without an implementation for abstract method${names.length === 1 ? '' : 's'} ${list}`,
  );
}

/** object.__new__(cls, *args, **kwargs) */
export function objectNew(_self: Value, argv: number, argc: number, kwnames: Ref): Value {
  if (argc - kwLen(kwnames) < 1) throw raise(E.TypeError, 'object.__new__(): not enough arguments');
  const cls = i32[argv]!;
  if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
    throw raise(E.TypeError, `object.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  if (argc > 1) {
    if (lookupType(cls, dunder('__new__')) !== objectDescr('__new__')) {
      throw raise(E.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (lookupType(cls, dunder('__init__')) === objectDescr('__init__')) {
      throw raise(E.TypeError, `${typeNameJs(cls)}() takes no arguments`);
    }
  }
  return newObjectOf(cls);
}

/** An instance of cls made by object.__new__ (after the argument checks). */
export function newObjectOf(cls: Ref): Ref {
  const base = builtinBaseOf(cls);
  if (base !== T.object) {
    const n = typeNameJs(cls);
    throw raise(E.TypeError, `object.__new__(${n}) is not safe, use ${typeNameJs(base)}.__new__()`);
  }
  checkAbstract(cls);
  return allocInstance(cls);
}

/** object.__init__(self, *args, **kwargs) */
export function objectInit(self: Value, _argv: number, argc: number): Value {
  if (argc > 0) {
    const tp = typeOf(self);
    if (lookupType(tp, dunder('__init__')) !== objectDescr('__init__')) {
      throw raise(E.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (lookupType(tp, dunder('__new__')) === objectDescr('__new__')) {
      throw raise(E.TypeError, `${typeNameJs(tp)}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return S.None;
}

defineMethod('object', '__new__', objectNew, MDF_STATIC);
objectInitHook.run = objectInit;

defineMethod(
  'object',
  '__init_subclass__',
  (cls, _argv, argc, kwnames) => {
    if (kwLen(kwnames) > 0) {
      throw raise(E.TypeError, `${typeNameJs(cls)}.__init_subclass__() takes no keyword arguments`);
    }
    if (argc > 0) throw raise(E.TypeError, `${typeNameJs(cls)}.__init_subclass__() takes no arguments (${argc} given)`);
    return S.None;
  },
  MDF_CLASS,
);

defineMethod('object', '__subclasshook__', () => S.NotImplemented, MDF_CLASS);

defineMethod('object', '__format__', (self, argv, argc, kwnames) => {
  if (argc !== 1 || kwLen(kwnames) > 0) {
    throw raise(E.TypeError, `object.__format__() takes exactly one argument (${argc} given)`);
  }
  const spec = i32[argv]!;
  if ((spec & 1) !== 0 || !isSubtype(typeOf(spec), T.str)) {
    throw raise(E.TypeError, `__format__() argument must be str, not ${typeNameOf(spec)}`);
  }
  if (strLength(spec) > 0 && typeOf(spec) === T.str) {
    throw raise(E.TypeError, `unsupported format string passed to ${typeNameJs(typeOf(self))}.__format__`);
  }
  return str(self);
});

defineMethod('object', '__sizeof__', (self) => {
  const t = typeOf(self);
  if ((self & 1) !== 0) return intFromNumber(28);
  const words = (i32[(self >> 2) + 1]! >>> 4) << 3;
  return intFromNumber(words > 0 ? words : HEADER_BYTES + typeBasicWords(t) * 4);
});

/**
 * object.__getstate__(): the instance dict (or None); when the class has
 * __slots__ (names from copyreg._slotnames, as CPython), (dict or None,
 * {slot: value}) for the slots that are set.
 */
function objectGetState(self: Value): Value {
  const d = existingInstanceDict(self);
  const dictState = d === NULL || dictSize(d) === 0 ? S.None : d;
  const cls = typeOf(self);
  if ((self & 1) !== 0 || !isHeapType(cls)) return dictState;
  const mark = handleCount();
  try {
    const hState = pushHandle(dictState);
    const copyreg = pushHandle(importAbsolute('copyreg'));
    const slotnamesFn = getAttrOptional(getHandle(copyreg), intern('_slotnames'));
    if (slotnamesFn === NULL) return getHandle(hState);
    const names = pushHandle(callArray(slotnamesFn, [cls]));
    const n = getHandle(names);
    if ((n & 1) !== 0 || n === NULL || !isSubtype(typeOf(n), T.list) || listLength(n) === 0) return getHandle(hState);
    const slots = pushHandle(newDict());
    for (let i = 0; i < listLength(getHandle(names)); i++) {
      const name = listGet(getHandle(names), i);
      const v = getAttrOptional(self, name);
      if (v !== NULL) dictSet(getHandle(slots), name, v);
    }
    if (dictSize(getHandle(slots)) === 0) return getHandle(hState);
    return newTuple([getHandle(hState), getHandle(slots)]);
  } finally {
    releaseHandles(mark);
  }
}
defineMethod('object', '__getstate__', (self) => objectGetState(self));

function tupleItems(t: Value): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < tupleLength(t); i++) out.push(tupleGet(t, i));
  return out;
}

function isInstanceOf(v: Value, t: Ref): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), t);
}

function reduceEx(self: Value, protocol: number): Value {
  // copyreg's protocol-2 form: (copyreg.__newobj__, (cls,), state, None, None).
  const copyreg = importAbsolute('copyreg');
  const mark = handleCount();
  try {
    pushHandle(copyreg);
    const cls = typeOf(self);
    if (protocol < 2) {
      const f = getAttrOptional(copyreg, intern('_reduce_ex'));
      return callArray(f, [self, intFromNumber(protocol)]);
    }
    // CPython's reduce_newobj: the arguments from __getnewargs_ex__ or __getnewargs__, the
    // state from __getstate__, and the items of list and dict subclasses as iterators.
    let args: Value = NULL;
    let kwargs: Value = NULL;
    const gnx = getAttrOptional(self, intern('__getnewargs_ex__'));
    if (gnx !== NULL) {
      const r = callArray(gnx, []);
      if (!isInstanceOf(r, T.tuple)) {
        throw raise(E.TypeError, `__getnewargs_ex__ should return a tuple, not '${typeNameOf(r)}'`);
      }
      if (tupleLength(r) !== 2) {
        throw raise(E.ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${tupleLength(r)}`);
      }
      args = tupleGet(r, 0);
      kwargs = tupleGet(r, 1);
      if (!isInstanceOf(args, T.tuple)) {
        throw raise(E.TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeNameOf(args)}'`);
      }
      if (!isInstanceOf(kwargs, T.dict)) {
        throw raise(E.TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeNameOf(kwargs)}'`);
      }
      pushHandle(r);
    } else {
      const gn = getAttrOptional(self, intern('__getnewargs__'));
      if (gn !== NULL) {
        args = callArray(gn, []);
        if (!isInstanceOf(args, T.tuple)) {
          throw raise(E.TypeError, `__getnewargs__ should return a tuple, not '${typeNameOf(args)}'`);
        }
        pushHandle(args);
      }
    }
    const hasKw = kwargs !== NULL && dictSize(kwargs) > 0;
    const newobj = getAttrOptional(copyreg, intern(hasKw ? '__newobj_ex__' : '__newobj__'));
    pushHandle(newobj);
    const callArgs = hasKw
      ? newTuple([cls, args, kwargs])
      : newTuple([cls, ...(args === NULL ? [] : tupleItems(args))]);
    const hArgs = pushHandle(callArgs);
    const gs = getAttrOptional(self, intern('__getstate__'));
    const state = gs === NULL ? S.None : callArray(gs, []);
    const hState = pushHandle(state);
    const listItems = isInstanceOf(self, T.list) ? getIter(self) : S.None;
    const hList = pushHandle(listItems);
    let dictItems: Value = S.None;
    if (isInstanceOf(self, T.dict)) {
      const items = getAttrOptional(self, intern('items'));
      dictItems = getIter(callArray(items, []));
    }
    const hDict = pushHandle(dictItems);
    return newTuple([newobj, getHandle(hArgs), getHandle(hState), getHandle(hList), getHandle(hDict)]);
  } finally {
    releaseHandles(mark);
  }
}


defineMethod('object', '__reduce_ex__', (self, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, `object.__reduce_ex__() takes exactly one argument (${argc} given)`);
  const p = i32[argv]!;
  if ((p & 1) === 0) throw raise(E.TypeError, `'${typeNameOf(p)}' object cannot be interpreted as an integer`);
  const reduce = lookupType(typeOf(self), intern('__reduce__'));
  const objectReduce = dictGetStr(typeDict(T.object), intern('__reduce__'));
  if (reduce !== NULL && reduce !== objectReduce) {
    const bound = getAttrOptional(self, intern('__reduce__'));
    return callArray(bound, []);
  }
  return reduceEx(self, p >> 1);
});
defineMethod('object', '__reduce__', (self) => reduceEx(self, 0));

/**
 * object.__dir__(): the keys of the instance's __dict__ attribute (looked up as an attribute, so
 * that __getattribute__ or a __dict__ property decide, as CPython's; not a dict: none) and every
 * class attribute along the MRO (unsorted).
 */
defineMethod('object', '__dir__', (self) => {
  const seen = newDict();
  const mark = handleCount();
  try {
    pushHandle(seen);
    const d = getAttrOptional(self, dunder('__dict__'));
    if (d !== NULL) {
      pushHandle(d);
      if (isInstanceOf(d, T.dict)) mergeKeys(seen, d);
    }
    const cls = getAttrOptional(self, dunder('__class__'));
    if (cls !== NULL && (cls & 1) === 0 && isSubtype(typeOf(cls), T.type)) mergeClassKeys(seen, cls);
    const out = newList(0);
    for (let k = dictNextEntry(seen, 0); k >= 0; k = dictNextEntry(seen, k + 1)) {
      listAppend(out, i32[dictEntryIndex(seen, k) + 1]!);
    }
    return out;
  } finally {
    releaseHandles(mark);
  }
});

function mergeKeys(into: Ref, d: Ref): void {
  for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) {
    dictSet(into, i32[dictEntryIndex(d, k) + 1]!, S.None);
  }
}

/** Keys of every dict along cls's MRO (what dir(cls) lists). */
export function mergeClassKeys(into: Ref, cls: Ref): void {
  const mro = getField(cls, TP_MRO);
  for (let i = 0, n = tupleLength(mro); i < n; i++) mergeKeys(into, typeDict(i32[tupleBase(mro) + i]!));
}

// ---- __class__ ----------------------------------------------------------------------------

function sameLayout(a: Ref, b: Ref): boolean {
  return (
    typeBasicWords(a) === typeBasicWords(b) &&
    typeDictIndex(a) === typeDictIndex(b) &&
    builtinBaseOf(a) === builtinBaseOf(b) &&
    slotLayoutOf(a) === slotLayoutOf(b)
  );
}
/** The most derived class on the MRO that added __slots__ (its members define the layout). */
function slotLayoutOf(t: Ref): Ref {
  let cur = t;
  while (cur !== NULL && isHeapType(cur)) {
    const base = typeBase(cur);
    if (base === NULL || typeBasicWords(cur) !== typeBasicWords(base) + (typeDictIndex(base) < 0 && typeDictIndex(cur) >= 0 ? 1 : 0)) return cur;
    cur = base;
  }
  return cur;
}

defineGetSet(
  'object',
  '__class__',
  (self) => typeOf(self),
  (self, value) => {
    if (value === NULL) throw raise(E.TypeError, "can't delete __class__ attribute");
    if ((value & 1) !== 0 || !isSubtype(typeOf(value), T.type)) {
      throw raise(E.TypeError, `__class__ must be set to a class, not '${typeNameOf(value)}' object`);
    }
    const old = typeOf(self);
    const isModule = (t: Ref): boolean => isSubtype(t, T.module);
    if (!(isHeapType(old) && isHeapType(value)) && !(isModule(old) && isModule(value))) {
      throw raise(E.TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
    }
    if (!sameLayout(old, value)) {
      throw raise(
        E.TypeError,
        `__class__ assignment: '${typeNameJs(value)}' object layout differs from '${typeNameJs(old)}'`,
      );
    }
    i32[self >> 2] = value;
  },
);


// ---- the singletons' reprs (filled only where their owners declared none) -------------------

function declareMissing(name: 'NoneType' | 'NotImplementedType' | 'ellipsis', text: string): void {
  const table = slotTables[slotIndexForName(name)]!;
  if (table.repr === undefined) table.repr = () => intern(text);
}
declareMissing('NoneType', 'None');
declareMissing('NotImplementedType', 'NotImplemented');
declareMissing('ellipsis', 'Ellipsis');

// CPython 3.12 hashes None to a constant rather than its address (so do hashes of tuples, ranges and
// slices holding None): 0xFCA86420, as the compiler's constant folding already assumes.
{
  const table = slotTables[slotIndexForName('NoneType')]!;
  if (table.hash === undefined) table.hash = () => 0xfca86420;
}
