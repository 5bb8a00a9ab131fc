/**
 * Calling a class whose instances come from object.__new__ and are set up by
 * a Python `__init__` (most classes): the interpreter allocates the instance
 * itself and runs `__init__` as an ordinary frame of its loop, flagged
 * F_INIT, instead of type.__call__ starting a nested run of the loop from
 * TypeScript. CPython 3.13 does the same (CALL_ALLOC_AND_ENTER_INIT); the
 * behaviour is type.__call__'s: same checks, same errors.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { buffer, i32 } from '../heap/memory.js';
import { CO_FLAGS } from '../objects/code.js';
import { dictGetStr } from '../objects/dict.js';
import { FN_CODE } from '../objects/function.js';
import { E, T } from '../objects/registry.js';
import { D_INIT, D_NEW, dn } from '../objects/type-names.js';
import { getField, typeDict } from '../objects/typeobject.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from '../bytecode/code.js';
import { lookupType } from './attributes.js';
import { typeNameOf } from './abstract.js';
import { raise } from './errors.js';

let objectNew: Value = NULL;
let objectNewFor: SharedArrayBuffer | null = null;

/**
 * The `__init__` to run as a frame when calling `cls`, or NULL when the call
 * must go through type.__call__: a metaclass other than `type`, a `__new__`
 * other than object's, or an `__init__` that is not a plain Python function
 * (a generator function's call must fail inside type.__call__).
 */
export function inlineInitOf(cls: Value): Ref {
  if ((cls & 1) !== 0 || i32[cls >> 2] !== T.type) return NULL;
  if (objectNewFor !== buffer) {
    objectNew = dictGetStr(typeDict(T.object), dn(D_NEW));
    objectNewFor = buffer;
  }
  if (lookupType(cls, dn(D_NEW)) !== objectNew) return NULL;
  const init = lookupType(cls, dn(D_INIT));
  if ((init & 1) !== 0 || init === NULL || i32[init >> 2] !== T.function) return NULL;
  const coFlags = getField(getField(init, FN_CODE), CO_FLAGS) >> 1;
  if ((coFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) return NULL;
  return init;
}

/** An F_INIT frame returned `r` (not None): type.__call__'s error, raised in the caller. */
export function initReturnedError(r: Value): void {
  raise(E.TypeError, `__init__() should return None, not '${typeNameOf(r)}'`);
}
