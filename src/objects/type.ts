/**
 * The `type` type: calling a class (type.__call__: __new__ then __init__,
 * as CPython's type_call), type(x), attribute lookup on classes (metatype
 * data descriptors, then the class's MRO, then the metatype), setting class
 * attributes (with method-cache invalidation), the attributes of classes
 * (__name__, __qualname__, __bases__, __mro__, __dict__, __module__,
 * __doc__, ...), their methods (mro, __subclasses__, __instancecheck__,
 * __subclasscheck__, __prepare__), and isinstance/issubclass.
 */
import { NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { isTrue, typeNameOf } from '../vm/abstract.js';
import {
  callFound,
  callFound1,
  descrGetOf,
  descrSetOf,
  getAttrOptional,
  lookupType,
  raiseAttributeError,
} from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { lockPair, unlockPair } from '../vm/object-lock.js';
import { onLayouts } from './bootstrap-hooks.js';
import { dictDel, dictGetStr, dictSet, newDict } from './dict.js';
import { defineGetSet, defineGetter } from './descriptors-getset.js';
import { intFromNumber } from './int.js';
import { cpythonTypeFlags } from './type-flags-cpython.js';
import { intern, internStr } from './intern.js';
import { listAppend, newList } from './list.js';
import { newMappingProxy } from './type-mappingproxy.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { newObjectOf, objectDescr, objectInit } from './object.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { isStr, isSubtype, typeOf } from './typecheck.js';
import { kwLen } from './type-args.js';
import { typeModuleJs, typeNameJs, typeQualnameJs } from './type-info.js';
import { HEAP_TYPE_WORDS, isHeapType, setInstanceLayout, unboxed } from './type-layout.js';
import { mroArray } from './type-mro.js';
import { D_INIT, D_NEW, dn, dunder } from './type-names.js';
import { newClass, subclassesOf, typeModified } from './type-new.js';
import {
  declareSlots,
  getField,
  setField,
  TP_BASE,
  TP_BASES,
  TP_MRO,
  TP_NAME,
  TP_QUALNAME,
  TPF_ABSTRACT,
  TPF_DOTTED_NAME,
  TPF_EXCEPTION,
  TPF_IMMUTABLE,
  typeBasicWords,
  typeDict,
  typeFlags,
  setTypeFlags,
  TP_FLAGS,
} from './typeobject.js';
import { mergeClassKeys } from './object.js';
import { exceptionCall } from './exception-call.js';
import { dictEntryIndex, dictNextEntry } from './dict.js';

onLayouts(() => {
  setInstanceLayout(T.type, HEAP_TYPE_WORDS, -1);
});

function isType(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.type);
}

// ---- calling a class ------------------------------------------------------------------------

/**
 * int(x), float(x), str(x) and bool(x) with one positional argument: what
 * type.__call__ would give (the type's __new__ converts, object.__init__ does
 * nothing), without the lookups and the argument block (CPython has
 * vectorcalls for these). Set by the types' modules.
 */
export const oneArgConversions: {
  int?: (x: Value) => Value;
  float?: (x: Value) => Value;
  /** str(x): x's __str__, checked (str-convert.ts). */
  str?: (x: Value) => Value;
  /** bool(x): x's truth (bool.ts). */
  bool?: (x: Value) => Value;
} = {};

/**
 * list(), list(x), tuple(...), set(...), dict() and range(...): the exact
 * built-in class called with positional arguments only (at most one; dict
 * none; range one to three), made directly, as CPython's vectorcalls do,
 * without type.__call__'s lookups of __new__ and __init__, its argument
 * blocks and two native calls (about three quarters of the cost of `set()`).
 * Set by the types' method modules; each gives what __new__ then __init__
 * would.
 */
export const containerCalls: {
  list?: (argv: number, argc: number) => Value;
  tuple?: (argv: number, argc: number) => Value;
  set?: (argv: number, argc: number) => Value;
  dict?: (argv: number, argc: number) => Value;
  range?: (argv: number, argc: number) => Value;
} = {};

