/**
 * The `_signal` built-in module, under stdlib/signal.py (which adds the Signals and Handlers
 * enums, as CPython's signal.py does over its C `_signal`).
 *
 * How a signal reaches a Python handler: the Node main thread owns the process's signal
 * dispositions (src/cli/signal-server.ts). signal.signal() records the handler in a list in the
 * root table (ROOT_SIGNAL_HANDLERS, indexed by signal number) and asks the main thread, waiting
 * for its answer, to listen for the signal (a Python handler), to swallow it (SIG_IGN) or to
 * leave it to the system (SIG_DFL). A signal that arrives is made pending for Python's main
 * thread, whose next safepoint calls the handler (src/vm/signals.ts). A signal the program sends
 * to its own process (raise_signal, os.kill, _thread.interrupt_main) is made pending directly,
 * and handled before the call returns when the main thread sent it, as CPython handles it.
 *
 * Not here (CPython has them on Linux): setitimer/getitimer, pthread_kill, pthread_sigmask,
 * sigwait and friends, set_wakeup_fd, siginterrupt. The real-time signals (34-64) can be sent but
 * not handled: Node has no names for them.
 */
import { constants as osConstants } from 'node:os';
import { signalName, type SignalAction, type SignalRequest } from './signal-protocol.js';
import { NULL, fromSmallInt, isSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { requestInterrupt, SIGINT } from '../heap/memory.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { getField } from '../objects/typeobject.js';
import { MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { hasIndex, indexOf, intToNumber } from '../objects/list-args.js';
import { listGet, listSet, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, rootSet, rootTable } from '../objects/roots.js';
import { ROOT_SIGNAL_HANDLERS } from '../objects/roots.js';
import { setAdd, newSet } from '../objects/set.js';
import { newStr } from '../objects/str.js';
import { typeOf } from '../objects/typecheck.js';
import { intFromNumber } from '../objects/int.js';
import { typeNameOf } from '../vm/abstract.js';
import { call2 } from '../vm/call.js';
import { raise, raiseObject } from '../vm/errors.js';
import { isMainThread, reacquireAfterBlocking, releaseForBlocking, sleepWord } from '../vm/gil.js';
import { lockObject, unlockObject } from '../vm/object-lock.js';
import { safepoint } from '../vm/safepoint.js';
import { setSignalDispatcher } from '../vm/signals.js';
import { kwCount, noKeywords, unpackCount } from './builtins-args.js';
import { isCallable } from './builtins-objects.js';
import { defineBuiltinModule } from './import-registry.js';
import { newOSError } from './io-errors.js';
import { currentFrameObject } from './sys-extra.js';

/** One more than the highest signal number (Linux). */
export const NSIG = 65;
const SIG_DFL = 0;
const SIG_IGN = 1;
const SIGKILL = 9;
const SIGSTOP = 19;
/** Ignored by CPython from its start: SIGPIPE (writes then fail with EPIPE) and SIGXFSZ. */
const IGNORED_AT_START = [13, 25];
/** glibc keeps these two for its threads: no program may take them. */
const RESERVED = [32, 33];

/** How long to wait for the main thread before giving up (ms): a host that does not answer. */
const ANSWER_TIMEOUT_MS = 10_000;

let askMainThread: ((m: SignalRequest) => void) | null = null;

/** Set by the workers running Python (workers/python-main.ts, python-thread.ts): how to reach the Node main thread. */
export function setSignalRequester(ask: ((m: SignalRequest) => void) | null): void {
  askMainThread = ask;
}

/** Ask the main thread and wait for its answer; the answer's word 1. */
function ask(make: (reply: SharedArrayBuffer) => SignalRequest): number {
  const reply = new SharedArrayBuffer(8);
  const words = new Int32Array(reply);
  if (askMainThread === null) return 0;
  askMainThread(make(reply));
  if (Atomics.wait(words, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') throw raiseObject(newOSError(38, 'Function not implemented'));
  return words[1]!;
}

// ---- the handler table -------------------------------------------------------------------------

/**
 * The table of handlers, made on first use with the start-up dispositions (under the root
 * table's lock). Slot 0, which no signal has, keeps the module's default_int_handler, so that
 * the function stays the same object whatever happens to the module.
 */
function handlers(): Ref {
  let t = rootGet(ROOT_SIGNAL_HANDLERS);
  if (t !== NULL) return t;
  const intHandler = dictGetStr(getField(signalModule(), MOD_DICT), intern('default_int_handler'));
  lockObject(rootTable());
  try {
    t = rootGet(ROOT_SIGNAL_HANDLERS);
    if (t === NULL) {
      t = newList(NSIG);
      for (let n = 1; n < NSIG; n++) listSet(t, n, fromSmallInt(IGNORED_AT_START.includes(n) ? SIG_IGN : SIG_DFL));
      listSet(t, 0, intHandler);
      listSet(t, SIGINT, intHandler);
      rootSet(ROOT_SIGNAL_HANDLERS, t);
    }
  } finally {
    unlockObject(rootTable());
  }
  return t;
}

/** The module's default_int_handler function object. */
function defaultIntHandler(): Value {
  return listGet(handlers(), 0);
}

/** Whether the program has a Python handler for `signum` (no table yet: only SIGINT's default). */
export function hasPythonHandler(signum: number): boolean {
  const t = rootGet(ROOT_SIGNAL_HANDLERS);
  if (t === NULL) return signum === SIGINT;
  return !isSmallInt(listGet(t, signum));
}

/** What the table says of `signum`: a Python handler, ignored, or the system's default. */
function dispositionOf(signum: number): 'python' | 'ignore' | 'default' {
  if (hasPythonHandler(signum)) return 'python';
  const t = rootGet(ROOT_SIGNAL_HANDLERS);
  return t !== NULL && listGet(t, signum) === fromSmallInt(SIG_IGN) ? 'ignore' : 'default';
}

// Called at the main thread's safepoints for each pending signal (src/vm/signals.ts).
setSignalDispatcher((signum) => {
  const t = rootGet(ROOT_SIGNAL_HANDLERS);
  if (t === NULL) return false;
  const h = listGet(t, signum);
  // SIG_DFL or SIG_IGN since it arrived: nothing for Python to do.
  if (isSmallInt(h)) return true;
  call2(h, fromSmallInt(signum), currentFrameObject());
  return true;
});

/**
 * A signal this process sends itself (raise_signal, os.kill, interrupt_main). A Python handler's
 * signal is made pending and, when the main thread sent it and `runNow`, handled before this
 * returns; an ignored one is dropped; any other goes to the system, whose default action applies
 * (which ends the process for most).
 */
export function sendSignalToSelf(signum: number, runNow: boolean): void {
  const how = dispositionOf(signum);
  if (how === 'python') {
    requestInterrupt(i32, signum);
    if (runNow && isMainThread()) safepoint();
  } else if (how === 'default') {
    const name = signalName(signum);
    if (name !== undefined) process.kill(process.pid, name);
  }
}

// ---- arguments ---------------------------------------------------------------------------------

/** A C int argument, as argument clinic's "i". */
function cInt(v: Value): number {
  if (typeOf(v) === T.float) throw raise(E.TypeError, "'float' object cannot be interpreted as an integer");
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToNumber(indexOf(v));
  if (!Number.isFinite(n) || n > 2 ** 31 - 1 || n < -(2 ** 31)) throw raise(E.OverflowError, 'Python int too large to convert to C int');
  return n;
}

/** A signal number argument: 1 to NSIG - 1. */
export function signalNumberArg(v: Value): number {
  const n = cInt(v);
  if (n < 1 || n >= NSIG) throw raise(E.ValueError, 'signal number out of range');
  return n;
}

/** The argument checks of CPython's C functions, whose messages differ by calling convention. */
function twoArgs(name: string, argc: number, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `_signal.${name}() takes no keyword arguments`);
  unpackCount(name, argc, 2, 2);
}

/** METH_O: one argument. */
export function oneArg(module: string, name: string, argc: number, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${module}.${name}() takes no keyword arguments`);
  if (argc !== 1) throw raise(E.TypeError, `${module}.${name}() takes exactly one argument (${argc} given)`);
}

/** METH_NOARGS. */
export function noArgs(module: string, name: string, argc: number): void {
  if (argc !== 0) throw raise(E.TypeError, `${module}.${name}() takes no arguments (${argc} given)`);
}

function invalidArgument(): never {
  throw raiseObject(newOSError(22, 'Invalid argument'));
}

// ---- the functions -----------------------------------------------------------------------------

defineFunction('_signal', 'signal', (_s, argv, argc, kwnames) => {
  twoArgs('signal', argc, kwnames);
  const signum = signalNumberArg(i32[argv]!);
  const handler = i32[argv + 1]!;
  if (!isMainThread()) throw raise(E.ValueError, 'signal only works in main thread of the main interpreter');
  let action: SignalAction;
  if (isSmallInt(handler) && (smallIntValue(handler) === SIG_DFL || smallIntValue(handler) === SIG_IGN)) {
    action = smallIntValue(handler) === SIG_DFL ? 'default' : 'ignore';
  } else if (isCallable(handler)) {
    action = signum === SIGINT && handler === defaultIntHandler() ? 'interrupt' : 'handle';
  } else {
    throw raise(E.TypeError, 'signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
  }
  if (signum === SIGKILL || signum === SIGSTOP || RESERVED.includes(signum)) invalidArgument();
  if (signalName(signum) === undefined) invalidArgument();
  const t = handlers();
  const old = listGet(t, signum);
  ask((reply) => ({ kind: 'signal', signum, action, reply }));
  listSet(t, signum, handler);
  return old;
});

defineFunction('_signal', 'getsignal', (_s, argv, argc, kwnames) => {
  oneArg('_signal', 'getsignal', argc, kwnames);
  const signum = signalNumberArg(i32[argv]!);
  return listGet(handlers(), signum);
});

defineFunction('_signal', 'default_int_handler', (_s, _argv, argc, kwnames) => {
  twoArgs('default_int_handler', argc, kwnames);
  throw raise(E.KeyboardInterrupt, null);
});

defineFunction('_signal', 'raise_signal', (_s, argv, argc, kwnames) => {
  oneArg('_signal', 'raise_signal', argc, kwnames);
  // raise(3)'s range: 0 (no signal) up; glibc's two reserved ones are refused too.
  const signum = cInt(i32[argv]!);
  if (signum < 0 || signum >= NSIG || RESERVED.includes(signum)) invalidArgument();
  if (signum !== 0) sendSignalToSelf(signum, true);
  return S.None;
});

/** strsignal's texts (glibc's), by signal number; the real-time ones are made below. */
const DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
  12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
  17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
  22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
  26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
  30: 'Power failure', 31: 'Bad system call',
}; // prettier-ignore

defineFunction('_signal', 'strsignal', (_s, argv, argc, kwnames) => {
  oneArg('_signal', 'strsignal', argc, kwnames);
  const signum = signalNumberArg(i32[argv]!);
  if (RESERVED.includes(signum)) return S.None;
  return newStr(DESCRIPTIONS[signum] ?? `Real-time signal ${signum - 34}`);
});

defineFunction('_signal', 'valid_signals', (_s, argv, argc, kwnames) => {
  noArgs('_signal', 'valid_signals', argc);
  const s = newSet();
  for (let n = 1; n < NSIG; n++) if (!RESERVED.includes(n)) setAdd(s, fromSmallInt(n));
  return s;
});

defineFunction('_signal', 'alarm', (_s, argv, argc, kwnames) => {
  oneArg('_signal', 'alarm', argc, kwnames);
  const seconds = cInt(i32[argv]!);
  // alarm(2) takes an unsigned int: a negative count is a huge one.
  const wanted = seconds < 0 ? seconds + 2 ** 32 : seconds;
  return intFromNumber(ask((reply) => ({ kind: 'alarm', seconds: wanted, reply })));
});

/** pause(): sleep until a signal is handled (the main thread: its handlers run here). */
defineFunction('_signal', 'pause', (_s, argv, argc, kwnames) => {
  noArgs('_signal', 'pause', argc);
  releaseForBlocking();
  try {
    const word = sleepWord();
    while (Atomics.load(i32, word) === 0) Atomics.wait(i32, word, 0);
  } finally {
    reacquireAfterBlocking();
  }
  safepoint();
  return S.None;
});

const signalModule = defineBuiltinModule('_signal', 'This module provides mechanisms to use signal handlers in Python.', (d) => {
  const set = (k: string, v: number): void => dictSet(d, intern(k), intFromNumber(v));
  // Node's names include the aliases SIGIOT and SIGPOLL; SIGCLD, Linux's old name of SIGCHLD, it lacks.
  for (const [name, n] of Object.entries(osConstants.signals)) set(name, n);
  set('SIGCLD', 17);
  set('SIGRTMIN', 34);
  set('SIGRTMAX', 64);
  set('NSIG', NSIG);
  set('SIG_DFL', SIG_DFL);
  set('SIG_IGN', SIG_IGN);
});
