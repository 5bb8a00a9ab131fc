/**
 * The recursion guard of container reprs (CPython's Py_ReprEnter/Leave):
 * `l = [1]; l.append(l); repr(l)` gives `[1, [...]]`.
 *
 * The containers being printed are kept on a per-worker JS stack of heap
 * addresses, pushed on entry and popped (in a finally) on exit, so an entry
 * never outlives the repr call that made it. One worker runs one Python
 * thread, so the stack is that thread's. The objects on it are rooted by the
 * callers of repr for as long as they are on it, so an address cannot be
 * freed and reused meanwhile.
 */
import type { Ref } from '../heap/layout.js';
import { raise } from '../vm/errors.js';
import { E } from './registry.js';

const active: Ref[] = [];

/** True (and nothing pushed) if `obj`'s repr is already in progress on this thread. */
export function reprEnter(obj: Ref): boolean {
  for (let i = active.length - 1; i >= 0; i--) if (active[i] === obj) return true;
  active.push(obj);
  return false;
}

/** Undo a reprEnter that returned false. */
export function reprLeave(obj: Ref): void {
  const i = active.lastIndexOf(obj);
  if (i >= 0) active.splice(i, 1);
}

/**
 * CPython 3.12 bounds the C-level nesting of repr() and of comparisons of
 * nested containers (1500 C frames, independently of sys.setrecursionlimit):
 * `l = []; for _ in range(5000): l = [l]` then `repr(l)` or `l == l2` raise
 * RecursionError. The repr nesting is the guard stack above; comparisons
 * count their nesting here. The limits are what a program sees calling
 * repr() or == at module level.
 */
const REPR_NESTING_LIMIT = 1496;
const COMPARE_NESTING_LIMIT = 1498;
let compareDepth = 0;

/** Enter one more nested repr of a container (RecursionError past CPython's limit). */
export function reprEnterChecked(obj: Ref): boolean {
  if (active.length >= REPR_NESTING_LIMIT && !active.includes(obj)) {
    throw raise(E.RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  return reprEnter(obj);
}

/** Around a container comparison that compares items: call leave in a finally. */
export function compareEnter(): void {
  if (compareDepth >= COMPARE_NESTING_LIMIT) throw raise(E.RecursionError, 'maximum recursion depth exceeded in comparison');
  compareDepth++;
}
export function compareLeave(): void {
  compareDepth--;
}
