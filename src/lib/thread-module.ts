/**
 * The `_thread` module: the native layer under `threading` (stdlib/threading.py),
 * as CPython's Modules/_threadmodule.c: starting threads (src/vm/threads.ts),
 * locks (thread-lock.ts), idents, and the sentinel lock that tells `join()`
 * a thread has really ended.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CB_FINALIZING, CB_THREAD_COUNT, requestInterrupt, SIGINT } from '../heap/memory.js';
import { hasPythonHandler, signalNumberArg } from './signal-module.js';
import { dictSet } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intern } from '../objects/intern.js';
import { intFromNumber } from '../objects/int.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { typeOf, isSubtype } from '../objects/typecheck.js';
import { raise } from '../vm/errors.js';
import { threadIdent, threadWord, TS_NAME } from '../vm/thread-state.js';
import { addSentinel, nativeThreadId, startThread, warmThreadPool } from '../vm/threads.js';
import { argAt, kwCount, noKeywords, unpackCount } from './builtins-args.js';
import { isCallable } from './builtins-objects.js';
import { defineBuiltinModule } from './import-registry.js';
import { newLock, TIMEOUT_MAX } from './thread-lock.js';
import { intValue } from '../objects/int.js';
import { typeNameOf } from '../vm/abstract.js';

function startNewThread(_s: Value, argv: number, argc: number, kwnames: Ref): Value {
  noKeywords('start_new_thread', kwnames);
  if (argc < 2) throw raise(E.TypeError, `start_new_thread expected at least 2 arguments, got ${argc}`);
  if (argc > 3) throw raise(E.TypeError, `start_new_thread expected at most 3 arguments, got ${argc}`);
  const func = argAt(argv, 0);
  const args = argAt(argv, 1);
  const kwargs = argc === 3 ? argAt(argv, 2) : NULL;
  if (!isCallable(func)) throw raise(E.TypeError, 'first arg must be callable');
  if ((args & 1) !== 0 || !isSubtype(typeOf(args), T.tuple)) throw raise(E.TypeError, '2nd arg must be a tuple');
  if (kwargs !== NULL && ((kwargs & 1) !== 0 || !isSubtype(typeOf(kwargs), T.dict))) {
    throw raise(E.TypeError, 'optional 3rd arg must be a dictionary');
  }
  // CPython 3.12 refuses new threads once finalization began (waiting for threads, atexit).
  if (Atomics.load(i32, CB_FINALIZING) !== 0) throw raise(E.RuntimeError, "can't create new thread at interpreter shutdown");
  return intFromNumber(startThread(func, args, kwargs));
}
defineFunction('_thread', 'start_new_thread', startNewThread);
defineFunction('_thread', 'start_new', startNewThread);

function allocateLock(_s: Value, _argv: number, argc: number, kwnames: Ref): Value {
  noKeywords('allocate_lock', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `allocate_lock() takes no arguments (${argc} given)`);
  return newLock(false);
}
defineFunction('_thread', 'allocate_lock', allocateLock);
defineFunction('_thread', 'allocate', allocateLock);

defineFunction('_thread', 'get_ident', () => intFromNumber(threadIdent()));
defineFunction('_thread', 'get_native_id', () => intFromNumber(nativeThreadId()));
defineFunction('_thread', '_count', () => intFromNumber(Atomics.load(i32, CB_THREAD_COUNT)));
defineFunction('_thread', 'daemon_threads_allowed', () => S.True);
defineFunction('_thread', '_is_main_interpreter', () => S.True);

/** _thread._set_sentinel(): a held lock that the calling thread's end releases. */
defineFunction('_thread', '_set_sentinel', () => {
  const lock = newLock(true);
  addSentinel(lock);
  return lock;
});

/** set_name(name): the calling thread's name for gilvm's reports (CPython 3.14 names the OS thread). */
defineFunction('_thread', 'set_name', (_s, argv, argc, kwnames) => {
  noKeywords('set_name', kwnames);
  unpackCount('set_name', argc, 1, 1);
  const name = argAt(argv, 0);
  if ((name & 1) !== 0 || !isSubtype(typeOf(name), T.str)) {
    throw raise(E.TypeError, `set_name() argument 'name' must be str, not ${typeNameOf(name)}`);
  }
  i32[threadWord(TS_NAME)] = name;
  return S.None;
});

function exitThread(): Value {
  throw raise(E.SystemExit, null);
}
defineFunction('_thread', 'exit', exitThread);
defineFunction('_thread', 'exit_thread', exitThread);

/**
 * interrupt_main(signum=SIGINT): as if the signal had come (by default Ctrl-C: KeyboardInterrupt
 * in the main thread); nothing when Python has no handler for it (SIG_DFL, SIG_IGN).
 */
defineFunction('_thread', 'interrupt_main', (_s, argv, argc, kwnames) => {
  unpackCount('interrupt_main', argc - kwCount(kwnames), 0, 1);
  let signum = SIGINT;
  if (argc > 0) {
    signum = signalNumberArg(argAt(argv, 0));
  }
  if (hasPythonHandler(signum)) requestInterrupt(i32, signum);
  return S.None;
});

/** The size asked for with stack_size (workers get a fixed JS stack: it only changes what is reported). */
let stackSize = 0;
defineFunction('_thread', 'stack_size', (_s, argv, argc, kwnames) => {
  noKeywords('stack_size', kwnames);
  unpackCount('stack_size', argc, 0, 1);
  const old = stackSize;
  if (argc === 1) {
    const v = argAt(argv, 0);
    if ((v & 1) === 0 && !isSubtype(typeOf(v), T.int)) {
      throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    }
    const n = Number(intValue(v));
    if (n !== 0 && n < 32768) throw raise(E.ValueError, `size not valid: ${n} bytes`);
    stackSize = n;
  }
  return intFromNumber(old);
});

export const threadModule = defineBuiltinModule('_thread', 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.', (dict) => {
  dictSet(dict, intern('LockType'), T['_thread.lock']);
  dictSet(dict, intern('RLock'), T['_thread.RLock']);
  dictSet(dict, intern('error'), E.RuntimeError);
  dictSet(dict, intern('TIMEOUT_MAX'), newFloat(TIMEOUT_MAX));
  // Threads are coming: have the Node main thread warm its worker pool now.
  warmThreadPool();
});
