/**
 * Bound methods (`method` objects): a callable bound to the object it was
 * looked up on.
 *
 *     method body (values):  | func | self |
 *
 * Calling one calls func(self, *args); attributes other than __func__ and
 * __self__ come from func. Equality is func == func and self is self (3.8+),
 * the hash combines both. A method whose func is a slot wrapper prints as
 * CPython's method-wrapper.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { boolValue, CMP_EQ, CMP_NE, hashValue, repr, richEq } from '../vm/abstract.js';
import { genericGetAttr, getAttrOptional, lookupTypeString } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { defineGetter } from './descriptors-getset.js';
import { intern } from './intern.js';
import { E, S, T } from './registry.js';
import { isStr } from './typecheck.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { kwLen } from './type-args.js';
import { newStr, strValue } from './str.js';
import { addressHex } from './type-info.js';
import { declareSlots, getField, setField, slotsOf, TPF_HEAPTYPE, typeFlags } from './typeobject.js';
import { typeNameOf } from '../vm/abstract.js';

export const ME_FUNC = 0;
export const ME_SELF = 1;

export function newMethod(func: Value, self: Value): Ref {
  const m = allocate(T.method, HEADER_BYTES + 8, false);
  setField(m, ME_FUNC, func);
  setField(m, ME_SELF, self);
  return m;
}
export function methodFunc(m: Ref): Value {
  return getField(m, ME_FUNC);
}
export function methodSelf(m: Ref): Value {
  return getField(m, ME_SELF);
}

/** Call func(self, *args): self goes before the arguments in fresh handle words. */
function callMethodObject(m: Value, argv: number, argc: number, kwnames: Ref): Value {
  const mark = handleCount();
  try {
    const func = getField(m, ME_FUNC);
    pushHandle(func);
    const h = pushHandle(getField(m, ME_SELF));
    for (let i = 0; i < argc; i++) pushHandle(i32[argv + i]!);
    return callValue(func, handleWord(h), argc + 1, kwnames);
  } finally {
    releaseHandles(mark);
  }
}

function nameOf(func: Value, attr: string): string | null {
  const v = getAttrOptional(func, intern(attr));
  return v !== NULL && isStr(v) ? strValue(v) : null;
}

function methodRepr(m: Value): Ref {
  const func = getField(m, ME_FUNC);
  const self = getField(m, ME_SELF);
  if ((func & 1) === 0 && i32[func >> 2] === T.wrapper_descriptor) {
    const name = nameOf(func, '__name__') ?? '?';
    return newStr(`<method-wrapper '${name}' of ${typeNameOf(self)} object at ${addressHex(self)}>`);
  }
  const name = nameOf(func, '__qualname__') ?? nameOf(func, '__name__') ?? '?';
  return newStr(`<bound method ${name} of ${strValue(repr(self))}>`);
}

declareSlots('method', {
  call: callMethodObject,
  repr: methodRepr,
  richcompare(a: Value, b: Value, op: number): Value {
    if ((op !== CMP_EQ && op !== CMP_NE) || (b & 1) !== 0 || i32[b >> 2] !== T.method) return S.NotImplemented;
    const eq =
      getField(a, ME_SELF) === getField(b, ME_SELF) && richEq(getField(a, ME_FUNC), getField(b, ME_FUNC));
    return boolValue(op === CMP_EQ ? eq : !eq);
  },
  hash(m: Value): number {
    const self = getField(m, ME_SELF);
    return ((self >>> 3) ^ hashValue(getField(m, ME_FUNC))) | 0;
  },
  getattr(m: Value, name: Ref): Value {
    // The method type's own attributes (__func__, __self__, ...) first, then the function's.
    const r = genericGetAttr(m, name);
    if (r !== NULL) return r;
    return getAttrOptional(getField(m, ME_FUNC), name);
  },
});

defineGetter('method', '__func__', (m) => getField(m, ME_FUNC));
defineGetter('method', '__self__', (m) => getField(m, ME_SELF));
defineGetter('method', '__doc__', (m) => {
  const d = getAttrOptional(getField(m, ME_FUNC), intern('__doc__'));
  return d === NULL ? S.None : d;
});

/** callable(v), as builtins.callable decides it. */
function callableValue(v: Value): boolean {
  if ((v & 1) !== 0) return false;
  const t = i32[v >> 2]!;
  if ((typeFlags(t) & TPF_HEAPTYPE) !== 0) return lookupTypeString(t, '__call__') !== NULL;
  return slotsOf(t).call !== undefined;
}

/** `method(func, self)`: types.MethodType. */
export function methodNew(_self: Value, argv: number, argc: number, kwnames: Ref): Value {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, 'method() takes no keyword arguments');
  // argv[0] is the class itself (a static __new__)
  if (argc !== 3) throw raise(E.TypeError, `method expected 2 arguments, got ${Math.max(0, argc - 1)}`);
  const func = i32[argv + 1]!;
  const self = i32[argv + 2]!;
  if (!callableValue(func)) throw raise(E.TypeError, 'first argument must be callable');
  if (self === S.None) throw raise(E.TypeError, 'instance must not be None');
  return newMethod(func, self);
}
defineMethod('method', '__new__', methodNew, MDF_STATIC);
