/**
 * Running a compiled program: the Node main thread sends the program to the
 * worker that runs Python's main thread (workers/python-main.ts; started
 * early by src/cli/early-worker.ts, or here) and waits for its exit status;
 * it never runs Python code itself.
 */
import { isatty } from 'node:tty';
import type { CodeObject } from '../bytecode/code.js';
import { serializeCode } from '../bytecode/marshal.js';
import { parseHeapSize } from '../heap/memory.js';
import { SignalServer } from './signal-server.js';
import { ProcessServer } from './process-server.js';
import { isProcessRequest } from '../lib/process-protocol.js';
import { adviseHugePages } from '../heap/huge-pages.js';
import { startPageToucher, type PageToucher } from '../heap/page-toucher.js';
import type { FromMain, StartMain } from '../../workers/protocol.js';
import { spawnPythonWorker, takeEarlyWorker } from './early-worker.js';
import { answerChdir } from './chdir-server.js';
import { ThreadPool } from './thread-pool.js';
import type { ProgramStats } from '../vm/thread-stats.js';
import { stdoutModeFor } from '../vm/stdio.js';

import { ProcessIO, type CliIO } from './io.js';
import type { RunConfig } from './options.js';
import { newReplChannel } from './repl-channel.js';
import { CapturedLines, TerminalLines, type LineServer } from './repl-terminal.js';

/** The `__main__` module to run, as CPython's pymain_run_python sets it up. */
export interface MainProgram {
  /** The module's code (co_filename: the script's absolute path, `<string>` or `<stdin>`). */
  code: CodeObject;
  /**
   * `sys.argv`: RunConfig.argv, except that for `-m` argv[0] is the module's
   * file (as runpy sets it).
   */
  argv: string[];
  /**
   * `sys.path[0]`: the script's folder (symlinks resolved) or the folder run
   * as a script, the current folder for `-m`, `''` for `-c` and stdin.
   */
  path0: string;
  /** `__main__.__file__`: the script or module file; null for `-c` and stdin. */
  file: string | null;
  /** `-m`: the module's full name (`pkg.__main__` for a package), for `__spec__` and `__package__`. */
  mainModule?: string;
  /** Then the interactive prompt (no program on a terminal, or `-i`): src/cli/repl-loop.ts. */
  interactive?: boolean;
}

/** Exit status when the worker died without reporting one (a bug in gilvm). */
const INTERNAL_ERROR_STATUS = 70;

/** What the caller wants besides the exit status (the reports of `gilvm --stats` and friends, issue 7). */
export interface RunHooks {
  /** Called with every thread's counters when the program ends, before the promise resolves. */
  onStats?: (stats: ProgramStats) => void;
  /** Record each thread's timeline of GIL states (ProgramStats' `events`). */
  trace?: boolean;
}

