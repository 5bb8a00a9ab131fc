/**
 * The worker that runs Python's main thread: it makes the heap, runs the
 * `__main__` module, prints an uncaught exception's traceback, and reports
 * the exit status. The Node main thread only starts it and waits
 * (src/cli/run-program.ts). With StartMain.interactive the interactive
 * prompt follows the program (src/cli/repl-loop.ts).
 *
 * The worker may start before the main thread has compiled `__main__`
 * (src/cli/early-worker.ts): it makes the heap with the default options at
 * once, then waits for its StartMain message; a StartMain that asks for
 * other heap options gets a new heap.
 */
import { parentPort } from 'node:worker_threads';
import { prepareRuntime, runMainModule } from '../src/vm/main-module.js';
import { channelInput, fdInput, runInteractiveLoop } from '../src/cli/repl-loop.js';
import type { FromMain, StartMain } from './protocol.js';
import { setChdirServer } from '../src/lib/os-cwd.js';
import { setProcessRequester } from '../src/lib/popen-module.js';
import { setSignalRequester } from '../src/lib/signal-module.js';
import { setExitRequester } from '../src/lib/exit-now.js';
import { setPoolWarmer, setWorkerRequester } from '../src/vm/threads.js';
import { readHeapImage } from './heap-image-file.js';

export function startMainWorker(): void {
  const port = parentPort!;
  const post = (m: FromMain): void => port.postMessage(m);
  // os.chdir and new threads ask the main thread (src/cli/run-program.ts answers).
  setChdirServer((path, reply) => post({ kind: 'chdir', path, reply }));
  setProcessRequester(post);
  setSignalRequester(post);
  setExitRequester((status) => post({ kind: 'exit-now', status }));
  setWorkerRequester(() => post({ kind: 'more-workers' }));
  setPoolWarmer(() => post({ kind: 'threads-wanted' }));
  const prepared = prepareRuntime(readHeapImage());
  port.once('message', (start: StartMain) => {
    const status = runMainModule(
      start,
      prepared,
      (heap) => post({ kind: 'heap', heap }),
      (globals) => {
        const input =
          start.interactive === 'channel' && start.replChannel ? channelInput(start.replChannel, post) : fdInput();
        return runInteractiveLoop(globals, input);
      },
      (stats) => post({ kind: 'stats', stats }),
    );
    post({ kind: 'exit', status });
  });
}
