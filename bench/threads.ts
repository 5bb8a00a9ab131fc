/**
 * Threads under the GIL (issue 5's benchmark): gilvm against CPython.
 *
 *     npm run bench:threads [-- --runs N] [-- --no-write]
 *
 * Runs every `bench/threads/*.py` under `python3` (or `$PYTHON`) and under
 * `node bin/gilvm.js`, alternating, N times each (default 3). Each program
 * times itself and prints one JSON object of figures; the table shows, per
 * figure, the median over the runs for each runtime and their ratio:
 *
 * - start_join.py: thread start + join latency (goal: within 2x of CPython's);
 * - lock_uncontended.py: acquire + release of an uncontended Lock and RLock;
 * - gil_handoff.py: one pass of the turn between two threads (a lock wake-up
 *   and a GIL hand-off);
 * - countdown.py: Beazley's countdown split over 1, 2 and 4 threads: under a
 *   GIL the shape must be CPython's, no speedup from threads;
 * - convoy.py: an I/O-bound thread's operation time beside 0, 1 and 2
 *   CPU-bound threads, at two switch intervals (the convoy effect);
 * - hash_release.py: hashlib over large buffers in 1, 2 and 4 threads, which
 *   release the GIL while they hash: the speedup a GIL still allows.
 *
 * The figures go to their section of docs/performance.md (between the
 * `bench:threads` markers) unless `--no-write` (bench/self-timed.ts runs it).
 */
import { runSelfTimed } from './self-timed.js';

runSelfTimed({
  name: 'threads',
  heading: 'Threads under the GIL',
  intro:
    '`npm run bench:threads` (`bench/threads.ts`): the programs of `bench/threads` under `python3` and gilvm.\n' +
    "Goals (issue 5): thread start + join within 2× CPython's; Beazley's countdown with CPython's shape\n" +
    "(no speedup from threads under the GIL); the convoy effect measured beside CPython's.",
});