/**
 * `container` (new) filled from `x` by `fill` (listExtend, setUpdate) as its
 * __init__ fills it: rooted meanwhile, and in free-threading mode a critical
 * section on it and x, as lockingMethod makes of __init__ (so that list(d)
 * copies a dict other threads change as one step). For containerCalls.
 */
export function newFilledFrom(container: Ref, x: Value, fill: (c: Ref, x: Value) => void): Ref {
  const mark = handleCount();
  try {
    pushHandle(container);
    const locks = lockPair(container, x);
    try {
      fill(container, x);
    } finally {
      unlockPair(locks);
    }
  } finally {
    releaseHandles(mark);
  }
  return container;
}

/** type.__call__(cls, *args, **kwargs) */
export function typeCall(cls: Value, argv: number, argc: number, kwnames: Ref): Value {
  const nkw = kwLen(kwnames);
  if (argc <= 1 && nkw === 0) {
    if (argc === 1) {
      if (cls === T.int) return oneArgConversions.int!(i32[argv]!);
      if (cls === T.float) return oneArgConversions.float!(i32[argv]!);
      if (cls === T.str) return oneArgConversions.str!(i32[argv]!);
      if (cls === T.bool) return oneArgConversions.bool!(i32[argv]!);
    }
    if (cls === T.list) return containerCalls.list!(argv, argc);
    if (cls === T.tuple) return containerCalls.tuple!(argv, argc);
    if (cls === T.set) return containerCalls.set!(argv, argc);
    if (cls === T.dict && argc === 0) return containerCalls.dict!(argv, argc);
  }
  if (cls === T.range && nkw === 0 && argc >= 1 && argc <= 3) return containerCalls.range!(argv, argc);
  if (nkw === 0 && (typeFlags(cls) & TPF_EXCEPTION) !== 0) {
    const e = exceptionCall.make(cls, argv, argc);
    if (e !== NULL) return e;
  }
  if (cls === T.type) {
    if (argc === 1 && nkw === 0) return typeOf(i32[argv]!);
    if (argc - nkw !== 3) throw raise(E.TypeError, 'type() takes 1 or 3 arguments');
  }
  const newF = lookupType(cls, dn(D_NEW));
  if (newF === NULL) throw raise(E.TypeError, `cannot create '${typeNameJs(cls)}' instances`);
  const mark = handleCount();
  try {
    let obj: Value;
    if (newF === objectDescr('__new__')) {
      if (argc > 0) {
        if (lookupType(cls, dn(D_INIT)) === objectDescr('__init__')) {
          throw raise(E.TypeError, `${typeNameJs(cls)}() takes no arguments`);
        }
      }
      obj = newObjectOf(cls);
    } else {
      let callable = newF;
      const get = (newF & 1) === 0 ? descrGetOf(typeOf(newF)) : undefined;
      if (get !== undefined) callable = get(newF, NULL, cls);
      pushHandle(callable);
      const h = pushHandle(cls);
      for (let i = 0; i < argc; i++) pushHandle(i32[argv + i]!);
      obj = callValue(callable, handleWord(h), argc + 1, kwnames);
    }
    if (!isSubtype(typeOf(obj), cls)) return obj;
    const hObj = pushHandle(obj);
    const initF = lookupType(typeOf(obj), dn(D_INIT));
    if (initF === objectDescr('__init__')) {
      // object.__init__ only checks its arguments; for an instance of `cls` itself the checks
      // above have made them (int(x), tuple(it): no call at all, as CPython's vectorcall).
      if (typeOf(obj) !== cls) objectInit(obj, argv, argc);
    } else if (initF !== NULL) {
      const r = callFound(initF, obj, argv, argc, kwnames);
      if (r !== S.None) throw raise(E.TypeError, `__init__() should return None, not '${typeNameOf(r)}'`);
    }
    return getHandle(hObj);
  } finally {
    releaseHandles(mark);
  }
}

// ---- attribute access on classes --------------------------------------------------------------

