/**
 * `compileall -j N`: compile a folder's files on N worker threads (piscina).
 * Each task is one file; its output lines come back with it and are printed
 * in file order, so a parallel run prints what a serial one does.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CompileFileOptions } from './compileall.js';
import type { CompileTask, CompileTaskResult } from './compileall-worker.js';
import type { CliIO } from './io.js';

const WORKER = new URL('./compileall-worker.js', import.meta.url);

/** Whether the worker module exists (it does once built; not when running from src/ under vitest). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

export async function compileInWorkers(
  files: readonly string[],
  opts: CompileFileOptions,
  io: CliIO,
  threads: number,
): Promise<boolean> {
  if (files.length === 0) return true;
  const pool = new Piscina({
    filename: WORKER.href,
    minThreads: Math.min(threads, files.length),
    maxThreads: Math.min(threads, files.length),
    idleTimeout: 1000,
  });
  try {
    const pending = files.map((file) => {
      const task: CompileTask = {
        file,
        cwd: io.cwd,
        force: opts.force,
        quiet: opts.quiet,
        rx: opts.rx?.source ?? null,
        stripdir: opts.stripdir ?? null,
        prependdir: opts.prependdir ?? null,
        limitSlDest: opts.limitSlDest ?? null,
      };
      return pool.run(task) as Promise<CompileTaskResult>;
    });
    let success = true;
    for (const p of pending) {
      const r = await p;
      if (!r.ok) success = false;
      if (r.output) io.stdout(r.output);
    }
    return success;
  } finally {
    await pool.destroy();
  }
}
