/**
 * The worker that runs Python's main thread, started as early as the process
 * allows. A worker takes about 0.2 s of CPU to boot (Node's worker bootstrap,
 * the bundled interpreter, the heap's built-in objects); the main thread needs
 * about as long to load the compiler and compile `__main__`. Started first
 * (bin/gilvm.js calls startEarlyWorker before it loads the CLI), the worker
 * boots while the main thread compiles, on another core. It then waits for
 * its StartMain message (workers/protocol.ts); run-program.ts takes it.
 *
 * This module imports nothing of gilvm's, so that bin/gilvm.js can load it
 * before the rest of the CLI.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LoaderOptions } from '../../workers/python-loader.cjs';

/** Command-line switches after which no Python program runs in a worker. */
const NO_PROGRAM_SWITCHES = new Set(['-h', '-?', '--help', '-V', '--version']);
/** `-m` modules the main thread runs itself (src/cli/main.ts's NATIVE_MODULES). */
export const MAIN_THREAD_MODULES = ['dis', 'py_compile', 'compileall'] as const;

/**
 * The early worker, kept on globalThis rather than in a module variable:
 * bin/gilvm.js starts it from one copy of this module (early-worker.bundle.cjs,
 * or the ES module where there are no bundles), and the CLI, run from its own
 * bundle, takes it from another (both made by tools/bundle-cli.mjs).
 */
const holder = globalThis as typeof globalThis & { __gilvmEarlyWorker?: Worker | null };

/**
 * A new worker for Python's main thread, waiting for its StartMain message.
 * `loaderOptions`: workers/python-loader.cts's (the build's heap-image run).
 */
export function spawnPythonWorker(loaderOptions?: LoaderOptions): Worker {
  return new Worker(workerScript(), {
    workerData: loaderOptions,
    // Python calls made from TypeScript (slots, generators resumed by `yield from`, __init__
    // through type.__call__) nest on the JS stack: give it room for deep Python recursion.
    resourceLimits: { stackSizeMb: 512 },
    stdout: false,
    stderr: false,
  });
}

/**
 * Start the worker now if the command line (process.argv after the script)
 * will probably run a program. A wrong guess costs only CPU: main() discards
 * a worker nobody took (discardEarlyWorker).
 */
export function startEarlyWorker(args: readonly string[]): void {
  if ((holder.__gilvmEarlyWorker ?? null) !== null || !commandLineRunsProgram(args)) return;
  const worker = spawnPythonWorker();
  // Until the CLI takes it, the worker must not keep the process alive.
  worker.unref();
  holder.__gilvmEarlyWorker = worker;
}

/** The early worker, once (null: none was started, or it was taken). */
export function takeEarlyWorker(): Worker | null {
  const worker = holder.__gilvmEarlyWorker ?? null;
  holder.__gilvmEarlyWorker = null;
  worker?.ref();
  return worker;
}

/** Stop an early worker that no program took (help, version, a SyntaxError, `-m dis`). */
export function discardEarlyWorker(): void {
  const worker = holder.__gilvmEarlyWorker ?? null;
  holder.__gilvmEarlyWorker = null;
  if (worker !== null) void worker.terminate();
}

/** A cheap reading of the options: only the ones that mean "no program" matter. */
export function commandLineRunsProgram(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (NO_PROGRAM_SWITCHES.has(arg)) return false;
    if (arg === '-m' || (arg.startsWith('-m') && arg.length > 2)) {
      const module = arg === '-m' ? args[i + 1] : arg.slice(2);
      return module === undefined || !(MAIN_THREAD_MODULES as readonly string[]).includes(module);
    }
    // -c, a script or `-` ends the options; -X and -W take a value.
    if (arg === '-X' || arg === '-W') i++;
    else if (!arg.startsWith('-') || arg === '-' || arg.startsWith('-c')) return true;
  }
  return true;
}

/**
 * The worker's script: dist/workers/python-loader.cjs in the build, beside
 * this module's dist/src/cli; when this module runs from the TypeScript
 * sources (tests), the build's copy.
 */
export function workerScript(): URL {
  const built = new URL('../../workers/python-loader.cjs', import.meta.url);
  if (existsSync(built)) return built;
  return new URL('../../dist/workers/python-loader.cjs', import.meta.url);
}
