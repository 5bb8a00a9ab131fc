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

/**
 * CPython 3.12 also bounds C-level recursion (Py_EnterRecursiveCall, 1500 units): every nested
 * PyObject_Repr and PyObject_Str spends a unit, every call of a builtin function one, and every
 * entry of the interpreter from C (a __repr__ written in Python) two (PY_EVAL_C_STACK_UNITS,
 * checked on the second); past the budget, RecursionError 'maximum recursion depth exceeded'
 * with the suffix of the place that failed (' while getting the repr of an object'; none for
 * the interpreter's entry). gilvm's interpreter counts Python frames only, so repr() and str()
 * (src/vm/abstract.ts) and the repr builtin count these units here: a chain of __repr__
 * methods that call repr() stops after 500 objects with CPython's message, before the frame
 * limit of 1000 would stop it without the suffix. The budget is what a module's or function's
 * code has left: 1498 units, the repr builtin's and 1497 nested container reprs (the
 * innermost, empty, container included: REPR_NESTING_LIMIT above counts the others).
 */
const C_RECURSION_BUDGET = REPR_NESTING_LIMIT + 2;
let cUnits = 0;
export const WHILE_REPR = ' while getting the repr of an object';
export const WHILE_STR = ' while getting the str of an object';
export const WHILE_CALLING = ' while calling a Python object';

/** Py_EnterRecursiveCall(where): one unit, or RecursionError past the budget. */
export function enterRecursiveCall(where: string): void {
  if (cUnits >= C_RECURSION_BUDGET) throw raise(E.RecursionError, `maximum recursion depth exceeded${where}`);
  cUnits++;
}
/** Py_LeaveRecursiveCall, `units` times (in a finally). */
export function leaveRecursiveCall(units: number): void {
  cUnits -= units;
}

/**
 * Enter one repr() or str() (`where`: WHILE_REPR or WHILE_STR); `python` when the type's method
 * is Python code, which enters the interpreter too. Returns the units taken, for leaveRecursiveCall.
 */
export function reprCallEnter(where: string, python: boolean): number {
  enterRecursiveCall(where);
  if (!python) return 1;
  if (cUnits + 2 > C_RECURSION_BUDGET) {
    cUnits--;
    throw raise(E.RecursionError, 'maximum recursion depth exceeded');
  }
  cUnits += 2;
  return 3;
}

/** Around a container comparison that compares items: call leave in a finally. */
export function compareEnter(): void {
  if (compareDepth >= COMPARE_NESTING_LIMIT) throw raise(E.RecursionError, 'maximum recursion depth exceeded in comparison');
  compareDepth++;
}
export function compareLeave(): void {
  compareDepth--;
}
