/**
 * Python threads: the list of live thread states (ROOT_THREADS, which the
 * collector walks for roots and frames), starting a thread, and running one in
 * a worker from start to end.
 *
 * Starting (`startThread`, for `_thread.start_new_thread`): the starting thread
 * makes the new thread's state in the heap with the function and its arguments
 * in it, puts it on the list (so it is a root from then on) and in the start
 * ring (thread-start.ts), where an idle pool worker takes it and runs
 * `runStartedThread`; with no idle worker it also asks the Node main thread for
 * one more (`setWorkerRequester`: the message channel of its own worker). Ending: the sentinel locks (_thread._set_sentinel) are released, the
 * state leaves the list and its counters are kept (ROOT_ENDED_THREADS: tuples
 * (ident, counters, name or None, timeline or None)), then
 * the GIL is released, which flushes what the thread printed.
 */
import { readlinkSync } from 'node:fs';
import { HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_NEXT_THREAD_IDENT, CB_THREAD_COUNT } from '../heap/memory.js';
import { listAppend, listGet, listGetShared, listLength, listRemoveAt, newList } from '../objects/list.js';
import { lockObject, unlockObject } from './object-lock.js';
import { flushStdout } from './stdio.js';
import { E, S } from '../objects/registry.js';
import { newRawArray, rawArrayData, valueArrayCapacity, valueArraySet } from '../objects/arrays.js';
import { EV_ENDED, startTimeline, timeline, traceEvent, tracing } from './thread-trace.js';
import { rootGet, rootSet, rootTable, ROOT_ENDED_THREADS, ROOT_THREAD_CACHE, ROOT_THREADS } from '../objects/roots.js';
import { newTuple, tupleGet } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { releaseLockObject } from '../lib/thread-lock.js';
import { PY_ERROR, raise } from './errors.js';
import { dropGil, forgetThread, reacquireAfterBlocking, releaseForBlocking, sleepWord, takeGil } from './gil.js';
import { noteWorkerComing, queueThreadStart } from './thread-start.js';
import { monoMs } from './clock.js';
import { opHooks } from './op-hooks.js';
import { adoptStack } from './frame.js';
import {
  countersOf,
  getCurrentException,
  getHandle,
  pushHandle,
  releaseHandles,
  setCurrentException,
  setThreadState,
  TC_ENDED_NS,
  TC_STARTED_NS,
  threadWord,
  ts,
  TS_CHUNKS,
  TS_COUNTERS,
  TS_DEPTH,
  TS_EXCEPTION,
  TS_FRAME,
  TS_HANDLED,
  TS_NHANDLES,
  TC_COUNT,
  TS_IDENT,
  TS_LOCK_SITES,
  TS_NAME,
  TS_NATIVE_ID,
  TS_SENTINELS,
  TS_START,
  newThreadState,
  THREAD_HANDLES,
} from './thread-state.js';
import { writeUnraisable } from './unraisable.js';

/** Call `fn` with every live thread state. */
export function forEachThread(fn: (state: Ref) => void): void {
  const list = rootGet(ROOT_THREADS);
  if (list === NULL) return;
  // Without a lock (the collector calls this with the world stopped): reads checked.
  for (let i = 0, n = listLength(list); i < n; i++) {
    const state = listGetShared(list, i);
    if (state !== NULL) fn(state);
  }
}

/**
 * Python threads alive once the threads that have ended their Python code have also left the
 * list, the caller's included. A joined thread's worker is still in endThread for a moment
 * after its joiner woke; in free-threading mode the joiner runs meanwhile (under the GIL it
 * waits for that worker to drop the GIL, by which time the thread has left). Waits at most
 * ENDING_WAIT_MS for those, then counts what is left.
 */
export function threadsLeftAfterJoins(): number {
  for (const t0 = monoMs(); ; ) {
    let alive = 0;
    let ending = 0;
    withRegistry(() =>
      forEachThread((state) => {
        alive++;
        if (f64[countersOf(state) + TC_ENDED_NS] !== 0) ending++;
      }),
    );
    if (ending === 0 || monoMs() - t0 > ENDING_WAIT_MS) return alive;
    releaseForBlocking();
    Atomics.wait(i32, sleepWord(), 0, 1);
    reacquireAfterBlocking();
  }
}
const ENDING_WAIT_MS = 1000;

/**
 * The thread registry's lists (live, ended, cached states) change under one
 * lock, the root table's (free-threading mode: threads start and end at once).
 */
