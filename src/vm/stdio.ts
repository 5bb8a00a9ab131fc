/**
 * Standard output and error of the Python program, written from the worker
 * with synchronous writes (fs.writeSync), so output keeps CPython's order and
 * nothing is lost at exit whichever thread printed it. stdout is buffered
 * (flushed when large, before reading stdin, before writing stderr, and at
 * exit); stderr is written at once.
 */
import { writeSync } from 'node:fs';
import { CB_GIL_ENABLED, CB_THREAD_COUNT } from '../heap/memory.js';

let outBuffer = '';
const OUT_LIMIT = 1 << 16;

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
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

export function writeStdout(text: string): void {
  outBuffer += text;
  if (outBuffer.length > OUT_LIMIT || sharedOrder()) flushStdout();
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
  if (outBuffer === '') return;
  const text = outBuffer;
  outBuffer = '';
  writeAll(1, text);
}

export function writeStderr(text: string): void {
  flushStdout();
  writeAll(2, text);
}