/** type_getattro: metatype data descriptors, then the class's MRO, then the metatype. NULL if missing. */
export function typeGetAttr(type: Value, name: Ref): Value {
  const meta = typeOf(type);
  const metaAttr = lookupType(meta, name);
  let metaGet;
  if (metaAttr !== NULL && (metaAttr & 1) === 0) {
    const mt = typeOf(metaAttr);
    metaGet = descrGetOf(mt);
    if (metaGet !== undefined && descrSetOf(mt) !== undefined) return metaGet(metaAttr, type, meta);
  }
  const attr = lookupType(type, name);
  if (attr !== NULL) {
    if ((attr & 1) === 0) {
      const get = descrGetOf(typeOf(attr));
      if (get !== undefined) return get(attr, NULL, type);
    }
    return attr;
  }
  if (metaGet !== undefined) return metaGet(metaAttr, type, meta);
  return metaAttr;
}

function isDunder(s: string): boolean {
  return s.length > 4 && s.startsWith('__') && s.endsWith('__');
}

/** type_setattro (value NULL: delete). */
export function typeSetAttr(type: Value, name: Ref, value: Value): void {
  const nameJs = strValue(name);
  if ((typeFlags(type) & TPF_IMMUTABLE) !== 0) {
    throw raise(
      E.TypeError,
      `cannot ${value === NULL ? 'delete' : 'set'} '${nameJs}' attribute of immutable type '${typeNameJs(type)}'`,
    );
  }
  const meta = typeOf(type);
  const metaAttr = lookupType(meta, name);
  if (metaAttr !== NULL && (metaAttr & 1) === 0) {
    const set = descrSetOf(typeOf(metaAttr));
    if (set !== undefined) {
      set(metaAttr, type, value);
      return;
    }
  }
  const key = internStr(name);
  const dict = typeDict(type);
  if (value === NULL) {
    if (dictDel(dict, key) === NULL) throw raiseAttributeError(type, key);
  } else {
    dictSet(dict, key, value);
  }
  typeModified(type, isDunder(nameJs));
}

function typeRepr(type: Value): Ref {
  const mod = typeModuleJs(type);
  const q = typeQualnameJs(type);
  return newStr(mod === null || mod === 'builtins' ? `<class '${q}'>` : `<class '${mod}.${q}'>`);
}

declareSlots('type', {
  call: typeCall,
  repr: typeRepr,
  getattr: typeGetAttr,
  setattr: typeSetAttr,
});

// ---- type.__new__, type.__init__ ----------------------------------------------------------

defineMethod(
  'type',
  '__new__',
  (_self, argv, argc, kwnames) => {
    const nkw = kwLen(kwnames);
    if (argc - nkw < 1) throw raise(E.TypeError, 'type.__new__(): not enough arguments');
    const meta = i32[argv]!;
    if (!isType(meta)) throw raise(E.TypeError, `type.__new__(X): X is not a type object (${typeNameOf(meta)})`);
    if (!isSubtype(meta, T.type)) {
      throw raise(E.TypeError, `type.__new__(${typeNameJs(meta)}): ${typeNameJs(meta)} is not a subtype of type`);
    }
    const npos = argc - nkw - 1;
    if (npos !== 3) throw raise(E.TypeError, `type.__new__() takes exactly 3 arguments (${npos} given)`);
    return newClass(meta, i32[argv + 1]!, i32[argv + 2]!, i32[argv + 3]!, argv + 4, kwnames);
  },
  MDF_STATIC,
);

defineMethod('type', '__init__', (_self, _argv, argc, kwnames) => {
  const npos = argc - kwLen(kwnames);
  if (npos !== 1 && npos !== 3) throw raise(E.TypeError, 'type.__init__() takes 1 or 3 arguments');
  return S.None;
});

/** type.__prepare__(name, bases, **kwds): a fresh dict (a classmethod in CPython; any receiver works). */
defineMethod('type', '__prepare__', () => newDict(), MDF_STATIC);

// ---- methods --------------------------------------------------------------------------------

defineMethod('type', 'mro', (self) => {
  const l = newList(0);
  for (const t of mroArray(self)) listAppend(l, t);
  return l;
});

defineMethod('type', '__subclasses__', (self) => {
  const l = newList(0);
  for (const t of subclassesOf(self)) listAppend(l, t);
  return l;
});

defineMethod('type', '__instancecheck__', (self, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, `type.__instancecheck__() takes exactly one argument (${argc} given)`);
  return recursiveIsInstance(i32[argv]!, self) ? S.True : S.False;
});

