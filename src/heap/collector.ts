/**
 * The collector: tracing, non-moving, mark and sweep, with the world stopped.
 *
 * It runs only at a safepoint between bytecodes (src/vm/safepoint.ts), never
 * inside `allocate`, so native code may hold references in JS locals for the
 * length of one operation. The caller passes the roots: the root table and
 * every thread's live frames and handles (src/vm/roots.ts).
 *
 * Mark: an explicit mark stack (no JS recursion); an object's header type is
 * traced, and every body word of a values object. Sweep: one pass over the
 * heap from the control block to the bump pointer; unmarked objects and free
 * chunks next to each other are merged and put back on the free lists, and a
 * free run that ends at the bump pointer gives its space back to it.
 */
import { clearFreeLists, pushFree, retireAllocationBuffer } from './allocator.js';
import { GC_FREE, GC_IMMORTAL, GC_MARK, GC_RAW, H_GC, H_TYPE, HEADER_WORDS, gcSizeBytes, type Value } from './layout.js';
import { CB_ALLOCATED_SINCE_GC, CB_BUMP, CB_COLLECTIONS, CB_GC_WANTED, CB_GC_THRESHOLD, CB_IN_USE, CB_LIVE_AFTER_GC, CONTROL_BYTES } from './memory.js';

/** Whoever knows the roots calls `mark` on each root value. */
export type RootVisitor = (mark: (v: Value) => void) => void;

const MIN_THRESHOLD = 8 * 1024 * 1024;

let markStack = new Int32Array(4096);
let markTop = 0;

function push(ref: number): void {
  if (markTop === markStack.length) {
    const bigger = new Int32Array(markStack.length * 2);
    bigger.set(markStack);
    markStack = bigger;
  }
  markStack[markTop++] = ref;
}

/** Mark one value (small ints and NULL are ignored) and queue its body. */
export function markValue(v: Value): void {
  if ((v & 1) !== 0 || v === 0) return;
  const gcIndex = (v >> 2) + H_GC;
  const gc = i32[gcIndex]!;
  if ((gc & GC_MARK) !== 0) return;
  i32[gcIndex] = gc | GC_MARK;
  push(v);
}

function drain(): void {
  while (markTop > 0) {
    const ref = markStack[--markTop]!;
    const w = ref >> 2;
    markValue(i32[w + H_TYPE]!);
    const gc = i32[w + H_GC]!;
    if ((gc & GC_RAW) !== 0) continue;
    const end = w + (gcSizeBytes(gc) >> 2);
    for (let i = w + HEADER_WORDS; i < end; i++) {
      const v = i32[i]!;
      if ((v & 1) === 0 && v !== 0) markValue(v);
    }
  }
}

/*
 * Weak references. An object that refers to another weakly keeps the address
 * where the tracer does not see it (a raw body, or a word tagged as a small
 * int), so marking never goes through it. Between mark and sweep the mark
 * bits say exactly what survives: the weak pass registered here (by
 * src/objects/weakref-core.ts) reads them through `survives`, clears the weak
 * references whose target is about to be swept and notes which callbacks to
 * run. It runs inside the pause and must neither allocate nor mark: the
 * callbacks run later, outside the pause (src/vm/safepoint.ts).
 */
let weakPass: (() => void) | null = null;

export function setWeakPass(pass: () => void): void {
  weakPass = pass;
}

/** During the weak pass: will the object at `ref` survive this collection? */
export function survives(ref: number): boolean {
  return (i32[(ref >> 2) + H_GC]! & (GC_MARK | GC_IMMORTAL)) !== 0;
}

export interface CollectionResult {
  liveBytes: number;
  freedBytes: number;
}

let sweptLive = 0;
let sweptFreed = 0;

/**
 * Walk the chunks below `bump`: unmark the live ones, put each run of dead
 * ones on the free lists, except a run that ends at `bump`, whose start is
 * returned (0 if none). Bytes live and freed go to sweptLive and sweptFreed.
 *
 * A function of its own, which ends right after its loop: V8 compiles the
 * loop on the fly (on-stack replacement) during every collection, and code
 * after the loop that the compiled loop had never reached deoptimized it at
 * each collection (78 times in nbody.py), before the whole function came back.
 */
function sweep(bump: number): number {
  let addr = CONTROL_BYTES;
  let runStart = 0;
  let live = 0;
  let freed = 0;
  while (addr < bump) {
    const w = addr >> 2;
    const gc = i32[w + H_GC]!;
    const size = gcSizeBytes(gc);
    if (size === 0) throw new Error(`heap corrupt: zero-sized chunk at ${addr}`);
    const dead = (gc & GC_FREE) !== 0 || (gc & (GC_MARK | GC_IMMORTAL)) === 0;
    if (dead) {
      if ((gc & GC_FREE) === 0) freed += size;
      if (runStart === 0) runStart = addr;
    } else {
      i32[w + H_GC] = gc & ~GC_MARK;
      live += size;
      if (runStart !== 0) {
        pushFree(runStart, addr - runStart);
        runStart = 0;
      }
    }
    addr += size;
  }
  sweptLive = live;
  sweptFreed = freed;
  return runStart;
}

/** Collect garbage. The caller has stopped every other thread. */
export function collect(roots: RootVisitor): CollectionResult {
  retireAllocationBuffer();
  markTop = 0;
  roots(markValue);
  drain();
  if (weakPass !== null) weakPass();

  clearFreeLists();
  const runStart = sweep(i32[CB_BUMP]!);
  const live = sweptLive;
  const freed = sweptFreed;
  if (runStart !== 0) {
    // The last run touches the bump pointer: give it back and re-zero it so
    // that bump allocation can keep assuming nothing (allocate zeroes anyway).
    i32[CB_BUMP] = runStart;
  }
  i32[CB_IN_USE] = live;
  i32[CB_LIVE_AFTER_GC] = live;
  i32[CB_ALLOCATED_SINCE_GC] = 0;
  i32[CB_GC_THRESHOLD] = Math.max(MIN_THRESHOLD, live);
  i32[CB_COLLECTIONS] = i32[CB_COLLECTIONS]! + 1;
  // The breaker (CB_GC_REQUESTED) may carry other reasons too: src/vm/safepoint.ts clears it.
  Atomics.store(i32, CB_GC_WANTED, 0);
  return { liveBytes: live, freedBytes: freed };
}
