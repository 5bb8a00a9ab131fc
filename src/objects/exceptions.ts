/**
 * Exception instances.
 *
 *     BaseException body (values):
 *     | dict | args | traceback | cause | context | suppress_context | notes |
 *
 * Subclasses with more state (StopIteration.value, SystemExit.code,
 * OSError.errno, ...) keep it in the instance dict, set by their __init__.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref } from '../heap/layout.js';
import { S } from './registry.js';
import { newStr } from './str.js';
import { newTuple } from './tuple.js';
import { setField } from './typeobject.js';

export const EXC_DICT = 0;
export const EXC_ARGS = 1;
export const EXC_TRACEBACK = 2;
export const EXC_CAUSE = 3;
export const EXC_CONTEXT = 4;
export const EXC_SUPPRESS_CONTEXT = 5;
export const EXC_NOTES = 6;
export const EXC_BODY_WORDS = 7;

/** An instance of `type` (a built-in exception class) with args (message,) or () for null. */
export function newBuiltinException(type: Ref, message: string | null): Ref {
  const args = message === null ? newTuple([]) : newTuple([newStr(message)]);
  return newExceptionWithArgs(type, args);
}

export function newExceptionWithArgs(type: Ref, args: Ref): Ref {
  const e = allocate(type, HEADER_BYTES + EXC_BODY_WORDS * 4 + 4, false);
  setField(e, EXC_DICT, NULL);
  setField(e, EXC_ARGS, args);
  setField(e, EXC_SUPPRESS_CONTEXT, S.False);
  return e;
}
