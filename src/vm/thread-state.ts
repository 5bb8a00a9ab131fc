/**
 * The per-thread state that the collector must see, kept in the heap.
 *
 *     thread_state body (values):
 *     | exception | handled | frame | handles | nhandles | depth | ident | chunks |
 *     | counters | start | sentinels | native_id | name |
 *
 *   exception  the exception being raised (CPython's current exception), or NULL
 *   handled    the exception being handled (sys.exc_info()), or NULL
 *   frame      small int: address >> 3 of the innermost frame, 0 if none
 *   handles    valuearray: references held by TypeScript code across calls
 *              into Python (see pushHandle), so a collection keeps them alive
 *   nhandles   small int: handles in use
 *   depth      small int: Python frames on this thread (the recursion limit)
 *   ident      small int: the thread's number
 *   chunks     valuearray of the stack chunks holding this thread's frames (src/vm/frame.ts)
 *   counters   raw array of float64 counters (TC_* below), always on (src/vm/gil.ts)
 *   start      (function, args, kwargs) until a thread started by _thread runs it, else NULL
 *   sentinels  list of locks released when the thread ends (_thread._set_sentinel), or NULL
 *   native_id  small int: the OS thread id of the worker running it (0 until it runs)
 *   name       str: the thread's name for reports (_thread.set_name, which threading calls), or NULL
 *
 * `ts` is this worker's thread state (one Python thread per worker).
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { zeroWords } from '../heap/memory.js';
import { newRawArray, newValueArray, rawArrayData, valueArrayCapacity } from '../objects/arrays.js';
import { T } from '../objects/registry.js';

export const TS_EXCEPTION = 0;
export const TS_HANDLED = 1;
export const TS_FRAME = 2;
export const TS_HANDLES = 3;
export const TS_NHANDLES = 4;
export const TS_DEPTH = 5;
export const TS_IDENT = 6;
/** valuearray of the raw stack chunks that hold this thread's frames. */
export const TS_CHUNKS = 7;
export const TS_COUNTERS = 8;
export const TS_START = 9;
export const TS_SENTINELS = 10;
export const TS_NATIVE_ID = 11;
export const TS_NAME = 12;
/** Free-threading mode: the thread's per-object lock counters by creation site (src/vm/lock-sites.ts), or NULL. */
export const TS_LOCK_SITES = 13;
const TS_WORDS = 14;

/**
 * The per-thread counters (float64 slots of the TS_COUNTERS raw array). Times
 * are in nanoseconds. They are what `gilvm --stats` reports.
 */
export const TC_GIL_WAIT_NS = 0;
export const TC_GIL_HOLD_NS = 1;
export const TC_GIL_ACQUISITIONS = 2;
export const TC_DROP_REQUESTS = 3;
export const TC_FORCED_SWITCHES = 4;
export const TC_BYTECODES = 5;
/** When the thread state was made, in ns on the clock every worker shares (src/vm/clock.ts). */
export const TC_STARTED_NS = 6;
/** When it ended (0 while it runs). */
export const TC_ENDED_NS = 7;
/** Time blocked in lock waits, sleeps, joins and I/O with the GIL released. */
export const TC_BLOCKED_NS = 8;
/** A word the thread may wait on that nobody else notifies (a plain sleep off the main thread). */
export const TC_SLEEP_WORD = 9;
/**
 * Per-object lock counters (free-threading mode, src/vm/object-lock.ts): for each lock
 * kind (LK_* there), three slots from TC_LOCKS + kind * 3: acquisitions, contended
 * acquisitions, nanoseconds spent waiting.
 */
export const TC_LOCKS = 10;
export const TC_LOCK_KINDS = 6;
export const TC_COUNT = TC_LOCKS + TC_LOCK_KINDS * 3;
/**
 * Capacity of the handle array. It never grows, so the i32 index of a handle
 * (handleWord) stays valid: argument lists for calls from TypeScript into
 * Python are built there.
 */
export const MAX_HANDLES = 1 << 16;
/**
 * The handle array of threads other than the main one: smaller, so that a
 * thread starts fast (CPython's threads, too, get a smaller stack than the
 * main thread's); deep TypeScript nesting there meets RecursionError sooner.
 */
export const THREAD_HANDLES = 1 << 14;

/** This worker's thread state. */
export let ts: Ref = 0;
/** The word index of its fields (frame.ts's pushFrame reads the current frame from it without a call). */
export let tsw = 0;