function lockRegistry(): void {
  lockObject(rootTable());
}
function unlockRegistry(): void {
  unlockObject(rootTable());
}

/** `fn` with the registry held: each thread is then on the live list or among the ended, not both. */
export function withRegistry<T>(fn: () => T): T {
  lockRegistry();
  try {
    return fn();
  } finally {
    unlockRegistry();
  }
}

/** The list at root-table slot `k`, made on first use. */
function rootList(k: number): Ref {
  let list = rootGet(k);
  if (list === NULL) {
    list = newList(0);
    rootSet(k, list);
  }
  return list;
}

/** Put a thread state on the live list (it becomes a root) and stamp its start time. */
export function registerThread(state: Ref): void {
  lockRegistry();
  try {
    listAppend(rootList(ROOT_THREADS), state);
  } finally {
    unlockRegistry();
  }
  f64[countersOf(state) + TC_STARTED_NS] = monoMs() * 1e6;
}

/** Under the registry's lock. */
function unregisterThread(state: Ref): void {
  const list = rootGet(ROOT_THREADS);
  for (let i = 0, n = listLength(list); i < n; i++) {
    if (listGet(list, i) === state) {
      listRemoveAt(list, i);
      return;
    }
  }
}

/**
 * How this worker asks the Node main thread for one more pool worker to serve
 * threads (null: it cannot start threads).
 */
let requestWorker: (() => void) | null = null;
export function setWorkerRequester(fn: (() => void) | null): void {
  requestWorker = fn;
}

/** How this worker tells the Node main thread that threads are coming (warm the pool), or null. */
let warmer: (() => void) | null = null;
export function setPoolWarmer(fn: (() => void) | null): void {
  warmer = fn;
}
export function warmThreadPool(): void {
  if (warmer !== null) {
    warmer();
    warmer = null;
  }
}

/** _thread.start_new_thread: a new thread that will run func(*args, **kwargs); returns its ident. */
export function startThread(func: Value, args: Value, kwargs: Value): number {
  if (requestWorker === null) throw raise(E.RuntimeError, "can't start new thread");
  const ident = Atomics.add(i32, CB_NEXT_THREAD_IDENT, 1);
  lockRegistry();
  let reused: Ref | null;
  try {
    reused = reusedThreadState(ident);
  } finally {
    unlockRegistry();
  }
  const state = reused ?? newThreadState(ident, THREAD_HANDLES);
  i32[(state >> 2) + HEADER_WORDS + TS_START] = newTuple([func, args, kwargs]);
  registerThread(state);
  Atomics.add(i32, CB_THREAD_COUNT, 1);
  // What this thread printed so far goes before anything the new one prints (free-threading
  // mode: it may print before this thread next blocks).
  flushStdout();
  if (queueThreadStart(state, waitForRoom)) requestWorker();
  return ident;
}

/** The start ring is full: let other threads run a moment (the state is rooted by the thread list). */
function waitForRoom(): void {
  releaseForBlocking();
  Atomics.wait(i32, sleepWord(), 0, 1);
  reacquireAfterBlocking();
}

/** The OS thread id of this worker (Linux: /proc/thread-self links to PID/task/TID). */
let nativeId = -1;
export function nativeThreadId(): number {
  if (nativeId < 0) {
    try {
      nativeId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    } catch {
      nativeId = process.pid;
    }
    if (!Number.isSafeInteger(nativeId)) nativeId = process.pid;
  }
  return nativeId;
}

/**
 * In a pool worker attached to the heap: run the thread whose state is
 * `state` from its start to its end. Never throws for anything Python does.
 */
export function runStartedThread(state: Ref): void {
  setThreadState(state);
  adoptStack();
  startTimeline();
  takeGil();
  i32[threadWord(TS_NATIVE_ID)] = fromSmallInt(nativeThreadId());
  const start = i32[threadWord(TS_START)]!;
  const h = pushHandle(start);
  i32[threadWord(TS_START)] = NULL;
  try {
    const s = getHandle(h);
    opHooks.callEx(tupleGet(s, 0), tupleGet(s, 1), tupleGet(s, 2));
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    const exc = getCurrentException();
    if (isSubtype(typeOf(exc), E.SystemExit)) setCurrentException(NULL);
    else writeUnraisable('Exception ignored in thread started by', tupleGet(getHandle(h), 0));
  } finally {
    releaseHandles(0);
    endThread(state);
  }
}

