/**
 * os.chdir for a program that runs in a worker. Node refuses process.chdir
 * in workers, but the current directory belongs to the process: the worker
 * asks the main thread (a `chdir` message, answered by
 * src/cli/chdir-server.ts through a small shared buffer) and blocks until it
 * has answered, as the REPL's readline channel does (the program's worker
 * installs the way to ask with setChdirServer). Afterwards the OS
 * resolves the worker's relative paths against the new directory, and
 * process.cwd() in the worker follows (Node refreshes its cached copy when
 * the main thread changes directory).
 *
 * Reply buffer (Int32): [0] state (0 pending, 1 done), [1] errno (0: success).
 */
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** How long to wait for the main thread before giving up (ms): a host that does not answer. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * How this worker asks the main thread to change directory: set by the
 * program's worker (workers/python-main.ts), whose main thread answers.
 * Elsewhere (a VM run in-process by a test runner's worker) nobody would.
 */
let askMainThread: ((path: string, reply: SharedArrayBuffer) => void) | null = null;

export function setChdirServer(ask: (path: string, reply: SharedArrayBuffer) => void): void {
  askMainThread = ask;
}

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
  if (isMainThread || askMainThread === null) {
    try {
      process.chdir(path);
      return null;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? 'EIO';
    }
  }
  const reply = new Int32Array(new SharedArrayBuffer(8));
  askMainThread(path, reply.buffer as SharedArrayBuffer);
  if (Atomics.wait(reply, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') return 'ENOSYS';
  const errno = reply[1]!;
  return errno === 0 ? null : (codeByErrno.get(errno) ?? 'EIO');
}
