/**
 * Raising Python exceptions from TypeScript.
 *
 * A Python exception in flight is a heap object held by the thread state
 * (src/vm/thread-state.ts, CURRENT_EXCEPTION), so the collector sees it. JS
 * code signals it by throwing the one preallocated sentinel `PY_ERROR` (no
 * allocation per raise); the interpreter catches it and unwinds through the
 * exception table. Anything else thrown is a bug in gilvm.
 *
 *     throw raise(E.TypeError, `'int' object is not iterable`);
 *
 * `raise()` builds the exception instance directly for built-in exception
 * classes (args = (message,)); the interpreter builds instances of classes
 * that run Python code.
 */
import type { Ref, Value } from '../heap/layout.js';
import { E } from '../objects/registry.js';
import { newBuiltinException, newExceptionWithArgs } from '../objects/exceptions.js';
import { newTuple } from '../objects/tuple.js';
import { getCurrentException, getHandledException, setCurrentException } from './thread-state.js';
import { EXC_CONTEXT } from '../objects/exceptions.js';
import { getField, setField } from '../objects/typeobject.js';
import { S } from '../objects/registry.js';

/** The sentinel thrown to unwind JS frames while a Python exception is set. */
export class PyError {
  private constructor() {}
  static readonly instance = new PyError();
}
export const PY_ERROR = PyError.instance;

export function isPyError(e: unknown): e is PyError {
  return e === PY_ERROR;
}

/** Set `exc` (an exception instance) as the exception in flight; returns the sentinel to throw. */
export function raiseObject(exc: Ref): PyError {
  // As CPython's _PyErr_SetObject: an exception raised while another is being
  // handled gets that one as its __context__ (unless that would make a cycle).
  const handled = getHandledException();
  if (handled !== 0 && handled !== exc) {
    let o = handled;
    for (;;) {
      const ctx = getField(o, EXC_CONTEXT);
      if (ctx === 0 || ctx === S.None) break;
      if (ctx === exc) {
        setField(o, EXC_CONTEXT, 0);
        break;
      }
      o = ctx;
    }
    setField(exc, EXC_CONTEXT, handled);
  }
  setCurrentException(exc);
  return PY_ERROR;
}

/** Make an instance of a built-in exception class with one message argument and raise it. */
export function raise(type: Ref, message: string | null): PyError {
  return raiseObject(newBuiltinException(type, message));
}

/** KeyError(key) (its one argument the key object itself, as CPython's) raised: `throw raiseKeyError(k)`, or not thrown (fast-paths.ts). */
export function raiseKeyError(key: Value): PyError {
  return raiseObject(newExceptionWithArgs(E.KeyError, newTuple([key])));
}

/** The exception in flight (NULL if none). */
export function currentException(): Ref {
  return getCurrentException();
}

/** Take the exception in flight and clear it. */
export function fetchException(): Ref {
  const exc = getCurrentException();
  setCurrentException(0);
  return exc;
}

/** Is the exception in flight an instance of `type` (or a subclass)? */
export function exceptionMatches(type: Ref): boolean {
  const exc = getCurrentException();
  return exc !== 0 && isSubtypeRef(exc, type);
}

/** Shorthands for the common cases. */
export const typeError = (m: string): PyError => raise(E.TypeError, m);
export const valueError = (m: string): PyError => raise(E.ValueError, m);
export const indexError = (m: string): PyError => raise(E.IndexError, m);
export const attributeError = (m: string): PyError => raise(E.AttributeError, m);
export const overflowError = (m: string): PyError => raise(E.OverflowError, m);
export const zeroDivisionError = (m: string): PyError => raise(E.ZeroDivisionError, m);
export const runtimeError = (m: string): PyError => raise(E.RuntimeError, m);

import { isInstanceOfType } from '../objects/typecheck.js';
function isSubtypeRef(obj: Ref, type: Ref): boolean {
  return isInstanceOfType(obj, type);
}
