/**
 * The GIL: one lock word in the control block (CB_GIL), as CPython's default
 * build has one lock per interpreter (Python/ceval_gil.c).
 *
 * - A thread runs bytecode only while it holds the GIL. A thread that wants it
 *   waits on the word (Atomics.wait) one switch interval at a time
 *   (sys.setswitchinterval, default 5 ms); when a whole interval passes with no
 *   switch (CB_GIL_SWITCHES unchanged), it sets a drop request and the eval
 *   breaker.
 * - The holder sees the breaker at its next safepoint (a backward jump or a
 *   call), drops the GIL and waits until another thread has taken it before it
 *   asks again (forced switching: otherwise the dropping thread, already
 *   running, would usually win the lock back at once).
 * - Blocking calls (lock waits, sleep, join, reading stdin) release it around
 *   the wait: `releaseForBlocking` / `reacquireAfterBlocking`.
 *
 * Releasing the GIL makes this thread *detached*: its frames' ip and sp are
 * saved (the callers guarantee it), its stdout buffer is flushed (so output
 * keeps the order in which threads printed it), and the rest of its allocation
 * buffer is written as a free chunk, so a collection run by another thread can
 * walk the heap and mark this thread's frames. On taking it back, a thread
 * notices a collection that happened meanwhile (CB_COLLECTIONS) and drops its
 * caches keyed by address, as the collecting thread does.
 *
 * Counters (thread-state.ts's TC_*: wait and hold time, acquisitions, drop
 * requests, forced switches, time blocked) are kept on every transition.
 *
 * Free-threading mode (-X gil=0) keeps this interface with no global lock:
 * taking the GIL is attaching (src/vm/world.ts), releasing it detaching, and
 * the counters mean time attached and time parked while another thread
 * stopped the world.
 */
import { parkAllocationBuffer, resumeAllocationBuffer } from '../heap/allocator.js';
import { CB_COLLECTIONS, CB_GC_REQUESTED, CB_GIL, CB_GIL_DROP_REQUEST, CB_GIL_ENABLED, CB_GIL_HOLDER, CB_GIL_SWITCHES, CB_GIL_YIELDERS, CB_INTERRUPT } from '../heap/memory.js';
import { getSwitchInterval } from '../lib/sys.js';
import { freeThreading, prepareSiteCounters, releaseAllLocks, resumeTop, setLockOwner, suspendAll } from './object-lock.js';
import { enterWorld, leaveWorld } from './world.js';
import { lockContainerMethods } from '../objects/native.js';
import { lockContainerSlots } from '../objects/typeobject.js';
import { refreshRecursionLimit } from './interpreter.js';
import { flushStdout } from './stdio.js';
import { EV_BLOCKED, EV_DROP_REQUEST, EV_RUNNING, EV_WAITING, traceEvent } from './thread-trace.js';
import { invalidateGlobalCaches } from './global-cache.js';
import { pruneCodeRegisters } from './code-registers.js';
import {
  counterBase,
  TC_BLOCKED_NS,
  TC_DROP_REQUESTS,
  TC_FORCED_SWITCHES,
  TC_GIL_ACQUISITIONS,
  TC_GIL_HOLD_NS,
  TC_GIL_WAIT_NS,
  TC_SLEEP_WORD,
  threadIdent,
} from './thread-state.js';

/**
 * CB_GIL's values: 0 free; GIL_HELD held, nobody asleep on it; GIL_CONTENDED held and
 * some thread may be asleep on it, so that its release must wake one (the futex mutex of
 * Drepper's "Futexes Are Tricky": an uncontended hand-over makes no wake-up call).
 */
const GIL_HELD = 1;
const GIL_CONTENDED = 2;

/** The main thread's ident: only it handles Ctrl-C, as in CPython. */
export const MAIN_THREAD_IDENT = 1;

