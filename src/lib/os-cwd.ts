/**
 * os.chdir for a program that runs in a worker. Node refuses process.chdir
 * in workers, but the current directory belongs to the process: the worker
 * asks the main thread (a `chdir` message, answered by
 * src/cli/chdir-server.ts through a small shared buffer) and blocks until it
 * has answered, as the REPL's readline channel does. Afterwards the OS
 * resolves the worker's relative paths against the new directory, and
 * process.cwd() in the worker follows (Node refreshes its cached copy when
 * the main thread changes directory).
 *
 * Reply buffer (Int32): [0] state (0 pending, 1 done), [1] errno (0: success).
 */
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { isMainThread, parentPort } from 'node:worker_threads';

/** How long to wait for the main thread before giving up (ms): a host that does not answer. */
const ANSWER_TIMEOUT_MS = 10_000;

const codeByErrno = new Map<number, string>(Object.entries(constants.errno).map(([k, v]) => [v, k]));

/** Change the process's current directory; null on success, else the Node error code. */
export function changeDirectory(path: string): string | null {
  // The checks the main thread's chdir(2) would make, done here so that the common errors need no round trip.
  try {
    const st = statSync(path);
    if (!st.isDirectory()) return 'ENOTDIR';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'EIO';
  }
  if (isMainThread || parentPort === null) {
    try {
      process.chdir(path);
      return null;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? 'EIO';
    }
  }
  const reply = new Int32Array(new SharedArrayBuffer(8));
  parentPort.postMessage({ kind: 'chdir', path, reply: reply.buffer });
  if (Atomics.wait(reply, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') return 'ENOSYS';
  const errno = reply[1]!;
  return errno === 0 ? null : (codeByErrno.get(errno) ?? 'EIO');
}
