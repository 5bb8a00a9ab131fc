/**
 * property, staticmethod and classmethod.
 *
 *     property body (values):       | fget | fset | fdel | doc | name |
 *     staticmethod body (values):   | callable | dict |
 *     classmethod body (values):    | callable | dict |
 *
 *   fget/fset/fdel/doc  None when not given;  name  the attribute name from
 *   __set_name__ (for error messages), or NULL
 *
 * Constructors: `__new__` (static natives) allocate an instance of the class
 * asked for (subclasses included), `__init__` fills it, as in CPython. The
 * bodies' words are member descriptors in the types' dicts (fget, __func__, ...).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { getAttrOptional, setAttr } from '../vm/attributes.js';
import { callArray, callValue } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { repr, typeNameOf } from '../vm/abstract.js';
import { onAfterTypes, onLayouts } from './bootstrap-hooks.js';
import { dictSet } from './dict.js';
import { newMember } from './descriptors-getset.js';
import { newMethod } from './descriptors-method.js';
import { intern } from './intern.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { isSubtype, typeOf } from './typecheck.js';
import { kwLen, noKwargs, parseArgs } from './type-args.js';
import { allocInstance, instanceDict, setInstanceLayout } from './type-layout.js';
import { declareSlots, getField, setField, typeDict } from './typeobject.js';
import { descrGetOf } from '../vm/attributes.js';
import { typeNameJs } from './type-info.js';

export const PR_FGET = 0;
export const PR_FSET = 1;
export const PR_FDEL = 2;
export const PR_DOC = 3;
export const PR_NAME = 4;
const PROPERTY_WORDS = 5;

export const SM_CALLABLE = 0;
export const SM_DICT = 1;
const SM_WORDS = 2;

onLayouts(() => {
  setInstanceLayout(T.property, PROPERTY_WORDS, -1);
  setInstanceLayout(T.staticmethod, SM_WORDS, SM_DICT);
  setInstanceLayout(T.classmethod, SM_WORDS, SM_DICT);
});

onAfterTypes(() => {
  const members: [Ref, string, number][] = [
    [T.property, 'fget', PR_FGET],
    [T.property, 'fset', PR_FSET],
    [T.property, 'fdel', PR_FDEL],
    [T.property, '__doc__', PR_DOC],
    [T.staticmethod, '__func__', SM_CALLABLE],
    [T.staticmethod, '__wrapped__', SM_CALLABLE],
    [T.classmethod, '__func__', SM_CALLABLE],
    [T.classmethod, '__wrapped__', SM_CALLABLE],
  ];
  for (const [type, name, index] of members) {
    const key = intern(name);
    dictSet(typeDict(type), key, newMember(type, key, index));
  }
});

function checkClass(fname: string, cls: Value, base: Ref): void {
  if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
    throw raise(E.TypeError, `${fname}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  if (!isSubtype(cls, base)) {
    throw raise(E.TypeError, `${fname}.__new__(${typeNameJs(cls)}): ${typeNameJs(cls)} is not a subtype of ${fname}`);
  }
}

function newOf(base: () => Ref, fname: string) {
  return (_self: Value, argv: number, argc: number): Value => {
    if (argc < 1) throw raise(E.TypeError, `${fname}.__new__(): not enough arguments`);
    const cls = i32[argv]!;
    checkClass(fname, cls, base());
    const r = allocInstance(cls);
    if (base() === T.property) {
      for (let i = 0; i < 4; i++) setField(r, i, S.None);
    } else {
      setField(r, SM_CALLABLE, S.None);
    }
    return r;
  };
}

// ---- property -------------------------------------------------------------------------------

defineMethod('property', '__new__', newOf(() => T.property, 'property'), MDF_STATIC);

const propArgs: Value[] = [0, 0, 0, 0];
defineMethod('property', '__init__', (self, argv, argc, kwnames) => {
  parseArgs('property', argv, argc, kwnames, ['fget', 'fset', 'fdel', 'doc'], 0, propArgs);
  const [fget, fset, fdel, doc] = propArgs as [Value, Value, Value, Value];
  setField(self, PR_FGET, fget === NULL ? S.None : fget);
  setField(self, PR_FSET, fset === NULL ? S.None : fset);
  setField(self, PR_FDEL, fdel === NULL ? S.None : fdel);
  let d = doc === NULL ? S.None : doc;
  if (d === S.None && fget !== NULL && fget !== S.None) {
    const fromGetter = getAttrOptional(fget, intern('__doc__'));
    if (fromGetter !== NULL) d = fromGetter;
  }
  setField(self, PR_DOC, d);
  return S.None;
});

function propertyName(p: Ref): string {
  const n = getField(p, PR_NAME);
  return n === NULL ? '' : ` ${strValue(repr(n))}`;
}

function propertyError(p: Ref, obj: Value, what: string): never {
  throw raise(E.AttributeError, `property${propertyName(p)} of '${typeNameOf(obj)}' object has no ${what}`);
}

declareSlots('property', {
  descrGet(p: Value, obj: Value): Value {
    if (obj === NULL || obj === S.None) return p;
    const fget = getField(p, PR_FGET);
    if (fget === S.None) propertyError(p, obj, 'getter');
    return callArray(fget, [obj]);
  },
  descrSet(p: Value, obj: Value, value: Value): void {
    if (value === NULL) {
      const fdel = getField(p, PR_FDEL);
      if (fdel === S.None) propertyError(p, obj, 'deleter');
      callArray(fdel, [obj]);
    } else {
      const fset = getField(p, PR_FSET);
      if (fset === S.None) propertyError(p, obj, 'setter');
      callArray(fset, [obj, value]);
    }
  },
  isDataDescriptor: true,
});

/** property.getter/setter/deleter: a copy with one function replaced (CPython's property_copy). */
function propertyCopy(p: Ref, which: number, func: Value): Value {
  const parts = [getField(p, PR_FGET), getField(p, PR_FSET), getField(p, PR_FDEL)];
  parts[which] = func;
  let doc = getField(p, PR_DOC);
  // A doc taken from the old getter is not kept when the getter changes.
  if (which === PR_FGET) doc = S.None;
  const cls = typeOf(p);
  const copy = callArray(cls, [...parts, doc]);
  if ((copy & 1) === 0 && isSubtype(typeOf(copy), T.property)) setField(copy, PR_NAME, getField(p, PR_NAME));
  return copy;
}