/** The thread's end: release its sentinels, keep its counters, leave the list, release the GIL. */
function endThread(state: Ref): void {
  const w = (state >> 2) + HEADER_WORDS;
  const sentinels = i32[w + TS_SENTINELS]!;
  // This worker goes back to the start ring next: a thread started by the joiner waits for it.
  noteWorkerComing();
  // Ended before its joiners wake: a report made right after a join counts it as ended, even
  // while this worker (free-threading mode) still finishes below.
  f64[countersOf(state) + TC_ENDED_NS] = monoMs() * 1e6;
  if (sentinels !== NULL) {
    for (let i = 0, n = listLength(sentinels); i < n; i++) releaseLockObject(listGet(sentinels, i));
    i32[w + TS_SENTINELS] = NULL;
  }
  // The end is stamped now, with the GIL still held, so that the timeline saved below has it.
  traceEvent(EV_ENDED);
  const events = tracing() ? timelineToHeap() : NULL;
  const name = i32[w + TS_NAME]!;
  const sites = i32[w + TS_LOCK_SITES]!;
  const record = newTuple([
    i32[w + TS_IDENT]!,
    i32[w + TS_COUNTERS]!,
    name === NULL ? S.None : name,
    events === NULL ? S.None : events,
    sites === NULL ? S.None : sites,
  ]);
  lockRegistry();
  try {
    listAppend(rootList(ROOT_ENDED_THREADS), record);
    unregisterThread(state);
    keepForReuse(state);
  } finally {
    unlockRegistry();
  }
  Atomics.sub(i32, CB_THREAD_COUNT, 1);
  dropGil(-1); // its timeline, ENDED included, is saved already
  forgetThread();
  if (ts === state) setThreadState(0);
}

/**
 * Ended threads' states wait in ROOT_THREAD_CACHE for new threads: their handle array and
 * first stack chunk (64 KB and 256 KB) are then not made again for every thread, which
 * made a program that starts many short threads collect every few dozen of them.
 */
const THREAD_CACHE_MAX = 16;

function keepForReuse(state: Ref): void {
  const cache = rootList(ROOT_THREAD_CACHE);
  if (listLength(cache) >= THREAD_CACHE_MAX) return;
  const w = (state >> 2) + HEADER_WORDS;
  // Only the first stack chunk is kept: a deep recursion's others go with the collection.
  const chunks = i32[w + TS_CHUNKS]!;
  if (chunks !== NULL) {
    for (let i = 1, n = valueArrayCapacity(chunks); i < n; i++) valueArraySet(chunks, i, NULL);
  }
  listAppend(cache, state);
}

/** A cached thread state made fresh for thread `ident`, or null when there is none. */
function reusedThreadState(ident: number): Ref | null {
  const cache = rootGet(ROOT_THREAD_CACHE);
  if (cache === NULL || listLength(cache) === 0) return null;
  const state = listRemoveAt(cache, listLength(cache) - 1);
  const w = (state >> 2) + HEADER_WORDS;
  i32[w + TS_EXCEPTION] = NULL;
  i32[w + TS_HANDLED] = NULL;
  i32[w + TS_FRAME] = fromSmallInt(0);
  i32[w + TS_NHANDLES] = fromSmallInt(0); // released to 0 (and zeroed) at the end of its last thread
  i32[w + TS_DEPTH] = fromSmallInt(0);
  i32[w + TS_IDENT] = fromSmallInt(ident);
  i32[w + TS_START] = NULL;
  i32[w + TS_SENTINELS] = NULL;
  i32[w + TS_NATIVE_ID] = fromSmallInt(0);
  i32[w + TS_NAME] = NULL;
  i32[w + TS_LOCK_SITES] = NULL; // the ended thread's are with its record
  // The ended thread's counters stay with its record (ROOT_ENDED_THREADS): new ones.
  i32[w + TS_COUNTERS] = newRawArray(TC_COUNT * 8);
  return state;
}

/** This worker's timeline (thread-trace.ts) copied into a heap raw array of float64 (time, kind) pairs. */
function timelineToHeap(): Ref {
  const events = timeline();
  const a = newRawArray(events.length * 8);
  f64.set(events, rawArrayData(a) >> 3);
  return a;
}

/** _thread._set_sentinel: a lock, held, that this thread's end releases. */
export function addSentinel(lock: Ref): void {
  let list = i32[threadWord(TS_SENTINELS)]!;
  if (list === NULL) {
    list = newList(0);
    i32[threadWord(TS_SENTINELS)] = list;
  }
  listAppend(list, lock);
}
