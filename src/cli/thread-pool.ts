/**
 * The workers that run Python threads other than the main one: a piscina pool
 * on the Node main thread. A worker boots (Node's bootstrap, the bundled
 * interpreter: tens of milliseconds) once; its task then serves thread after
 * thread from the heap's start ring (src/vm/thread-start.ts), so that
 * `Thread.start()` costs a push and a wake-up, with no message. The pool is
 * made when `_thread` is first imported (`threads-wanted`), with MIN_WARM
 * workers booting at once, and gets one more worker whenever a thread is
 * queued while none is idle (`more-workers`), since Python threads may wait on
 * each other: a thread queued behind a blocked one could deadlock the program.
 */
import { createRequire } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import type { FromThread, ThreadTask } from '../../workers/protocol.js';
import { workerScript } from './early-worker.js';
import { noteWorkerComing } from '../vm/thread-start.js';

/**
 * piscina, loaded when the first pool is made: loading it (its package resolution, and the
 * node:perf_hooks it requires) took about 20 ms of the main thread between the compile of
 * `__main__` and its StartMain message, in every run, threads or not.
 */
function piscina(): typeof Piscina {
  return (createRequire(import.meta.url)('piscina') as typeof import('piscina')).Piscina;
}

/** Workers kept booted and idle, ready for the next Thread.start(). */
const MIN_WARM = 2;
/** Far more threads than a program can usefully run; past it, starts wait for a worker. */
const MAX_WORKERS = 4096;

/** What every thread's worker learns from the main worker's start (the task's fields but the heap and port). */
export type ThreadConfig = Omit<ThreadTask, 'heap' | 'port'>;

export class ThreadPool {
  private pool: Piscina | null = null;
  /** Set by close(): tasks then end by termination (daemon threads), which is no error. */
  private closing = false;
  /** The heap's words, for the start ring's counts. */
  private readonly words: Int32Array;

  constructor(
    private readonly heap: SharedArrayBuffer,
    private readonly config: ThreadConfig,
    /** Requests from the threads' workers that are not about threads (chdir). */
    private readonly onRequest: (m: FromThread) => void,
    /** A thread's worker failed in a way Python could not report (a gilvm bug). */
    private readonly onInternalError: (e: unknown) => void,
  ) {
    this.words = new Int32Array(heap);
  }

  /** Make the pool, with MIN_WARM workers booting and then waiting for threads (threads are coming). */
  warm(): void {
    if (this.pool !== null || this.closing) return;
    const Pool = piscina();
    this.pool = new Pool({
      filename: workerScript().href,
      workerData: { role: 'thread' },
      minThreads: MIN_WARM,
      maxThreads: MAX_WORKERS,
      idleTimeout: 30_000,
      // Deep Python recursion nests on the JS stack, as in the main thread's worker.
      resourceLimits: { stackSizeMb: 512 },
    });
    for (let i = 0; i < MIN_WARM; i++) this.addWorker();
  }

  /** One more worker serving threads from the start ring (workers/python-thread.ts). */
  addWorker(): void {
    this.warm();
    const pool = this.pool;
    if (pool === null) return;
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (m: FromThread) => this.handle(m));
    const task: ThreadTask = { heap: this.heap, port: port2, ...this.config };
    // Counted as coming until its task waits on the start ring: starts meanwhile ask for no more.
    noteWorkerComing(this.words);
    pool.run(task, { transferList: [port2] }).then(
      () => port1.close(),
      (e: unknown) => {
        port1.close();
        if (!this.closing) this.onInternalError(e);
      },
    );
  }

  handle(m: FromThread): void {
    if (m.kind === 'more-workers') this.addWorker();
    else if (m.kind === 'threads-wanted') this.warm();
    else this.onRequest(m);
  }

  /** The program has ended: stop every worker, daemon threads included. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    this.closing = true;
    if (pool !== null) await pool.destroy();
  }
}
