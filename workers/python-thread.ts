/**
 * A pool worker's task: run one Python thread (src/vm/threads.ts) over the
 * heap of the main worker. The pool (src/cli/thread-pool.ts, piscina) keeps
 * these workers warm: the bundle is loaded and compiled when the worker
 * boots, the heap is attached on the first task, and later tasks only set
 * the thread state.
 */
import { setAllocationStress } from '../src/heap/allocator.js';
import { CB_GC_STRESS, i32 } from '../src/heap/memory.js';
import { setImportVerbose } from '../src/lib/import.js';
import { setChdirServer } from '../src/lib/os-cwd.js';
import { setStartFlags } from '../src/lib/sys.js';
import { joinRuntime } from '../src/vm/runtime.js';
import { runStartedThread, setThreadStarter } from '../src/vm/threads.js';
import type { FromThread, ThreadTask } from './protocol.js';

export function runThreadTask(task: ThreadTask): number {
  joinRuntime(task.heap);
  setAllocationStress(i32[CB_GC_STRESS] !== 0);
  setImportVerbose(task.verbose);
  setStartFlags({ dontWriteBytecode: task.dontWriteBytecode, verbose: task.verbose });
  const post = (m: FromThread): void => task.port.postMessage(m);
  setChdirServer((path, reply) => post({ kind: 'chdir', path, reply }));
  setThreadStarter((state) => post({ kind: 'thread-start', state }));
  try {
    runStartedThread(task.state);
  } finally {
    setThreadStarter(null);
    task.port.close();
  }
  return 0;
}
