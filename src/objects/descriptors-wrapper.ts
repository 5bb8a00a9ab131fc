/**
 * Slot wrappers: each built-in type's slots (src/objects/typeobject.ts
 * TypeSlots) exposed in its dict as dunder methods, so that `int.__add__`,
 * `list.__len__(l)`, `object.__repr__(x)` and `super().__eq__(o)` work, and
 * so that classes (which all share HEAP_SLOTS, dispatching on dunders found
 * on the MRO) reach a built-in base's behaviour.
 *
 *     wrapper_descriptor body (values):  | name | owner | kind |
 *
 *   kind  small int: index into WRAPPERS (what the wrapper calls and how)
 *
 * A wrapper calls the *owner's* slot function (object.__repr__ on an
 * instance of a class with its own __repr__ still gives object's repr), with
 * `self` unboxed when the owner is a boxed built-in (src/objects/type-layout.ts).
 * Bound to an object (`(1).__add__`) it becomes a `method` whose repr is
 * CPython's method-wrapper.
 *
 * Which binary operators a built-in type exposes is not visible from its one
 * `binop` slot: BINOPS lists them per type, as CPython's types define them.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { boolValue, NB_INPLACE_OFFSET } from '../vm/abstract.js';
import { checkAttrName, raiseAttributeError } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { opHooks } from '../vm/op-hooks.js';
import { onAfterTypes } from './bootstrap-hooks.js';
import { dictGetStr, dictSet } from './dict.js';
import { defineGetter } from './descriptors-getset.js';
import { newMethod } from './descriptors-method.js';
import { exactHash } from './hash-wide.js';
import { intFromBigInt, intFromNumber } from './int.js';
import { intern } from './intern.js';
import { kwCount } from './native.js';
import { BUILTIN_TYPE_NAMES, E, EXCEPTION_TYPES, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { isSubtype, typeOf } from './typecheck.js';
import { typeNameJs } from './type-info.js';
import { unboxed } from './type-layout.js';
import {
  declareSlots,
  getField,
  setField,
  slotIndexForName,
  slotsOf,
  slotTables,
  typeDict,
  type TypeSlots,
} from './typeobject.js';

export const WR_NAME = 0;
export const WR_OWNER = 1;
export const WR_KIND = 2;

type Run = (s: TypeSlots, self: Value, a: Value, b: Value, argv: number, argc: number, kwnames: Ref) => Value;

export interface WrapperDef {
  name: string;
  slot: keyof TypeSlots;
  /** Positional arguments after self; -1: any (and keywords). `min` for optional ones. */
  arity: number;
  min?: number;
  run: Run;
  /** Installed by hand in one type's dict (not derived from a slot): object.__init__. */
  manual?: boolean;
  /**
   * Pass self as it is, not unboxed: `__rmod__`, whose self is the right operand of `%`, the
   * format's argument (`'%s' % s` on a str subclass must reach the subclass's __str__).
   */
  keepSelf?: boolean;
}

/** `__hash__`'s int: the slot's number is rounded past 2**53, the exact hash is kept beside it. */
function hashResult(h: number): Value {
  return Number.isSafeInteger(h) ? intFromNumber(h) : intFromBigInt(exactHash(h));
}

/**
 * `__len__`'s int: a range may be longer than 2**53, where the slot's number is rounded;
 * len()'s hook gives its exact length (range.ts lengthValue, not imported here: that
 * would change the modules' evaluation order).
 */
function lenResult(s: TypeSlots, x: Value): Value {
  if ((x & 1) === 0 && i32[x >> 2] === T.range) return opHooks.lenValue(x);
  return intFromNumber(s.len!(x));
}

const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const UNARY_NAMES = ['__neg__', '__pos__', '__invert__'];

