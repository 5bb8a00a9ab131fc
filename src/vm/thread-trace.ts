/**
 * The timeline of a thread's states, recorded when tracing is on (CB_TRACE,
 * `gilvm --trace`): each change (running, waiting for the GIL, blocked) and
 * each mark (a drop request, a collection) is an event (time, kind) appended
 * to a buffer of this worker's. Times are microseconds since the Unix epoch
 * on one clock for every worker (epochClockOffsetUs). The
 * buffer is JS memory, not heap: events happen where the heap may not be
 * touched (waiting for the GIL); a thread's end copies it into the heap
 * (src/vm/threads.ts), and the main thread's stays here for the report at
 * exit (src/vm/thread-stats.ts).
 */
import { CB_TRACE, i32 } from '../heap/memory.js';

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
/** performance.now() in µs plus this gives µs since the epoch on a clock every worker shares (see epochClockOffsetUs). */
let clockOffsetUs = NaN;

/**
 * performance.timeOrigin is taken separately by each worker and differs between
 * them by up to milliseconds (more on a loaded machine), which would make one
 * thread's events seem to overlap another's. process.hrtime is one monotonic
 * clock for the whole process: it is tied to the epoch at the instant Date.now()
 * ticks over (the same instant for every worker), bracketed between two hrtime
 * readings; a bracket wider than 20 µs (the worker was descheduled) is tried
 * again, up to 8 ticks. So all workers agree to some µs. Costs about 1 ms, once
 * per worker that traces.
 */
function epochClockOffsetUs(): number {
  const hrUs = (): number => Number(process.hrtime.bigint()) / 1000;
  let best = { width: Infinity, offset: 0 };
  for (let attempt = 0; attempt < 8 && best.width > 20; attempt++) {
    const first = Date.now();
    let before = hrUs();
    let ms = first;
    let after = before;
    for (;;) {
      const h = hrUs();
      ms = Date.now();
      after = hrUs();
      if (ms !== first) break;
      before = h;
    }
    // The tick fell between `before` (read before a Date.now() that still showed `first`) and `after`.
    const width = after - before;
    if (ms === first + 1 && width < best.width) best = { width, offset: ms * 1000 - (before + after) / 2 };
  }
  // Never bracketed well (a machine too busy): each worker's own origin, as before.
  if (best.width === Infinity) return performance.timeOrigin * 1000;
  const perfToHr = hrUs() - performance.now() * 1000;
  return best.offset + perfToHr;
}

/** Start a new timeline for the thread this worker runs now (tracing as the heap says). */
export function startTimeline(): void {
  on = Atomics.load(i32, CB_TRACE) !== 0;
  count = 0;
  if (on && events.length === 0) events = new Float64Array(4096);
  if (on && Number.isNaN(clockOffsetUs)) clockOffsetUs = epochClockOffsetUs();
}

export function traceEvent(kind: number): void {
  if (!on) return;
  if (count + 2 > events.length) {
    const bigger = new Float64Array(events.length * 2);
    bigger.set(events);
    events = bigger;
  }
  events[count++] = performance.now() * 1000 + clockOffsetUs;
  events[count++] = kind;
}

/** The events recorded since startTimeline, as (time, kind) pairs. */
export function timeline(): Float64Array {
  return events.subarray(0, count);
}

export function tracing(): boolean {
  return on;
}
