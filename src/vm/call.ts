/**
 * Calling any callable from TypeScript: `callValue` with arguments already
 * in heap words, or `call0`..`call3` which put their arguments in handles
 * first (so they stay rooted while the callee runs Python code).
 *
 * Python functions run on the interpreter (src/vm/interpreter.ts), which
 * registers itself here; for them a call from TypeScript starts a nested
 * run of the dispatch loop that returns when that function returns. (Calls
 * from Python to Python never come through here: the interpreter pushes the
 * frame and continues in the same loop.)
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { E } from '../objects/registry.js';
import { slotsOf } from '../objects/typeobject.js';
import { typeOf } from '../objects/typecheck.js';
import { typeNameOf } from './abstract.js';
import { raise } from './errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from './thread-state.js';

export function callValue(callable: Value, argv: number, argc: number, kwnames: Ref): Value {
  const f = slotsOf(typeOf(callable)).call;
  if (f === undefined) throw raise(E.TypeError, `'${typeNameOf(callable)}' object is not callable`);
  return f(callable, argv, argc, kwnames);
}

export function call0(f: Value): Value {
  return callValue(f, 0, 0, NULL);
}

export function call1(f: Value, a: Value): Value {
  const mark = handleCount();
  try {
    pushHandle(f);
    const h = pushHandle(a);
    return callValue(f, handleWord(h), 1, NULL);
  } finally {
    releaseHandles(mark);
  }
}

export function call2(f: Value, a: Value, b: Value): Value {
  const mark = handleCount();
  try {
    pushHandle(f);
    const h = pushHandle(a);
    pushHandle(b);
    return callValue(f, handleWord(h), 2, NULL);
  } finally {
    releaseHandles(mark);
  }
}

export function call3(f: Value, a: Value, b: Value, c: Value): Value {
  const mark = handleCount();
  try {
    pushHandle(f);
    const h = pushHandle(a);
    pushHandle(b);
    pushHandle(c);
    return callValue(f, handleWord(h), 3, NULL);
  } finally {
    releaseHandles(mark);
  }
}

/** Call with a JS array of arguments (and optional keyword names, a tuple of str, for the last ones). */
export function callArray(f: Value, args: readonly Value[], kwnames: Ref = NULL): Value {
  const mark = handleCount();
  try {
    pushHandle(f);
    pushHandle(kwnames);
    const first = handleCount();
    for (const a of args) pushHandle(a);
    return callValue(f, handleWord(first), args.length, kwnames);
  } finally {
    releaseHandles(mark);
  }
}
