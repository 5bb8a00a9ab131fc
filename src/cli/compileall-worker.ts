/**
 * The worker side of `compileall -j`: compiles one file per task with the
 * same `compileFile` the serial path uses, and returns its output.
 */
import { compileFile } from './compileall.js';
import { loadFrontend } from './frontend.js';

export interface CompileTask {
  file: string;
  cwd: string;
  force: boolean;
  quiet: number;
  rx: string | null;
  stripdir: string | null;
  prependdir: string | null;
  limitSlDest: string | null;
}

export interface CompileTaskResult {
  ok: boolean;
  output: string;
}

export default async function compileTask(task: CompileTask): Promise<CompileTaskResult> {
  const fe = await loadFrontend();
  const out: string[] = [];
  const ok = compileFile(
    task.file,
    {
      force: task.force,
      quiet: task.quiet,
      rx: task.rx === null ? null : new RegExp(task.rx),
      stripdir: task.stripdir,
      prependdir: task.prependdir,
      limitSlDest: task.limitSlDest,
    },
    task.cwd,
    fe,
    out,
  );
  return { ok, output: out.join('') };
}
