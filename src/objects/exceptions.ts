/**
 * Exception instances.
 *
 *     BaseException body (values):
 *     | dict | args | traceback | cause | context | suppress_context | notes | group_msg | group_excs |
 *
 * Subclasses with more state (StopIteration.value, SystemExit.code,
 * OSError.errno, ...) keep it in the instance dict, set by their __init__;
 * their getset descriptors (src/objects/exceptions-types.ts) fall back to
 * what args implies when the dict lacks it. __notes__ lives in the instance
 * dict too, as in CPython (the notes word stays NULL). group_msg and
 * group_excs (message str and exceptions tuple) are set only for exception
 * groups (src/objects/exceptions-group.ts).
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, type Ref } from '../heap/layout.js';
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
export const EXC_GROUP_MSG = 7;
export const EXC_GROUP_EXCS = 8;
export const EXC_BODY_WORDS = 9;

/** An instance of `type` (a built-in exception class) with args (message,) or () for null. */
export function newBuiltinException(type: Ref, message: string | null): Ref {
  const args = message === null ? newTuple([]) : newTuple([newStr(message)]);
  return newExceptionWithArgs(type, args);
}

/** An instance of `type` with args (errno, message), as CPython's PyErr_SetFromErrno makes. */
export function newErrnoException(type: Ref, errno: number, message: string): Ref {
  return newExceptionWithArgs(type, newTuple([fromSmallInt(errno), newStr(message)]));
}

export function newExceptionWithArgs(type: Ref, args: Ref): Ref {
  const e = allocate(type, HEADER_BYTES + EXC_BODY_WORDS * 4 + 4, false);
  setField(e, EXC_DICT, NULL);
  setField(e, EXC_ARGS, args);
  setField(e, EXC_SUPPRESS_CONTEXT, S.False);
  return e;
}

// ---- minimal behaviour: str and repr (the exceptions module extends this) ----------------------
import { declareSlots } from './typeobject.js';
import { getField } from './typeobject.js';
import { tupleGet, tupleLength } from './tuple.js';
import { repr as reprValue, str as strOf, typeNameOf } from '../vm/abstract.js';
import { strValue } from './str.js';

declareSlots('BaseException', {
  str(self) {
    const args = getField(self, EXC_ARGS);
    const n = tupleLength(args);
    if (n === 0) return newStr('');
    if (n === 1) return strOf(tupleGet(args, 0));
    return reprValue(args);
  },
  repr(self) {
    const args = getField(self, EXC_ARGS);
    const name = typeNameOf(self);
    const n = tupleLength(args);
    if (n === 1) return newStr(`${name}(${strValue(reprValue(tupleGet(args, 0)))})`);
    if (n === 0) return newStr(`${name}()`);
    return newStr(`${name}${strValue(reprValue(args))}`);
  },
});
