/**
 * Weak references in the heap (the part the collector sees).
 *
 * A weak reference (`_weakref.ReferenceType` or a proxy: stdlib/_weakref.py, classes with
 * __slots__) starts with the two slots of their common base _WeakBase: `_gilvm_cell` and
 * `_gilvm_cb` (the callback). The cell is a raw array of one word holding the referent's address: raw bodies are not traced, so the
 * collector never marks through it. Every weak reference is registered, once, in the
 * registry (root slot ROOT_WEAKREFS):
 *
 *     valuearray: | count | ref0|1 | ref1|1 | ... |   (addresses tagged as small ints:
 *                                                      the registry holds them weakly too)
 *
 * The weak pass (run by the collector between mark and sweep, allocating nothing) walks it:
 * a reference that is itself unmarked leaves the registry (it dies with its callback uncalled,
 * as in CPython); one whose referent is unmarked has its cell zeroed (the referent reads as
 * None from now on), leaves the registry, and if its callback is set it is noted in a JS
 * queue. Right after the collection, before anything can collect again, `queueCallbacks`
 * moves the noted references into a heap list (root slot ROOT_WEAK_PENDING), where they stay
 * alive until the interpreter runs their callbacks at the safepoint (src/lib/weakref-module.ts).
 */
import { setWeakPass, survives } from '../heap/collector.js';
import { HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_WEAKREF_CALLBACK, CB_WEAKREF_CELL } from '../heap/memory.js';
import { newRawArray, newValueArray, rawArrayData, valueArrayCapacity } from './arrays.js';
import { listAppend, newList } from './list.js';
import { S, T } from './registry.js';
import { ROOT_WEAK_PENDING, ROOT_WEAKREFS, rootGet, rootSet } from './roots.js';

/**
 * Body words of the cell slot and of the callback slot in a weak reference, kept in the
 * control block (plus one; 0 until the first weak reference is made) because every worker's
 * collections need them, whichever worker made the first reference.
 */
function cellWordOf(): number {
  return i32[CB_WEAKREF_CELL]! - 1;
}
function callbackWordOf(): number {
  return i32[CB_WEAKREF_CALLBACK]! - 1;
}

/** Weak references whose callbacks are due, between the weak pass and `queueCallbacks`. */
const noted: number[] = [];

export function setWeakrefSlots(cell: number, callback: number): void {
  i32[CB_WEAKREF_CELL] = cell + 1;
  i32[CB_WEAKREF_CALLBACK] = callback + 1;
}

/** Are the slot words known (a weak reference was made in this heap)? */
export function weakrefSlotsKnown(): boolean {
  return i32[CB_WEAKREF_CELL] !== 0;
}

/** A fresh cell that refers weakly to `target`. */
export function newCell(target: Ref): Ref {
  const c = newRawArray(4);
  i32[rawArrayData(c) >> 2] = target;
  return c;
}

/** The referent of a cell, or NULL once it has been collected (or `c` is no cell). */
export function cellTarget(c: Value): Value {
  if ((c & 1) !== 0 || c === NULL || i32[c >> 2] !== T.rawarray) return NULL;
  return i32[rawArrayData(c) >> 2]!;
}

function refCell(ref: Ref, cellWord: number): Value {
  return i32[(ref >> 2) + HEADER_WORDS + cellWord]!;
}

/** Register the weak reference `ref` (its cell already set). */
export function track(ref: Ref): void {
  let reg = rootGet(ROOT_WEAKREFS);
  const count = reg === NULL ? 0 : i32[(reg >> 2) + HEADER_WORDS]! >> 1;
  if (reg === NULL || count + 1 >= valueArrayCapacity(reg)) {
    const bigger = newValueArray(Math.max(64, count * 2 + 2));
    if (reg !== NULL) i32.copyWithin((bigger >> 2) + HEADER_WORDS, (reg >> 2) + HEADER_WORDS, (reg >> 2) + HEADER_WORDS + 1 + count);
    reg = bigger;
    rootSet(ROOT_WEAKREFS, reg);
  }
  const w = (reg >> 2) + HEADER_WORDS;
  i32[w + 1 + count] = ref | 1;
  i32[w] = fromSmallInt(count + 1);
}

/** The registered weak references whose referent is `target`, in the order they were made. */
export function refsTo(target: Ref): number[] {
  const out: number[] = [];
  const reg = rootGet(ROOT_WEAKREFS);
  const cellWord = cellWordOf();
  if (reg === NULL || cellWord < 0) return out;
  const w = (reg >> 2) + HEADER_WORDS;
  const count = i32[w]! >> 1;
  for (let i = 0; i < count; i++) {
    const ref = i32[w + 1 + i]! & ~1;
    if (cellTarget(refCell(ref, cellWord)) === target) out.push(ref);
  }
  return out;
}

/** The weak pass (see the top of this file). Runs inside the pause: no allocation. */
function weakPass(): void {
  const reg = rootGet(ROOT_WEAKREFS);
  const cellWord = cellWordOf();
  const callbackWord = callbackWordOf();
  if (reg === NULL || cellWord < 0) return;
  const w = (reg >> 2) + HEADER_WORDS;
  const count = i32[w]! >> 1;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const entry = i32[w + 1 + i]!;
    const ref = entry & ~1;
    if (!survives(ref)) continue;
    const cell = refCell(ref, cellWord);
    const target = cellTarget(cell);
    if (target === NULL) continue;
    if ((target & 1) !== 0 || survives(target)) {
      i32[w + 1 + kept++] = entry;
      continue;
    }
    i32[rawArrayData(cell) >> 2] = NULL;
    const cb = i32[(ref >> 2) + HEADER_WORDS + callbackWord]!;
    if (cb !== NULL && cb !== S.None) noted.push(ref);
  }
  i32.fill(0, w + 1 + kept, w + 1 + count);
  i32[w] = fromSmallInt(kept);
}
setWeakPass(weakPass);

/** After a collection: keep the references noted by the weak pass alive until their callbacks run. */
export function queueCallbacks(): void {
  if (noted.length === 0) return;
  let pending = rootGet(ROOT_WEAK_PENDING);
  if (pending === NULL) {
    pending = newList(0);
    rootSet(ROOT_WEAK_PENDING, pending);
  }
  for (const ref of noted) listAppend(pending, ref);
  noted.length = 0;
}

/** Body word of the callback slot (for the runner). */
export function weakrefCallbackWord(): number {
  return callbackWordOf();
}

/** How many weak references are registered (live and not yet cleared). */
export function registeredCount(): number {
  const reg = rootGet(ROOT_WEAKREFS);
  return reg === NULL ? 0 : i32[(reg >> 2) + HEADER_WORDS]! >> 1;
}