defineMethod('type', '__subclasscheck__', (self, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, `type.__subclasscheck__() takes exactly one argument (${argc} given)`);
  return recursiveIsSubclass(i32[argv]!, self) ? S.True : S.False;
});

defineMethod('type', '__dir__', (self) => {
  const d = newDict();
  const mark = handleCount();
  try {
    pushHandle(d);
    mergeClassKeys(d, self);
    const out = newList(0);
    for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) listAppend(out, i32[dictEntryIndex(d, k) + 1]!);
    return out;
  } finally {
    releaseHandles(mark);
  }
});

defineMethod('type', '__sizeof__', (self) => intFromNumber(16 + (isHeapType(self) ? HEAP_TYPE_WORDS : typeBasicWords(T.type)) * 4));

// ---- attributes of classes ------------------------------------------------------------------

function checkHeapSet(type: Value, attr: string): void {
  if (!isHeapType(type)) {
    throw raise(E.TypeError, `cannot set '${attr}' attribute of immutable type '${typeNameJs(type)}'`);
  }
}

function checkNotDelete(type: Value, attr: string, value: Value): void {
  if (value === NULL) throw raise(E.TypeError, `cannot delete '${attr}' attribute of immutable type '${typeNameJs(type)}'`);
}

defineGetSet(
  'type',
  '__name__',
  (t) => {
    // A built-in type's dotted name ('itertools.count') ends with its __name__, as CPython's type_name.
    const name = getField(t, TP_NAME);
    if (isHeapType(t) && (typeFlags(t) & TPF_DOTTED_NAME) === 0) return name;
    const js = strValue(name);
    const dot = js.lastIndexOf('.');
    return dot < 0 ? name : newStr(js.slice(dot + 1));
  },
  (t, v) => {
    checkHeapSet(t, '__name__');
    checkNotDelete(t, '__name__', v);
    if (!isStr(v)) {
      throw raise(E.TypeError, `can only assign string to ${typeNameJs(t)}.__name__, not '${typeNameOf(v)}'`);
    }
    if (strValue(v).includes('\0')) throw raise(E.ValueError, 'type name must not contain null characters');
    setField(t, TP_NAME, v);
  },
);
defineGetSet(
  'type',
  '__qualname__',
  (t) => getField(t, TP_QUALNAME),
  (t, v) => {
    checkHeapSet(t, '__qualname__');
    checkNotDelete(t, '__qualname__', v);
    if (!isStr(v)) {
      throw raise(E.TypeError, `can only assign string to ${typeNameJs(t)}.__qualname__, not '${typeNameOf(v)}'`);
    }
    setField(t, TP_QUALNAME, v);
  },
);
defineGetSet(
  'type',
  '__bases__',
  (t) => getField(t, TP_BASES),
  (t, v) => {
    checkHeapSet(t, '__bases__');
    checkNotDelete(t, '__bases__', v);
    if ((v & 1) !== 0 || typeOf(v) !== T.tuple) {
      throw raise(E.TypeError, `can only assign tuple to ${typeNameJs(t)}.__bases__, not ${typeNameOf(v)}`);
    }
    throw raise(E.TypeError, `__bases__ assignment is not supported by gilvm yet`);
  },
);
defineGetter('type', '__mro__', (t) => getField(t, TP_MRO));
defineGetter('type', '__base__', (t) => {
  const b = getField(t, TP_BASE);
  return b === NULL ? S.None : b;
});
defineGetter('type', '__dict__', (t) => newMappingProxy(typeDict(t)));
defineGetter('type', '__basicsize__', (t) => intFromNumber(16 + typeBasicWords(t) * 4));
defineGetter('type', '__flags__', (t) => intFromNumber(cpythonTypeFlags(t)));
defineGetSet(
  'type',
  '__module__',
  (t) => {
    if (!isHeapType(t)) return intern(typeModuleJs(t) ?? 'builtins');
    const m = dictGetStr(typeDict(t), dunder('__module__'));
    if (m === NULL) throw raiseAttributeError(t, dunder('__module__'));
    return m;
  },
  (t, v) => {
    checkHeapSet(t, '__module__');
    checkNotDelete(t, '__module__', v);
    dictSet(typeDict(t), dunder('__module__'), v);
    typeModified(t, false);
  },
);
defineGetSet(
  'type',
  '__doc__',
  (t) => {
    const d = dictGetStr(typeDict(t), dunder('__doc__'));
    if (d === NULL) return S.None;
    if (isHeapType(t) && (d & 1) === 0) {
      const get = descrGetOf(typeOf(d));
      if (get !== undefined) return get(d, NULL, t);
    }
    return d;
  },
  (t, v) => {
    checkHeapSet(t, '__doc__');
    checkNotDelete(t, '__doc__', v);
    dictSet(typeDict(t), dunder('__doc__'), v);
    typeModified(t, false);
  },
);
defineGetSet(
  'type',
  '__abstractmethods__',
  (t) => {
    const v = t === T.type ? NULL : dictGetStr(typeDict(t), dunder('__abstractmethods__'));
    if (v === NULL) throw raise(E.AttributeError, '__abstractmethods__');
    return v;
  },
  (t, v) => {
    checkHeapSet(t, '__abstractmethods__');
    const key = dunder('__abstractmethods__');
    let abstract = false;
    if (v === NULL) {
      if (dictDel(typeDict(t), key) === NULL) throw raise(E.AttributeError, '__abstractmethods__');
    } else {
      abstract = isTrue(v);
      dictSet(typeDict(t), key, v);
    }
    const flags = typeFlags(t);
    setTypeFlags(t, abstract ? flags | TPF_ABSTRACT : flags & ~TPF_ABSTRACT);
    typeModified(t, false);
  },
);
defineGetter('type', '__type_params__', (t) => {
  const v = dictGetStr(typeDict(t), dunder('__type_params__'));
  return v === NULL ? newTuple([]) : v;
});

