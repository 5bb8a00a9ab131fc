/**
 * Safepoints: where the collector may run (between bytecodes), and the
 * roots it starts from: the root table, every thread state, and every live
 * frame of every thread (exactly the words below each frame's sp).
 *
 * The interpreter calls `collectIfRequested` on backward jumps and function
 * entry after saving its frame's ip and sp. With -X gcstress every
 * allocation requests a collection, so one runs at nearly every safepoint.
 */
import { collect } from '../heap/collector.js';
import { invalidateGlobalCaches } from './global-cache.js';
import { pruneCodeRegisters } from './code-registers.js';
import { HEADER_WORDS, type Value } from '../heap/layout.js';
import { CB_ALLOCATED_SINCE_GC, CB_GC_REQUESTED, CB_INTERRUPT, i32 } from '../heap/memory.js';
import { E } from '../objects/registry.js';
import { raise } from './errors.js';
import { CO_NLOCALSPLUS } from '../objects/code.js';
import { rootTable } from '../objects/roots.js';
import { F_CODE, F_LOCALSPLUS, F_PREV, F_SP } from './frame.js';
import { TS_FRAME, ts } from './thread-state.js';

export function gcRequested(): boolean {
  return i32[CB_GC_REQUESTED] !== 0;
}

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

/** gc.disable(): requests at safepoints are dropped (gc.collect() still collects). */
let automatic = true;
export function setAutomaticCollection(on: boolean): void {
  automatic = on;
}
export function automaticCollection(): boolean {
  return automatic;
}

/** Run a collection now. The caller has saved its frame's state. */
export function collectNow(): void {
  // Freed addresses may be reused from now on: caches keyed by address start over.
  invalidateGlobalCaches();
  collect((mark) => {
    mark(rootTable());
    mark(ts);
    markFrames(ts, mark);
  });
  if (afterCollect !== null) afterCollect();
  pruneCodeRegisters();
}

export function collectIfRequested(): void {
  if (i32[CB_GC_REQUESTED] !== 0) collectNow();
}

/**
 * What the interpreter runs when CB_GC_REQUESTED is set: a pending Ctrl-C
 * becomes KeyboardInterrupt, then the collection (if still wanted) runs. The
 * caller has saved its frame's ip and sp.
 */
export function safepoint(): void {
  if (Atomics.load(i32, CB_INTERRUPT) !== 0) {
    Atomics.store(i32, CB_INTERRUPT, 0);
    collectNow();
    throw raise(E.KeyboardInterrupt, null);
  }
  if (!automatic) {
    // Disabled: forget the request; the allocator asks again after another threshold's worth.
    Atomics.store(i32, CB_GC_REQUESTED, 0);
    i32[CB_ALLOCATED_SINCE_GC] = 0;
    return;
  }
  collectNow();
  if (atSafepoint !== null) atSafepoint();
}
