/**
 * super: attribute lookup that starts after a given class on an object's MRO.
 *
 *     super body (values):  | type | obj | objtype |
 *
 *   type     the class named (super(type, obj)) or found in the __class__ cell
 *   obj      the instance or class bound, or NULL (unbound super)
 *   objtype  type(obj), or obj itself when obj is a subclass of type
 *
 * For LOAD_SUPER_ATTR the interpreter calls `superLookup(type, obj, name)`
 * (no super object is made) or, for the method form (oparg & 1),
 * `superLookupMethod(type, obj, name)`: when it returns with
 * `superMethodUnbound` true, push (func, obj) as for LOAD_ATTR's method form;
 * else push (NULL, result). Both apply only when the global `super` is the
 * built-in one (the interpreter checks); otherwise call what `super` is.
 *
 * Zero-argument super() called as a function (s = super()) reads the
 * calling frame: its first argument and its __class__ cell.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { repr, typeNameOf } from '../vm/abstract.js';
import { descrGetOf, genericGetAttr, getAttrOptional, isMethodDescriptor, raiseAttributeError } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { F_CODE, F_LOCALSPLUS } from '../vm/frame.js';
import { currentFrame } from '../vm/thread-state.js';
import { CO_FAST_CELL, CO_FAST_FREE } from '../bytecode/code.js';
import { codeObjectOf } from './code.js';
import { dictGetStr } from './dict.js';
import { defineGetter } from './descriptors-getset.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { onLayouts } from './bootstrap-hooks.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { kwLen, parseArgs } from './type-args.js';
import { typeNameJs } from './type-info.js';
import { allocInstance, setInstanceLayout } from './type-layout.js';
import { dunder } from './type-names.js';
import { declareSlots, getField, setField, TP_MRO, typeDict } from './typeobject.js';

const SU_TYPE = 0;
const SU_OBJ = 1;
const SU_OBJTYPE = 2;

onLayouts(() => setInstanceLayout(T.super, 3, -1));

function isType(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.type);
}

/** CPython's supercheck: the type to search (type(obj), or obj for a class), or an error. */
function superCheck(type: Ref, obj: Value): Ref {
  if (isType(obj) && isSubtype(obj, type)) return obj;
  const t = typeOf(obj);
  if (isSubtype(t, type)) return t;
  const c = getAttrOptional(obj, dunder('__class__'));
  if (c !== NULL && isType(c) && c !== t && isSubtype(c, type)) return c;
  throw raise(E.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

/** Set by lookupAfter: the value it returned is an unbound method (forMethod only). */
let foundUnbound = false;

/** The attribute `name` found after `type` on objtype's MRO (bound as a descriptor), or NULL. */
function lookupAfter(type: Ref, obj: Value, objtype: Ref, name: Ref, forMethod: boolean): Value {
  foundUnbound = false;
  const mro = getField(objtype, TP_MRO);
  const n = tupleLength(mro);
  let i = 0;
  while (i < n && tupleGet(mro, i) !== type) i++;
  for (i++; i < n; i++) {
    const res = dictGetStr(typeDict(tupleGet(mro, i)), name);
    if (res === NULL) continue;
    if (forMethod && obj !== objtype && isMethodDescriptor(res)) {
      foundUnbound = true;
      return res;
    }
    if ((res & 1) === 0) {
      const get = descrGetOf(typeOf(res));
      // get may run Python code (and nested super lookups): the flag is false for this result.
      if (get !== undefined) {
        const r = get(res, obj === objtype ? NULL : obj, objtype);
        foundUnbound = false;
        return r;
      }
    }
    return res;
  }
  return NULL;
}

export let superMethodUnbound = false;

function checkType(type: Value): void {
  if (!isType(type)) throw raise(E.TypeError, `super() argument 1 must be a type, not ${typeNameOf(type)}`);
}

/** super(type, obj).name for LOAD_SUPER_ATTR (attribute form). */
export function superLookup(type: Value, obj: Value, name: Ref): Value {
  checkType(type);
  const objtype = superCheck(type, obj);
  const r = lookupAfter(type, obj, objtype, name, false);
  superMethodUnbound = false;
  if (r === NULL) throw superMissing(name);
  return r;
}

/** super(type, obj).name for LOAD_SUPER_ATTR's method form: see superMethodUnbound. */
export function superLookupMethod(type: Value, obj: Value, name: Ref): Value {
  checkType(type);
  const objtype = superCheck(type, obj);
  const r = lookupAfter(type, obj, objtype, name, true);
  superMethodUnbound = foundUnbound;
  if (r === NULL) throw superMissing(name);
  return r;
}

function superMissing(name: Ref): ReturnType<typeof raise> {
  return raise(E.AttributeError, `'super' object has no attribute '${strValue(name)}'`);
}

/** A super object (the built-in type; for super() calls with explicit arguments). */
export function newSuper(type: Value, obj: Value): Ref {
  checkType(type);
  const objtype = obj === NULL ? NULL : superCheck(type, obj);
  const s = allocInstance(T.super);
  setField(s, SU_TYPE, type);
  setField(s, SU_OBJ, obj);
  setField(s, SU_OBJTYPE, objtype);
  return s;
}

/** Zero-argument super(): the calling frame's __class__ cell and first argument. */
function frameSuperArgs(): [Value, Value] {
  const f = currentFrame();
  if (f === 0) throw raise(E.RuntimeError, 'super(): no current frame');
  const w = f >> 2;
  const code = codeObjectOf(i32[w + F_CODE]!);
  if (code.co_argcount === 0) throw raise(E.RuntimeError, 'super(): no arguments');
  let first = i32[w + F_LOCALSPLUS]!;
  if ((code.co_localspluskinds[0]! & CO_FAST_CELL) !== 0 && first !== NULL && typeOf(first) === T.cell) {
    first = getField(first, 0);
  }
  if (first === NULL) throw raise(E.RuntimeError, 'super(): arg[0] deleted');
  const names = code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== '__class__' || (code.co_localspluskinds[i]! & CO_FAST_FREE) === 0) continue;
    const cell = i32[w + F_LOCALSPLUS + i]!;
    const cls = cell === NULL ? NULL : getField(cell, 0);
    if (cls === NULL) throw raise(E.RuntimeError, 'super(): empty __class__ cell');
    if (!isType(cls)) throw raise(E.RuntimeError, `super(): __class__ is not a type (${typeNameOf(cls)})`);
    return [cls, first];
  }
  throw raise(E.RuntimeError, 'super(): __class__ cell not found');
}

