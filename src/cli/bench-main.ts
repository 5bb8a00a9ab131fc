/**
 * `gilvm bench [--threads 1,2,4] [--modes gil,nogil] [--runs N] [--json F]
 *  [--html F] FILE.py [args...]`
 *
 * Runs a program at every thread count in every mode, N times each, as child
 * processes `node bin/gilvm.js -X gil=1|0 --stats-json TMP FILE args...`,
 * where `{threads}` in the args and GILVM_THREADS in the environment are the
 * thread count. Shows progress on stderr; prints a table (median wall time,
 * speedup against the mode's 1-thread run, efficiency, GIL wait share) and
 * writes the figures as JSON and as an HTML page with a speedup plot against
 * the ideal line (bench-html.ts).
 *
 * The wall time is the program's (its stats' wall_s: from the main thread's
 * start to its end), not the process's, so Node's start-up does not blur
 * small programs; the process's time is kept in the JSON too. Runs are
 * interleaved (every combination once, then again) so that a machine's
 * drift spreads over all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArgparseExit } from './argparse.js';
import { benchHtml } from './bench-html.js';
import { discardEarlyWorker } from './early-worker.js';
import type { CliIO } from './io.js';
import { gilvmBin } from './gilvm-bin.js';
import { textTable } from './stats-format.js';
import type { StatsReport } from './stats-format.js';

export type BenchMode = 'gil' | 'nogil';

export interface BenchOptions {
  threads: number[];
  modes: BenchMode[];
  runs: number;
  json?: string;
  html?: string;
  file: string;
  args: string[];
  /** Per run, in seconds (default 600). */
  timeoutS: number;
}

/** One run of one combination. */
export interface BenchRun {
  status: number | null;
  /** The program's wall time (its stats), seconds; null when it failed. */
  wall_s: number | null;
  process_wall_s: number;
  gil_wait_share: number | null;
  measured_mode: string | null;
  error?: string;
}

export interface BenchRow {
  mode: BenchMode;
  threads: number;
  runs: BenchRun[];
  median_wall_s: number | null;
  speedup: number | null;
  efficiency: number | null;
  gil_wait_share: number | null;
  measured_mode: string | null;
}

export interface BenchResult {
  program: string;
  args: string[];
  threads: number[];
  modes: BenchMode[];
  runs: number;
  date: string;
  machine: { cpus: number; node: string; platform: string };
  rows: BenchRow[];
  notes: string[];
}

const USAGE =
  'usage: gilvm bench [--threads 1,2,4] [--modes gil,nogil] [--runs N] [--json F] [--html F] [--timeout S] FILE.py [args...]\n';