/** Does this worker hold the GIL now (free-threading mode: is its thread attached)? */
let holding = false;
/** Free-threading mode's wrappers are installed in this worker (lockContainerMethods/Slots). */
let containersLocked = false;
/** performance.now() when this worker last took the GIL, or started blocking. */
let since = 0;
/** CB_COLLECTIONS when this worker last released the GIL. */
let seenCollections = 0;
/** This worker's thread ident (cached: read on every acquisition). */
let ident = 0;

export function gilEnabled(): boolean {
  return i32[CB_GIL_ENABLED] !== 0;
}

export function holdsGil(): boolean {
  return holding;
}

/** Nanoseconds this thread has held the GIL since it last took it (not yet in its counter). */
export function holdingForNs(): number {
  return holding ? (performance.now() - since) * 1e6 : 0;
}

export function isMainThread(): boolean {
  return ident === MAIN_THREAD_IDENT;
}

/**
 * Take the GIL (blocking), as the thread whose state is current. In
 * free-threading mode there is no GIL: the thread attaches (src/vm/world.ts),
 * waiting only while another thread has the world stopped.
 */
export function takeGil(): void {
  ident = threadIdent();
  setLockOwner(ident);
  const free = freeThreading();
  if (free && !containersLocked) {
    // Once per worker: the containers' methods and slots become critical sections.
    containersLocked = true;
    lockContainerMethods();
    lockContainerSlots();
  }
  const start = performance.now();
  let waited = true;
  if (free) {
    // Free-threading: waiting means parked while another thread stopped the world.
    waited = enterWorld();
  } else if (Atomics.compareExchange(i32, CB_GIL, 0, GIL_HELD) !== 0) {
    traceEvent(EV_WAITING);
    waitForGil();
  }
  traceEvent(EV_RUNNING);
  const now = performance.now();
  const c = counterBase;
  if (waited) f64[c + TC_GIL_WAIT_NS] += (now - start) * 1e6;
  f64[c + TC_GIL_ACQUISITIONS] += 1;
  if (!free) {
    Atomics.add(i32, CB_GIL_SWITCHES, 1);
    // A thread dropping the GIL on request waits for this (forced switching).
    if (Atomics.load(i32, CB_GIL_YIELDERS) !== 0) Atomics.notify(i32, CB_GIL_SWITCHES);
    i32[CB_GIL_HOLDER] = ident;
    // The request was for whoever held it before: it is answered.
    if (i32[CB_GIL_DROP_REQUEST] !== 0) Atomics.store(i32, CB_GIL_DROP_REQUEST, 0);
  }
  holding = true;
  since = now;
  catchUp();
  if (free) {
    // After catchUp: an allocation buffer that a collection swept meanwhile is dropped first.
    prepareSiteCounters();
    // The per-object lock the thread was inside when it detached.
    resumeTop();
  }
}

/** Wait one switch interval at a time; after an interval without a switch, ask the holder to drop it. */
function waitForGil(): void {
  const intervalMs = Math.max(getSwitchInterval() * 1000, 0.001);
  for (;;) {
    const switches = Atomics.load(i32, CB_GIL_SWITCHES);
    // Say there is a waiter (GIL_CONTENDED), so that the release wakes one; taking it in that
    // state keeps it (another may still wait), at the cost of at most one needless wake-up.
    const seen = Atomics.compareExchange(i32, CB_GIL, GIL_HELD, GIL_CONTENDED);
    const r = seen === 0 ? 'not-equal' : Atomics.wait(i32, CB_GIL, GIL_CONTENDED, intervalMs);
    if (Atomics.compareExchange(i32, CB_GIL, 0, GIL_CONTENDED) === 0) return;
    if (r === 'timed-out' && Atomics.load(i32, CB_GIL_SWITCHES) === switches) {
      if (Atomics.exchange(i32, CB_GIL_DROP_REQUEST, 1) === 0) {
        f64[counterBase + TC_DROP_REQUESTS] += 1;
        traceEvent(EV_DROP_REQUEST);
      }
      Atomics.store(i32, CB_GC_REQUESTED, 1);
    }
  }
}

