/**
 * Ending the whole process at once from any thread, as C's _exit(2) (os._exit): no atexit
 * functions, no waiting for other threads, no flushing of what Python still buffers. A worker
 * cannot end the process with Node's own calls (process.exit in a worker ends only that
 * thread), so the C library's _exit is called through koffi; where koffi does not load, the Node
 * main thread is asked (an `exit-now` message, src/cli/run-program.ts) and this thread waits
 * for the end.
 */
import { loadKoffi } from '../host-koffi.js';

let askMainThread: ((status: number) => void) | null = null;

/** Set by the workers running Python: how to ask the Node main thread to end the process. */
export function setExitRequester(ask: ((status: number) => void) | null): void {
  askMainThread = ask;
}

type CExit = (status: number) => void;
let cExit: CExit | null | undefined;

function libcExit(): CExit | null {
  if (cExit === undefined) {
    try {
      cExit = loadKoffi().load('libc.so.6').func('void _exit(int)') as CExit;
    } catch {
      cExit = null;
    }
  }
  return cExit;
}

/** End the process with `status` (0-255); never returns. */
export function exitProcessNow(status: number): never {
  const exit = libcExit();
  if (exit !== null) exit(status);
  if (askMainThread !== null) {
    askMainThread(status);
    const forever = new Int32Array(new SharedArrayBuffer(4));
    for (;;) Atomics.wait(forever, 0, 0);
  }
  // No worker: this is the process's main thread.
  process.exit(status);
}
