/**
 * `_heapq`, the fast half of stdlib/heapq.py (as CPython's C module):
 * heappush, heappop, heapreplace, heappushpop, heapify and the max-heap
 * helpers _heappop_max, _heapreplace_max, _heapify_max. The moves are
 * heapq.py's (and CPython's): an item climbs while it is `<` its parent; a
 * hole at the root goes down along the smaller children to a leaf and the
 * item climbs back from there, so heaps come out item for item as CPython's.
 *
 * Only `<` is used, each time between the same operands in the same order as
 * CPython. A comparison may run Python code: the two operands are rooted while
 * it runs, items are re-read from the list afterwards, and a list whose size
 * changed meanwhile raises CPython's RuntimeError.
 *
 * Each function is a critical section on the heap list in free-threading mode,
 * as in CPython's free-threaded build: threads pushing and popping on one list
 * at once keep it a heap (a comparison that runs Python code is atomic only up
 * to that code, as under the GIL). Under the GIL they run without even the
 * lock calls and their try/finally (underLock).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { floatValue } from '../objects/float.js';
import { listAppend, listGet, listLength, listResize, listSet } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { CMP_LT, isTrue, richCompare, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { freeThreading, underLock } from '../vm/object-lock.js';
import { noKeywords } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';

/** a < b, with the small-int and float cases done here. */
function lessThan(a: Value, b: Value): boolean {
  if ((a & 1) !== 0 && (b & 1) !== 0) return a >> 1 < b >> 1;
  if ((a & 1) === 0 && (b & 1) === 0 && typeOf(a) === T.float && typeOf(b) === T.float) {
    return floatValue(a) < floatValue(b);
  }
  const mark = handleCount();
  try {
    pushHandle(a);
    pushHandle(b);
    return isTrue(richCompare(a, b, CMP_LT));
  } finally {
    releaseHandles(mark);
  }
}

function sizeChanged(): never {
  throw raise(E.RuntimeError, 'list changed size during iteration');
}

/** The item at `pos` climbs towards `top` while it is before its parent (`max`: after it). */
function rise(heap: Ref, top: number, pos: number, max: boolean): void {
  const size = listLength(heap);
  while (pos > top) {
    const up = (pos - 1) >> 1;
    const item = listGet(heap, pos);
    const parent = listGet(heap, up);
    const before = max ? lessThan(parent, item) : lessThan(item, parent);
    if (listLength(heap) !== size) sizeChanged();
    if (!before) break;
    // Swap through fresh reads: the comparison may have replaced either.
    const p = listGet(heap, up);
    listSet(heap, up, listGet(heap, pos));
    listSet(heap, pos, p);
    pos = up;
  }
}

/** The item at `pos` goes down to a leaf along the better children, then climbs back. */
function settle(heap: Ref, pos: number, max: boolean): void {
  const end = listLength(heap);
  const start = pos;
  const limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end) {
      const a = listGet(heap, child);
      const b = listGet(heap, child + 1);
      const leftFirst = max ? lessThan(b, a) : lessThan(a, b);
      if (listLength(heap) !== end) sizeChanged();
      if (!leftFirst) child++;
    }
    const c = listGet(heap, child);
    listSet(heap, child, listGet(heap, pos));
    listSet(heap, pos, c);
    pos = child;
  }
  rise(heap, start, pos, max);
}

/** The list argument, or CPython's argument-clinic TypeError. */
function heapArg(name: string, argv: number, argc: number, kwnames: Ref, want: number): Ref {
  noKeywords(`_heapq.${name}`, kwnames);
  if (argc !== want) {
    throw raise(E.TypeError, `${name} expected ${want} argument${want === 1 ? '' : 's'}, got ${argc}`);
  }
  const heap = i32[argv]!;
  if ((heap & 1) !== 0 || heap === NULL || !isSubtype(typeOf(heap), T.list)) {
    const got = heap === S.None ? 'None' : typeNameOf(heap);
    throw raise(E.TypeError, `${name}() argument${want === 1 ? '' : ' 1'} must be list, not ${got}`);
  }
  return heap;
}

function checkOne(name: string, argc: number, kwnames: Ref): void {
  noKeywords(`_heapq.${name}`, kwnames);
  if (argc !== 1) throw raise(E.TypeError, `_heapq.${name}() takes exactly one argument (${argc} given)`);
}

