/**
 * Running Python from TypeScript (issue 7): for teaching sites, notebooks and
 * tests that embed gilvm.
 *
 *     import { runPython } from 'gilvm';
 *     const r = await runPython({ source: 'print(2 + 2)', mode: 'gil', switchInterval: 0.001 });
 *     r.status; r.stdout; r.stats?.threads[0]?.gil_wait_s;
 *
 * Each call runs the program in a child process (`node bin/gilvm.js`), as
 * `gilvm --stats-json` would: a Python program owns its process's standard
 * streams (its threads write to fd 1 and 2 directly) and its exit, so a
 * child keeps the caller's process untouched and lets calls run side by side.
 * The statistics are the `--stats-json` document (src/cli/stats-format.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gilvmBin } from './cli/gilvm-bin.js';
import { runPythonArgs, type RunPythonOptions } from './run-command.js';
import type { StatsReport } from './cli/stats-format.js';
import type { TraceDocument } from './cli/stats-trace.js';

export { runPythonArgs, type RunPythonOptions };

export interface RunPythonResult {
  /** The exit status (0, 1 for an uncaught exception, SystemExit's code…); null when killed. */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Every thread's GIL figures (`--stats-json`), or null if the program ended before its main thread could report them. */
  stats: StatsReport | null;
  /** With `trace: true`: the timeline (`--trace`). */
  trace: TraceDocument | null;
  /** The program's wall time as this process saw it (Node's start-up included), in seconds. */
  processWallS: number;
}

export function runPython(o: RunPythonOptions): Promise<RunPythonResult> {
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-api-'));
  const statsFile = join(dir, 'stats.json');
  const traceFile = o.trace ? join(dir, 'trace.json') : null;
  let argv: string[];
  try {
    argv = runPythonArgs(o, statsFile, traceFile);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return Promise.reject(e);
  }
  const bin = o.gilvmBin !== undefined ? resolve(o.gilvmBin) : gilvmBin();
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...argv], {
      cwd: o.cwd ?? process.cwd(),
      env: o.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(o.timeoutMs !== undefined ? { timeout: o.timeoutMs } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {
      // the program exited without reading all of its input
    });
    child.stdin.end(o.stdin ?? '');
    child.on('error', (e) => {
      rmSync(dir, { recursive: true, force: true });
      fail(e);
    });
    child.on('close', (status, signal) => {
      const readJson = <T>(file: string | null): T | null => {
        if (file === null) return null;
        try {
          return JSON.parse(readFileSync(file, 'utf8')) as T;
        } catch {
          return null;
        }
      };
      const result: RunPythonResult = {
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stats: readJson<StatsReport>(statsFile),
        trace: readJson<TraceDocument>(traceFile),
        processWallS: (performance.now() - t0) / 1000,
      };
      rmSync(dir, { recursive: true, force: true });
      done(result);
    });
  });
}

/** Write a program's text to a file and run it (so that tracebacks show its lines), then remove the file. */
export async function runPythonSource(source: string, o: Omit<RunPythonOptions, 'file' | 'source'> & { filename?: string } = {}): Promise<RunPythonResult> {
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-src-'));
  const file = join(dir, o.filename ?? 'main.py');
  writeFileSync(file, source);
  try {
    return await runPython({ ...o, file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
