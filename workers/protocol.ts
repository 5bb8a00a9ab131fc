/**
 * Messages between the Node main thread and the workers running Python:
 * the main thread's worker (StartMain, FromMain) and the pool workers that
 * run the other threads (ThreadTask, FromThread).
 */
import type { MessagePort } from 'node:worker_threads';
import type { ProgramStats } from '../src/vm/thread-stats.js';
import type { StdoutMode } from '../src/vm/stdio.js';
import type { SignalRequest } from '../src/lib/signal-protocol.js';
import type { ProcessRequest } from '../src/lib/process-protocol.js';

/** Main thread → worker, as workerData. */
export interface StartMain {
  /** The compiled `__main__` code (src/bytecode/marshal.ts). */
  code: Uint8Array;
  argv: string[];
  path0: string;
  file: string | null;
  /**
   * `-m`: the module's full name (`pkg.__main__` for a package), as runpy gives it to
   * `__main__`'s `__spec__`; its parent package is imported first and is `__package__`.
   */
  mainModule?: string;
  /** -X heapsize, in bytes (undefined: the default). */
  maxHeap?: number;
  /** -X gcstress: collect at every safepoint. */
  gcStress: boolean;
  /**
   * The interpreter lock: 1 the GIL (the default), 0 free-threading mode (-X gil=0,
   * PYTHON_GIL=0); undefined when neither option chose (the GIL, and sys.flags.gil is None).
   */
  gil?: 0 | 1;
  /** -X heapstats: print heap figures on stderr at exit. */
  heapStats: boolean;
  /** Record each thread's timeline of GIL states (src/vm/thread-trace.ts). */
  trace?: boolean;
  /** At exit, send every thread's counters (a `stats` message) for the reports. */
  stats?: boolean;
  /** PYTHONPATH entries: sys.path after path0. */
  pythonPath?: string[];
  /** -B / PYTHONDONTWRITEBYTECODE: sys.dont_write_bytecode. */
  dontWriteBytecode?: boolean;
  /** -v count: import tracing on stderr. */
  verbose?: number;
  /** -u / PYTHONUNBUFFERED: sys.stdout and sys.stderr write through. */
  unbuffered?: boolean;
  /** Which of the standard streams are terminals: bit 0 stdin, bit 1 stdout (CPython's line buffering). */
  ttys?: number;
  /** The command line as given (sys.orig_argv). */
  origArgv?: string[];
  /** -X options in order (sys._xoptions). */
  xoptions?: [string, string | true][];
  /**
   * After the program, the interactive prompt (src/cli/repl-loop.ts):
   * 'fd' reads standard input itself (prompts on stderr, as CPython with a
   * stdin that is not a terminal); 'channel' asks the main thread for each
   * line (`readline` messages, answered through `replChannel`).
   */
  interactive?: 'fd' | 'channel';
  /** The answers to `readline` (src/cli/repl-channel.ts). */
  replChannel?: SharedArrayBuffer;
}

/** Worker → main thread. */
export type FromMain =
  /** The heap, once made: the main thread uses it to signal Ctrl-C. */
  | { kind: 'heap'; heap: SharedArrayBuffer }
  | { kind: 'exit'; status: number }
  /** StartMain.stats: every thread's counters at exit, sent just before `exit`. */
  | { kind: 'stats'; stats: ProgramStats }
  /**
   * The interactive prompt wants a line (answered through StartMain.replChannel);
   * `more`: the rest of a line too long for the channel.
   */
  | { kind: 'readline'; prompt: string; more: boolean }
  /** os.chdir: the main thread changes the process's directory and answers through `reply` (src/cli/chdir-server.ts). */
  | { kind: 'chdir'; path: string; reply: SharedArrayBuffer }
  /** A thread was queued and no pool worker is idle: add one (src/vm/thread-start.ts). */
  | { kind: 'more-workers' }
  /** `_thread` was imported: threads are coming, warm the worker pool. */
  | { kind: 'threads-wanted' }
  /** signal.signal and signal.alarm (src/cli/signal-server.ts answers). */
  | SignalRequest
  /** os._exit where the C library's _exit cannot be called: end the process now (src/lib/exit-now.ts). */
  | { kind: 'exit-now'; status: number }
  /** subprocess.Popen's children (src/cli/process-server.ts answers). */
  | ProcessRequest;

/** The messages a thread's worker sends (through its task's port): the same as the main worker's, but these. */
export type FromThread = Extract<FromMain, { kind: 'chdir' | 'more-workers' | 'threads-wanted' | 'signal' | 'alarm' | 'exit-now' | ProcessRequest['kind'] }>;

/** Main thread → pool worker: serve Python threads from the start ring (workers/python-thread.ts). */
export interface ThreadTask {
  heap: SharedArrayBuffer;
  /** Where the thread's requests go (FromThread); closed when the thread ends. */
  port: MessagePort;
  /** What the main worker learnt from its StartMain and keeps outside the heap. */
  verbose: number;
  dontWriteBytecode: boolean;
  /** -X gil as given (sys.flags.gil): 1, 0, or -1 for not given. */
  gil: number;
  /** When sys.stdout's writes reach the file (src/vm/stdio.ts). */
  stdoutMode: StdoutMode;
}