(['getter', 'setter', 'deleter'] as const).forEach((name, which) => {
  defineMethod('property', name, (self, argv, argc, kwnames) => {
    noKwargs(`property.${name}`, kwnames);
    if (argc !== 1) throw raise(E.TypeError, `property.${name}() takes exactly one argument (${argc} given)`);
    return propertyCopy(self, which, i32[argv]!);
  });
});

defineMethod('property', '__set_name__', (self, argv, argc, kwnames) => {
  noKwargs('__set_name__', kwnames);
  if (argc !== 2) throw raise(E.TypeError, `__set_name__ expected 2 arguments, got ${argc}`);
  setField(self, PR_NAME, i32[argv + 1]!);
  return S.None;
});

function isAbstract(v: Value): boolean {
  if (v === S.None || v === NULL) return false;
  const r = getAttrOptional(v, intern('__isabstractmethod__'));
  return r !== NULL && r !== S.False && r !== S.None && r !== 1;
}
import { defineGetter } from './descriptors-getset.js';
defineGetter('property', '__isabstractmethod__', (p) =>
  isAbstract(getField(p, PR_FGET)) || isAbstract(getField(p, PR_FSET)) || isAbstract(getField(p, PR_FDEL))
    ? S.True
    : S.False,
);

// ---- staticmethod, classmethod --------------------------------------------------------------

function initWrapping(fname: string) {
  return (self: Value, argv: number, argc: number, kwnames: Ref): Value => {
    if (kwLen(kwnames) > 0) throw raise(E.TypeError, `${fname}() takes no keyword arguments`);
    if (argc !== 1) throw raise(E.TypeError, `${fname} expected 1 argument, got ${argc}`);
    const callable = i32[argv]!;
    setField(self, SM_CALLABLE, callable);
    // functools.wraps-like: __module__, __name__, __qualname__, __doc__ (3.10+).
    for (const attr of ['__module__', '__name__', '__qualname__', '__doc__']) {
      const v = getAttrOptional(callable, intern(attr));
      if (v !== NULL) setAttr(self, intern(attr), v);
    }
    return S.None;
  };
}

defineMethod('staticmethod', '__new__', newOf(() => T.staticmethod, 'staticmethod'), MDF_STATIC);
defineMethod('staticmethod', '__init__', initWrapping('staticmethod'));
defineMethod('classmethod', '__new__', newOf(() => T.classmethod, 'classmethod'), MDF_STATIC);
defineMethod('classmethod', '__init__', initWrapping('classmethod'));

function wrappedRepr(kind: string) {
  return (self: Value): Ref => newStr(`<${kind}(${strValue(repr(getField(self, SM_CALLABLE)))})>`);
}

declareSlots('staticmethod', {
  descrGet: (self: Value): Value => getField(self, SM_CALLABLE),
  call: (self: Value, argv: number, argc: number, kwnames: Ref): Value =>
    callValue(getField(self, SM_CALLABLE), argv, argc, kwnames),
  repr: wrappedRepr('staticmethod'),
});

declareSlots('classmethod', {
  descrGet(self: Value, obj: Value, type: Ref): Value {
    const cls = type === NULL ? typeOf(obj) : type;
    const callable = getField(self, SM_CALLABLE);
    // 3.12 still chains descriptors (classmethod(property(...))); functions just bind.
    if ((callable & 1) === 0 && typeOf(callable) !== T.function) {
      const get = descrGetOf(typeOf(callable));
      if (get !== undefined) return get(callable, cls, typeOf(cls));
    }
    return newMethod(callable, cls);
  },
  repr: wrappedRepr('classmethod'),
});

for (const kind of ['staticmethod', 'classmethod']) {
  defineGetter(kind, '__isabstractmethod__', (self) => (isAbstract(getField(self, SM_CALLABLE)) ? S.True : S.False));
  defineGetter(kind, '__dict__', (self) => instanceDict(self));
}

