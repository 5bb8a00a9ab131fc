// The start ring (src/vm/thread-start.ts) and the GIL's bookkeeping (src/vm/gil.ts), in one
// thread: the ring hands states out first in, first out, also after its counters pass the ring's
// size; it asks for a worker exactly when no idle one is waiting; the GIL's counters move.
import { describe, expect, it } from 'vitest';
import { CB_GIL, CB_START_IDLE, CB_START_COMING, START_RING_SLOTS } from '../../src/heap/memory.js';
import { noteWorkerComing, queueThreadStart, takeThreadStart } from '../../src/vm/thread-start.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { dropGil, holdsGil, takeGil } from '../../src/vm/gil.js';
import { counterBase, TC_GIL_ACQUISITIONS, TC_GIL_HOLD_NS } from '../../src/vm/thread-state.js';

/** A worker's wait on the ring: counted as coming first, as the pool and a thread's end do. */
const take = (ms: number): number => {
  noteWorkerComing();
  return takeThreadStart(ms);
};

const noRoom = (): void => {
  throw new Error('the ring is full');
};

describe('thread start ring', () => {
  it('first in, first out, across many wrap-arounds', () => {
    startRuntime();
    let next = 8;
    let expected = 8;
    for (let round = 0; round < 3 * START_RING_SLOTS; round++) {
      for (let k = 0; k < 3; k++) queueThreadStart((next += 8), noRoom);
      for (let k = 0; k < 3; k++) expect(take(0)).toBe((expected += 8));
    }
    expect(take(0)).toBe(0);
  });

  it('asks for a worker only when fewer are idle than threads waiting', () => {
    startRuntime();
    expect(queueThreadStart(16, noRoom)).toBe(true);
    expect(take(0)).toBe(16);
    // Two idle workers (as takeThreadStart counts them while it waits).
    Atomics.add(i32, CB_START_IDLE, 2);
    expect(queueThreadStart(24, noRoom)).toBe(false);
    expect(queueThreadStart(32, noRoom)).toBe(false);
    expect(queueThreadStart(40, noRoom)).toBe(true);
    Atomics.sub(i32, CB_START_IDLE, 2);
    expect([take(0), take(0), take(0)]).toEqual([24, 32, 40]);
  });

  it('counts a worker on its way (booting, or back from a thread) as idle, until it waits', () => {
    startRuntime();
    // A worker's thread ends: a start right after (the joiner's next thread) asks for no worker.
    noteWorkerComing();
    expect(queueThreadStart(48, noRoom)).toBe(false);
    // A second start while that one waits: no worker is idle or coming for it.
    expect(queueThreadStart(56, noRoom)).toBe(true);
    // The worker comes back: idle, no longer coming, and takes the first.
    expect(takeThreadStart(0)).toBe(48);
    expect(Atomics.load(i32, CB_START_COMING)).toBe(0);
    expect(Atomics.load(i32, CB_START_IDLE)).toBe(0);
    expect(take(0)).toBe(56);
    expect(Atomics.load(i32, CB_START_COMING)).toBe(0);
  });

  it('waits for room when the ring is full', () => {
    startRuntime();
    for (let k = 1; k <= START_RING_SLOTS; k++) queueThreadStart(k * 8, noRoom);
    let waits = 0;
    queueThreadStart(8 * (START_RING_SLOTS + 1), () => {
      waits++;
      take(0);
    });
    expect(waits).toBe(1);
    let last = 0;
    for (let k = 0; k < START_RING_SLOTS; k++) last = take(0);
    expect(last).toBe(8 * (START_RING_SLOTS + 1));
  });

  it('an idle worker gives up after its idle time when nothing comes', () => {
    startRuntime();
    const t0 = performance.now();
    expect(take(30)).toBe(0);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(25);
    expect(Atomics.load(i32, CB_START_IDLE)).toBe(0);
  });
});

describe('GIL bookkeeping', () => {
  it('take and drop move the lock word and the counters', () => {
    startRuntime();
    const before = f64[counterBase + TC_GIL_ACQUISITIONS]!;
    takeGil();
    expect(holdsGil()).toBe(true);
    expect(Atomics.load(i32, CB_GIL)).toBe(1);
    expect(f64[counterBase + TC_GIL_ACQUISITIONS]).toBe(before + 1);
    dropGil(-1);
    expect(holdsGil()).toBe(false);
    expect(Atomics.load(i32, CB_GIL)).toBe(0);
    expect(f64[counterBase + TC_GIL_HOLD_NS]).toBeGreaterThanOrEqual(0);
  });
});
