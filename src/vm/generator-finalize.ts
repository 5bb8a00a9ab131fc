/**
 * Closing a generator that the program dropped while it was suspended in a
 * `try`/`with` block, so that its `finally` (or `__exit__`) runs when CPython
 * runs it: CPython closes a generator when its last reference goes away, and
 * programs see that, e.g. `for v in gen(): break` runs gen's finally before
 * the statement after the loop.
 *
 * gilvm has a tracing collector and no reference counts, so "last reference"
 * is answered by a search: is the generator still reachable from the roots
 * (the root table, the thread state, the live frames: the collector's roots,
 * src/vm/safepoint.ts)? The search uses its own visited bitmap (the
 * collector's mark bits stay untouched) and stops as soon as it meets the
 * generator. It costs up to one walk of the live heap, so it runs only for a
 * generator where closing is visible: suspended at a `yield` that a handler of
 * its exception table covers.
 *
 * What the interpreter uses:
 * - the case that needs no search, a generator owned by a `for` loop
 *   (isLoopGenerator and the functions after it): src/vm/interpreter.ts closes
 *   one at the POP_TOP of a `break` or `return` in its loop and after an
 *   exception unwinds the loop;
 * - the search, for a generator held by a local variable of a frame that
 *   returns (keepDroppedLocals/closeDroppedLocals) and for one that `del`
 *   unbinds (dropGenerator, from src/vm/ops.ts), but only while closable
 *   generators exist (closable-code.ts), while this is the program's only
 *   Python thread (the search sees this thread's frames only), and within
 *   SEARCH_BUDGET_WORDS for the whole run: one search walks the live heap when
 *   the generator is unreachable (27 s for 20,000 searches over a
 *   300,000-object heap, measured when the search was written), so a program
 *   that drops many over a large heap gets the exit's closing instead, past
 *   the budget;
 * - closeSuspendedAtExit, which src/vm/main-module.ts calls at the end of the
 *   program, as CPython's finalization closes what the modules still hold.
 * A generator dropped otherwise (a variable rebound, a container or an object
 * that dies, an argument of a call) is closed at the exit, later than CPython
 * would close it.
 * An exception raised by a generator while it closes goes to
 * sys.unraisablehook (by default "Exception ignored in: ..." and the
 * traceback, src/vm/unraisable.ts) and the program goes on.
 */
import { findHandler } from '../bytecode/exceptiontable.js';
import { closableGeneratorsMade, isStopIterationWrapper } from './closable-code.js';
import { GC_FREE, GC_RAW, H_GC, H_TYPE, HEADER_WORDS, NULL, fromSmallInt, gcSizeBytes, type Ref, type Value } from '../heap/layout.js';
import { CB_BUMP, CONTROL_BYTES } from '../heap/memory.js';
import { valueArrayBase } from '../objects/arrays.js';
import { CO_NLOCALSPLUS, codeObjectOf } from '../objects/code.js';
import { GEN_CODE, GEN_FRAME, GEN_LOOP, GEN_STATE, GEN_SUSPENDED, genClose } from '../objects/generator.js';
import { T } from '../objects/registry.js';
import { rootGet, rootTable, ROOT_THREADS } from '../objects/roots.js';
import { getField } from '../objects/typeobject.js';
import { listAppend, listGet, listLength, newList } from '../objects/list.js';
import { retireAllocationBuffer } from '../heap/allocator.js';
import { PY_ERROR } from './errors.js';
import { F_CODE, F_IP, F_LOCALSPLUS, F_PREV, F_SP } from './frame.js';
import { TS_FRAME, getCurrentException, getHandle, handleCount, pushHandle, releaseHandles, setCurrentException, setHandle, ts } from './thread-state.js';
import { hideTracebackSourceLines } from './traceback.js';
import { writeUnraisable } from './unraisable.js';

