/**
 * Async generators (PEP 525). The frame machinery is the generator's
 * (src/objects/generator.ts); what differs is how results come out. The
 * frame yields either an *async-yielded* value, wrapped by
 * INTRINSIC_ASYNC_GEN_WRAP, or (from an `await` inside) a value for the
 * event loop. `__anext__()`/`asend()`/`athrow()`/`aclose()` return awaitable
 * objects that resume the frame and turn a wrapped value into
 * StopIteration(value), a return into StopAsyncIteration, and pass
 * everything else through to whoever drives the coroutine.
 *
 *     async_generator_wrapped_value:  | value |
 *     async_generator_asend:          | agen | value | state |
 *     async_generator_athrow:         | agen | typ | val | state | close |
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { newBuiltinException, newExceptionWithArgs } from './exceptions.js';
import { GEN_QUALNAME, GEN_STATE, GEN_CLOSED, GEN_CREATED, genResume, takeReturnValue } from './generator.js';
import { defineMethod } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { declareSlots, getField, setField } from './typeobject.js';
import { isSubtype, typeOf } from './typecheck.js';
import { call0, call1 } from '../vm/call.js';
import { PY_ERROR, raise, raiseObject } from '../vm/errors.js';
import { opHooks } from '../vm/op-hooks.js';
import { getCurrentException, setCurrentException } from '../vm/thread-state.js';
import { typeNameOf } from '../vm/abstract.js';

const INIT = 0;
const ITER = 1;
const CLOSED = 2;

export function wrapAsyncYield(v: Value): Ref {
  const w = allocate(T.async_generator_wrapped_value, HEADER_BYTES + 4, false);
  setField(w, 0, v);
  return w;
}
function isWrapped(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && typeOf(v) === T.async_generator_wrapped_value;
}

function stopIteration(value: Value): typeof PY_ERROR {
  return raiseObject(newExceptionWithArgs(E.StopIteration, value === S.None ? newTuple([]) : newTuple([value])));
}

function newAsend(agen: Ref, value: Value): Ref {
  const a = allocate(T.async_generator_asend, HEADER_BYTES + 12, false);
  setField(a, 0, agen);
  setField(a, 1, value);
  setField(a, 2, fromSmallInt(INIT));
  return a;
}

/** The outcome of resuming the frame, for asend: a pass-through value, or raise. */
function asendResult(a: Ref, r: Value): Value {
  if (r === NULL) {
    setField(a, 2, fromSmallInt(CLOSED));
    takeReturnValue();
    throw raise(E.StopAsyncIteration, null);
  }
  if (isWrapped(r)) {
    setField(a, 2, fromSmallInt(CLOSED));
    throw stopIteration(getField(r, 0));
  }
  return r;
}