export const WRAPPERS: WrapperDef[] = [
  { name: '__repr__', slot: 'repr', arity: 0, run: (s, x) => s.repr!(x) },
  { name: '__str__', slot: 'str', arity: 0, run: (s, x) => s.str!(x) },
  { name: '__hash__', slot: 'hash', arity: 0, run: (s, x) => hashResult(s.hash!(x)) },
  { name: '__bool__', slot: 'bool', arity: 0, run: (s, x) => boolValue(s.bool!(x)) },
  { name: '__len__', slot: 'len', arity: 0, run: (s, x) => lenResult(s, x) },
  { name: '__iter__', slot: 'iter', arity: 0, run: (s, x) => s.iter!(x) },
  {
    name: '__next__',
    slot: 'next',
    arity: 0,
    run: (s, x) => {
      const r = s.next!(x);
      if (r === NULL) throw raise(E.StopIteration, null);
      return r;
    },
  },
  { name: '__getitem__', slot: 'getitem', arity: 1, run: (s, x, a) => s.getitem!(x, a) },
  { name: '__setitem__', slot: 'setitem', arity: 2, run: (s, x, a, b) => (s.setitem!(x, a, b), S.None) },
  { name: '__delitem__', slot: 'delitem', arity: 1, run: (s, x, a) => (s.delitem!(x, a), S.None) },
  { name: '__contains__', slot: 'contains', arity: 1, run: (s, x, a) => boolValue(s.contains!(x, a)) },
  { name: '__call__', slot: 'call', arity: -1, run: (s, x, _a, _b, argv, argc, kw) => s.call!(x, argv, argc, kw) },
  {
    name: '__get__',
    slot: 'descrGet',
    arity: 2,
    min: 1,
    run: (s, x, a, b) => {
      const obj = a === S.None ? NULL : a;
      const type = b === NULL || b === S.None ? NULL : b;
      if (obj === NULL && type === NULL) throw raise(E.TypeError, '__get__(None, None) is invalid');
      return s.descrGet!(x, obj, type === NULL ? typeOf(obj) : type);
    },
  },
  { name: '__set__', slot: 'descrSet', arity: 2, run: (s, x, a, b) => (s.descrSet!(x, a, b), S.None) },
  { name: '__delete__', slot: 'descrSet', arity: 1, run: (s, x, a) => (s.descrSet!(x, a, NULL), S.None) },
  { name: '__index__', slot: 'index', arity: 0, run: (s, x) => s.index!(x) },
  {
    name: '__getattribute__',
    slot: 'getattr',
    arity: 1,
    run: (s, x, a) => {
      const name = checkAttrName(a);
      const r = s.getattr!(x, name);
      if (r === NULL) throw raiseAttributeError(x, name);
      return r;
    },
  },
  {
    name: '__setattr__',
    slot: 'setattr',
    arity: 2,
    run: (s, x, a, b) => (s.setattr!(x, checkAttrName(a), b), S.None),
  },
  { name: '__delattr__', slot: 'setattr', arity: 1, run: (s, x, a) => (s.setattr!(x, checkAttrName(a), NULL), S.None) },
];
CMP_NAMES.forEach((name, op) =>
  WRAPPERS.push({ name, slot: 'richcompare', arity: 1, run: (s, x, a) => s.richcompare!(x, a, op) }),
);
UNARY_NAMES.forEach((name, op) => WRAPPERS.push({ name, slot: 'unary', arity: 0, run: (s, x) => s.unary!(x, op) }));
/**
 * object.__init__ is a slot wrapper in CPython (`<slot wrapper '__init__' of
 * 'object' objects>`); TypeSlots has no init slot, so object.ts registers its
 * function here and the wrapper is put in object's dict by hand.
 */
export const objectInitHook = { run: (_self: Value, _argv: number, _argc: number): Value => S.None };
export const INIT_WRAPPER = WRAPPERS.length;
WRAPPERS.push({
  name: '__init__',
  slot: 'isDataDescriptor',
  arity: -1,
  manual: true,
  run: (_s, x, _a, _b, argv, argc) => objectInitHook.run(x, argv, argc),
});

/** Index of the first binop wrapper: forward ops, then reflected, then in-place (13 each). */
export const FIRST_BINOP_WRAPPER = WRAPPERS.length;
NB_NAMES.forEach((n, nb) =>
  WRAPPERS.push({ name: `__${n}__`, slot: 'binop', arity: 1, run: (s, x, a) => s.binop!(x, a, nb) }),
);
NB_NAMES.forEach((n, nb) =>
  WRAPPERS.push({
    name: `__r${n}__`,
    slot: 'binop',
    arity: 1,
    run: (s, x, a) => s.binop!(a, x, nb),
    ...(n === 'mod' ? { keepSelf: true } : {}),
  }),
);
NB_NAMES.forEach((n, nb) =>
  WRAPPERS.push({
    name: `__i${n}__`,
    slot: 'binop',
    arity: 1,
    run: (s, x, a) => s.binop!(x, a, nb + NB_INPLACE_OFFSET),
  }),
);

const WRAPPER_BY_NAME = new Map(WRAPPERS.map((w, i) => [w.name, i]));
export function wrapperKindOf(name: string): number {
  return WRAPPER_BY_NAME.get(name) ?? -1;
}