/**
 * Would closing `g` run code: a suspended generator whose `yield` a handler
 * of its own covers (`try`, `with`), not only the handler every generator's
 * body has, which turns StopIteration into RuntimeError (PEP 479) and
 * re-raises anything else.
 */
export function closingRunsCode(g: Ref): boolean {
  if (getField(g, GEN_STATE) >> 1 !== GEN_SUSPENDED) return false;
  const base = valueArrayBase(getField(g, GEN_FRAME));
  const yieldAt = (i32[base + F_IP]! >> 1) - 2; // the ip saved is the RESUME after YIELD_VALUE
  const co = codeObjectOf(getField(g, GEN_CODE));
  const handler = findHandler(co.co_exceptiontable, yieldAt);
  if (handler === null) return false;
  return !isStopIterationWrapper(co.co_code, handler.target);
}

/** Whether the value `v` is a generator whose closing would run code (closingRunsCode). */
function isClosableGenerator(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && i32[v >> 2] === T.generator && closingRunsCode(v);
}

// ---- generators a `for` loop owns ----------------------------------------------------------------

/*
 * The common case needs no search: `for v in gen(): ... break`. A generator
 * that goes from the call that made it straight to the loop's GET_ITER
 * (RETURN_GENERATOR sees the caller's next instruction and sets GEN_LOOP) is
 * referred to by the loop's stack slot alone: no name was bound to it, and
 * its own body cannot reach it. When that slot drops it (the POP_TOP of a
 * `break` or `return` in the loop, or an exception unwinding the loop), it is
 * closed on the spot, as CPython's reference count closes it.
 */

/** Is `v` a generator owned by a `for` loop (see above)? */
export function isLoopGenerator(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && i32[v >> 2] === T.generator && i32[(v >> 2) + HEADER_WORDS + GEN_LOOP] === LOOP_OWNED;
}
const LOOP_OWNED = fromSmallInt(1);

/** Mark generator `g`, just made, as owned by the loop whose GET_ITER comes next. */
export function markLoopGenerator(g: Ref): void {
  i32[(g >> 2) + HEADER_WORDS + GEN_LOOP] = LOOP_OWNED;
}

/** The loop dropped its generator `g` (the frame's ip and sp are saved): close it if that runs code. */
export function closeLoopGenerator(g: Ref): void {
  if (closingRunsCode(g)) closeUnraisable(g);
}

/**
 * The value-stack words [from, to) are about to be dropped by an exception
 * unwinding: keep in handles the loop-owned generators among them that
 * closing would run code in. Returns the handle mark for
 * closeKeptLoopGenerators, to call once the frame's state is consistent again.
 */
export function keepLoopGenerators(from: number, to: number): number {
  const mark = handleCount();
  // Top of the stack first: CPython drops the values in that order.
  for (let i = to - 1; i >= from; i--) {
    const v = i32[i]!;
    if (isLoopGenerator(v) && closingRunsCode(v)) pushHandle(v);
  }
  return mark;
}

/** Close the generators kept since `mark`; releases their handles. */
export function closeKeptLoopGenerators(mark: number): void {
  try {
    for (let h = mark; h < handleCount(); h++) closeLoopGenerator(getHandle(h));
  } finally {
    releaseHandles(mark);
  }
}

// ---- reachability ----------------------------------------------------------------------------

/** One bit per 8-byte heap unit (objects are 8-byte aligned); reused between searches. */
let visited = new Uint32Array(0);
let stack = new Int32Array(1024);
let top = 0;
let target = 0;

/** Visit `v`; true when it is the target. */
function visit(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  if (v === target) return true;
  const unit = v >>> 3;
  const bit = 1 << (unit & 31);
  const word = unit >>> 5;
  if ((visited[word]! & bit) !== 0) return false;
  visited[word] = visited[word]! | bit;
  if (top === stack.length) {
    const bigger = new Int32Array(stack.length * 2);
    bigger.set(stack);
    stack = bigger;
  }
  stack[top++] = v;
  return false;
}

