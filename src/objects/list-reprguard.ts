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
