/**
 * The timeline of a thread's states, recorded when tracing is on (CB_TRACE,
 * `gilvm --trace`): each change (running, waiting for the GIL, blocked) and
 * each mark (a drop request, a collection) is an event (time, kind) appended
 * to a buffer of this worker's. Times are microseconds on the clock every
 * worker shares (clock.ts's monoMs; thread-stats.ts turns them into times
 * since the epoch). The buffer is JS memory, not heap: events happen where the heap may not be
 * touched (waiting for the GIL); a thread's end copies it into the heap
 * (src/vm/threads.ts), and the main thread's stays here for the report at
 * exit (src/vm/thread-stats.ts).
 */
import { CB_TRACE } from '../heap/memory.js';
import { monoMs } from './clock.js';

/** The thread took the GIL and runs bytecode. */
export const EV_RUNNING = 0;
/** The thread waits for the GIL. */
export const EV_WAITING = 1;
/** The thread released the GIL to block (a lock, a sleep, a read). */
export const EV_BLOCKED = 2;
/** A mark: the thread, waiting, asked the holder to drop the GIL. */
export const EV_DROP_REQUEST = 3;
/** A collection starts / ends (by this thread, the world stopped). */
export const EV_GC_START = 4;
export const EV_GC_END = 5;
/** The thread ended. */
export const EV_ENDED = 6;

let on = false;
let events = new Float64Array(0);
let count = 0;
/** Start a new timeline for the thread this worker runs now (tracing as the heap says). */
export function startTimeline(): void {
  on = Atomics.load(i32, CB_TRACE) !== 0;
  count = 0;
  if (on && events.length === 0) events = new Float64Array(4096);
}

export function traceEvent(kind: number): void {
  if (!on) return;
  if (count + 2 > events.length) {
    const bigger = new Float64Array(events.length * 2);
    bigger.set(events);
    events = bigger;
  }
  events[count++] = monoMs() * 1000;
  events[count++] = kind;
}

/** The events recorded since startTimeline, as (time, kind) pairs. */
export function timeline(): Float64Array {
  return events.subarray(0, count);
}

export function tracing(): boolean {
  return on;
}