defineMethod(
  'super',
  '__new__',
  (_self, argv) => {
    const cls = i32[argv]!;
    return allocInstance(cls);
  },
  MDF_STATIC,
);

const superArgs: Value[] = [0, 0];
defineMethod('super', '__init__', (self, argv, argc, kwnames) => {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, 'super() takes no keyword arguments');
  parseArgs('super', argv, argc, kwnames, ['type', 'obj'], 0, superArgs);
  let type = superArgs[0]!;
  let obj = superArgs[1]!;
  if (type === NULL) [type, obj] = frameSuperArgs();
  checkType(type);
  if (obj === S.None) obj = NULL;
  const objtype = obj === NULL ? NULL : superCheck(type, obj);
  setField(self, SU_TYPE, type);
  setField(self, SU_OBJ, obj);
  setField(self, SU_OBJTYPE, objtype);
  return S.None;
});

declareSlots('super', {
  getattr(s: Value, name: Ref): Value {
    const objtype = getField(s, SU_OBJTYPE);
    if (objtype !== NULL && name !== dunder('__class__')) {
      const r = lookupAfter(getField(s, SU_TYPE), getField(s, SU_OBJ), objtype, name, false);
      if (r !== NULL) return r;
    }
    return genericGetAttr(s, name);
  },
  descrGet(s: Value, obj: Value): Value {
    if (obj === NULL || obj === S.None || getField(s, SU_OBJ) !== NULL) return s;
    return newSuper(getField(s, SU_TYPE), obj);
  },
  repr(s: Value): Ref {
    const type = getField(s, SU_TYPE);
    const t = type === NULL ? 'NULL' : `<class '${typeNameJs(type)}'>`;
    const objtype = getField(s, SU_OBJTYPE);
    if (objtype === NULL) return newStr(`<super: ${t}, NULL>`);
    return newStr(`<super: ${t}, <${typeNameJs(objtype)} object>>`);
  },
});

defineGetter('super', '__thisclass__', (s) => orNone(getField(s, SU_TYPE)));
defineGetter('super', '__self__', (s) => orNone(getField(s, SU_OBJ)));
defineGetter('super', '__self_class__', (s) => orNone(getField(s, SU_OBJTYPE)));

function orNone(v: Value): Value {
  return v === NULL ? S.None : v;
}

export { raiseAttributeError };

// ---- LOAD_SUPER_ATTR ------------------------------------------------------------------------

/**
 * LOAD_SUPER_ATTR (global_super, class, self -- res2 if (oparg & 1), res):
 * name = co_names[oparg >> 2]; oparg & 1: method form; oparg & 2: super was
 * called with two arguments (else none: zero-argument super() in a method).
 * Installed as a rare-op hook (src/vm/op-hooks.ts).
 */
const previousRareOp = opHooks.rareOp;
opHooks.rareOp = (op: number, arg: number, st: LoopState, code: Ref, sp: number): number => {
  if (op !== Op.LOAD_SUPER_ATTR) return previousRareOp(op, arg, st, code, sp);
  const name = tupleGet(getField(code, CO_NAMES), arg >> 2);
  const globalSuper = i32[sp - 3]!;
  const cls = i32[sp - 2]!;
  const self = i32[sp - 1]!;
  let res: Value;
  let res2: Value = NULL;
  if (globalSuper === T.super && isType(cls)) {
    if ((arg & 1) !== 0) {
      const r = superLookupMethod(cls, self, name);
      if (superMethodUnbound) {
        res2 = r;
        res = self;
      } else {
        res = r;
      }
    } else {
      res = superLookup(cls, self, name);
    }
  } else {
    const sup = (arg & 2) !== 0 ? callArray(globalSuper, [cls, self]) : callArray(globalSuper, []);
    i32[sp - 3] = sup; // keep it rooted on the stack while getattr runs
    res = getAttr(sup, name);
  }
  if ((arg & 1) !== 0) {
    i32[sp - 3] = res2;
    i32[sp - 2] = res;
    i32[sp - 1] = 0;
    st.sp = sp - 1;
  } else {
    i32[sp - 3] = res;
    i32[sp - 2] = 0;
    i32[sp - 1] = 0;
    st.sp = sp - 2;
  }
  return 0;
};

import { Op } from '../bytecode/opcodes.js';
import { opHooks } from '../vm/op-hooks.js';
import type { LoopState } from '../vm/ops.js';
import { CO_NAMES } from './code.js';
import { callArray } from '../vm/call.js';
import { getAttr } from '../vm/attributes.js';
