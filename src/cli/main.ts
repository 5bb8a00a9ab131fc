/**
 * `gilvm [option] ... (-c cmd | -m mod | file | -) [arg] ...`
 *
 * The entry point behind `bin/gilvm.js`. It parses the command line
 * (`options.ts`), then:
 *
 * - `-m dis`, `-m py_compile`, `-m compileall` run natively (no interpreter
 *   needed): `dis-main.ts`, `py-compile.ts`, `compileall.ts`;
 * - no program, with stdin a terminal (or `-i`): the interactive prompt
 *   (`repl-loop.ts`, in the worker that runs Python);
 * - a script, `-c`, stdin or another `-m` module is found, read, decoded and
 *   compiled; a SyntaxError is printed as CPython prints an uncaught one
 *   (exit 1); a program that compiles goes to `runProgram` (`run-program.ts`),
 *   the one place the interpreter will plug in.
 *
 * Messages and exit statuses are CPython's: 2 for a bad command line or a
 * script that cannot be opened, 1 for an uncaught error. Anything else that
 * goes wrong is a gilvm bug: `gilvm: internal error: ...`, exit 70
 * (EX_SOFTWARE); set GILVM_TRACEBACK=1 to see the JS stack.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { CodeObject } from '../bytecode/code.js';
import { ArgparseExit } from './argparse.js';
import type { Frontend } from './frontend.js';
import { CaptureIO, ProcessIO } from './io.js';
import type { CliIO } from './io.js';
import { helpText, parseCommandLine, PROGRAM_NAME, shortUsage } from './options.js';
import type { RunConfig } from './options.js';
import type { MainProgram } from './run-program.js';
import { errnoText, isErrnoError } from './oserror.js';
import { formatUncaughtSyntaxError, pyRepr } from './syntax-error.js';
import { replBanner } from './repl-banner.js';
import { replStartupCode } from './repl-startup.js';
import { versionText } from './version.js';
import { stdlibPath } from '../package-root.js';
import { discardEarlyWorker, MAIN_THREAD_MODULES } from './early-worker.js';

export { CaptureIO, ProcessIO };
export type { CliIO, MainProgram };

/** Exit status for an internal error (a gilvm bug): BSD's EX_SOFTWARE. */
export const EXIT_INTERNAL_ERROR = 70;

/** Modules gilvm runs without an interpreter (early-worker.ts's MAIN_THREAD_MODULES names them). */
const NATIVE_MODULES: Record<(typeof MAIN_THREAD_MODULES)[number], (args: string[], io: CliIO, fe: Frontend) => number | Promise<number>> = {
  dis: async (args, io, fe) => (await import('./dis-main.js')).disMain(args, io, fe),
  py_compile: async (args, io, fe) => (await import('./py-compile.js')).pyCompileMain(args, io, fe),
  compileall: async (args, io, fe) => (await import('./compileall.js')).compileallMain(args, io, fe),
};

/** Replaces parts of the CLI, for tests (and, later, embedders). */
export interface CliHooks {
  /** Run the compiled `__main__` (default: run-program.ts's runProgram). */
  runProgram?: (config: RunConfig, main: MainProgram, io: CliIO) => number | Promise<number>;
}

/**
 * Run the CLI with `argv` (without `node` and the script) and return the
 * exit status. Never throws.
 */
