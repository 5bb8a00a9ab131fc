/**
 * What the thread benchmarks share: running a program that times itself and
 * prints one JSON object of figures, and summing up several runs.
 */
import { spawnSync } from 'node:child_process';

/** A program's figures: name (its unit at the end: `_s`, `_ms`, `_us`, `_ns`) -> value. */
export type Figures = Record<string, number>;

export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
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
