/**
 * How the interactive prompt's lines cross from the Node main thread (which
 * owns the terminal: node:readline, src/cli/repl-terminal.ts) to the worker
 * running Python (src/cli/repl-loop.ts). The worker posts a `readline`
 * message and blocks in Atomics.wait; the main thread writes the answer into
 * this shared buffer and wakes it. Blocking keeps the REPL a plain loop in
 * the worker, as input() is.
 *
 * Layout (Int32 words, then bytes): [0] state, [1] byte length, then up to
 * CAPACITY bytes of UTF-8. A line longer than that comes in pieces: state
 * PARTIAL, and the worker asks for the rest (`more: true`).
 */

export const PENDING = 0;
/** A line (with its newline, unless it ended the input). */
const LINE = 1;
/** End of input (Ctrl-D): the main thread has written the newline. */
export const REPL_EOF = 2;
/** Ctrl-C at the prompt: the input so far is dropped. */
export const REPL_INTERRUPT = 3;
/** The first piece of a long line: ask for the rest. */
const PARTIAL = 4;

const HEADER_BYTES = 8;
const CAPACITY = 1 << 16;

export function newReplChannel(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + CAPACITY);
}

/** The main thread's side: the answer to the worker's latest request. */
export class ReplAnswerWriter {
  private readonly words: Int32Array;
  private readonly bytes: Uint8Array;
  /** What is left of a long line, sent on `more` requests. */
  private rest: Uint8Array = new Uint8Array(0);

  constructor(channel: SharedArrayBuffer) {
    this.words = new Int32Array(channel, 0, 2);
    this.bytes = new Uint8Array(channel, HEADER_BYTES);
  }

  line(text: string): void {
    this.rest = Buffer.from(text, 'utf8');
    this.more();
  }

  /** The next piece of the line given to `line`. */
  more(): void {
    const n = Math.min(this.rest.length, CAPACITY);
    this.bytes.set(this.rest.subarray(0, n));
    this.rest = this.rest.subarray(n);
    this.words[1] = n;
    this.settle(this.rest.length > 0 ? PARTIAL : LINE);
  }

  eof(): void {
    this.settle(REPL_EOF);
  }

  interrupt(): void {
    this.settle(REPL_INTERRUPT);
  }

  private settle(state: number): void {
    Atomics.store(this.words, 0, state);
    Atomics.notify(this.words, 0);
  }
}

/** What the worker gets back for one prompt. */
export type ReplLine = string | typeof REPL_EOF | typeof REPL_INTERRUPT;

/**
 * The worker's side: show `prompt` and wait for the line. `post` sends the
 * `readline` message to the main thread.
 */
export function requestLine(
  channel: SharedArrayBuffer,
  prompt: string,
  post: (m: { kind: 'readline'; prompt: string; more: boolean }) => void,
): ReplLine {
  const words = new Int32Array(channel, 0, 2);
  const bytes = new Uint8Array(channel, HEADER_BYTES);
  const pieces: Buffer[] = [];
  let more = false;
  for (;;) {
    Atomics.store(words, 0, PENDING);
    post({ kind: 'readline', prompt: more ? '' : prompt, more });
    while (Atomics.load(words, 0) === PENDING) Atomics.wait(words, 0, PENDING);
    const state = Atomics.load(words, 0);
    if (state === REPL_EOF || state === REPL_INTERRUPT) {
      if (pieces.length === 0) return state;
      // The input ended (or was interrupted) in a long line's middle: keep what came.
      return state === REPL_EOF ? Buffer.concat(pieces).toString('utf8') : state;
    }
    pieces.push(Buffer.from(bytes.subarray(0, words[1]!)));
    if (state === LINE) return Buffer.concat(pieces).toString('utf8');
    more = true;
  }
}
