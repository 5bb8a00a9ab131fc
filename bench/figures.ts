/**
 * What the thread benchmarks share: running a program that times itself and
 * prints one JSON object of figures, comparing two runtimes (or two modes) on
 * the same programs run after run, and the facts their documents state.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** A program's figures: name (its unit at the end: `_s`, `_ms`, `_us`, `_ns`) -> value. */
export type Figures = Record<string, number>;

export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

/** One run of `cmd args` in `cwd`: the figures of the last line of its output, or why there are none. */
export function runFigures(cmd: string, args: string[], cwd: string): Figures | string {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  delete env['PYTHONPATH'];
  delete env['PYTHON_GIL'];
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 600_000, input: '' });
  if (r.status !== 0) return `exit status ${r.status}: ${(r.stderr ?? '').trim().split('\n').pop() ?? ''}`;
  const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as Figures;
  } catch {
    return `no JSON figures in its output: ${last}`;
  }
}

/** A figure for a table: three significant digits or so. */
export function fmt(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3);
}

/** One side of an A/B benchmark: how the document names it, and the command for a program. */
export interface Side {
  label: string;
  command: (program: string) => [string, string[]];
}

/** A program's figures on both sides, run after run, or why a run gave none. */
export interface Comparison {
  program: string;
  a: Figures[];
  b: Figures[];
  problem: string | null;
}

/** `runs` runs of `program` (in `cwd`) on side a then side b, alternating. */
export function compare(program: string, runs: number, cwd: string, a: Side, b: Side): Comparison {
  const result: Comparison = { program, a: [], b: [], problem: null };
  for (let i = 0; i < runs && result.problem === null; i++) {
    const fa = runFigures(...a.command(program), cwd);
    const fb = runFigures(...b.command(program), cwd);
    if (typeof fa === 'string') result.problem = `${a.label}: ${fa}`;
    else result.a.push(fa);
    if (typeof fb === 'string') result.problem = `${b.label}: ${fb}`;
    else result.b.push(fb);
    console.log(`  ${program} run ${i + 1}: ${a.label} ${JSON.stringify(fa)}, ${b.label} ${JSON.stringify(fb)}`);
  }
  return result;
}

/** The table rows: each figure's median on both sides and their ratio (b / a), or the problem. */
export function comparisonRows(results: Comparison[]): string[] {
  const rows: string[] = [];
  for (const r of results) {
    if (r.problem !== null) {
      rows.push(`| \`${r.program}\` | — | — | — | — | ${r.problem.replace(/\|/g, '\\|')} |`);
      continue;
    }
    for (const key of Object.keys(r.a[0] ?? {})) {
      const a = median(r.a.map((f) => f[key]!));
      const b = median(r.b.map((f) => f[key]!));
      rows.push(`| \`${r.program}\` | \`${key}\` | ${fmt(a)} | ${fmt(b)} | ${(b / a).toFixed(2)}× | |`);
    }
  }
  return rows;
}

/** `--runs N` (default 3) and `--no-write` from the command line; the `.py` programs of `dir`, sorted. */
export function benchSetup(dir: string): { runs: number; write: boolean; programs: string[] } {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--runs');
  return {
    runs: i >= 0 ? Number(argv[i + 1]) : 3,
    write: !argv.includes('--no-write'),
    programs: readdirSync(dir)
      .filter((f) => f.endsWith('.py'))
      .sort(),
  };
}

/** The value after `name` on this process's command line (`--runs 5`), or undefined. */
export function cliOption(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The `.py` files of `dir`, sorted; with `only`, those whose name without `.py` it holds. */
export function programFiles(dir: string, only?: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py') && (!only || only.includes(f.slice(0, -3))))
    .sort();
}

/**
 * CPython's own executable: `sys.executable` of `python`, so that a launcher in front of it
 * (pyenv's shim, a shell script that starts several processes: 80-100 ms a start) is not timed
 * as CPython's; `python` itself when that fails.
 */
export function pythonExecutable(python: string): string {
  const r = spawnSync(python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : python;
}

/** The load average's three figures now. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** The machine line's facts and the time of the measurement, as the documents state them. */
export function machineFacts(): { cpus: number; cpuModel: string; date: string } {
  return {
    cpus: cpus().length,
    cpuModel: (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown').trim(),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}
