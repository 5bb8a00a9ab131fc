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
 *   CPU-bound threads, at two switch intervals (the convoy effect).
 *
 * The figures go to their section of docs/performance.md (between the
 * `bench:threads` markers) unless `--no-write`.
 */
import { spawnSync } from 'node:child_process';
import { benchSetup, compare, comparisonRows, loadAverage, machineFacts, type Side } from './figures.js';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sectionMarkers, writeDocSection } from './doc-section.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/gilvm.js');
const PROGRAMS = join(ROOT, 'bench/threads');
const DOC = join(ROOT, 'docs/performance.md');
const { start: START, end: END } = sectionMarkers('threads');
const PYTHON = process.env['PYTHON'] ?? 'python3';

function main(): void {
  const { runs, write, programs } = benchSetup(PROGRAMS);
  const pyVersion = spawnSync(PYTHON, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
  const loadBefore = loadAverage();
  console.log(`${programs.length} programs from bench/threads, ${runs} runs each under CPython ${pyVersion} and gilvm, alternating:`);
  const cpython: Side = { label: 'CPython', command: (p) => [PYTHON, [p]] };
  const gilvm: Side = { label: 'gilvm', command: (p) => [process.execPath, [BIN, p]] };
  const results = programs.map((p) => compare(p, runs, PROGRAMS, cpython, gilvm));
  const load = loadAverage();
  const { cpus, cpuModel, date } = machineFacts();
  const rows = comparisonRows(results);
  const section = [
    START,
    `Measured ${date} by \`npm run bench:threads\` (\`bench/threads.ts\`).`,
    '',
    `- Machine: ${cpus} CPUs (nproc), ${cpuModel}; Node.js ${process.version}; CPython ${pyVersion} (\`${PYTHON}\`). Load average ${loadBefore} before the runs, ${load} after.`,
    `- Commands: \`${PYTHON} PROGRAM.py\` and \`node bin/gilvm.js PROGRAM.py\` in \`bench/threads\`, ${runs} runs each, alternating; each program times itself (medians of a few repetitions inside) and the table shows the median over the runs. Units are in the figure's name (\`_us\` microseconds, \`_ns\` nanoseconds, \`_ms\` milliseconds, \`_s\` seconds).`,
    '',
    '| program | figure | CPython | gilvm | gilvm / CPython | |',
    '|---|---|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
  console.log('\n' + section);
  if (!write) return;
  if (results.every((r) => r.problem !== null)) {
    console.log(`\nnot writing ${DOC}: no program ran`);
    return;
  }
  writeDocSection(
    DOC,
    START,
    END,
    section,
    'Threads under the GIL',
    '`npm run bench:threads` (`bench/threads.ts`): the programs of `bench/threads` under `python3` and gilvm.\n' +
      "Goals (issue 5): thread start + join within 2× CPython's; Beazley's countdown with CPython's shape\n" +
      "(no speedup from threads under the GIL); the convoy effect measured beside CPython's.",
  );
  console.log(`\nupdated ${DOC}`);
}

main();
