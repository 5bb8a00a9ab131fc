/**
 * `_thread.lock` and `_thread.RLock`: locks whose state is one word in the
 * object's raw body, taken with Atomics so that any worker can take, wait for
 * and release it. A waiting thread releases the GIL first (it is *blocked*,
 * src/vm/gil.ts) and sleeps on the word with Atomics.wait; a release wakes one
 * waiter. The main thread waits in short slices and looks for Ctrl-C between
 * them, so that `join()` or `acquire()` there raises KeyboardInterrupt as in
 * CPython.
 *
 *     lock body (raw):  | state |        state: 0 unlocked, 1 locked, 2 locked and a thread
 *                                          may be asleep on it (its release wakes one)
 *     RLock body (raw): | state | owner | count |
 *                                 owner: ident of the owning thread (0: none)
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_INTERRUPT } from '../heap/memory.js';
import { addressHex } from '../objects/type-info.js';
import { defineMethod, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { declareSlots, setField, TP_QUALNAME } from '../objects/typeobject.js';
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { intern } from '../objects/intern.js';
import { toDouble, operandDouble } from '../objects/float.js';
import { intValue } from '../objects/int.js';
import { isTrue, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { isMainThread, reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { safepoint } from '../vm/safepoint.js';
import { threadIdent } from '../vm/thread-state.js';
import { parseClinic } from './builtins-args.js';

/** _thread.TIMEOUT_MAX: the largest timeout in seconds (CPython's PY_TIMEOUT_MAX on 64-bit Linux). */
export const TIMEOUT_MAX = 9223372036.0;

const RL_OWNER = 1;
const RL_COUNT = 2;

/** How long the main thread waits between looks for Ctrl-C (ms). */
const MAIN_WAIT_SLICE_MS = 20;

function stateWord(lock: Ref): number {
  return (lock >> 2) + HEADER_WORDS;
}

/** A new `_thread.lock`, `held` or not. */
export function newLock(held: boolean): Ref {
  const lock = allocate(T['_thread.lock'], HEADER_BYTES + 8, true);
  if (held) i32[stateWord(lock)] = 1;
  return lock;
}

function newRLock(): Ref {
  return allocate(T['_thread.RLock'], HEADER_BYTES + 16, true);
}

const LOCKED = 1;
const CONTENDED = 2;

function tryTake(w: number): boolean {
  return Atomics.compareExchange(i32, w, 0, LOCKED) === 0;
}

/** Release the lock word `w`, waking one waiter if some thread may be asleep on it. */
function give(w: number): void {
  if (Atomics.exchange(i32, w, 0) === CONTENDED) Atomics.notify(i32, w, 1);
}

/** Release a `_thread.lock` (a thread's sentinel at its end): no error if it is unlocked. */
export function releaseLockObject(lock: Ref): void {
  give(stateWord(lock));
}

/**
 * Take the lock word `w`, waiting at most `timeoutMs` (negative: forever, 0:
 * not at all) with the GIL released. Returns whether it was taken. The caller
 * is a native called from the interpreter (its frame is saved), and the lock
 * object stays alive through its arguments while the GIL is released.
 */
export function takeLockWord(w: number, timeoutMs: number): boolean {
  if (tryTake(w)) return true;
  if (timeoutMs === 0) return false;
  const deadline = timeoutMs < 0 ? Infinity : performance.now() + timeoutMs;
  const main = isMainThread();
  let taken = false;
  let interrupted = false;
  releaseForBlocking();
  try {
    for (;;) {
      // Taken in the contended state: other waiters may still sleep on the word, and its
      // release must wake one of them.
      if (Atomics.compareExchange(i32, w, 0, CONTENDED) === 0) {
        taken = true;
        break;
      }
      const now = performance.now();
      if (now >= deadline) break;
      let slice = deadline - now;
      if (main) {
        if (Atomics.load(i32, CB_INTERRUPT) !== 0) {
          interrupted = true;
          break;
        }
        slice = Math.min(slice, MAIN_WAIT_SLICE_MS);
      }
      // Mark the lock contended before sleeping, so that its release wakes this thread.
      if (Atomics.compareExchange(i32, w, LOCKED, CONTENDED) === 0) continue;
      Atomics.wait(i32, w, CONTENDED, slice === Infinity ? undefined : slice);
    }
  } finally {
    reacquireAfterBlocking();
  }
  if (interrupted && !taken) {
    // A signal while waiting: its handler runs (Ctrl-C's raises KeyboardInterrupt); a handler
    // that returns lets the wait go on to its deadline (PEP 475), as CPython's.
    safepoint();
    return takeLockWord(w, deadline === Infinity ? -1 : Math.max(0, deadline - performance.now()));
  }
  return taken;
}

