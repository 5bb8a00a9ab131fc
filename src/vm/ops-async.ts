/**
 * `async for` and `async with`: GET_AITER, GET_ANEXT, END_ASYNC_FOR,
 * BEFORE_ASYNC_WITH, with CPython 3.12's error messages.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { intern } from '../objects/intern.js';
import { E, T } from '../objects/registry.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameOf } from './abstract.js';
import { lookupType } from './attributes.js';
import { call0 } from './call.js';
import { raise } from './errors.js';
import { markReraise } from './interpreter.js';
import { opHooks } from './op-hooks.js';
import { getAwaitable } from './ops-gen.js';
import type { LoopState } from './ops.js';
import { setCurrentException } from './thread-state.js';
import { slotsOf } from '../objects/typeobject.js';

/** A special method found on the type of `obj`, bound to it; NULL if the type has none. */
function special(obj: Value, name: string): Value {
  const f = lookupType(typeOf(obj), intern(name));
  if (f === NULL) return NULL;
  const get = slotsOf(typeOf(f)).descrGet;
  return get === undefined ? f : get(f, obj, typeOf(obj));
}

const previousRareOp = opHooks.rareOp;
opHooks.rareOp = (op: number, arg: number, st: LoopState, code: Ref, sp: number): number => {
  switch (op) {
    case 50 /* GET_AITER */: {
      const obj = i32[sp - 1]!;
      const aiter = special(obj, '__aiter__');
      if (aiter === NULL) {
        throw raise(E.TypeError, `'async for' requires an object with __aiter__ method, got ${typeNameOf(obj)}`);
      }
      i32[sp - 1] = aiter; // rooted while it runs
      const it = call0(aiter);
      if (lookupType(typeOf(it), intern('__anext__')) === NULL) {
        throw raise(
          E.TypeError,
          `'async for' received an object from __aiter__ that does not implement __anext__: ${typeNameOf(it)}`,
        );
      }
      i32[sp - 1] = it;
      st.sp = sp;
      return 0;
    }
    case 51 /* GET_ANEXT */: {
      const aiter = i32[sp - 1]!;
      const anext = special(aiter, '__anext__');
      if (anext === NULL) {
        throw raise(E.TypeError, `'async for' requires an iterator with __anext__ method, got ${typeNameOf(aiter)}`);
      }
      i32[sp] = anext;
      const r = call0(anext);
      i32[sp] = r;
      if (typeOf(r) === T.async_generator_asend) {
        st.sp = sp + 1;
        return 0;
      }
      try {
        i32[sp] = getAwaitable(r, 0);
      } catch (e) {
        setCurrentException(NULL);
        throw raise(E.TypeError, `'async for' received an invalid object from __anext__: ${typeNameOf(r)}`);
      }
      st.sp = sp + 1;
      return 0;
    }
    case 54 /* END_ASYNC_FOR */: {
      // (aiter, exc --): StopAsyncIteration ends the loop; anything else propagates.
      const exc = i32[sp - 1]!;
      if (isSubtype(typeOf(exc), E.StopAsyncIteration)) {
        i32[sp - 1] = 0;
        i32[sp - 2] = 0;
        st.sp = sp - 2;
        return 0;
      }
      setCurrentException(exc);
      throw markReraise();
    }
    case 52 /* BEFORE_ASYNC_WITH */: {
      const mgr = i32[sp - 1]!;
      const enter = special(mgr, '__aenter__');
      const exit = enter === NULL ? NULL : special(mgr, '__aexit__');
      if (enter === NULL || exit === NULL) {
        const missed = enter === NULL ? '' : ' (missed __aexit__ method)';
        throw raise(E.TypeError, `'${typeNameOf(mgr)}' object does not support the asynchronous context manager protocol${missed}`);
      }
      i32[sp - 1] = exit;
      i32[sp] = enter;
      const r = call0(enter);
      i32[sp] = r;
      i32[sp] = getAwaitable(r, 1);
      st.sp = sp + 1;
      return 0;
    }
    default:
      return previousRareOp(op, arg, st, code, sp);
  }
};

