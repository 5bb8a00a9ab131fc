/**
 * The page toucher: the Node main thread commits the heap's pages a few megabytes ahead of the
 * bump pointer, so that the thread running Python does not stop to take the page faults.
 *
 * Why: the operating system commits a page of the reserved heap when it is first written
 * (src/heap/memory.ts), and on the virtual machines this project is measured on a page fault
 * costs about 10 µs (`perf` counts; a C loop touching fresh pages agrees). A program whose heap
 * grows to 80 MB takes some 20,000 of them, 0.2 s, on the thread that allocates. The main
 * thread is idle while Python runs, so it takes them instead, in parallel.
 *
 * How: the allocator's bump pointer (CB_BUMP) only moves up when no free chunk fits, so the
 * pages past it are the ones the heap will write next. The toucher writes the first word of
 * each with `Atomics.add(word, 0)`: an atomic read-modify-write that changes nothing, so it
 * cannot undo a store the allocating thread makes to that word at the same moment (a plain
 * write of zero could). A read would not do: it maps the shared zero page, and the first write
 * faults again. When it is far enough ahead it stores half that distance's address in
 * CB_TOUCH_AT and waits on it (Atomics.waitAsync, so the event loop goes on serving the
 * workers); the allocator wakes it when the bump pointer passes that address.
 *
 * Nothing depends on it: with no toucher (CB_TOUCH_AT 0), or a busy one, the allocating thread
 * takes its own page faults as before.
 */
import { CB_BUMP, CB_MAX, CB_TOUCH_AT } from './memory.js';

/**
 * How far ahead of the bump pointer the pages are committed (more RSS, at most this much). The
 * distance starts at a quarter of it and doubles at each wake-up: a program that allocates
 * little (`-c pass`) is not given 4 MB of pages it will never write.
 */
export const TOUCH_AHEAD_BYTES = 4 * 1024 * 1024;
const PAGE_BYTES = 4096;
/** Pages touched per turn of the event loop (1 MB: about 2.5 ms of page faults here). */
const PAGES_PER_TURN = 256;

export interface PageToucher {
  /** Stop touching (the program has ended) and release the wait. */
  stop(): void;
  /** The first byte not touched yet (for tests). */
  readonly front: number;
}

/** Start touching the pages of `heap` ahead of its allocator, from this thread's event loop. */
export function startPageToucher(heap: SharedArrayBuffer, maxAhead = TOUCH_AHEAD_BYTES): PageToucher {
  const words = new Int32Array(heap);
  let front = 0;
  let stopped = false;
  let ahead = Math.max(PAGE_BYTES * 2, maxAhead >> 2);

  const wake = (): void => {
    ahead = Math.min(ahead * 2, maxAhead);
    turn();
  };
  const turn = (): void => {
    if (stopped) return;
    const bump = Atomics.load(words, CB_BUMP);
    // Below the bump pointer the allocator has written already.
    if (front < bump) front = pageUp(bump);
    const goal = Math.min(bump + ahead, Atomics.load(words, CB_MAX));
    for (let n = 0; front < goal && n < PAGES_PER_TURN; n++) {
      Atomics.add(words, front >> 2, 0);
      front += PAGE_BYTES;
    }
    if (front < goal) {
      setImmediate(turn);
      return;
    }
    if (front >= Atomics.load(words, CB_MAX)) return;
    const at = front - (ahead >> 1);
    Atomics.store(words, CB_TOUCH_AT, at);
    // The allocator may have passed `at` before it could see it.
    if (Atomics.load(words, CB_BUMP) >= at) {
      setImmediate(wake);
      return;
    }
    const wait = Atomics.waitAsync(words, CB_TOUCH_AT, at);
    if (wait.async) void wait.value.then(wake);
    else setImmediate(wake);
  };

  turn();
  return {
    stop(): void {
      stopped = true;
      Atomics.store(words, CB_TOUCH_AT, 0);
      Atomics.notify(words, CB_TOUCH_AT);
    },
    get front(): number {
      return front;
    },
  };
}

function pageUp(address: number): number {
  return Math.ceil(address / PAGE_BYTES) * PAGE_BYTES;
}
