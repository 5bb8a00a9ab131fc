/**
 * dir() and vars(), replacing src/objects/type-builtins.ts's first versions
 * (this module is imported after it, so its definitions win): without an
 * argument they use the caller's namespace, function locals included
 * (builtins-frame.ts); dir(module) lists the module dict's keys, as
 * CPython's module.__dir__.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictEntryIndex, dictGetStr, dictNextEntry, isDictLike } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { listAppend, listFromIterable, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, T } from '../objects/registry.js';
import { listSort } from '../objects/sort.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField } from '../objects/typeobject.js';
import { callFound0, getAttr, lookupTypeString } from '../vm/attributes.js';
import { exceptionMatches, fetchException, isPyError, raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { callValue } from '../vm/call.js';
import { argAt, noKeywords, unpackCount } from './builtins-args.js';
import { frameLocals } from './builtins-frame.js';

/** The keys of a dict as a new list. */
function dictKeyList(d: Ref): Ref {
  const out = newList(0);
  for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) listAppend(out, i32[dictEntryIndex(d, k) + 1]!);
  return out;
}

defineFunction('builtins', 'dir', (_s, argv, argc, kwnames) => {
  noKeywords('dir', kwnames);
  unpackCount('dir', argc, 0, 1);
  const mark = handleCount();
  try {
    let names: Value;
    if (argc === 0) {
      const locals = frameLocals();
      pushHandle(locals);
      if (isDictLike(locals)) names = dictKeyList(locals);
      else names = listFromIterable(locals);
    } else {
      const obj = argAt(argv, 0);
      if ((obj & 1) === 0 && isSubtype(typeOf(obj), T.module) && lookupTypeString(typeOf(obj), '__dir__') === lookupTypeString(T.object, '__dir__')) {
        // module.__dir__: the module's own __dir__ function (PEP 562), else the module dict's keys.
        const d = getAttr(obj, internName('__dict__'));
        if (!isDictLike(d)) throw raise(E.TypeError, '<module>.__dict__ is not a dictionary');
        const hook = dictGetStr(d, internName('__dir__'));
        if (hook !== NULL) {
          pushHandle(d);
          const r = pushHandle(callValue(hook, 0, 0, NULL));
          names = listFromIterable(getHandle(r));
        } else {
          names = dictKeyList(d);
        }
      } else {
        const f = lookupTypeString(typeOf(obj), '__dir__');
        if (f === NULL) throw raise(E.TypeError, 'object does not provide __dir__');
        const r = callFound0(f, obj);
        pushHandle(r);
        names = listFromIterable(r);
      }
    }
    pushHandle(names);
    listSort(names, NULL, false);
    return names;
  } finally {
    releaseHandles(mark);
  }
});

function internName(s: string): Ref {
  return intern(s);
}

defineFunction('builtins', 'vars', (_s, argv, argc, kwnames) => {
  noKeywords('vars', kwnames);
  unpackCount('vars', argc, 0, 1);
  if (argc === 0) return frameLocals();
  const obj = argAt(argv, 0);
  if ((obj & 1) === 0 && typeOf(obj) === T.module) return getField(obj, MOD_DICT);
  try {
    return getAttr(obj, intern('__dict__'));
  } catch (e) {
    if (isPyError(e) && exceptionMatches(E.AttributeError)) {
      fetchException();
      throw raise(E.TypeError, 'vars() argument must have __dict__ attribute');
    }
    throw e;
  }
});