/** Binary operators per built-in type (forward `add`, reflected `radd`, in-place `iadd`). */
const ALL_FORWARD_REFLECTED = [...NB_NAMES, ...NB_NAMES.map((n) => 'r' + n)];
const SETOPS = ['and', 'or', 'sub', 'xor', 'rand', 'ror', 'rsub', 'rxor'];
const BINOPS: Record<string, string[]> = {
  int: ALL_FORWARD_REFLECTED.filter((n) => !n.endsWith('matmul')),
  bool: ['and', 'or', 'xor', 'rand', 'ror', 'rxor'],
  float: ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow'].flatMap((n) => [n, 'r' + n]),
  complex: ['add', 'sub', 'mul', 'truediv', 'pow'].flatMap((n) => [n, 'r' + n]),
  str: ['add', 'mul', 'mod', 'rmul', 'rmod'],
  bytes: ['add', 'mul', 'mod', 'rmul', 'rmod'],
  bytearray: ['add', 'mul', 'mod', 'rmul', 'rmod', 'iadd', 'imul'],
  list: ['add', 'mul', 'rmul', 'iadd', 'imul'],
  'collections.deque': ['add', 'mul', 'rmul', 'iadd', 'imul'],
  tuple: ['add', 'mul', 'rmul'],
  set: [...SETOPS, 'iand', 'ior', 'isub', 'ixor'],
  frozenset: SETOPS,
  dict_keys: SETOPS,
  dict_items: SETOPS,
  dict: ['or', 'ror', 'ior'],
  type: ['or', 'ror'],
  NoneType: ['or', 'ror'],
};
const UNARIES: Record<string, string[]> = {
  int: ['__neg__', '__pos__', '__invert__'],
  bool: ['__invert__'],
  float: ['__neg__', '__pos__'],
  complex: ['__neg__', '__pos__'],
};

/**
 * The `hash` slot of an unhashable built-in type (list, dict, set, ...):
 * declare it so the type's dict gets `__hash__ = None`, as in CPython.
 */
export function hashNotImplemented(self: Value): number {
  throw raise(E.TypeError, `unhashable type: '${typeNameJs(typeOf(self))}'`);
}

export function newWrapper(owner: Ref, name: Ref, kind: number): Ref {
  const w = allocate(T.wrapper_descriptor, HEADER_BYTES + 12, false);
  setField(w, WR_NAME, name);
  setField(w, WR_OWNER, owner);
  setField(w, WR_KIND, fromSmallInt(kind));
  return w;
}

export function wrapperOwner(w: Ref): Ref {
  return getField(w, WR_OWNER);
}
export function wrapperKind(w: Ref): number {
  return smallIntValue(getField(w, WR_KIND));
}

/**
 * Put a wrapper in the dict of each built-in type for every slot it defines
 * itself (not inherited from its base), unless its dict already has that
 * name (a native method declared explicitly wins). A type that overrides
 * comparison but inherits hashing gets `__hash__ = None`, as in CPython.
 */
function installWrappers(): void {
  const all: [string, string, Ref][] = [];
  BUILTIN_TYPE_NAMES.forEach((n) => all.push([n, n === 'object' ? '' : n === 'bool' ? 'int' : 'object', T[n]]));
  EXCEPTION_TYPES.forEach(([n, b]) => all.push([n, b, E[n as keyof typeof E]]));
  for (const [name, baseName, type] of all) {
    const own = slotTables[slotIndexForName(name)]!;
    const base: TypeSlots = baseName === '' ? {} : slotTables[slotIndexForName(baseName)]!;
    const dict = typeDict(type);
    const binops = BINOPS[name];
    const unaries = UNARIES[name];
    WRAPPERS.forEach((def, kind) => {
      if (def.manual === true) return;
      const fn = own[def.slot];
      if (fn === undefined || fn === base[def.slot] || fn === hashNotImplemented) return;
      if (kind >= FIRST_BINOP_WRAPPER) {
        const short = def.name.slice(2, -2);
        if (binops !== undefined ? !binops.includes(short) : kind >= FIRST_BINOP_WRAPPER + 26) return;
      }
      if (def.slot === 'unary' && unaries !== undefined && !unaries.includes(def.name)) return;
      const key = intern(def.name);
      if (dictGetStr(dict, key) !== NULL) return;
      dictSet(dict, key, newWrapper(type, key, kind));
    });
    if (own.hash === hashNotImplemented || (baseName !== '' && own.richcompare !== base.richcompare && own.hash === base.hash)) {
      const key = intern('__hash__');
      if (dictGetStr(dict, key) === NULL) dictSet(dict, key, S.None);
    }
  }
}
onAfterTypes(installWrappers);
onAfterTypes(() => {
  const key = intern('__init__');
  dictSet(typeDict(T.object), key, newWrapper(T.object, key, INIT_WRAPPER));
});