/**
 * Heap words the searches of dropped generators may still read in this run (256 MB, about a
 * tenth of a second): past it they stop, and the generators they would have closed are closed
 * at the exit.
 */
const SEARCH_BUDGET_WORDS = 64 * 1024 * 1024;
let searchBudget = SEARCH_BUDGET_WORDS;

/** Walk everything reachable from what is on the stack; true when the target is met. */
function drain(): boolean {
  while (top > 0) {
    const w = stack[--top]! >> 2;
    if (visit(i32[w + H_TYPE]!)) return true;
    const gc = i32[w + H_GC]!;
    if ((gc & GC_RAW) !== 0) continue;
    const end = w + (gcSizeBytes(gc) >> 2);
    searchBudget -= end - w;
    for (let i = w + HEADER_WORDS; i < end; i++) {
      const v = i32[i]!;
      if ((v & 1) === 0 && v !== 0 && visit(v)) return true;
    }
  }
  return false;
}

/**
 * Is `g` reachable from this thread's roots? The live frames are searched
 * first, innermost first (where a generator that is still in use usually is),
 * then the thread state and the root table. Only one Python thread runs
 * Python code for now; other threads' frames will be roots here too.
 */
export function isReachable(g: Ref): boolean {
  const units = (i32[CB_BUMP]! >>> 3) + 1;
  const words = (units + 31) >>> 5;
  if (visited.length < words) visited = new Uint32Array(words + (words >>> 2));
  else visited.fill(0, 0, words);
  target = g;
  top = 0;
  try {
    for (let addr = (i32[(ts >> 2) + HEADER_WORDS + TS_FRAME]! >> 1) << 3; addr !== 0; addr = (i32[(addr >> 2) + F_PREV]! >> 1) << 3) {
      const w = addr >> 2;
      const code = i32[w + F_CODE]!;
      const end = w + F_LOCALSPLUS + (i32[(code >> 2) + HEADER_WORDS + CO_NLOCALSPLUS]! >> 1) + (i32[w + F_SP]! >> 1);
      for (let i = w + F_CODE; i < end; i++) if (visit(i32[i]!)) return true;
      if (drain()) return true;
    }
    if (visit(ts) || drain()) return true;
    return visit(rootTable()) || drain();
  } finally {
    target = 0;
    top = 0;
  }
}

// ---- closing -----------------------------------------------------------------------------------

/**
 * A reference to `v` has just left the value stack (the frame's ip and sp are
 * saved). When `v` is a generator that closing would run code in, and nothing
 * else refers to it, close it now, as CPython's reference count would.
 */
export function dropGenerator(v: Value): void {
  if (!isClosableGenerator(v) || !maySearch() || isReachable(v)) return;
  closeUnraisable(v);
}

/**
 * Whether a dropped generator may be searched for now: the search sees this thread's roots
 * only, so no other Python thread may be alive (a list of one thread state: this one), and the
 * run's budget must be left.
 */
function maySearch(): boolean {
  if (searchBudget <= 0) return false;
  const threads = rootGet(ROOT_THREADS);
  return threads === NULL || listLength(threads) <= 1;
}

/**
 * A frame is returning: its locals [from, to) are about to be cleared. Keep in handles the
 * generators among them whose closing would run code, in the order CPython clears a frame's
 * locals, and give the handle mark for closeDroppedLocals; -1 when there are none, or no search
 * may run (maySearch). Called only once closable generators exist (CB_CLOSABLE_GENERATORS).
 */
export function keepDroppedLocals(from: number, to: number): number {
  let mark = -1;
  for (let i = from; i < to; i++) {
    const v = i32[i]!;
    if (!isClosableGenerator(v)) continue;
    if (mark < 0) {
      if (!maySearch()) return -1;
      mark = handleCount();
    }
    // A generator in two locals loses its last reference at the later one: keep it there only.
    const end = handleCount();
    let at = mark;
    while (at < end && getHandle(at) !== v) at++;
    if (at < end) {
      for (; at < end - 1; at++) setHandle(at, getHandle(at + 1));
      setHandle(end - 1, v);
    } else pushHandle(v);
  }
  return mark;
}