// ---- isinstance / issubclass ----------------------------------------------------------------

/** type.__instancecheck__: by type, then by obj.__class__ (proxies) for instances of classes. */
export function recursiveIsInstance(obj: Value, cls: Value): boolean {
  if (!isType(cls)) {
    throw raise(E.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  const t = typeOf(obj);
  if (isSubtype(t, cls)) return true;
  if (!isHeapType(t)) return false;
  const c = getAttrOptional(obj, dunder('__class__'));
  return c !== NULL && c !== t && isType(c) && isSubtype(c, cls);
}

export function recursiveIsSubclass(derived: Value, cls: Value): boolean {
  if (!isType(derived)) throw raise(E.TypeError, 'issubclass() arg 1 must be a class');
  if (!isType(cls)) {
    throw raise(E.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  }
  return isSubtype(derived, cls);
}

/** isinstance(obj, cls): tuples, __instancecheck__ on the metaclass, CPython's errors. */
export function isInstance(obj: Value, cls: Value): boolean {
  const t = typeOf(obj);
  if (t === cls) return true;
  if ((cls & 1) === 0 && cls !== NULL) {
    const ct = typeOf(cls);
    if (ct === T.type) return recursiveIsInstance(obj, cls);
    if (ct === T.tuple) {
      for (let i = 0, n = tupleLength(cls); i < n; i++) if (isInstance(obj, tupleGet(cls, i))) return true;
      return false;
    }
    const checker = lookupType(ct, dunder('__instancecheck__'));
    if (checker !== NULL) return isTrue(callFound1(checker, cls, obj));
  }
  return recursiveIsInstance(obj, cls);
}

/** issubclass(derived, cls) */
export function isSubclass(derived: Value, cls: Value): boolean {
  if ((cls & 1) === 0 && cls !== NULL) {
    const ct = typeOf(cls);
    if (ct === T.type) {
      if (derived === cls && isType(derived)) return true;
      return recursiveIsSubclass(derived, cls);
    }
    if (ct === T.tuple) {
      for (let i = 0, n = tupleLength(cls); i < n; i++) if (isSubclass(derived, tupleGet(cls, i))) return true;
      return false;
    }
    const checker = lookupType(ct, dunder('__subclasscheck__'));
    if (checker !== NULL) return isTrue(callFound1(checker, cls, derived));
  }
  return recursiveIsSubclass(derived, cls);
}

export { fromSmallInt, unboxed };