const ACQUIRE_ARGS: Value[] = [NULL, NULL];

/** acquire(blocking=True, timeout=-1)'s arguments, checked as CPython's lock_acquire_parse_args: the timeout in ms (-1: forever). */
function acquireTimeout(argv: number, argc: number, kwnames: Ref): number {
  parseClinic('acquire', argv, argc, kwnames, ['blocking', 'timeout'], 0, 0, [], ACQUIRE_ARGS);
  const blockingArg = ACQUIRE_ARGS[0]!;
  const timeoutArg = ACQUIRE_ARGS[1]!;
  ACQUIRE_ARGS[0] = NULL;
  ACQUIRE_ARGS[1] = NULL;
  const blocking = blockingArg === NULL ? true : isTrue(blockingArg);
  let timeout = -1;
  if (timeoutArg !== NULL) {
    if ((timeoutArg & 1) === 0 && isSubtype(typeOf(timeoutArg), T.int)) {
      timeout = Number(intValue(timeoutArg));
    } else if (toDouble(timeoutArg)) {
      timeout = operandDouble;
      if (Number.isNaN(timeout)) throw raise(E.ValueError, 'Invalid value NaN (not a number)');
    } else {
      throw raise(E.TypeError, `'${typeNameOf(timeoutArg)}' object cannot be interpreted as an integer`);
    }
  }
  if (!blocking && timeout !== -1) throw raise(E.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw raise(E.ValueError, 'timeout value must be positive');
  if (!blocking) return 0;
  if (timeout === -1) return -1;
  if (timeout > 9.2e9) throw raise(E.OverflowError, 'timestamp out of range for platform time_t');
  if (timeout > TIMEOUT_MAX) throw raise(E.OverflowError, 'timeout value is too large');
  return timeout * 1000;
}

function noArgs(name: string, argc: number, kwnames: Ref): void {
  if (argc !== 0 || (kwnames !== NULL && tupleLength(kwnames) > 0)) {
    throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
  }
}

onAfterTypes(() => {
  // The types' C names are '_thread.lock' and '_thread.RLock': their qualified names are the last part.
  setField(T['_thread.lock'], TP_QUALNAME, intern('lock'));
  setField(T['_thread.RLock'], TP_QUALNAME, intern('RLock'));
});

// ---- _thread.lock ---------------------------------------------------------------------------

declareSlots('_thread.lock', {
  repr(self: Value): Ref {
    const state = Atomics.load(i32, stateWord(self)) !== 0 ? 'locked' : 'unlocked';
    return newStr(`<${state} _thread.lock object at ${addressHex(self)}>`);
  },
});

defineMethod(
  '_thread.lock',
  '__new__',
  () => {
    throw raise(E.TypeError, "cannot create '_thread.lock' instances");
  },
  MDF_STATIC,
);

function lockAcquire(self: Value, argv: number, argc: number, kwnames: Ref): Value {
  return takeLockWord(stateWord(self), acquireTimeout(argv, argc, kwnames)) ? S.True : S.False;
}
/** Release a `_thread.lock` (release(), and __exit__ with its exception arguments). */
function releaseLock(self: Value): Value {
  const w = stateWord(self);
  if (Atomics.load(i32, w) === 0) throw raise(E.RuntimeError, 'release unlocked lock');
  give(w);
  return S.None;
}
function lockRelease(self: Value, _argv: number, argc: number, kwnames: Ref): Value {
  noArgs('release', argc, kwnames);
  return releaseLock(self);
}
function lockLocked(self: Value, _argv: number, argc: number, kwnames: Ref): Value {
  noArgs('locked', argc, kwnames);
  return Atomics.load(i32, stateWord(self)) !== 0 ? S.True : S.False;
}
for (const name of ['acquire', 'acquire_lock', '__enter__']) defineMethod('_thread.lock', name, lockAcquire);
for (const name of ['release', 'release_lock']) defineMethod('_thread.lock', name, lockRelease);
defineMethod('_thread.lock', '__exit__', (self) => releaseLock(self));
for (const name of ['locked', 'locked_lock']) defineMethod('_thread.lock', name, lockLocked);
defineMethod('_thread.lock', '_at_fork_reinit', (self) => {
  Atomics.store(i32, stateWord(self), 0);
  return S.None;
});

// ---- _thread.RLock --------------------------------------------------------------------------

declareSlots('_thread.RLock', {
  repr(self: Value): Ref {
    const w = stateWord(self);
    const count = i32[w + RL_COUNT]!;
    const owner = count > 0 ? i32[w + RL_OWNER]! : 0;
    return newStr(`<${count > 0 ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${count} at ${addressHex(self)}>`);
  },
});

defineMethod(
  '_thread.RLock',
  '__new__',
  (_cls, _argv, _argc) => newRLock(),
  MDF_STATIC,
);

/** Take an RLock for this thread (`timeoutMs` as takeLockWord); the count goes up by one. */
function rlockTake(self: Value, timeoutMs: number): boolean {
  const w = stateWord(self);
  const me = threadIdent();
  if (i32[w + RL_COUNT]! > 0 && i32[w + RL_OWNER] === me) {
    i32[w + RL_COUNT] = i32[w + RL_COUNT]! + 1;
    return true;
  }
  if (!takeLockWord(w, timeoutMs)) return false;
  i32[w + RL_OWNER] = me;
  i32[w + RL_COUNT] = 1;
  return true;
}

function rlockAcquire(self: Value, argv: number, argc: number, kwnames: Ref): Value {
  return rlockTake(self, acquireTimeout(argv, argc, kwnames)) ? S.True : S.False;
}
function rlockRelease(self: Value): Value {
  const w = stateWord(self);
  if (i32[w + RL_COUNT] === 0 || i32[w + RL_OWNER] !== threadIdent()) {
    throw raise(E.RuntimeError, 'cannot release un-acquired lock');
  }
  const count = i32[w + RL_COUNT]! - 1;
  i32[w + RL_COUNT] = count;
  if (count === 0) {
    i32[w + RL_OWNER] = 0;
    give(w);
  }
  return S.None;
}
defineMethod('_thread.RLock', 'acquire', rlockAcquire);
defineMethod('_thread.RLock', '__enter__', rlockAcquire);
defineMethod('_thread.RLock', 'release', (self, _argv, argc, kwnames) => {
  noArgs('release', argc, kwnames);
  return rlockRelease(self);
});
defineMethod('_thread.RLock', '__exit__', (self) => rlockRelease(self));
defineMethod('_thread.RLock', '_is_owned', (self) => {
  const w = stateWord(self);
  return i32[w + RL_COUNT]! > 0 && i32[w + RL_OWNER] === threadIdent() ? S.True : S.False;
});
defineMethod('_thread.RLock', '_recursion_count', (self) => {
  const w = stateWord(self);
  return fromSmallInt(i32[w + RL_OWNER] === threadIdent() ? i32[w + RL_COUNT]! : 0);
});
/** For Condition.wait: give the lock up entirely, returning (count, owner) to restore. */
defineMethod('_thread.RLock', '_release_save', (self) => {
  const w = stateWord(self);
  const count = i32[w + RL_COUNT]!;
  if (count === 0) throw raise(E.RuntimeError, 'cannot release un-acquired lock');
  const saved = newTuple([fromSmallInt(count), fromSmallInt(i32[w + RL_OWNER]!)]);
  i32[w + RL_COUNT] = 0;
  i32[w + RL_OWNER] = 0;
  give(w);
  return saved;
});
defineMethod('_thread.RLock', '_acquire_restore', (self, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, `_acquire_restore() takes exactly one argument (${argc} given)`);
  const state = i32[argv]!;
  if ((state & 1) !== 0 || typeOf(state) !== T.tuple || tupleLength(state) !== 2) {
    throw raise(E.TypeError, '_acquire_restore() argument must be a (count, owner) tuple');
  }
  const count = tupleGet(state, 0);
  const owner = tupleGet(state, 1);
  takeLockWord(stateWord(self), -1);
  const w = stateWord(self);
  i32[w + RL_OWNER] = (owner & 1) !== 0 ? owner >> 1 : 0;
  i32[w + RL_COUNT] = (count & 1) !== 0 ? count >> 1 : 1;
  return S.None;
});
defineMethod('_thread.RLock', '_at_fork_reinit', (self) => {
  const w = stateWord(self);
  i32[w] = 0;
  i32[w + RL_OWNER] = 0;
  i32[w + RL_COUNT] = 0;
  return S.None;
});