/**
 * The frame has been popped (its caller's ip and sp are saved): close the generators
 * keepDroppedLocals kept that nothing else refers to. `result`, the frame's return value, held
 * only in the interpreter's registers meanwhile, is kept alive through the closing.
 */
export function closeDroppedLocals(mark: number, result: Value): void {
  const end = handleCount();
  pushHandle(result);
  closeKeptGenerators(mark, end);
}

/**
 * The value-stack words [from, to) are about to be dropped (an exception
 * unwinding to a handler, or out of the frame): keep in handles the
 * generators among them whose closing would run code. Returns the handle
 * mark for closeKeptGenerators, to call once the frame's state is consistent
 * again (ip and sp saved) and the words are cleared.
 */
export function keepDroppedGenerators(from: number, to: number): number {
  const mark = handleCount();
  // Top of the stack first: CPython drops the values in that order.
  for (let i = to - 1; i >= from; i--) {
    const v = i32[i]!;
    if (isClosableGenerator(v)) pushHandle(v);
  }
  return mark;
}

/**
 * Close the generators kept in handles [mark, end) (end: every handle since mark) that nothing
 * else refers to; releases the handles from mark on.
 */
export function closeKeptGenerators(mark: number, end = handleCount()): void {
  try {
    for (let h = mark; h < end; h++) {
      const g = getHandle(h);
      setHandle(h, NULL); // the handle itself is not a reference of the program's
      const alive = !maySearch() || isReachable(g);
      setHandle(h, g);
      if (!alive && closingRunsCode(g)) closeUnraisable(g);
    }
  } finally {
    releaseHandles(mark);
  }
}

/** Close `g`; an exception it raises is printed as CPython's unraisable hook prints it, then dropped. */
export function closeUnraisable(g: Ref): void {
  const mark = handleCount();
  pushHandle(g);
  const saved = getCurrentException();
  if (saved !== NULL) pushHandle(saved);
  setCurrentException(NULL);
  try {
    genClose(g);
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    writeUnraisable('Exception ignored in', g);
  } finally {
    setCurrentException(saved);
    releaseHandles(mark);
  }
}

/**
 * The end of the program: close every generator and coroutine still
 * suspended where closing runs code, oldest first (heap order is close to
 * creation order; CPython's order follows the module dicts it clears). The
 * heap is walked only when such a generator was ever made (closable-code.ts).
 */
export function closeSuspendedAtExit(): void {
  // The heap is walked first, allocating nothing, and the closing done after (it runs Python
  // code, which allocates and may collect); the generators found are kept in a list meanwhile.
  if (!closableGeneratorsMade()) return;
  retireAllocationBuffer();
  const addrs: number[] = [];
  const end = i32[CB_BUMP]!;
  for (let addr = CONTROL_BYTES; addr < end; ) {
    const w = addr >> 2;
    const gc = i32[w + H_GC]!;
    const size = gcSizeBytes(gc);
    if (size === 0) break;
    if ((gc & GC_FREE) === 0) {
      const t = i32[w + H_TYPE]!;
      if ((t === T.generator || t === T.coroutine) && closingRunsCode(addr)) addrs.push(addr);
    }
    addr += size;
  }
  if (addrs.length === 0) return;
  hideTracebackSourceLines(); // as CPython's, whose modules are cleared by now
  const mark = handleCount();
  try {
    const found = newList(0);
    pushHandle(found);
    for (const g of addrs) listAppend(found, g);
    for (let i = 0; i < listLength(found); i++) {
      const g = listGet(found, i);
      if (closingRunsCode(g)) closeUnraisable(g);
    }
  } finally {
    releaseHandles(mark);
  }
}