export async function runCli(argv: readonly string[], io: CliIO = new CaptureIO(), cliHooks: CliHooks = {}): Promise<number> {
  try {
    return await runCliUnguarded(argv, io, cliHooks);
  } catch (e) {
    if (e instanceof ArgparseExit) {
      if (e.stdout) io.stdout(e.stdout);
      if (e.stderr) io.stderr(e.stderr);
      return e.status;
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.stderr(`${PROGRAM_NAME}: internal error: ${detail}\n`);
    if (io.env['GILVM_TRACEBACK'] && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return EXIT_INTERNAL_ERROR;
  }
}

async function runCliUnguarded(argv: readonly string[], io: CliIO, hooks: CliHooks): Promise<number> {
  // `gilvm bench ...`: runs a program at several thread counts and modes (src/cli/bench-main.ts).
  if (argv[0] === 'bench') return (await import('./bench-main.js')).benchMain(argv.slice(1), io);
  const parsed = parseCommandLine(argv, io.env);
  switch (parsed.action) {
    case 'help':
      io.stdout(helpText());
      return 0;
    case 'version':
      io.stdout(versionText(parsed.level));
      return 0;
    case 'usage-error':
      io.stderr(`${parsed.message}\n${shortUsage()}`);
      return 2;
    case 'fatal':
      io.stderr(`Fatal Python error: ${parsed.func}: ${parsed.message}\nPython runtime state: preinitialized\n\n`);
      return 1;
    case 'run':
      return runConfig(parsed.config, io, hooks);
  }
}

async function runConfig(config: RunConfig, io: CliIO, hooks: CliHooks): Promise<number> {
  const program = config.program;
  const { loadFrontend } = await import('./frontend.js');
  const fe = await loadFrontend();
  const run: Runner = { config, io, fe, hooks };

  if (program.kind === 'module') {
    const native = Object.hasOwn(NATIVE_MODULES, program.module)
      ? NATIVE_MODULES[program.module as (typeof MAIN_THREAD_MODULES)[number]]
      : undefined;
    if (native) return native(config.argv.slice(1), io, fe);
    // sys.path's order: the current folder, PYTHONPATH, then the bundled standard library
    const stdlib = stdlibPath();
    const found = findModule(program.module, [io.cwd, ...config.pythonPath, ...(stdlib === '' ? [] : [stdlib])]);
    if (found === null) {
      io.stderr(`${PROGRAM_NAME}: No module named ${program.module}\n`);
      return 1;
    }
    // runpy imports the module: its code comes through the import system,
    // __pycache__ included (written unless -B / PYTHONDONTWRITEBYTECODE).
    const argv = [found, ...config.argv.slice(1)];
    const verbose = config.verbose > 0 ? (line: string) => io.stderr(line + '\n') : undefined;
    // A package runs as its __main__ submodule (runpy's name for it: `pkg.__main__`).
    const mainModule = found.endsWith(`${sep}__main__.py`) && !found.endsWith(`${sep}${program.module.split('.').join(sep)}.py`)
      ? `${program.module}.__main__`
      : program.module;
    return compileAndRun(
      run,
      () => fe.getModuleCode(found, { dontWriteBytecode: config.dontWriteBytecode, ...(verbose ? { verbose } : {}) }),
      { argv, path0: io.cwd, file: found, mainModule },
    );
  }

  if (program.kind === 'command') {
    // CPython compiles -c as text (no coding cookie applies), with a newline added.
    return compileAndRun(run, () => fe.compileProgram({ text: program.command + '\n' }, '<string>'), {
      argv: config.argv,
      path0: '',
      file: null,
    });
  }

  if (program.kind === 'stdin') {
    if (io.stdinIsTTY || config.inspect) {
      // The interactive prompt (src/cli/repl-loop.ts), after PYTHONSTARTUP's file if any.
      if (!config.quiet) io.stderr(replBanner());
      return compileAndRun(run, () => replStartupCode(fe, io), {
        argv: config.argv,
        path0: '',
        file: null,
        interactive: true,
      });
    }
    const bytes = io.readStdin();
    return compileAndRun(run, () => fe.compileProgram({ bytes, filenameIsFile: false, readAsFile: true }, '<stdin>'), {
      argv: config.argv,
      path0: '',
      file: null,
    });
  }

  // A script: CPython reports (and compiles) it under its absolute path.
  let path = resolve(io.cwd, program.path);
  let path0: string | null = null;
  try {
    if (statSync(path).isDirectory()) {
      path0 = path;
      const main = join(path, '__main__.py');
      if (!isFile(main)) {
        io.stderr(`${PROGRAM_NAME}: can't find '__main__' module in ${pyRepr(path)}\n`);
        return 1;
      }
      path = main;
    }
  } catch {
    // reported by the read below
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    if (!isErrnoError(e)) throw e;
    io.stderr(`${PROGRAM_NAME}: can't open file ${pyRepr(path)}: ${errnoText(e)}\n`);
    return 2;
  }
  const setup: MainSetup = { argv: config.argv, path0: path0 ?? dirname(realpathOr(path)), file: path };
  const pyc = fe.loadPycProgram(path, bytes);
  if (pyc !== null) {
    if ('error' in pyc) {
      io.stderr(pyc.error + '\n');
      return 1;
    }
    return compileAndRun(run, () => pyc, setup);
  }
  return compileFileAndRun(run, bytes, path, setup);
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

type MainSetup = Omit<MainProgram, 'code'>;

/** What running one command line needs. */
interface Runner {
  config: RunConfig;
  io: CliIO;
  fe: Frontend;
  hooks: CliHooks;
}

/** A program read from a file: its SyntaxErrors show the file's line (see UncaughtOptions). */
function compileFileAndRun(run: Runner, bytes: Uint8Array, path: string, setup: MainSetup): Promise<number> | number {
  let text: string | undefined;
  try {
    text = run.fe.decodeSource(bytes, path);
  } catch {
    text = undefined; // compileProgram reports it
  }
  return compileAndRun(
    run,
    () => run.fe.compileProgram({ bytes, filenameIsFile: true, readAsFile: true }, path),
    setup,
    () => text,
  );
}

function compileAndRun(
  { config, io, fe, hooks }: Runner,
  compile: () => CodeObject,
  setup: MainSetup,
  fileSource: () => string | undefined = () => undefined,
): Promise<number> | number {
  let code: CodeObject;
  try {
    code = compile();
  } catch (e) {
    if (fe.isPyCompileError(e)) {
      const source = fileSource();
      io.stderr(formatUncaughtSyntaxError(e, source === undefined ? {} : { fileSource: source }));
      return 1;
    }
    throw e;
  }
  // -i: the interactive prompt after the program.
  const mainProgram: MainProgram = config.inspect ? { code, ...setup, interactive: true } : { code, ...setup };
  if (hooks.runProgram) return hooks.runProgram(config, mainProgram, io);
  // --stats, --stats-json, --trace, --report: src/cli/stats-run.ts.
  if (config.reports) return import('./stats-run.js').then((m) => m.runWithReports(config, mainProgram, io));
  return import('./run-program.js').then((m) => m.runProgram(config, mainProgram, io));
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** `a.b` on the search path: `a/b.py`, or a package's `a/b/__main__.py`. */
function findModule(name: string, searchPath: readonly string[]): string | null {
  if (name === '' || name.split('.').some((part) => !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(part))) return null;
  const rel = name.split('.');
  for (const dir of searchPath) {
    const base = join(dir, ...rel);
    if (isFile(base + '.py')) return resolve(base + '.py');
    if (isFile(join(base, '__main__.py'))) return resolve(join(base, '__main__.py'));
  }
  return null;
}

/** The process entry point (`bin/gilvm.js`). */
export async function main(): Promise<void> {
  const io = new ProcessIO();
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') io.stdoutClosed();
    else process.exitCode = EXIT_INTERNAL_ERROR;
  });
  process.stderr.on('error', () => {
    // nowhere left to report it
  });
  let status: number;
  try {
    status = await runCli(process.argv.slice(2), io);
  } finally {
    discardEarlyWorker();
  }
  io.flush();
  if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = status;
}