function ownerCheck(w: Ref, self: Value): void {
  const owner = getField(w, WR_OWNER);
  if (!isSubtype(typeOf(self), owner)) {
    throw raise(
      E.TypeError,
      `descriptor '${strValue(getField(w, WR_NAME))}' requires a '${typeNameJs(owner)}' object but received a '${typeNameJs(typeOf(self))}'`,
    );
  }
}

/** Call wrapper `w` with self and the arguments at i32[argv..argv+argc). */
export function callWrapper(w: Ref, self: Value, argv: number, argc: number, kwnames: Ref): Value {
  const def = WRAPPERS[smallIntValue(getField(w, WR_KIND))]!;
  const owner = getField(w, WR_OWNER);
  const s = slotsOf(owner);
  const x = owner === T.object || def.keepSelf === true ? self : unboxed(self);
  if (def.arity < 0) return def.run(s, x, NULL, NULL, argv, argc, kwnames);
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `wrapper ${def.name}() takes no keyword arguments`);
  const min = def.min ?? def.arity;
  if (argc < min || argc > def.arity) {
    const want = argc < min ? min : def.arity;
    throw raise(E.TypeError, `expected ${want} argument${want === 1 ? '' : 's'}, got ${argc}`);
  }
  return def.run(s, x, argc > 0 ? i32[argv]! : NULL, argc > 1 ? i32[argv + 1]! : NULL, argv, argc, kwnames);
}

/** The slot function of the owner a wrapper calls directly, when `w` wraps `slot` (heap-slots fast path). */
export function wrapperSlotOwner(w: Value, slot: keyof TypeSlots): Ref {
  if ((w & 1) !== 0 || w === NULL || i32[w >> 2] !== T.wrapper_descriptor) return NULL;
  if (WRAPPERS[smallIntValue(getField(w, WR_KIND))]!.slot !== slot) return NULL;
  return getField(w, WR_OWNER);
}

declareSlots('wrapper_descriptor', {
  call(w: Value, argv: number, argc: number, kwnames: Ref): Value {
    if (argc - kwCount(kwnames) < 1) {
      throw raise(
        E.TypeError,
        `descriptor '${strValue(getField(w, WR_NAME))}' of '${typeNameJs(getField(w, WR_OWNER))}' object needs an argument`,
      );
    }
    const self = i32[argv]!;
    ownerCheck(w, self);
    return callWrapper(w, self, argv + 1, argc - 1, kwnames);
  },
  descrGet(w: Value, obj: Value): Value {
    if (obj === NULL) return w;
    ownerCheck(w, obj);
    return newMethod(w, obj);
  },
  repr(w: Value): Ref {
    return newStr(`<slot wrapper '${strValue(getField(w, WR_NAME))}' of '${typeNameJs(getField(w, WR_OWNER))}' objects>`);
  },
});

defineGetter('wrapper_descriptor', '__name__', (w) => getField(w, WR_NAME));
defineGetter('wrapper_descriptor', '__qualname__', (w) =>
  newStr(`${typeNameJs(getField(w, WR_OWNER))}.${strValue(getField(w, WR_NAME))}`),
);
defineGetter('wrapper_descriptor', '__objclass__', (w) => getField(w, WR_OWNER));

/**
 * Run wrapper `w` on self with up to two positional arguments, without
 * argument words (the class machinery's fast path when a dunder found on
 * the MRO is a built-in's slot wrapper). Caller checked the arity.
 */
export function runWrapper(w: Ref, self: Value, a: Value, b: Value): Value {
  const def = WRAPPERS[smallIntValue(getField(w, WR_KIND))]!;
  const owner = getField(w, WR_OWNER);
  return def.run(slotsOf(owner), owner === T.object || def.keepSelf === true ? self : unboxed(self), a, b, 0, 0, NULL);
}

/** Is `f` a slot wrapper (for the fast paths)? */
export function isWrapper(f: Value): boolean {
  return (f & 1) === 0 && f !== NULL && i32[f >> 2] === T.wrapper_descriptor;
}