function pop(heap: Ref, max: boolean): Value {
  const n = listLength(heap);
  if (n === 0) throw raise(E.IndexError, 'index out of range');
  const last = listGet(heap, n - 1);
  listResize(heap, n - 1);
  if (n === 1) return last;
  const top = listGet(heap, 0);
  listSet(heap, 0, last);
  const mark = handleCount();
  try {
    pushHandle(top);
    settle(heap, 0, max);
    return top;
  } finally {
    releaseHandles(mark);
  }
}

function replace(heap: Ref, item: Value, max: boolean): Value {
  if (listLength(heap) === 0) throw raise(E.IndexError, 'index out of range');
  const top = listGet(heap, 0);
  listSet(heap, 0, item);
  const mark = handleCount();
  try {
    pushHandle(top);
    settle(heap, 0, max);
    return top;
  } finally {
    releaseHandles(mark);
  }
}

function heapify(heap: Ref, max: boolean): Value {
  for (let pos = (listLength(heap) >> 1) - 1; pos >= 0; pos--) settle(heap, pos, max);
  return S.None;
}

function push(heap: Ref, item: Value): Value {
  listAppend(heap, item);
  rise(heap, 0, listLength(heap) - 1, false);
  return S.None;
}

function pushPop(heap: Ref, item: Value): Value {
  if (listLength(heap) === 0) return item;
  const top = listGet(heap, 0);
  const smaller = lessThan(top, item);
  if (!smaller) return item;
  if (listLength(heap) === 0) throw raise(E.IndexError, 'index out of range');
  return replace(heap, item, false);
}

defineFunction('_heapq', 'heappush', (_s, argv, argc, kwnames) => {
  const heap = heapArg('heappush', argv, argc, kwnames, 2);
  return freeThreading() ? underLock(heap, push, heap, i32[argv + 1]!) : push(heap, i32[argv + 1]!);
});

defineFunction('_heapq', 'heappop', (_s, argv, argc, kwnames) => {
  checkOne('heappop', argc, kwnames);
  const heap = heapArg('heappop', argv, 1, NULL, 1);
  return freeThreading() ? underLock(heap, pop, heap, false) : pop(heap, false);
});

defineFunction('_heapq', 'heapreplace', (_s, argv, argc, kwnames) => {
  const heap = heapArg('heapreplace', argv, argc, kwnames, 2);
  return freeThreading() ? underLock(heap, replace, heap, i32[argv + 1]!, false) : replace(heap, i32[argv + 1]!, false);
});

defineFunction('_heapq', 'heappushpop', (_s, argv, argc, kwnames) => {
  const heap = heapArg('heappushpop', argv, argc, kwnames, 2);
  return freeThreading() ? underLock(heap, pushPop, heap, i32[argv + 1]!) : pushPop(heap, i32[argv + 1]!);
});

defineFunction('_heapq', 'heapify', (_s, argv, argc, kwnames) => {
  checkOne('heapify', argc, kwnames);
  const heap = heapArg('heapify', argv, 1, NULL, 1);
  return freeThreading() ? underLock(heap, heapify, heap, false) : heapify(heap, false);
});

defineFunction('_heapq', '_heappop_max', (_s, argv, argc, kwnames) => {
  checkOne('_heappop_max', argc, kwnames);
  const heap = heapArg('_heappop_max', argv, 1, NULL, 1);
  return freeThreading() ? underLock(heap, pop, heap, true) : pop(heap, true);
});

defineFunction('_heapq', '_heapreplace_max', (_s, argv, argc, kwnames) => {
  const heap = heapArg('_heapreplace_max', argv, argc, kwnames, 2);
  return freeThreading() ? underLock(heap, replace, heap, i32[argv + 1]!, true) : replace(heap, i32[argv + 1]!, true);
});

defineFunction('_heapq', '_heapify_max', (_s, argv, argc, kwnames) => {
  checkOne('_heapify_max', argc, kwnames);
  const heap = heapArg('_heapify_max', argv, 1, NULL, 1);
  return freeThreading() ? underLock(heap, heapify, heap, true) : heapify(heap, true);
});

defineBuiltinModule('_heapq', 'Heap queue algorithm (a.k.a. priority queue): the fast half of heapq.');
