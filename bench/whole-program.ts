/**
 * Whole programs: gilvm against CPython (issue 3's benchmark).
 *
 *     npm run bench:programs [-- --runs N] [-- --only fib,nbody] [-- --timeout S] [-- --no-write]
 *                            [-- --gilvm PATH]   (another build's bin/gilvm.js, to compare builds)
 *
 * Runs every `bench/programs/*.py` under `python3` (or `$PYTHON`) and under
 * `node bin/gilvm.js`, alternating (CPython, gilvm, CPython, ...), N runs each
 * (default 5: on the shared machines of docs/performance.md one program's ratio moves by up
 * to 40% from run to run, and five medians move less than three), and reports per program the median wall and CPU times, their
 * ratio, and memory: CPython's maximum resident set, gilvm's heap peak (one
 * more run with `-X heapstats`, which prints `gilvm heap: peak <N> bytes,
 * live <N> bytes, collections <N>, extent <N> bytes` on stderr: the extent
 * is the address range the heap has used, which fragmentation can make larger
 * than the peak) and gilvm's maximum resident
 * set. Both must print the same stdout; a program whose output differs, or
 * that gilvm cannot run, is reported as such and left out of the figures.
 *
 * Goals (issue 3): the geometric mean of the wall-time ratios (gilvm /
 * CPython) over the timed programs at most 3x; and `list_1m.py` (a list of
 * 1,000,000 small ints) at most 5 MB of heap beyond an empty program's heap
 * peak. The figures go to their section of docs/performance.md (between the
 * `bench:whole-program` markers, added at the end the first time) unless
 * `--no-write` or `--only`, or unless gilvm ran none of the programs (then
 * there are no figures to record).
 *
 * Start-up is measured apart (`-c pass`), and so is the import of bundled
 * modules (issue 4: `-c "import collections, re, json, dataclasses"`).
 */
import { spawnSync } from 'node:child_process';
import { takeUsage, USAGE_WRAPPER, type ChildUsage } from './child-usage.js';
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sectionMarkers, writeDocSection } from './doc-section.js';
import { cliOption, geomean, median, programFiles } from './figures.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let BIN = join(ROOT, 'bin/gilvm.js');
const PROGRAMS = join(ROOT, 'bench/programs');
const DOC = join(ROOT, 'docs/performance.md');
const { start: START, end: END } = sectionMarkers('whole-program');
const PYTHON = process.env['PYTHON'] ?? 'python3';
/** The memory check: its heap peak, less an empty program's, is held to MEMORY_GOAL. */
const MEMORY_PROGRAM = 'list_1m';
const MEMORY_GOAL = 5 * 1024 * 1024;
const TIME_GOAL = 3;

const HEAPSTATS_LINE = /^gilvm heap: peak (\d+) bytes, live (\d+) bytes, collections (\d+), extent (\d+) bytes$/m;

/** One run: the child's exit status, output and usage (bench/child-usage.ts). */
interface Run extends ChildUsage {
  status: number;
  stdout: string;
  stderr: string;
}

interface Side {
  runs: Run[];
  /** Why the tool could not run the program (first stderr line, or a timeout), if it could not. */
  failed: string | null;
}

interface HeapStats {
  peak: number;
  live: number;
  collections: number;
  /** Bytes of address range the heap used (the bump pointer's travel). */
  extent: number;
}

interface Result {
  name: string;
  cpython: Side;
  gilvm: Side;
  heap: HeapStats | null;
  /** gilvm ran the program, printed what CPython printed, and exited as CPython did. */
  ok: boolean;
  /** Why not `ok`, when not. */
  problem: string | null;
}

function run(cmd: string, args: string[], timeoutS: number): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' };
  delete env['PYTHONPATH'];
  // Both sides buffer stdout as on a fresh machine, whatever the shell exports.
  delete env['PYTHONUNBUFFERED'];
  // Node reads and parses this file of certificates at every start, before any of gilvm's code
  // runs (45 ms on the machine of docs/performance.md, which exports it); gilvm never uses TLS,
  // CPython does not read it, and a fresh machine does not set it. The section says so.
  delete env['NODE_EXTRA_CA_CERTS'];
  const r = spawnSync(PYTHON, [...USAGE_WRAPPER, cmd, ...args], {
    cwd: PROGRAMS,
    env,
    input: '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: timeoutS * 1000,
  });
  const { usage, stderr } = takeUsage(r.stderr ?? '');
  const timedOut = r.error !== undefined && 'code' in r.error && r.error.code === 'ETIMEDOUT';
  return {
    status: timedOut ? -1 : (r.status ?? -1),
    stdout: r.stdout ?? '',
    stderr: timedOut ? `timed out after ${timeoutS} s` : stderr,
    ...usage,
  };
}

