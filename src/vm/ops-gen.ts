/**
 * The generator and coroutine instructions that are not in the main loop:
 * SEND, END_SEND, GET_AWAITABLE, CLEANUP_THROW, and the StopIteration rule
 * of PEP 479 (CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, newBuiltinException } from '../objects/exceptions.js';
import { CO_FLAGS } from '../objects/code.js';
import { F_CODE } from './frame.js';
import { sendTo, stopIterationValue, takeReturnValue } from '../objects/generator.js';
import { intern } from '../objects/intern.js';
import { E, S, T } from '../objects/registry.js';
import { getField, setField } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameOf } from './abstract.js';
import { getAttrOptional } from './attributes.js';
import { call0 } from './call.js';
import { raise } from './errors.js';
import { opHooks } from './op-hooks.js';
import type { LoopState } from './ops.js';
import { markReraise } from './interpreter.js';
import { currentFrame, setCurrentException } from './thread-state.js';

const previousRareOp = opHooks.rareOp;

opHooks.rareOp = (op: number, arg: number, st: LoopState, code: Ref, sp: number): number => {
  switch (op) {
    case 123 /* SEND */: {
      // (receiver, value -- receiver, result): on return jump by arg with the return value.
      const r = sendTo(i32[sp - 2]!, i32[sp - 1]!);
      if (r === NULL) {
        i32[sp - 1] = takeReturnValue();
        st.pc += arg * 2;
      } else {
        i32[sp - 1] = r;
      }
      st.sp = sp;
      return 0;
    }
    case 5 /* END_SEND */: {
      i32[sp - 2] = i32[sp - 1]!;
      i32[sp - 1] = 0;
      st.sp = sp - 1;
      return 0;
    }
    case 131 /* GET_AWAITABLE */: {
      i32[sp - 1] = getAwaitable(i32[sp - 1]!, arg);
      st.sp = sp;
      return 0;
    }
    case 55 /* CLEANUP_THROW */: {
      // (sub_iter, last_sent_val, exc_value -- none, value)
      const exc = i32[sp - 1]!;
      if (isSubtype(typeOf(exc), E.StopIteration)) {
        i32[sp - 3] = S.None;
        i32[sp - 2] = stopIterationValue(exc);
        i32[sp - 1] = 0;
        st.sp = sp - 1;
        return 0;
      }
      setCurrentException(exc);
      throw markReraise();
    }
    default:
      return previousRareOp(op, arg, st, code, sp);
  }
};

/** `await x`: a coroutine itself, or what x.__await__() returns (an iterator). */
export function getAwaitable(v: Value, where: number): Value {
  const t = typeOf(v);
  if (t === T.coroutine) return v;
  const awaitMethod = getAttrOptional(v, intern('__await__'));
  if (awaitMethod === NULL) {
    const how = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
      : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : '';
    if (how !== '') throw raise(E.TypeError, how + typeNameOf(v));
    throw raise(E.TypeError, `object ${typeNameOf(v)} can't be used in 'await' expression`);
  }
  const it = call0(awaitMethod);
  if (typeOf(it) === T.coroutine) throw raise(E.TypeError, '__await__() returned a coroutine');
  return it;
}

const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

opHooks.stopIterationError = (exc: Value): Value => {
  // PEP 479 (CPython's stopiteration_error): StopIteration leaving a generator or coroutine,
  // and StopAsyncIteration leaving an async generator, become RuntimeError. The current frame
  // is the one the exception is leaving.
  const f = currentFrame();
  const coFlags = f === 0 ? 0 : getField(i32[(f >> 2) + F_CODE]!, CO_FLAGS) >> 1;
  const t = typeOf(exc);
  let message: string | null = null;
  if (isSubtype(t, E.StopIteration)) {
    message = (coFlags & CO_ASYNC_GENERATOR) !== 0 ? 'async generator raised StopIteration'
      : (coFlags & CO_COROUTINE) !== 0 ? 'coroutine raised StopIteration' : 'generator raised StopIteration';
  } else if ((coFlags & CO_ASYNC_GENERATOR) !== 0 && isSubtype(t, E.StopAsyncIteration)) {
    message = 'async generator raised StopAsyncIteration';
  }
  if (message === null) return exc;
  const err = newBuiltinException(E.RuntimeError, message);
  setField(err, EXC_CAUSE, exc);
  setField(err, EXC_CONTEXT, exc);
  setField(err, EXC_SUPPRESS_CONTEXT, S.True);
  return err;
};
