/**
 * Python methods that the interpreter runs as ordinary frames of its loop on
 * behalf of an instruction, instead of a nested run of the loop started from
 * TypeScript (which costs a JS call chain and the loop's set-up each time):
 *
 * - calling a class whose instances come from object.__new__ and are set up
 *   by a Python `__init__` (most classes): the loop allocates the instance and
 *   runs `__init__` in a frame flagged F_INIT. CPython 3.13 does the same
 *   (CALL_ALLOC_AND_ENTER_INIT); the behaviour is type.__call__'s.
 * - `a <op> b` (not in place) with both operands of one class whose `__op__` is
 *   a Python function: the loop runs it in a frame flagged F_BINOP. With one
 *   type, CPython calls only `a.__op__(b)` (no reflected method), and a
 *   NotImplemented result is the TypeError of the operator.
 */
import { HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { CO_FLAGS } from '../objects/code.js';
import { objectDescr } from '../objects/object.js';
import { FN_CODE } from '../objects/function.js';
import { E, T } from '../objects/registry.js';
import { D_INIT, D_NEW, dn } from '../objects/type-names.js';
import { TPF_HEAPTYPE, TP_SERIAL, TP_VERSION, getField, typeFlags } from '../objects/typeobject.js';
import { opName } from '../objects/heap-slots.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from '../bytecode/code.js';
import { lookupType } from './attributes.js';
import { typeNameOf } from './abstract.js';
import { raise } from './errors.js';

/**
 * The `__init__` to run as a frame when calling `cls`, or NULL when the call
 * must go through type.__call__: a metaclass other than `type`, a `__new__`
 * other than object's, or an `__init__` that is not a plain Python function
 * (a generator function's call must fail inside type.__call__).
 */
function inlineInitOf(cls: Value): Ref {
  if ((cls & 1) !== 0 || i32[cls >> 2] !== T.type) return NULL;
  if (lookupType(cls, dn(D_NEW)) !== objectDescr('__new__')) return NULL;
  return plainFunction(lookupType(cls, dn(D_INIT)));
}

/**
 * inlineInitOf for a CALL, remembered in the instruction's attribute-cache entry (its four
 * words at `at`: class serial, class version, unused, the function or NULL) for the class it
 * last called: the two MRO lookups and object's `__new__` were a tenth of making an instance.
 * A change to the class or its bases bumps the version. The function's kind is checked again
 * on a hit (its `__code__` can be replaced without touching the class).
 */
export function inlineInitCached(cache: Int32Array, at: number, cls: Ref): Ref {
  const tw = (cls >> 2) + HEADER_WORDS;
  if (cache[at] === i32[tw + TP_SERIAL] && cache[at + 1] === i32[tw + TP_VERSION]) {
    const f = cache[at + 3]!;
    return f === NULL ? NULL : plainFunction(f);
  }
  const init = inlineInitOf(cls);
  cache[at] = i32[tw + TP_SERIAL]!;
  cache[at + 1] = i32[tw + TP_VERSION]!;
  cache[at + 3] = init;
  return init;
}

/**
 * The Python function to run as a frame for `a <nb> b` where both operands
 * are instances of class `tp` (nb < 13: not in place), or NULL when the
 * generic protocol must run (no such method, not a plain function, a
 * generator function, or a class with a custom metaclass).
 */
export function inlineBinopOf(tp: Ref, nb: number): Ref {
  if (i32[tp >> 2] !== T.type || (typeFlags(tp) & TPF_HEAPTYPE) === 0) return NULL;
  // Operator indexes 0..12 are the forward dunders (__add__ ...), as BINARY_OP's argument.
  return plainFunction(lookupType(tp, opName(nb)));
}

/** `f` when it is a Python function whose call runs its body (not a generator's), else NULL. */
function plainFunction(f: Value): Ref {
  if ((f & 1) !== 0 || f === NULL || i32[f >> 2] !== T.function) return NULL;
  const coFlags = getField(getField(f, FN_CODE), CO_FLAGS) >> 1;
  return (coFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0 ? NULL : f;
}

/** An F_INIT frame returned `r` (not None): type.__call__'s error, raised in the caller. */
export function initReturnedError(r: Value): void {
  raise(E.TypeError, `__init__() should return None, not '${typeNameOf(r)}'`);
}
