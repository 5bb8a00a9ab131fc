/**
 * The `atexit` module: functions to call when the interpreter ends, last
 * registered first, after the main module (and its uncaught exception's
 * traceback) and before the output is flushed (src/vm/main-module.ts calls
 * runAtexitCallbacks). As CPython 3.12: unregister() empties the slots of
 * the matching entries (by ==) without shrinking the table, so _ncallbacks()
 * still counts them; an exception in a callback, SystemExit included, is
 * printed as "Exception ignored in atexit callback: <repr>" with its
 * traceback, and the next callback runs.
 *
 * The table is a list of (func, args, kwargs) tuples in the root table
 * (ROOT_ATEXIT), so that it lives as long as the interpreter whatever
 * happens to the module object.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { intern } from '../objects/intern.js';
import { listAppend, listClear, listGet, listLength, listSet, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { rootGet, rootSet, rootTable } from '../objects/roots.js';
import { lockObject, underLock, unlockObject } from '../vm/object-lock.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { CMP_EQ, isTrue, repr, richCompare } from '../vm/abstract.js';
import { callValue } from '../vm/call.js';
import { PY_ERROR, raise } from '../vm/errors.js';
import { getHandle, handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { writeUnraisable } from '../vm/unraisable.js';
import { kwCount } from './builtins-args.js';
import { isCallable } from './builtins-objects.js';
import { defineBuiltinModule } from './import-registry.js';

/** Root-table slot of the callback list (slot 6 is sys.ts's switch interval). */
export const ROOT_ATEXIT = 7;

/**
 * The callback list, made the first time (under the root table's lock: two threads registering
 * at once make one). It is written under its own lock (free-threading mode).
 */
function table(): Ref {
  let t = rootGet(ROOT_ATEXIT);
  if (t === NULL) {
    lockObject(rootTable());
    try {
      t = rootGet(ROOT_ATEXIT);
      if (t === NULL) {
        t = newList(0);
        rootSet(ROOT_ATEXIT, t);
      }
    } finally {
      unlockObject(rootTable());
    }
  }
  return t;
}

defineFunction('atexit', 'register', (_s, argv, argc, kwnames) => {
  const nkw = kwCount(kwnames);
  const npos = argc - nkw;
  if (npos < 1) throw raise(E.TypeError, `register() takes at least 1 argument (${npos} given)`);
  const func = i32[argv]!;
  if (!isCallable(func)) throw raise(E.TypeError, 'the first argument must be callable');
  // The call's arguments as they came: positional and keyword values side by side, and the
  // keyword names (a tuple, or None), so that the call at exit is the same call.
  const entry = newTuple([func, newTuple(Array.from({ length: argc - 1 }, (_, k) => i32[argv + 1 + k]!)), nkw > 0 ? kwnames : S.None]);
  const t = table();
  underLock(t, listAppend, t, entry);
  return func;
});

defineFunction('atexit', 'unregister', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'atexit.unregister() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `atexit.unregister() takes exactly one argument (${argc} given)`);
  const t = table();
  for (let i = 0; i < listLength(t); i++) {
    const entry = listGet(t, i);
    if (entry === S.None) continue;
    // == may run Python code; the table stays rooted through the root table.
    if (isTrue(richCompare(tupleGet(entry, 0), i32[argv]!, CMP_EQ))) {
      const now = table(); // __eq__ may have cleared it
      lockObject(now);
      try {
        if (i < listLength(now)) listSet(now, i, S.None);
      } finally {
        unlockObject(now);
      }
    }
  }
  return S.None;
});

defineFunction('atexit', '_run_exitfuncs', (_s, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, `atexit._run_exitfuncs() takes no arguments (${argc} given)`);
  runAtexitCallbacks();
  return S.None;
});

defineFunction('atexit', '_clear', (_s, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, `atexit._clear() takes no arguments (${argc} given)`);
  const t = table();
  underLock(t, listClear, t);
  return S.None;
});

defineFunction('atexit', '_ncallbacks', (_s, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, `atexit._ncallbacks() takes no arguments (${argc} given)`);
  return fromSmallInt(listLength(table()));
});

/** Run the registered callbacks, last first, and empty the table (the end of the program, or atexit._run_exitfuncs). */
export function runAtexitCallbacks(): void {
  const t = rootGet(ROOT_ATEXIT);
  if (t === NULL || listLength(t) === 0) return;
  const mark = handleCount();
  try {
    // The entries are taken out first, so that a callback that registers another does not loop.
    const entries = pushHandle(newList(0));
    lockObject(t);
    try {
      for (let i = 0; i < listLength(t); i++) listAppend(getHandle(entries), listGet(t, i));
      listClear(t);
    } finally {
      unlockObject(t);
    }
    for (let i = listLength(getHandle(entries)) - 1; i >= 0; i--) {
      const entry = listGet(getHandle(entries), i);
      if (entry !== S.None) runOne(entry);
    }
  } finally {
    releaseHandles(mark);
  }
}

/** Call func(*args, **kwargs) of one entry; an exception is printed and dropped. */
function runOne(entry: Ref): void {
  const mark = handleCount();
  try {
    const he = pushHandle(entry);
    const values = tupleGet(entry, 1);
    const n = tupleLength(values);
    const argvStart = handleCount();
    for (let k = 0; k < n; k++) pushHandle(tupleGet(values, k));
    const kwnames = tupleGet(entry, 2);
    try {
      callValue(tupleGet(getHandle(he), 0), handleWord(argvStart), n, kwnames === S.None ? NULL : kwnames);
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      writeUnraisable('Exception ignored in atexit callback', tupleGet(getHandle(he), 0));
    }
  } finally {
    releaseHandles(mark);
  }
}

defineBuiltinModule('atexit', 'Register functions to call when the interpreter ends.');
