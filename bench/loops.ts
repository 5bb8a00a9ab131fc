/**
 * Loops at steady state (issue 3): gilvm against CPython on the small loops
 * that docs/performance.md quotes (generators, the 8-queens backtracking's
 * sets, recursive calls), each program timing its loops after a warm-up and
 * also reporting the first round, where gilvm still runs before V8 has
 * compiled its interpreter.
 *
 *     npm run bench:loops [-- --runs N] [-- --no-write]
 *
 * bench/self-timed.ts runs the programs of bench/loops and writes the table.
 */
import { runSelfTimed } from './self-timed.js';

runSelfTimed({
  name: 'loops',
  heading: 'Loops at steady state',
  intro:
    '`npm run bench:loops` (`bench/loops.ts`): the programs of `bench/loops` under `python3` and gilvm, each\n' +
    'timing a loop after a warm-up (the best of several rounds) and its first round.',
});