export function newThreadState(ident: number, handles: number = MAX_HANDLES): Ref {
  const t = allocate(T.thread_state, HEADER_BYTES + TS_WORDS * 4, false);
  const w = (t >> 2) + HEADER_WORDS;
  i32[w + TS_HANDLES] = newValueArray(handles);
  i32[w + TS_NHANDLES] = fromSmallInt(0);
  i32[w + TS_FRAME] = fromSmallInt(0);
  i32[w + TS_DEPTH] = fromSmallInt(0);
  i32[w + TS_IDENT] = fromSmallInt(ident);
  i32[w + TS_COUNTERS] = newRawArray(TC_COUNT * 8);
  return t;
}

/** This worker's counters: index of counter k in the heap's f64 view is `counterBase + k`. */
export let counterBase = 0;
export function countersOf(t: Ref): number {
  return rawArrayData(i32[(t >> 2) + HEADER_WORDS + TS_COUNTERS]!) >> 3;
}
export function threadIdent(t: Ref = ts): number {
  return i32[(t >> 2) + HEADER_WORDS + TS_IDENT]! >> 1;
}

/** Capacity of this thread's handle array. */
let handleLimit = 0;

export function setThreadState(t: Ref): void {
  ts = t;
  tsw = (t >> 2) + HEADER_WORDS;
  // With no thread (a pool worker between threads) the counters stay those of the last one:
  // never index 0, which would be the control block.
  if (t !== 0) {
    counterBase = countersOf(t);
    handleLimit = valueArrayCapacity(i32[tsw + TS_HANDLES]!);
  }
}

export function getCurrentException(): Ref {
  return i32[tsw + TS_EXCEPTION]!;
}
export function setCurrentException(exc: Ref): void {
  i32[tsw + TS_EXCEPTION] = exc;
}
export function getHandledException(): Ref {
  return i32[tsw + TS_HANDLED]!;
}
export function setHandledException(exc: Ref): void {
  i32[tsw + TS_HANDLED] = exc;
}

/**
 * Keep `v` alive while TypeScript code that holds it calls into Python (a
 * collection may run there). Returns a handle for getHandle; release with
 * popHandles(count) in LIFO order.
 */
export function pushHandle(v: Value): number {
  const arr = i32[tsw + TS_HANDLES]!;
  const n = i32[tsw + TS_NHANDLES]! >> 1;
  if (n === handleLimit) throw new HandlesExhausted();
  i32[(arr >> 2) + HEADER_WORDS + n] = v;
  i32[tsw + TS_NHANDLES] = fromSmallInt(n + 1);
  return n;
}
/** i32 index of handle h (stable: the array never moves). */
export function handleWord(h: number): number {
  return (i32[tsw + TS_HANDLES]! >> 2) + HEADER_WORDS + h;
}
/** Thrown when TypeScript code nests too deeply; the interpreter raises RecursionError. */
export class HandlesExhausted extends Error {}
export function getHandle(h: number): Value {
  return i32[(i32[tsw + TS_HANDLES]! >> 2) + HEADER_WORDS + h]!;
}
export function setHandle(h: number, v: Value): void {
  i32[(i32[tsw + TS_HANDLES]! >> 2) + HEADER_WORDS + h] = v;
}
export function handleCount(): number {
  return i32[tsw + TS_NHANDLES]! >> 1;
}
/** Drop handles back to `count` (the value handleCount() returned before pushing). */
export function releaseHandles(count: number): void {
  const first = (i32[tsw + TS_HANDLES]! >> 2) + HEADER_WORDS;
  zeroWords(first + count, first + (i32[tsw + TS_NHANDLES]! >> 1));
  i32[tsw + TS_NHANDLES] = fromSmallInt(count);
}

export function threadWord(k: number): number {
  return tsw + k;
}

export function getChunkList(): Ref {
  return i32[tsw + TS_CHUNKS]!;
}
export function setChunkList(list: Ref): void {
  i32[tsw + TS_CHUNKS] = list;
}
export function currentFrame(): number {
  return (i32[tsw + TS_FRAME]! >> 1) << 3;
}
export function setCurrentFrame(addr: number): void {
  i32[tsw + TS_FRAME] = fromSmallInt(addr >> 3);
}
export function getDepth(): number {
  return i32[tsw + TS_DEPTH]! >> 1;
}
export function setDepth(d: number): void {
  i32[tsw + TS_DEPTH] = fromSmallInt(d);
}
