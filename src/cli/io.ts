/**
 * The CLI's connection to the outside world, so that `runCli` can be called
 * from tests with captured output and a fake environment.
 */
import { readFileSync } from 'node:fs';
import type { Env } from './options.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, as bytes (read when a program or file list comes from `-`). */
  readStdin(): Uint8Array;
  stdinIsTTY: boolean;
  cwd: string;
  env: Env;
}

/**
 * The real process. Output is buffered and written in large pieces (a
 * compileall run prints thousands of lines); `flush()` must be called before
 * the process exits. Writes go through `process.stdout`, which is synchronous
 * for files, pipes and terminals on Linux, so nothing is lost at exit.
 */
export class ProcessIO implements CliIO {
  private out = '';
  private err = '';
  /** Standard output's reader went away (EPIPE): drop further output. */
  private stdoutBroken = false;
  readonly stdinIsTTY = process.stdin.isTTY === true;
  readonly cwd = process.cwd();
  readonly env: Env = process.env;

  stdout(text: string): void {
    if (this.err) this.flushErr();
    this.out += text;
    if (this.out.length > 1 << 16) this.flushOut();
  }

  stderr(text: string): void {
    if (this.out) this.flushOut();
    this.err += text;
    this.flushErr();
  }

  readStdin(): Uint8Array {
    try {
      return readFileSync(0);
    } catch (e) {
      // A non-blocking stdin (some terminals and pipes) refuses a blocking
      // read with EAGAIN; reading it by name blocks as wanted.
      if ((e as { code?: string }).code === 'EAGAIN') {
        try {
          return readFileSync('/dev/stdin');
        } catch {
          // fall through
        }
      }
      return new Uint8Array(0);
    }
  }

  flush(): void {
    this.flushOut();
    this.flushErr();
  }

  /**
   * Called when writing to stdout failed with EPIPE (`gilvm ... | head`):
   * like CPython, report a BrokenPipeError and exit 1, never a JS stack.
   */
  stdoutClosed(): void {
    if (this.stdoutBroken) return;
    this.stdoutBroken = true;
    this.out = '';
    process.stderr.write('BrokenPipeError: [Errno 32] Broken pipe\n');
    process.exitCode = 1;
  }

  private flushOut(): void {
    if (this.out && !this.stdoutBroken) process.stdout.write(this.out);
    this.out = '';
  }

  private flushErr(): void {
    if (this.err) process.stderr.write(this.err);
    this.err = '';
  }
}

/** An IO that records everything, for tests (`runCli(argv, io)`). */
export class CaptureIO implements CliIO {
  out = '';
  err = '';
  stdinIsTTY = false;
  cwd: string;
  env: Env;
  private readonly input: Uint8Array;

  constructor(opts: { cwd?: string; env?: Env; stdin?: string | Uint8Array } = {}) {
    this.cwd = opts.cwd ?? process.cwd();
    this.env = opts.env ?? {};
    const s = opts.stdin ?? '';
    this.input = typeof s === 'string' ? new TextEncoder().encode(s) : s;
  }

  stdout(text: string): void {
    this.out += text;
  }

  stderr(text: string): void {
    this.err += text;
  }

  readStdin(): Uint8Array {
    return this.input;
  }
}
