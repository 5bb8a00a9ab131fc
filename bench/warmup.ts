/**
 * Warm-up (issue 3): what a program's first run costs over its steady state.
 * Each program of bench/warmup runs one of bench/programs four times in one
 * process and reports its first run and its best, under CPython and under
 * gilvm. Under gilvm the first run includes V8's compiles of the interpreter
 * loop and the stretches in V8's lower tiers after each deoptimization; the
 * best run is the loop at steady state. The whole-program benchmark's times
 * are start-up plus a first run.
 *
 *     npm run bench:warmup [-- --runs N] [-- --no-write]
 *
 * bench/self-timed.ts runs the programs and writes the table.
 */
import { runSelfTimed } from './self-timed.js';

runSelfTimed({
  name: 'warmup',
  heading: 'Warm-up: first run against steady state',
  intro:
    '`npm run bench:warmup` (`bench/warmup.ts`): programs of `bench/programs`, each run four times in one process\n' +
    '(`bench/warmup/lib/first_best.py`), under `python3` and gilvm: the first run, V8\'s warm-up of gilvm\'s\n' +
    'loop included, and the best of the four.',
});
