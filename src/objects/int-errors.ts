/**
 * Turning src/numeric's errors into Python exceptions.
 *
 * The numeric algorithms are pure: where CPython raises they throw
 * `NumericError(kind, message)`. The number types call them inside
 * `try { ... } catch (e) { throw numericError(e); }`: a NumericError becomes
 * the Python exception of that class (the error sentinel is returned for the
 * caller to throw); anything else (the sentinel itself, a bug) passes through.
 * V8's "Maximum BigInt size exceeded" RangeError becomes MemoryError, as
 * CPython's failed allocation of a huge int does.
 */
import { raise, raiseObject } from '../vm/errors.js';
import { newErrnoException } from './exceptions.js';
import { NumericError } from '../numeric/errors.js';
import { E } from './registry.js';

export function numericError(e: unknown): unknown {
  if (e instanceof NumericError) {
    if (e.errno !== undefined) return raiseObject(newErrnoException(E[e.kind], e.errno, e.message));
    return raise(E[e.kind], e.message === '' ? null : e.message);
  }
  if (e instanceof RangeError && /BigInt/i.test(e.message)) return raise(E.MemoryError, null);
  return e;
}
