/**
 * The worker that runs Python's main thread: it makes the heap, runs the
 * `__main__` module, prints an uncaught exception's traceback, and reports
 * the exit status. The Node main thread only starts it and waits
 * (src/cli/run-program.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runMainModule } from '../src/vm/main-module.js';
import type { FromMain, StartMain } from './protocol.js';

const start = workerData as StartMain;
const status = runMainModule(start, (heap) => {
  const m: FromMain = { kind: 'heap', heap };
  parentPort!.postMessage(m);
});
const message: FromMain = { kind: 'exit', status };
parentPort!.postMessage(message);
