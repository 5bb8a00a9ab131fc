/**
 * The async iteration builtins: aiter(obj) and anext(iterator[, default])
 * (CPython 3.10+). anext without a default returns what __anext__ returns;
 * with one, it wraps that awaitable in a coroutine of stdlib/_gilvm_anext.py
 * that turns StopAsyncIteration into the default (CPython's anext_awaitable).
 */
import { NULL, type Value } from '../heap/layout.js';
import { intern } from '../objects/intern.js';
import { arg, checkPositional, kwCountOf } from '../objects/list-args.js';
import { defineFunction } from '../objects/native.js';
import { E } from '../objects/registry.js';
import { typeOf } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { getAttr, lookupType } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { importModuleLevel } from './import.js';

/** type(v).<name>, NULL when the type has no such attribute. */
function typeMethod(v: Value, name: string): Value {
  return lookupType(typeOf(v), intern(name));
}

/** aiter(async_iterable) */
defineFunction('builtins', 'aiter', (_self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'aiter() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `aiter() takes exactly one argument (${argc} given)`);
  const obj = arg(argv, 0);
  const m = typeMethod(obj, '__aiter__');
  if (m === NULL) throw raise(E.TypeError, `'${typeNameOf(obj)}' object is not an async iterable`);
  const it = callArray(m, [obj]);
  if (typeMethod(it, '__anext__') === NULL) {
    throw raise(E.TypeError, `aiter() returned not an async iterator of type '${typeNameOf(it)}'`);
  }
  return it;
});

/** anext(async_iterator[, default]) */
defineFunction('builtins', 'anext', (_self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'anext() takes no keyword arguments');
  checkPositional('anext', argc, 1, 2);
  const it = arg(argv, 0);
  const m = typeMethod(it, '__anext__');
  if (m === NULL) throw raise(E.TypeError, `'${typeNameOf(it)}' object is not an async iterator`);
  const awaitable = callArray(m, [it]);
  if (argc === 1) return awaitable;
  const mark = handleCount();
  try {
    const h = pushHandle(awaitable);
    const mod = pushHandle(importModuleLevel(intern('_gilvm_anext'), NULL, NULL, 0));
    const wrap = getAttr(getHandle(mod), intern('with_default'));
    return callArray(wrap, [getHandle(h), i32[argv + 1]!]);
  } finally {
    releaseHandles(mark);
  }
});
