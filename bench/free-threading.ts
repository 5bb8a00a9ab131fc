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
import { cpus } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sectionMarkers, writeDocSection } from './doc-section.js';
import { fmt, median, runFigures, type Figures } from './figures.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/gilvm.js');
const PROGRAMS = join(ROOT, 'bench/free-threading');
const DOC = join(ROOT, 'docs/performance.md');
const { start: START, end: END } = sectionMarkers('free-threading');

interface Result {
  program: string;
  gil: Figures[];
  free: Figures[];
  problem: string | null;
}

function measure(program: string, runs: number): Result {
  const result: Result = { program, gil: [], free: [], problem: null };
  for (let i = 0; i < runs && result.problem === null; i++) {
    const g = runFigures(process.execPath, [BIN, '-X', 'gil=1', program], PROGRAMS);
    const f = runFigures(process.execPath, [BIN, '-X', 'gil=0', program], PROGRAMS);
    if (typeof g === 'string') result.problem = `GIL mode: ${g}`;
    else result.gil.push(g);
    if (typeof f === 'string') result.problem = `free-threading mode: ${f}`;
    else result.free.push(f);
    console.log(`  ${program} run ${i + 1}: -X gil=1 ${JSON.stringify(g)}, -X gil=0 ${JSON.stringify(f)}`);
  }
  return result;
}

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
function goals(split: Result | undefined, ceiling: { alone: number; pair: number }): string[] {
  if (split === undefined || split.problem !== null) return ['- cpu_split.py did not run: no goal checked.'];
  const m = (rs: Figures[], key: string): number => median(rs.map((f) => f[key]!));
  const g1 = m(split.gil, 'threads_1_s');
  const g2 = m(split.gil, 'threads_2_s');
  const f1 = m(split.free, 'threads_1_s');
  const f2 = m(split.free, 'threads_2_s');
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
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--runs');
  const runs = i >= 0 ? Number(argv[i + 1]) : 3;
  const write = !argv.includes('--no-write');
  const programs = readdirSync(PROGRAMS)
    .filter((f) => f.endsWith('.py'))
    .sort();
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`${programs.length} programs from bench/free-threading, ${runs} runs each under gilvm -X gil=1 and -X gil=0, alternating:`);
  const results = programs.map((p) => measure(p, runs));
  const ceiling = await machineCeiling(runs);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown').trim();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

  const rows: string[] = [];
  for (const r of results) {
    if (r.problem !== null) {
      rows.push(`| \`${r.program}\` | — | — | — | — | ${r.problem.replace(/\|/g, '\\|')} |`);
      continue;
    }
    for (const key of Object.keys(r.gil[0] ?? {})) {
      const g = median(r.gil.map((f) => f[key]!));
      const f = median(r.free.map((x) => x[key]!));
      rows.push(`| \`${r.program}\` | \`${key}\` | ${fmt(g)} | ${fmt(f)} | ${(f / g).toFixed(2)}× | |`);
    }
  }
  const section = [
    START,
    `Measured ${date} by \`npm run bench:free-threading\` (\`bench/free-threading.ts\`).`,
    '',
    `- Machine: ${cpus().length} CPUs (nproc), ${cpuModel}; Node.js ${process.version}. Load average ${loadBefore} before the runs, ${load} after.`,
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
    'Free-threading mode beside GIL mode',
    '`npm run bench:free-threading` (`bench/free-threading.ts`): the programs of `bench/free-threading` under\n' +
      'gilvm in both lock modes, in one run. Goals (issue 6): CPU-bound work split over 2 threads at least 1.8×\n' +
      'faster than on 1 in free-threading mode, no gain under the GIL, one thread at most 10% slower than under the GIL.',
  );
  console.log(`\nupdated ${DOC}`);
}

await main();
