/**
 * The worker that runs Python's main thread: it makes the heap, runs the
 * `__main__` module, prints an uncaught exception's traceback, and reports
 * the exit status. The Node main thread only starts it and waits
 * (src/cli/run-program.ts). With StartMain.interactive the interactive
 * prompt follows the program (src/cli/repl-loop.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runMainModule } from '../src/vm/main-module.js';
import { channelInput, fdInput, runInteractiveLoop } from '../src/cli/repl-loop.js';
import type { FromMain, StartMain } from './protocol.js';

const start = workerData as StartMain;
const post = (m: FromMain): void => parentPort!.postMessage(m);
const status = runMainModule(
  start,
  (heap) => post({ kind: 'heap', heap }),
  (globals) => {
    const input =
      start.interactive === 'channel' && start.replChannel ? channelInput(start.replChannel, post) : fdInput();
    return runInteractiveLoop(globals, input);
  },
);
post({ kind: 'exit', status });
