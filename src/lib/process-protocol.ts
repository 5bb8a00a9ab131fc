/**
 * What subprocess.Popen's two halves say to each other. A Python thread
 * (src/lib/popen-module.ts) cannot serve a running child's pipes: its worker
 * never returns to its event loop while Python runs. The Node main thread,
 * idle while Python runs, can (src/cli/process-server.ts): it spawns the child
 * and copies what the child writes into a *channel*, a bytearray in the
 * Python heap that the Popen object owns, so that any thread may read it;
 * what Python writes to the child's stdin goes to the main thread as
 * messages. Free of the heap and the interpreter, so that the main thread can
 * import it.
 *
 * A channel, in 32-bit words from its start (its address is the child's id
 * in messages):
 *
 *     0  state: STARTING, RUNNING, EXITED, or FAILED (could not start)
 *     1  pid
 *     2  returncode (exit status, or -signal) once EXITED; errno if FAILED
 *     3  events: bumped (and notified) on every change below, what readers and wait() sleep on
 *     4  done: 1 once the main thread will never write the channel again
 *     5  drain wanted: the main thread holds data that did not fit; a reader that frees
 *        space posts `proc-drained`
 *     8 + 4p  pipe p (0 stdout, 1 stderr): head (bytes written, mod 2^32), tail (bytes read),
 *             eof (1: the child closed it and all its bytes are in the ring)
 *
 * then the two rings of RING_BYTES bytes from byte CHANNEL_HEADER_BYTES.
 */

export const STARTING = 0;
export const RUNNING = 1;
export const EXITED = 2;
export const FAILED = 3;

export const W_STATE = 0;
export const W_PID = 1;
export const W_CODE = 2;
export const W_EVENTS = 3;
export const W_DONE = 4;
export const W_DRAIN = 5;
/** Word of pipe p's head; its tail and eof follow. */
export const pipeWord = (p: number): number => 8 + 4 * p;

export const CHANNEL_HEADER_BYTES = 64;
export const RING_BYTES = 1 << 18;
export const CHANNEL_BYTES = CHANNEL_HEADER_BYTES + 2 * RING_BYTES;
/** Byte offset of pipe p's ring. */
export const ringOffset = (p: number): number => CHANNEL_HEADER_BYTES + p * RING_BYTES;

/** How a child's stream is set up: a pipe to Python, this process's own, /dev/null, or a descriptor. */
export type StreamSpec = 'pipe' | 'inherit' | 'ignore' | number;

/** Worker -> Node main thread. `channel`: the channel's byte address in the heap. */
export type ProcessRequest =
  | {
      kind: 'proc-spawn';
      channel: number;
      file: string;
      args: string[];
      argv0: string;
      cwd: string | undefined;
      env: Record<string, string>;
      stdio: [StreamSpec, StreamSpec, StreamSpec];
    }
  /** Bytes for the child's stdin. */
  | { kind: 'proc-write'; channel: number; data: Uint8Array }
  /** Close the child's stdin. */
  | { kind: 'proc-close-stdin'; channel: number }
  /** A reader freed ring space while W_DRAIN was set: copy what is waiting. */
  | { kind: 'proc-drained'; channel: number };

export function isProcessRequest(m: { kind: string }): m is ProcessRequest {
  return m.kind.startsWith('proc-');
}