export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const o: BenchOptions = { threads: [1, 2, 4], modes: ['gil', 'nogil'], runs: 3, file: '', args: [], timeoutS: 600 };
  let i = 0;
  const fail = (msg: string): never => {
    throw new ArgparseExit(2, '', `gilvm bench: ${msg}\n${USAGE}`);
  };
  while (i < args.length) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') throw new ArgparseExit(0, USAGE, '');
    if (!a.startsWith('--')) break;
    i++;
    if (a === '--') break;
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    const value = (): string => {
      if (eq >= 0) return a.slice(eq + 1);
      if (i >= args.length) return fail(`${name} needs a value`);
      return args[i++]!;
    };
    switch (name) {
      case '--threads': {
        const v = value();
        const ns = v.split(',').map((s) => Number(s.trim()));
        if (ns.length === 0 || ns.some((n) => !Number.isInteger(n) || n < 1)) fail(`bad --threads ${JSON.stringify(v)}: positive integers, comma-separated`);
        o.threads = [...new Set(ns)].sort((x, y) => x - y);
        break;
      }
      case '--modes': {
        const v = value();
        const ms = v.split(',').map((s) => s.trim());
        for (const m of ms) if (m !== 'gil' && m !== 'nogil') fail(`bad mode ${JSON.stringify(m)}: gil or nogil`);
        o.modes = [...new Set(ms)] as BenchMode[];
        break;
      }
      case '--runs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) fail('--runs needs a positive integer');
        o.runs = n;
        break;
      }
      case '--timeout': {
        const n = Number(value());
        if (!(n > 0)) fail('--timeout needs a positive number of seconds');
        o.timeoutS = n;
        break;
      }
      case '--json':
        o.json = value();
        break;
      case '--html':
        o.html = value();
        break;
      default:
        fail(`unknown option ${name}`);
    }
  }
  if (i >= args.length) fail('no program given');
  o.file = args[i]!;
  o.args = args.slice(i + 1);
  return o;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function runOnce(o: BenchOptions, mode: BenchMode, threads: number, io: CliIO, bin: string, dir: string, k: number): BenchRun {
  const statsFile = join(dir, `run-${k}.json`);
  const args = o.args.map((a) => a.split('{threads}').join(String(threads)));
  const argv = [bin, '-X', `gil=${mode === 'gil' ? 1 : 0}`, '--stats-json', statsFile, o.file, ...args];
  const env: Record<string, string> = {};
  for (const [key, v] of Object.entries(io.env)) if (v !== undefined) env[key] = v;
  env['GILVM_THREADS'] = String(threads);
  delete env['PYTHON_GIL'];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, {
    cwd: io.cwd,
    env,
    input: '',
    encoding: 'utf8',
    timeout: o.timeoutS * 1000,
    maxBuffer: 64 << 20,
  });
  const processWall = (performance.now() - t0) / 1000;
  const failed = (error: string): BenchRun => ({
    status: r.status,
    wall_s: null,
    process_wall_s: processWall,
    gil_wait_share: null,
    measured_mode: null,
    error,
  });
  if (r.error) return failed(r.error.message);
  if (r.status !== 0) {
    const last = (r.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
    return failed(`exit status ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${last}`);
  }
  let report: StatsReport;
  try {
    report = JSON.parse(readFileSync(statsFile, 'utf8')) as StatsReport;
  } catch (e) {
    return failed(`no statistics: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    status: 0,
    wall_s: report.wall_s,
    process_wall_s: processWall,
    gil_wait_share: report.totals.gil_wait_share,
    measured_mode: report.mode,
  };
}

/** Run every combination (progress on stderr through `io`). */
export function runBench(o: BenchOptions, io: CliIO): BenchResult {
  const bin = gilvmBin(io.env);
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-bench-'));
  const combos: { mode: BenchMode; threads: number }[] = [];
  for (const mode of o.modes) for (const threads of o.threads) combos.push({ mode, threads });
  const runs = new Map<string, BenchRun[]>(combos.map((c) => [`${c.mode}/${c.threads}`, []]));
  const total = combos.length * o.runs;
  let k = 0;
  try {
    for (let r = 0; r < o.runs; r++) {
      for (const c of combos) {
        k++;
        const run = runOnce(o, c.mode, c.threads, io, bin, dir, k);
        runs.get(`${c.mode}/${c.threads}`)!.push(run);
        const what = run.wall_s !== null ? `${run.wall_s.toFixed(3)} s` : `failed: ${run.error}`;
        io.stderr(`[${k}/${total}] ${c.mode}, ${c.threads} thread${c.threads === 1 ? '' : 's'}, run ${r + 1}/${o.runs}: ${what}\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const mode of o.modes) {
    const base = o.threads[0]!;
    let baseWall: number | null = null;
    for (const threads of o.threads) {
      const rs = runs.get(`${mode}/${threads}`)!;
      const ok = rs.filter((x) => x.wall_s !== null);
      const wall = median(ok.map((x) => x.wall_s!));
      if (threads === base) baseWall = wall;
      const speedup = wall !== null && baseWall !== null && wall > 0 ? baseWall / wall : null;
      const measured = ok.length > 0 ? ok[ok.length - 1]!.measured_mode : null;
      rows.push({
        mode,
        threads,
        runs: rs,
        median_wall_s: wall,
        speedup,
        efficiency: speedup !== null ? speedup / (threads / base) : null,
        gil_wait_share: median(ok.map((x) => x.gil_wait_share!)),
        measured_mode: measured,
      });
    }
  }
  if (o.modes.includes('nogil') && rows.some((r) => r.mode === 'nogil' && r.measured_mode === 'gil')) {
    notes.push('nogil runs (-X gil=0) reported GIL mode: their figures measure the GIL, not free-threading.');
  }
  if (o.threads[0] !== 1) notes.push(`speedup is against ${o.threads[0]} threads (the smallest count asked for).`);
  return {
    program: o.file,
    args: o.args,
    threads: o.threads,
    modes: o.modes,
    runs: o.runs,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` },
    rows,
    notes,
  };
}

export function benchTable(res: BenchResult): string {
  const fmt = (x: number | null, f: (v: number) => string): string => (x === null ? 'failed' : f(x));
  const table = textTable(
    ['mode', 'threads', 'median wall', 'speedup', 'efficiency', 'GIL wait share', 'runs ok'],
    res.rows.map((r) => [
      r.mode + (r.measured_mode !== null && r.measured_mode !== (r.mode === 'gil' ? 'gil' : 'free-threading') ? ` (ran: ${r.measured_mode})` : ''),
      String(r.threads),
      fmt(r.median_wall_s, (v) => `${v.toFixed(3)} s`),
      fmt(r.speedup, (v) => `${v.toFixed(2)}x`),
      fmt(r.efficiency, (v) => `${(v * 100).toFixed(0)}%`),
      fmt(r.gil_wait_share, (v) => `${(v * 100).toFixed(1)}%`),
      `${r.runs.filter((x) => x.wall_s !== null).length}/${r.runs.length}`,
    ]),
  );
  return (
    `${res.program}${res.args.length ? ' ' + res.args.join(' ') : ''}: median of ${res.runs} run${res.runs === 1 ? '' : 's'}, ${res.machine.cpus} CPUs\n${table}` +
    sideBySide(res) +
    res.notes.map((n) => `note: ${n}\n`).join('')
  );
}

/** With two modes or more, one line per thread count: each mode's wall time, speedup and GIL wait share next to the other's. */
function sideBySide(res: BenchResult): string {
  if (res.modes.length < 2) return '';
  const header = ['threads'];
  for (const m of res.modes) header.push(`${m} wall`, `${m} speedup`, `${m} wait`);
  const rows = res.threads.map((n) => {
    const cells = [String(n)];
    for (const m of res.modes) {
      const r = res.rows.find((x) => x.mode === m && x.threads === n)!;
      cells.push(
        r.median_wall_s === null ? 'failed' : `${r.median_wall_s.toFixed(3)} s`,
        r.speedup === null ? '-' : `${r.speedup.toFixed(2)}x`,
        r.gil_wait_share === null ? '-' : `${(r.gil_wait_share * 100).toFixed(1)}%`,
      );
    }
    return cells;
  });
  return `\nside by side:\n${textTable(header, rows)}`;
}

export function benchMain(args: readonly string[], io: CliIO): number {
  // The worker bin/gilvm.js booted for a program is not needed: the runs are child processes.
  discardEarlyWorker();
  const o = parseBenchArgs(args);
  if (!existsSync(resolve(io.cwd, o.file))) {
    io.stderr(`gilvm bench: can't open file ${JSON.stringify(o.file)}\n`);
    return 2;
  }
  const res = runBench(o, io);
  io.stdout(benchTable(res));
  if (o.json !== undefined) writeFileSync(resolve(io.cwd, o.json), JSON.stringify(res, null, 2) + '\n');
  if (o.html !== undefined) writeFileSync(resolve(io.cwd, o.html), benchHtml(res));
  const failures = res.rows.reduce((n, r) => n + r.runs.filter((x) => x.wall_s === null).length, 0);
  return failures > 0 ? 1 : 0;
}
