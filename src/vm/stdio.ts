/**
 * Standard output and error of the Python program, written from the worker
 * with synchronous writes (fs.writeSync), so output keeps CPython's order and
 * nothing is lost at exit whichever thread printed it. stdout is buffered as
 * CPython buffers it (StdoutMode: by lines on a terminal, by blocks elsewhere,
 * not at all under -u) and also flushed before reading stdin, before writing
 * stderr, and at exit; stderr is written at once.
 */
import { writeSync } from 'node:fs';
import { CB_GIL_ENABLED, CB_THREAD_COUNT } from '../heap/memory.js';

let outBuffer = '';
/** Encoded pieces before outBuffer (sys.stdout reconfigured to an encoding other than UTF-8). */
let outParts: (string | Uint8Array)[] = [];
let outPartsBytes = 0;
const OUT_LIMIT = 1 << 16;

/**
 * When sys.stdout's writes reach the file, as with CPython's TextIOWrapper and its buffer:
 * STDOUT_BLOCKS when the buffer is large (a pipe, a file); STDOUT_LINES at each write that holds
 * a line end (a terminal: CPython's line_buffering); STDOUT_WRITE_THROUGH at each write (-u,
 * PYTHONUNBUFFERED: CPython's write_through over an unbuffered file).
 */
export type StdoutMode = typeof STDOUT_BLOCKS | typeof STDOUT_LINES | typeof STDOUT_WRITE_THROUGH;
export const STDOUT_BLOCKS = 0;
export const STDOUT_LINES = 1;
export const STDOUT_WRITE_THROUGH = 2;

let stdoutMode: StdoutMode = STDOUT_BLOCKS;

/** CPython's rule for sys.stdout: unbuffered under -u, else by lines when it is a terminal. */
export function stdoutModeFor(unbuffered: boolean, isTTY: boolean): StdoutMode {
  if (unbuffered) return STDOUT_WRITE_THROUGH;
  return isTTY ? STDOUT_LINES : STDOUT_BLOCKS;
}

/** Set by each worker as it starts (the main one from its StartMain, a thread's from its task). */
export function setStdoutMode(mode: StdoutMode): void {
  stdoutMode = mode;
}

function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

/**
 * `lines`: flush when the text holds a line end (sys.stdout's line_buffering, which
 * reconfigure() may change); by default as this run's StdoutMode says.
 */
export function writeStdout(text: string, lines: boolean = stdoutMode === STDOUT_LINES): void {
  outBuffer += text;
  if (outBuffer.length + outPartsBytes > OUT_LIMIT || stdoutMode === STDOUT_WRITE_THROUGH || sharedOrder()) flushStdout();
  else if (lines && (text.includes('\n') || text.includes('\r'))) flushStdout();
}

/** writeStdout for text already encoded (sys.stdout with an encoding other than UTF-8, or errors= at work). */
export function writeStdoutBytes(data: Uint8Array, lines: boolean = stdoutMode === STDOUT_LINES): void {
  if (outBuffer !== '') {
    outParts.push(outBuffer);
    outPartsBytes += outBuffer.length;
    outBuffer = '';
  }
  outParts.push(data);
  outPartsBytes += data.length;
  if (outPartsBytes > OUT_LIMIT || stdoutMode === STDOUT_WRITE_THROUGH || sharedOrder()) flushStdout();
  else if (lines && (data.includes(10) || data.includes(13))) flushStdout();
}

/**
 * Free-threading mode with other threads running: each thread's buffer would
 * reach the file when that thread next blocks, out of the order in which the
 * threads printed (under the GIL, dropping it flushes, and only one thread
 * prints at a time). Then every write goes out at once, in the order of the
 * calls, as CPython's one sys.stdout buffer keeps it.
 */
function sharedOrder(): boolean {
  return i32[CB_GIL_ENABLED] === 0 && Atomics.load(i32, CB_THREAD_COUNT) !== 0;
}

export function flushStdout(): void {
  if (outParts.length !== 0) {
    const parts = outParts;
    outParts = [];
    outPartsBytes = 0;
    for (const p of parts) writeAll(1, p);
  }
  if (outBuffer === '') return;
  const text = outBuffer;
  outBuffer = '';
  writeAll(1, text);
}

export function writeStderr(text: string): void {
  flushStdout();
  writeAll(2, text);
}

export function writeStderrBytes(data: Uint8Array): void {
  flushStdout();
  writeAll(2, data);
}
