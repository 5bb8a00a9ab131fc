/**
 * Safepoints: where the collector may run and the GIL may change hands
 * (between bytecodes), and the roots the collector starts from: the root
 * table, every thread state, and every live frame of every thread (exactly
 * the words below each frame's sp).
 *
 * The interpreter checks the eval breaker (CB_GC_REQUESTED) on backward jumps
 * and function entry and, when it is set, saves its frame's ip and sp and
 * calls `safepoint`. With -X gcstress every allocation requests a collection,
 * so one runs at nearly every safepoint.
 *
 * Under the GIL the world is stopped by construction: every other thread
 * either waits for the GIL or is blocked, and both release it only with their
 * frames saved and their allocation buffer parked (src/vm/gil.ts). In
 * free-threading mode the collecting thread stops the world first
 * (src/vm/world.ts): the others park at their next safepoint.
 */
import { collect } from '../heap/collector.js';
import { invalidateGlobalCaches } from './global-cache.js';
import { pruneCodeRegisters } from './code-registers.js';
import { HEADER_WORDS, type Value } from '../heap/layout.js';
import { CB_ALLOCATED_SINCE_GC, CB_GC_DISABLED, CB_GC_REQUESTED, CB_GC_WANTED, CB_GIL_DROP_REQUEST, CB_INTERRUPT } from '../heap/memory.js';
import { isMainThread, parkForStop, yieldGil } from './gil.js';
import { freeThreading, resumeTop, suspendAll } from './object-lock.js';
import { startWorld, tryStopWorld, worldStopRequested } from './world.js';
import { forEachThread } from './threads.js';
import { EV_GC_END, EV_GC_START, traceEvent } from './thread-trace.js';
import { E } from '../objects/registry.js';
import { raise } from './errors.js';
import { runPendingSignals } from './signals.js';
import { CO_NLOCALSPLUS } from '../objects/code.js';
import { rootTable } from '../objects/roots.js';
import { F_CODE, F_LOCALSPLUS, F_PREV, F_SP } from './frame.js';
import { TS_FRAME, threadIdent, ts } from './thread-state.js';


/** Mark every word of the live frames of the thread whose state is `state`. */
function markFrames(state: number, mark: (v: Value) => void): void {
  let addr = (i32[(state >> 2) + HEADER_WORDS + TS_FRAME]! >> 1) << 3;
  while (addr !== 0) {
    const w = addr >> 2;
    const code = i32[w + F_CODE]!;
    mark(code);
    const end = w + F_LOCALSPLUS + (i32[(code >> 2) + HEADER_WORDS + CO_NLOCALSPLUS]! >> 1) + (i32[w + F_SP]! >> 1);
    for (let i = w + F_CODE + 1; i < end; i++) mark(i32[i]!);
    addr = (i32[w + F_PREV]! >> 1) << 3;
  }
}

/**
 * Hooks of src/lib/weakref-module.ts: `afterCollect` runs right after the pause, before
 * anything can allocate or collect (no Python code); `atSafepoint` runs after the collection
 * of a safepoint, where Python code may run (weak-reference callbacks).
 */
let afterCollect: (() => void) | null = null;
let atSafepoint: (() => void) | null = null;
export function setCollectionHooks(after: () => void, safe: () => void): void {
  afterCollect = after;
  atSafepoint = safe;
}

/** gc.disable(): requests at safepoints are dropped (gc.collect() still collects). One switch for every thread. */
export function setAutomaticCollection(on: boolean): void {
  i32[CB_GC_DISABLED] = on ? 0 : 1;
}
export function automaticCollection(): boolean {
  return i32[CB_GC_DISABLED] === 0;
}

/**
 * Run a collection now. The caller has saved its frame's state. `onlyIfWanted`:
 * skip it if, while this thread waited for another thread's stop of the world,
 * that thread collected (free-threading mode).
 */
export function collectNow(onlyIfWanted = false): void {
  // Free-threading: the other threads must be detached first (stop the world). This thread
  // may be inside a critical section (Python code called by a container's method): its locks
  // are released first, since a thread waiting for one of them would never park.
  if (freeThreading()) {
    suspendAll();
    while (!tryStopWorld(threadIdent())) {
      parkForStop();
      if (onlyIfWanted && Atomics.load(i32, CB_GC_WANTED) === 0) {
        resumeTop();
        return;
      }
    }
  }
  try {
    // Freed addresses may be reused from now on: caches keyed by address start over.
    invalidateGlobalCaches();
    traceEvent(EV_GC_START);
    collect((mark) => {
      mark(rootTable());
      mark(ts);
      markFrames(ts, mark);
      forEachThread((state) => {
        if (state !== ts) markFrames(state, mark);
      });
    });
    traceEvent(EV_GC_END);
    if (afterCollect !== null) afterCollect();
    pruneCodeRegisters();
  } finally {
    if (freeThreading()) {
      startWorld();
      resumeTop();
    }
  }
}

/**
 * What the interpreter runs when the eval breaker is set. The caller has saved
 * its frame's ip and sp. In order: a GIL drop request (let the waiting thread
 * run), pending signals (their handlers, in the main thread only: others
 * leave them for the main thread, which looks when it takes the GIL; Ctrl-C's
 * default handler raises KeyboardInterrupt), a wanted collection.
 */
export function safepoint(): void {
  if (freeThreading()) {
    safepointFree();
    return;
  }
  // Clear the breaker before reading the reasons: a reason set from now on sets it again.
  Atomics.store(i32, CB_GC_REQUESTED, 0);
  if (Atomics.load(i32, CB_GIL_DROP_REQUEST) !== 0) yieldGil();
  if (Atomics.load(i32, CB_INTERRUPT) !== 0 && isMainThread()) {
    Atomics.store(i32, CB_INTERRUPT, 0);
    runPendingSignals(keyboardInterrupt);
  }
  collectIfWanted();
}

/** SIGINT's handler while the program has not imported `signal` (src/vm/signals.ts). */
function keyboardInterrupt(): never {
  collectNow();
  throw raise(E.KeyboardInterrupt, null);
}

/**
 * Free-threading mode: other threads run meanwhile, and the breaker is shared.
 * Park while another thread stops the world (the stopper sets the breaker
 * again until every thread has parked, so clearing it here loses nothing).
 * Signals are the main thread's: another thread leaves the breaker set for it.
 */
function safepointFree(): void {
  Atomics.store(i32, CB_GC_REQUESTED, 0);
  if (worldStopRequested()) parkForStop();
  if (Atomics.load(i32, CB_INTERRUPT) !== 0) {
    if (isMainThread()) {
      Atomics.store(i32, CB_INTERRUPT, 0);
      runPendingSignals(keyboardInterrupt);
    } else Atomics.store(i32, CB_GC_REQUESTED, 1);
  }
  collectIfWanted();
}

function collectIfWanted(): void {
  if (Atomics.load(i32, CB_GC_WANTED) === 0) return;
  if (i32[CB_GC_DISABLED] !== 0) {
    // Disabled: forget the request; the allocator asks again after another threshold's worth.
    Atomics.store(i32, CB_GC_WANTED, 0);
    i32[CB_ALLOCATED_SINCE_GC] = 0;
    return;
  }
  collectNow(true);
  if (atSafepoint !== null) atSafepoint();
}
