/**
 * A pool worker's task: serve Python threads (src/vm/threads.ts) over the heap
 * of the main worker. The task waits on the start ring (src/vm/thread-start.ts)
 * and runs each thread queued there, one after another, until none has come
 * for IDLE_MS; then it ends and the worker goes back to the pool
 * (src/cli/thread-pool.ts, piscina). The bundle is loaded and compiled when
 * the worker boots and the heap is attached on its first task, so a thread
 * handed to a waiting worker starts at once.
 */
import { setAllocationStress } from '../src/heap/allocator.js';
import { CB_GC_STRESS } from '../src/heap/memory.js';
import { setImportVerbose } from '../src/lib/import.js';
import { setChdirServer } from '../src/lib/os-cwd.js';
import { setProcessRequester } from '../src/lib/popen-module.js';
import { setSignalRequester } from '../src/lib/signal-module.js';
import { setExitRequester } from '../src/lib/exit-now.js';
import { setStartFlags } from '../src/lib/sys.js';
import { joinRuntime } from '../src/vm/runtime.js';
import { setStdoutMode } from '../src/vm/stdio.js';
import { takeThreadStart } from '../src/vm/thread-start.js';
import { runStartedThread, setWorkerRequester } from '../src/vm/threads.js';
import type { FromThread, ThreadTask } from './protocol.js';

/** How long a serving worker waits for a thread before it goes back to the pool. */
const IDLE_MS = 30_000;

export function serveThreads(task: ThreadTask): number {
  joinRuntime(task.heap);
  setAllocationStress(i32[CB_GC_STRESS] !== 0);
  setImportVerbose(task.verbose);
  setStartFlags({ dontWriteBytecode: task.dontWriteBytecode, verbose: task.verbose, gil: task.gil });
  setStdoutMode(task.stdoutMode);
  const post = (m: FromThread): void => task.port.postMessage(m);
  setChdirServer((path, reply) => post({ kind: 'chdir', path, reply }));
  setProcessRequester(post);
  setSignalRequester(post);
  setExitRequester((status) => post({ kind: 'exit-now', status }));
  setWorkerRequester(() => post({ kind: 'more-workers' }));
  try {
    for (;;) {
      const state = takeThreadStart(IDLE_MS);
      if (state === 0) break;
      runStartedThread(state);
    }
  } finally {
    setWorkerRequester(null);
    task.port.close();
  }
  return 0;
}