export function runProgram(config: RunConfig, main: MainProgram, io: CliIO, hooks: RunHooks = {}): Promise<number> {
  const heapsize = config.xoptions.get('heapsize');
  let maxHeap: number | undefined;
  if (typeof heapsize === 'string') {
    const n = parseHeapSize(heapsize);
    if (n === null) {
      io.stderr(`Fatal Python error: config_init_xoptions: -X heapsize: invalid size '${heapsize}'\n`);
      return Promise.resolve(1);
    }
    maxHeap = n;
  }
  const start: StartMain = {
    code: serializeCode(main.code),
    argv: main.argv,
    path0: main.path0,
    file: main.file,
    ...(main.mainModule !== undefined ? { mainModule: main.mainModule } : {}),
    maxHeap,
    gcStress: config.xoptions.has('gcstress'),
    ...(config.gilSet ? { gil: config.gil ? 1 : 0 } : {}),
    heapStats: config.xoptions.has('heapstats'),
    pythonPath: config.pythonPath,
    dontWriteBytecode: config.dontWriteBytecode,
    verbose: config.verbose,
    unbuffered: config.unbuffered,
    ttys: (io.stdinIsTTY ? 1 : 0) | (isatty(1) ? 2 : 0),
    xoptions: [...config.xoptions.entries()],
    stats: hooks.onStats !== undefined,
    trace: hooks.trace ?? false,
  };
  // The interactive prompt reads a real stdin itself (in the worker), prompts on stderr; only
  // a terminal on both stdin and stdout gets line editing (CPython's PyOS_Readline rule), served
  // from here, as is a test's captured stdin.
  let lineServer: LineServer | null = null;
  if (main.interactive) {
    const real = io instanceof ProcessIO;
    if (real && !(io.stdinIsTTY && process.stdout.isTTY === true)) {
      start.interactive = 'fd';
    } else {
      start.interactive = 'channel';
      start.replChannel = newReplChannel();
      lineServer = real ? new TerminalLines(start.replChannel) : new CapturedLines(start.replChannel, io);
    }
  }
  // Output written so far by the CLI must come before the program's.
  const flushable = io as CliIO & { flush?: () => void };
  flushable.flush?.();
  return new Promise((resolve) => {
    // The worker bin/gilvm.js started while the CLI compiled, or a new one (tests, embedders).
    const worker = takeEarlyWorker() ?? spawnPythonWorker();
    worker.postMessage(start);
    let status: number | null = null;
    let heap: Int32Array | null = null;
    // Ctrl-C: the worker raises KeyboardInterrupt at its next safepoint (exit status 130 if
    // uncaught); other signals as the program's `signal` handlers say (src/cli/signal-server.ts).
    const signals = new SignalServer(
      () => heap,
      () => main.interactive !== undefined,
    );
    const internalError = (e: unknown): void => {
      io.stderr(`gilvm: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      status = INTERNAL_ERROR_STATUS;
    };
    // The other Python threads' workers (made once the heap is known).
    let threads: ThreadPool | null = null;
    // This thread commits the heap's pages ahead of the allocator (src/heap/page-toucher.ts).
    let toucher: PageToucher | null = null;
    // subprocess.Popen's children, served from this thread (src/cli/process-server.ts).
    let processes: ProcessServer | null = null;
    worker.on('message', (m: FromMain) => {
      if (m.kind === 'heap') {
        heap = new Int32Array(m.heap);
        processes = new ProcessServer(heap);
        // Before the toucher's first pages: each fault then commits 2 MB (src/heap/huge-pages.ts).
        adviseHugePages(m.heap);
        toucher = startPageToucher(m.heap);
        threads = new ThreadPool(
          m.heap,
          {
            verbose: start.verbose ?? 0,
            dontWriteBytecode: start.dontWriteBytecode ?? false,
            gil: start.gil ?? -1,
            stdoutMode: stdoutModeFor(start.unbuffered ?? false, ((start.ttys ?? 0) & 2) !== 0),
          },
          (r) => {
            if (r.kind === 'chdir') answerChdir(r.path, r.reply);
            else if (r.kind === 'signal' || r.kind === 'alarm') signals.answer(r);
            else if (r.kind === 'exit-now') process.exit(r.status);
            else if (isProcessRequest(r)) processes?.handle(r);
          },
          internalError,
        );
      } else if (m.kind === 'exit') status = m.status;
      else if (m.kind === 'stats') hooks.onStats?.(m.stats);
      else if (m.kind === 'readline') lineServer?.serve(m.prompt, m.more);
      else if (m.kind === 'chdir') answerChdir(m.path, m.reply);
      else if (m.kind === 'signal' || m.kind === 'alarm') signals.answer(m);
      else if (m.kind === 'exit-now') process.exit(m.status);
      else if (isProcessRequest(m)) processes?.handle(m);
      else threads?.handle(m);
    });
    worker.on('error', internalError);
    worker.on('exit', () => {
      toucher?.stop();
      signals.close();
      processes?.close();
      lineServer?.close();
      // Daemon threads still running end with the program, as in CPython.
      const closing = threads?.close() ?? Promise.resolve();
      void closing.then(() => resolve(status ?? INTERNAL_ERROR_STATUS));
    });
  });
}