function asendSend(a: Ref, v: Value): Value {
  const st = smallIntValue(getField(a, 2));
  if (st === CLOSED) throw raise(E.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  let value = v;
  if (st === INIT) {
    if (v === S.None) value = getField(a, 1);
    setField(a, 2, fromSmallInt(ITER));
  }
  try {
    return asendResult(a, genResume(getField(a, 0), value, false));
  } catch (e) {
    if (e === PY_ERROR) setField(a, 2, fromSmallInt(CLOSED));
    throw e;
  }
}

function throwInto(agen: Ref, typ: Value, val: Value): Value {
  let exc: Value = typ;
  if ((typ & 1) === 0 && isSubtype(typeOf(typ), T.type)) exc = val === NULL || val === S.None ? call0(typ) : call1(typ, val);
  if ((exc & 1) !== 0 || !isSubtype(typeOf(exc), E.BaseException)) {
    throw raise(E.TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeNameOf(exc)}`);
  }
  if (smallIntValue(getField(agen, GEN_STATE)) === GEN_CREATED) {
    setField(agen, GEN_STATE, fromSmallInt(GEN_CLOSED));
    throw raiseObject(exc);
  }
  setCurrentException(exc);
  return genResume(agen, S.None, true);
}

declareSlots('async_generator_asend', {
  iter: (self) => self,
  next: (self) => asendSend(self, S.None),
});
defineMethod('async_generator_asend', 'send', (self, argv) => asendSend(self, i32[argv]!));
defineMethod('async_generator_asend', '__await__', (self) => self);
defineMethod('async_generator_asend', 'throw', (self, argv, argc) => {
  if (smallIntValue(getField(self, 2)) === CLOSED) throw raise(E.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  setField(self, 2, fromSmallInt(ITER));
  return asendResult(self, throwInto(getField(self, 0), i32[argv]!, argc > 1 ? i32[argv + 1]! : NULL));
});
defineMethod('async_generator_asend', 'close', (self) => {
  setField(self, 2, fromSmallInt(CLOSED));
  return S.None;
});

function newAthrow(agen: Ref, typ: Value, val: Value, close: boolean): Ref {
  const a = allocate(T.async_generator_athrow, HEADER_BYTES + 20, false);
  setField(a, 0, agen);
  setField(a, 1, typ);
  setField(a, 2, val);
  setField(a, 3, fromSmallInt(INIT));
  setField(a, 4, close ? S.True : S.False);
  return a;
}

function athrowResult(a: Ref, r: Value): Value {
  const isClose = getField(a, 4) === S.True;
  if (r === NULL) {
    setField(a, 3, fromSmallInt(CLOSED));
    takeReturnValue();
    if (isClose) throw stopIteration(S.None);
    throw raise(E.StopAsyncIteration, null);
  }
  if (isWrapped(r)) {
    setField(a, 3, fromSmallInt(CLOSED));
    if (isClose) throw raise(E.RuntimeError, 'async generator ignored GeneratorExit');
    throw stopIteration(getField(r, 0));
  }
  return r;
}

function athrowSend(a: Ref, v: Value): Value {
  const st = smallIntValue(getField(a, 3));
  const isClose = getField(a, 4) === S.True;
  if (st === CLOSED) throw raise(E.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  const agen = getField(a, 0);
  try {
    if (st === INIT) {
      setField(a, 3, fromSmallInt(ITER));
      if (smallIntValue(getField(agen, GEN_STATE)) === GEN_CLOSED) {
        setField(a, 3, fromSmallInt(CLOSED));
        if (isClose) throw stopIteration(S.None);
        throw raise(E.StopAsyncIteration, null);
      }
      const typ = isClose ? newBuiltinException(E.GeneratorExit, null) : getField(a, 1);
      return athrowResult(a, throwInto(agen, typ, isClose ? NULL : getField(a, 2)));
    }
    return athrowResult(a, genResume(agen, v, false));
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setField(a, 3, fromSmallInt(CLOSED));
    const exc = getCurrentException();
    if (isClose && (isSubtype(typeOf(exc), E.StopAsyncIteration) || isSubtype(typeOf(exc), E.GeneratorExit))) {
      setCurrentException(NULL);
      throw stopIteration(S.None);
    }
    throw e;
  }
}

declareSlots('async_generator_athrow', {
  iter: (self) => self,
  next: (self) => athrowSend(self, S.None),
});
defineMethod('async_generator_athrow', 'send', (self, argv) => athrowSend(self, i32[argv]!));
defineMethod('async_generator_athrow', '__await__', (self) => self);
defineMethod('async_generator_athrow', 'close', (self) => {
  setField(self, 3, fromSmallInt(CLOSED));
  return S.None;
});

declareSlots('async_generator', {
  repr: (self) =>
    newStr(`<async_generator object ${strValue(getField(self, GEN_QUALNAME))} at 0x${(self >>> 0).toString(16).padStart(12, '0')}>`),
});
defineMethod('async_generator', '__aiter__', (self) => self);
defineMethod('async_generator', '__anext__', (self) => newAsend(self, S.None));
defineMethod('async_generator', 'asend', (self, argv) => newAsend(self, i32[argv]!));
defineMethod('async_generator', 'athrow', (self, argv, argc) =>
  newAthrow(self, i32[argv]!, argc > 1 ? i32[argv + 1]! : NULL, false),
);
defineMethod('async_generator', 'aclose', (self) => newAthrow(self, NULL, NULL, true));

const previousIntrinsic1 = opHooks.intrinsic1;
opHooks.intrinsic1 = (which, v) => (which === 4 ? wrapAsyncYield(v) : previousIntrinsic1(which, v));
