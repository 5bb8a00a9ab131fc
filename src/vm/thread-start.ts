/**
 * Handing new threads to pool workers without a round trip through the Node
 * main thread: a ring of thread-state addresses in the control block
 * (CB_START_RING). A pool worker serving threads (workers/python-thread.ts)
 * waits on the ring's tail with Atomics.wait, takes the next state and runs
 * it, then waits again; `Thread.start()` costs a push and a wake-up. Only
 * when no worker is idle does the starting thread ask the main thread for one
 * more (the pool grows: Python threads may wait on each other, so a thread
 * must never queue behind a busy worker for long). A worker on its way counts
 * as idle (CB_START_COMING): one asked for and still booting (counted when the
 * pool submits its task), or one whose thread has just ended (back on the ring
 * in microseconds). Booting another worker for a thread started right after a
 * join, or while the first workers boot, would leave the pool with a cold
 * worker (its own JIT to warm) that later threads land on.
 *
 * The thread states in the ring are already on the live-thread list (a root),
 * so the ring itself holds no references the collector must see.
 */
import { CB_START_HEAD, CB_START_IDLE, CB_START_LOCK, CB_START_COMING, CB_START_RING, CB_START_TAIL, START_RING_SLOTS } from '../heap/memory.js';
import type { Ref } from '../heap/layout.js';

/** START_RING_SLOTS is a power of two: a count's slot is its low bits, even after it wraps. */
const RING_MASK = START_RING_SLOTS - 1;

/**
 * Queue `state` for a worker. Returns true when the caller should ask for one
 * more worker (fewer idle workers than threads waiting). The ring cannot fill
 * while workers are asked for as it grows; if it does (START_RING_SLOTS
 * starts faster than workers boot), the caller waits for room.
 */
export function queueThreadStart(state: Ref, waitForRoom: () => void): boolean {
  for (;;) {
    while (Atomics.compareExchange(i32, CB_START_LOCK, 0, 1) !== 0) {
      /* spin: a few instructions long */
    }
    const tail = Atomics.load(i32, CB_START_TAIL);
    if (((tail - Atomics.load(i32, CB_START_HEAD)) | 0) < START_RING_SLOTS) {
      Atomics.store(i32, CB_START_RING + (tail & RING_MASK), state);
      Atomics.store(i32, CB_START_TAIL, (tail + 1) | 0);
      Atomics.store(i32, CB_START_LOCK, 0);
      Atomics.notify(i32, CB_START_TAIL, 1);
      const waiting = (tail + 1 - Atomics.load(i32, CB_START_HEAD)) | 0;
      return Atomics.load(i32, CB_START_IDLE) + Atomics.load(i32, CB_START_COMING) < waiting;
    }
    Atomics.store(i32, CB_START_LOCK, 0);
    waitForRoom();
  }
}

/**
 * A worker is on its way to the ring: its task was submitted (src/cli/thread-pool.ts, with its
 * own view of the heap) or, in a pool worker, its thread ends (before its sentinels wake a
 * joiner). Each is followed by one takeThreadStart, which undoes it.
 */
export function noteWorkerComing(words: Int32Array = i32): void {
  Atomics.add(words, CB_START_COMING, 1);
}

/**
 * In a pool worker, counted as coming (noteWorkerComing): wait up to `idleMs`
 * for a thread to run; its state, or 0 when none came.
 */
export function takeThreadStart(idleMs: number): Ref {
  const deadline = performance.now() + idleMs;
  Atomics.add(i32, CB_START_IDLE, 1);
  // Idle before no longer coming: a start in between sees the worker in one count or both.
  Atomics.sub(i32, CB_START_COMING, 1);
  for (;;) {
    const head = Atomics.load(i32, CB_START_HEAD);
    const tail = Atomics.load(i32, CB_START_TAIL);
    if (head !== tail) {
      const state = Atomics.load(i32, CB_START_RING + (head & RING_MASK));
      if (Atomics.compareExchange(i32, CB_START_HEAD, head, (head + 1) | 0) === head) {
        Atomics.sub(i32, CB_START_IDLE, 1);
        return state;
      }
      continue;
    }
    const left = deadline - performance.now();
    if (left <= 0) break;
    Atomics.wait(i32, CB_START_TAIL, tail, left);
  }
  // Leaving: stop counting as idle, then look once more. A thread queued meanwhile is either
  // seen here or was queued after this worker stopped counting, and its starter then asked
  // for another worker (both sides use sequentially consistent atomics).
  Atomics.sub(i32, CB_START_IDLE, 1);
  for (;;) {
    const head = Atomics.load(i32, CB_START_HEAD);
    if (head === Atomics.load(i32, CB_START_TAIL)) return 0;
    const state = Atomics.load(i32, CB_START_RING + (head & RING_MASK));
    if (Atomics.compareExchange(i32, CB_START_HEAD, head, (head + 1) | 0) === head) return state;
  }
}
