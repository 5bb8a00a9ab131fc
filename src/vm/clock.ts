/**
 * One clock for every worker: milliseconds on the process's monotonic clock
 * (process.hrtime, CLOCK_MONOTONIC). performance.now() counts from each
 * worker's own start and performance.timeOrigin is taken separately by each
 * worker (they differ by up to milliseconds), so times that two workers
 * compare (a thread's start, stamped by the thread that started it, and its
 * end, stamped by itself; timeline events) use this clock. The offset from
 * performance.now() is measured once per worker (to a few µs); a reading then
 * costs no more than performance.now().
 */
const perfToMonoMs = ((): number => {
  // Bracket one hrtime reading between two performance.now() readings and keep the tightest
  // bracket of a few: a worker descheduled between two readings would be off by that long.
  let best = Infinity;
  let offset = 0;
  for (let i = 0; i < 20 && best > 0.005; i++) {
    const before = performance.now();
    const mono = Number(process.hrtime.bigint()) / 1e6;
    const after = performance.now();
    if (after - before < best) {
      best = after - before;
      offset = mono - (before + after) / 2;
    }
  }
  return offset;
})();

export function monoMs(): number {
  return performance.now() + perfToMonoMs;
}

/** What to add to a monoMs() time to get milliseconds since the epoch (Date.now()'s precision). */
export function monoToEpochMs(): number {
  return Date.now() - monoMs();
}