/** The first non-blank line of `s`, made safe for a Markdown table cell. */
function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '')?.trim() ?? '(no output on stderr)').replace(/\|/g, '\\|');
}

function heapStats(stderr: string): HeapStats | null {
  const m = HEAPSTATS_LINE.exec(stderr);
  return m ? { peak: Number(m[1]), live: Number(m[2]), collections: Number(m[3]), extent: Number(m[4]) } : null;
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The medians of the runs' maximum resident set and page faults. */
function memory(runs: Run[]): string {
  return `${mb(median(runs.map((x) => x.maxRss)))}, ${median(runs.map((x) => x.pageFaults)).toLocaleString('en-US')}`;
}

function secs(xs: number[]): string {
  return `${median(xs).toFixed(2)} s`;
}

function measure(name: string, runs: number, timeoutS: number): Result {
  const file = `${name}.py`;
  const cpython: Side = { runs: [], failed: null };
  const gilvm: Side = { runs: [], failed: null };
  // The two alternate so that both see the same load when the machine is shared.
  for (let i = 0; i < runs; i++) {
    if (cpython.failed === null) {
      const c = run(PYTHON, [file], timeoutS);
      if (c.status !== 0) cpython.failed = `exit status ${c.status}: ${firstLine(c.stderr)}`;
      else cpython.runs.push(c);
    }
    if (gilvm.failed === null) {
      const g = run(process.execPath, [BIN, file], timeoutS);
      if (g.status !== 0) gilvm.failed = firstLine(g.stderr);
      else gilvm.runs.push(g);
    }
    const c = cpython.runs[i];
    const g = gilvm.runs[i];
    console.log(
      `  ${name} run ${i + 1}: CPython ${c ? `${c.wall.toFixed(2)} s (cpu ${c.cpu.toFixed(2)} s)` : 'failed'}, ` +
        `gilvm ${g ? `${g.wall.toFixed(2)} s (cpu ${g.cpu.toFixed(2)} s)` : `failed: ${gilvm.failed}`}`,
    );
  }
  let heap: HeapStats | null = null;
  if (gilvm.failed === null) {
    const h = run(process.execPath, [BIN, '-X', 'heapstats', file], timeoutS);
    heap = h.status === 0 ? heapStats(h.stderr) : null;
  }
  let problem: string | null = null;
  if (cpython.failed !== null) problem = `CPython failed: ${cpython.failed}`;
  else if (gilvm.failed !== null) problem = `gilvm failed: ${gilvm.failed}`;
  else {
    const want = cpython.runs[0]!.stdout;
    const bad = gilvm.runs.find((g) => g.stdout !== want);
    if (bad) {
      const wl = want.split('\n');
      const gl = bad.stdout.split('\n');
      const at = wl.findIndex((l, k) => l !== gl[k]);
      problem = `output differs from CPython's at line ${at + 1}: ${JSON.stringify(gl[at] ?? '')} instead of ${JSON.stringify(wl[at] ?? '')}`;
    }
  }
  return { name, cpython, gilvm, heap, ok: problem === null, problem };
}

/** The import of issue 4's check: bundled modules a program commonly starts with. */
const IMPORTS = 'import collections, re, json, dataclasses';

/**
 * Start-up: `-c CODE` under both, alternating, `runs` times each, for an
 * empty program and for IMPORTS (one unmeasured gilvm run first, so that
 * the stdlib's __pycache__ is written before timing, as CPython's is).
 */
function startup(code: string, runs: number, timeoutS: number): { cpython: Run[]; gilvm: Run[] } {
  const cpython: Run[] = [];
  const gilvm: Run[] = [];
  run(process.execPath, [BIN, '-c', code], timeoutS);
  for (let i = 0; i < runs; i++) {
    cpython.push(run(PYTHON, ['-c', code], timeoutS));
    gilvm.push(run(process.execPath, [BIN, '-c', code], timeoutS));
  }
  return { cpython: cpython.filter((r) => r.status === 0), gilvm: gilvm.filter((r) => r.status === 0) };
}

/** One line on a start-up measurement (`what` names it). */
function startupLine(what: string, code: string, m: { cpython: Run[]; gilvm: Run[] }, runs: number): string {
  if (!m.cpython.length || !m.gilvm.length) return `${what}: not measured (\`-c "${code}"\` failed).`;
  const ratio = median(m.gilvm.map((x) => x.wall)) / median(m.cpython.map((x) => x.wall));
  return `${what} (\`-c "${code}"\`, ${runs} runs each, medians): CPython ${secs(m.cpython.map((x) => x.wall))} wall, ${secs(m.cpython.map((x) => x.cpu))} CPU; gilvm ${secs(m.gilvm.map((x) => x.wall))} wall, ${secs(m.gilvm.map((x) => x.cpu))} CPU (${ratio.toFixed(2)}× the wall time).`;
}

/** An empty program's heap peak under gilvm: what list_1m's figure is measured against. */
function emptyHeapPeak(timeoutS: number): { peak: number | null; why: string | null } {
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-bench-'));
  try {
    const file = join(dir, 'empty.py');
    writeFileSync(file, '');
    const h = run(process.execPath, [BIN, '-X', 'heapstats', file], timeoutS);
    if (h.status !== 0) return { peak: null, why: `gilvm failed: ${firstLine(h.stderr)}` };
    const s = heapStats(h.stderr);
    return s ? { peak: s.peak, why: null } : { peak: null, why: 'no `gilvm heap:` line on stderr' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const runs = Number(cliOption('--runs') ?? 5);
  const timeoutS = Number(cliOption('--timeout') ?? 600);
  const write = !process.argv.slice(2).includes('--no-write');
  const bin = cliOption('--gilvm');
  if (bin !== undefined) BIN = resolve(bin);

  const only = cliOption('--only')?.split(',');
  const names = programFiles(PROGRAMS, only).map((f) => f.slice(0, -3));
  const pyVersion = spawnSync(PYTHON, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`${names.length} programs from bench/programs, ${runs} run${runs === 1 ? '' : 's'} each under CPython ${pyVersion} (\`${PYTHON}\`) and gilvm, alternating:`);

  const results = names.map((n) => measure(n, runs, timeoutS));
  const empty = names.includes(MEMORY_PROGRAM) ? emptyHeapPeak(timeoutS) : { peak: null, why: null };
  const startLine = startupLine('Start-up, included in every time above', 'pass', startup('pass', runs, timeoutS), runs);
  const importLine = startupLine('Importing bundled modules', IMPORTS, startup(IMPORTS, runs, timeoutS), runs);

  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown').trim();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

  const rows = results.map((r) => {
    const c = r.cpython.runs;
    const g = r.gilvm.runs;
    const cpyCols = c.length ? `${secs(c.map((x) => x.wall))} | ${secs(c.map((x) => x.cpu))} | ${memory(c)}` : '— | — | —';
    if (!r.ok) return `| \`${r.name}.py\` | ${cpyCols} | ${r.problem} | | | | | |`;
    const wallRatio = median(g.map((x) => x.wall)) / median(c.map((x) => x.wall));
    const cpuRatio = median(g.map((x) => x.cpu)) / median(c.map((x) => x.cpu));
    const heap = r.heap ? `${mb(r.heap.peak)} (${r.heap.collections} collections, extent ${mb(r.heap.extent)})` : 'not reported';
    return `| \`${r.name}.py\` | ${cpyCols} | ${secs(g.map((x) => x.wall))} | ${secs(g.map((x) => x.cpu))} | ${wallRatio.toFixed(2)}× | ${cpuRatio.toFixed(2)}× | ${heap} | ${memory(g)} |`;
  });

  const timed = results.filter((r) => r.name !== MEMORY_PROGRAM);
  const timedOk = timed.filter((r) => r.ok);
  const ratio = (r: Result, k: 'wall' | 'cpu'): number => median(r.gilvm.runs.map((x) => x[k])) / median(r.cpython.runs.map((x) => x[k]));
  let timeLine: string;
  if (timedOk.length === 0) timeLine = `Time goal (geometric mean of the wall-time ratios ≤ ${TIME_GOAL}×): **not measured**, gilvm ran none of the ${timed.length} timed programs.`;
  else {
    const gw = geomean(timedOk.map((r) => ratio(r, 'wall')));
    const gc = geomean(timedOk.map((r) => ratio(r, 'cpu')));
    const partial = timedOk.length < timed.length ? ` over ${timedOk.length} of the ${timed.length} timed programs (the others did not run)` : ` over the ${timed.length} timed programs`;
    timeLine = `Geometric mean of gilvm / CPython${partial}: **${gw.toFixed(2)}×** the wall time, ${gc.toFixed(2)}× the CPU time (goal ≤ ${TIME_GOAL}× the wall time: ${gw <= TIME_GOAL && timedOk.length === timed.length ? 'met' : 'not met yet'}).`;
  }
  let memLine = '';
  const mem = results.find((r) => r.name === MEMORY_PROGRAM);
  if (mem) {
    if (!mem.ok) memLine = `Memory goal (\`${MEMORY_PROGRAM}.py\` ≤ ${mb(MEMORY_GOAL)} of heap beyond an empty program's): **not measured**, ${mem.problem}.`;
    else if (!mem.heap || empty.peak === null) memLine = `Memory goal: **not measured**, gilvm -X heapstats reported no heap peak (${empty.why ?? 'list_1m.py printed no `gilvm heap:` line'}).`;
    else {
      const extra = mem.heap.peak - empty.peak;
      memLine = `Memory: \`${MEMORY_PROGRAM}.py\` peaks at ${mb(mem.heap.peak)} of heap, an empty program at ${mb(empty.peak)}: **${mb(extra)}** for the list (${extra} bytes; goal ≤ ${mb(MEMORY_GOAL)}: ${extra <= MEMORY_GOAL ? 'met' : 'not met yet'}).`;
    }
  }

  const caCerts = process.env['NODE_EXTRA_CA_CERTS'];
  const caCertsNote =
    caCerts === undefined
      ? ''
      : ` The environment of the runs is this shell's without \`NODE_EXTRA_CA_CERTS\` (here \`${caCerts}\`), which makes Node read and parse those certificates at every start, before gilvm runs; gilvm never uses them, CPython does not read the variable, and a fresh machine does not set it.`;
  const lines = [
    START,
    `Measured ${date} by \`${process.env['PYTHON'] ? `PYTHON=${PYTHON} ` : ''}npm run bench:programs\` (\`bench/whole-program.ts\`).`,
    '',
    `- Machine: ${cpus().length} CPUs (nproc), ${cpuModel}; Node.js ${process.version}; CPython ${pyVersion} (\`${PYTHON}\`). Load average ${loadBefore} before the runs, ${load} after (other work shares the machine: compare CPU times rather than wall times when these are high).`,
    `- Commands: \`${PYTHON} PROGRAM.py\` and \`node bin/gilvm.js PROGRAM.py\` in \`bench/programs\`, ${runs} run${runs === 1 ? '' : 's'} each, alternating; medians of wall time and of CPU time (user + system) of the process, start-up included. Memory: the medians of the maximum resident set and of the (minor) page faults of the runs; gilvm's heap peak from one more run with \`-X heapstats\`.${caCertsNote}`,
    '',
    '| program | CPython wall | CPython CPU | CPython max RSS, page faults | gilvm wall | gilvm CPU | wall ratio | CPU ratio | gilvm heap peak | gilvm max RSS, page faults |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    timeLine,
    '',
    startLine,
    '',
    importLine,
    ...(memLine ? ['', memLine] : []),
    END,
  ];
  const section = lines.join('\n');
  console.log('\n' + section);
  const anyRan = results.some((r) => r.ok);
  if (!write) return;
  if (only) {
    console.log(`\nnot writing ${DOC}: a partial run (--only) would replace the full table`);
    return;
  }
  if (!anyRan) {
    console.log(`\nnot writing ${DOC}: gilvm ran none of the programs, so there are no figures to record`);
    return;
  }
  // The first time, the section goes at the end, after the compiler's sections.
  writeDocSection(
    DOC,
    START,
    END,
    section,
    'Whole programs',
    '`npm run bench:programs` (`bench/whole-program.ts`): the programs of `bench/programs` (recursive calls,\n' +
      'float arithmetic, objects and attributes, dicts and strings, integer loops, and a list of a million\n' +
      "ints) under `python3` and under gilvm. Goals (issue 3): a geometric mean of at most 3× CPython's\n" +
      'time, and at most 5 MB of heap for the list of 1,000,000 small ints.',
  );
  console.log(`\nupdated ${DOC}`);
}

main();
