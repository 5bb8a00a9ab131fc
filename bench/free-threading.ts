/**
 * Free-threading mode against GIL mode (issue 6's benchmark), in one run.
 *
 *     npm run bench:free-threading [-- --runs N] [-- --no-write]
 *
 * Runs every `bench/free-threading/*.py` under `node bin/gilvm.js -X gil=1`
 * and `-X gil=0`, alternating, N times each (default 3). Each program times
 * itself and prints one JSON object of figures; the table shows each figure's
 * median per mode, and the goals are checked from them:
 *
 * - cpu_split.py: CPU-bound work by 1 thread, then split over 2: in
 *   free-threading mode 2 threads at least 1.8x faster than 1 (two cores;
 *   the limit is 2.0), under the GIL no gain; and 1 thread in free-threading
 *   mode at most 10% slower than in GIL mode;
 * - shared_list.py: a list two threads append to and pop from (contended)
 *   beside a list of each thread's own;
 * - lock_ops.py: threading.Lock uncontended and contended.
 *
 * The figures go to their section of docs/performance.md (between the
 * `bench:free-threading` markers) unless `--no-write`.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishSection, sectionMarkers } from './doc-section.js';
import { benchSetup, compare, comparisonRows, loadAverage, machineFacts, median, type Comparison, type Figures, type Side } from './figures.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/gilvm.js');
const PROGRAMS = join(ROOT, 'bench/free-threading');
const DOC = join(ROOT, 'docs/performance.md');
const { start: START, end: END } = sectionMarkers('free-threading');

/** `cpu_split.py --one` under free-threading mode, as one process or as two processes at once: seconds, the slower of the two. */
function oneThreadSeconds(copies: number): Promise<number> {
  const runOne = (): Promise<number> =>
    new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, [BIN, '-X', 'gil=0', 'cpu_split.py', '--one'], { cwd: PROGRAMS, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', (status) => {
        if (status !== 0) reject(new Error(`cpu_split.py --one: exit status ${status}`));
        else resolvePromise((JSON.parse(out.trim().split('\n').pop()!) as Figures)['threads_1_s']!);
      });
    });
  return Promise.all(Array.from({ length: copies }, runOne)).then((ts) => Math.max(...ts));
}

/**
 * What this machine gives two independent CPU-bound programs: 2 x (one alone) / (two at once),
 * the ceiling of any in-process speedup here (2.0 on two idle, unshared cores).
 */
async function machineCeiling(runs: number): Promise<{ alone: number; pair: number }> {
  const alone: number[] = [];
  const pair: number[] = [];
  for (let i = 0; i < runs; i++) {
    alone.push(await oneThreadSeconds(1));
    pair.push(await oneThreadSeconds(2));
    console.log(`  machine ceiling run ${i + 1}: one process ${alone[i]} s, two at once ${pair[i]} s`);
  }
  return { alone: median(alone), pair: median(pair) };
}

/** The goals that cpu_split.py's medians decide: lines for the document. */
function goals(split: Comparison | undefined, ceiling: { alone: number; pair: number }): string[] {
  if (split === undefined || split.problem !== null) return ['- cpu_split.py did not run: no goal checked.'];
  const m = (rs: Figures[], key: string): number => median(rs.map((f) => f[key]!));
  const g1 = m(split.a, 'threads_1_s');
  const g2 = m(split.a, 'threads_2_s');
  const f1 = m(split.b, 'threads_1_s');
  const f2 = m(split.b, 'threads_2_s');
  const mark = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const limit = (2 * ceiling.alone) / ceiling.pair;
  return [
    `- Free-threading speedup, 1 thread -> 2 threads: ${(f1 / f2).toFixed(2)}× (goal at least 1.8×, limit 2.0): ${mark(f1 / f2 >= 1.8)}.`,
    `- This machine's own ceiling: two separate processes running the 1-thread part at once take ${ceiling.pair.toFixed(3)} s each against ${ceiling.alone.toFixed(3)} s alone, so no program gets more than ${limit.toFixed(2)}× from its second core here; the in-process speedup is ${((f1 / f2 / limit) * 100).toFixed(0)}% of that.`,
    `- GIL mode, same program: ${(g1 / g2).toFixed(2)}× (goal: no gain): ${mark(g1 / g2 < 1.1)}.`,
    `- One thread, free-threading mode against GIL mode: ${((f1 / g1 - 1) * 100).toFixed(1)}% (goal at most +10%; CPython 3.14t: 5–10%): ${mark(f1 / g1 <= 1.1)}.`,
  ];
}

async function main(): Promise<void> {
  const { runs, write, programs } = benchSetup(PROGRAMS);
  const loadBefore = loadAverage();
  console.log(`${programs.length} programs from bench/free-threading, ${runs} runs each under gilvm -X gil=1 and -X gil=0, alternating:`);
  const mode = (gil: 0 | 1): Side => ({ label: `-X gil=${gil}`, command: (p) => [process.execPath, [BIN, '-X', `gil=${gil}`, p]] });
  const results = programs.map((p) => compare(p, runs, PROGRAMS, mode(1), mode(0)));
  const ceiling = await machineCeiling(runs);
  const load = loadAverage();
  const { cpus, cpuModel, date } = machineFacts();
  const rows = comparisonRows(results);
  const section = [
    START,
    `Measured ${date} by \`npm run bench:free-threading${runs === 3 ? '' : ` -- --runs ${runs}`}\` (\`bench/free-threading.ts\`).`,
    '',
    `- Machine: ${cpus} CPUs (nproc), ${cpuModel}; Node.js ${process.version}. Load average ${loadBefore} before the runs, ${load} after.`,
    `- Commands: \`node bin/gilvm.js -X gil=1 PROGRAM.py\` and \`node bin/gilvm.js -X gil=0 PROGRAM.py\` in \`bench/free-threading\`, ${runs} runs each, alternating; each program times itself (medians of a few repetitions inside) and the table shows the median over the runs.`,
    ...goals(
      results.find((r) => r.program === 'cpu_split.py'),
      ceiling,
    ),
    '',
    '| program | figure | GIL (`-X gil=1`) | free-threading (`-X gil=0`) | free / GIL | |',
    '|---|---|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
  publishSection(DOC, START, END, section, {
    write,
    ranAny: results.some((r) => r.problem === null),
    heading: 'Free-threading mode beside GIL mode',
    intro:
      '`npm run bench:free-threading` (`bench/free-threading.ts`): the programs of `bench/free-threading` under\n' +
      'gilvm in both lock modes, in one run. Goals (issue 6): CPU-bound work split over 2 threads at least 1.8×\n' +
      'faster than on 1 in free-threading mode, no gain under the GIL, one thread at most 10% slower than under the GIL.',
  });
}

await main();
