/**
 * Standard output and error of the Python program, written from the worker
 * with synchronous writes (fs.writeSync), so output keeps CPython's order and
 * nothing is lost at exit whichever thread printed it. stdout is buffered
 * (flushed when large, before reading stdin, before writing stderr, and at
 * exit); stderr is written at once.
 */
import { writeSync } from 'node:fs';

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
  if (outBuffer.length > OUT_LIMIT) flushStdout();
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