/** What may have changed while this thread was detached. */
function catchUp(): void {
  const collections = i32[CB_COLLECTIONS]!;
  if (collections !== seenCollections) {
    // Another thread collected: the sweep may have reused this thread's parked allocation
    // buffer and freed addresses that the caches here still name.
    resumeAllocationBuffer(true);
    invalidateGlobalCaches();
    pruneCodeRegisters();
    seenCollections = collections;
  }
  refreshRecursionLimit();
  // A Ctrl-C that another thread's safepoint saw and left for the main thread.
  if (ident === MAIN_THREAD_IDENT && Atomics.load(i32, CB_INTERRUPT) !== 0) Atomics.store(i32, CB_GC_REQUESTED, 1);
}

/**
 * Release the GIL. The caller's frames are saved; it must not touch the heap
 * until it takes it again. `next`: what the thread does now, for its timeline
 * (the event is stamped before the release: once released, this thread may
 * not run again for a while, and the next holder's span must not seem to
 * overlap its own; -1: no event).
 */
export function dropGil(next: number): void {
  const free = freeThreading();
  flushStdout();
  if (free) suspendAll();
  parkAllocationBuffer();
  seenCollections = i32[CB_COLLECTIONS]!;
  const now = performance.now();
  if (next >= 0) traceEvent(next);
  f64[counterBase + TC_GIL_HOLD_NS] += (now - since) * 1e6;
  since = now;
  holding = false;
  if (free) {
    leaveWorld();
    return;
  }
  i32[CB_GIL_HOLDER] = 0;
  if (Atomics.exchange(i32, CB_GIL, 0) === GIL_CONTENDED) Atomics.notify(i32, CB_GIL, 1);
}

/**
 * Free-threading mode, at a safepoint while another thread stops the world:
 * detach until it is done (its collection marks this thread's frames), then
 * attach again. The time parked counts as waiting.
 */
export function parkForStop(): void {
  dropGil(EV_WAITING);
  takeGil();
}

/**
 * At a safepoint with a drop request pending: let a waiting thread run. After
 * releasing, wait until another thread has taken the GIL (or a little while,
 * should the requester have gone), then queue for it again.
 */
export function yieldGil(): void {
  const switches = Atomics.load(i32, CB_GIL_SWITCHES);
  f64[counterBase + TC_FORCED_SWITCHES] += 1;
  dropGil(EV_WAITING);
  // From here the thread waits for the GIL too: the wait is counted from the release.
  const released = performance.now();
  const deadline = released + 50;
  Atomics.add(i32, CB_GIL_YIELDERS, 1);
  while (Atomics.load(i32, CB_GIL_SWITCHES) === switches) {
    const left = deadline - performance.now();
    if (left <= 0) break;
    Atomics.wait(i32, CB_GIL_SWITCHES, switches, left);
  }
  Atomics.sub(i32, CB_GIL_YIELDERS, 1);
  f64[counterBase + TC_GIL_WAIT_NS] += (performance.now() - released) * 1e6;
  takeGil();
}

/** Before a blocking wait: release the GIL (if held) and start counting blocked time. */
export function releaseForBlocking(): void {
  if (holding) dropGil(EV_BLOCKED);
  else traceEvent(EV_BLOCKED);
  since = performance.now();
}

/** After a blocking wait: count it, and take the GIL back. */
export function reacquireAfterBlocking(): void {
  f64[counterBase + TC_BLOCKED_NS] += (performance.now() - since) * 1e6;
  takeGil();
}

/**
 * A word this thread may sleep on with Atomics.wait: the main thread's is
 * CB_INTERRUPT (Ctrl-C wakes it), another thread's a word of its counters
 * that stays 0 and that nobody notifies.
 */
export function sleepWord(): number {
  return ident === MAIN_THREAD_IDENT ? CB_INTERRUPT : (counterBase + TC_SLEEP_WORD) * 2;
}

/** The worker's Python thread has ended (or the worker starts another): forget it. */
export function forgetThread(): void {
  releaseAllLocks();
  holding = false;
  ident = 0;
}
