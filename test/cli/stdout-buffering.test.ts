// sys.stdout's buffering, as CPython's: by blocks on a pipe, through at each write under -u or
// PYTHONUNBUFFERED (a terminal's line buffering is the same code path, src/vm/stdio.ts, and
// needs a terminal to show). Expectations from python3 3.11 with stdin and stdout on pipes.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, gilvm } from './helpers.js';

const FLAGS = 'import sys; print([(s.line_buffering, s.write_through) for s in (sys.stdin, sys.stdout, sys.stderr)])';
const BUFFERED = '[(False, False), (False, False), (True, False)]\n';
const UNBUFFERED = '[(False, True), (False, True), (False, True)]\n';

/** Prints a line, computes for `seconds` without any I/O, then prints another. */
function twoLines(seconds: number): string {
  return `import time\nprint('first')\nt = time.monotonic()\nwhile time.monotonic() - t < ${seconds}: pass\nprint('end')`;
}

/** The program's stdout as the chunks that reached the pipe, each with its arrival time in ms. */
function chunks(args: string[], env: Record<string, string>): Promise<{ text: string; at: number }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'inherit'] });
    const start = performance.now();
    const got: { text: string; at: number }[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => got.push({ text, at: performance.now() - start }));
    child.on('error', reject);
    child.on('close', () => resolve(got));
  });
}

describe('sys.stdout buffering', () => {
  it('line_buffering and write_through of the three streams', () => {
    expect(gilvm(['-c', FLAGS]).stdout).toBe(BUFFERED);
    expect(gilvm(['-u', '-c', FLAGS]).stdout).toBe(UNBUFFERED);
    expect(gilvm(['-c', FLAGS], { env: { PYTHONUNBUFFERED: '1' } }).stdout).toBe(UNBUFFERED);
    expect(gilvm(['-c', FLAGS], { env: { PYTHONUNBUFFERED: '0' } }).stdout).toBe(BUFFERED);
  });

  it('-u and PYTHONUNBUFFERED: a line reaches the pipe when printed', async () => {
    for (const [args, env] of [[['-u'], {}], [[], { PYTHONUNBUFFERED: 'x' }]] as const) {
      const got = await chunks([...args, '-c', twoLines(1.5)], env);
      expect(got.map((c) => c.text).join('')).toBe('first\nend\n');
      const first = got.find((c) => c.text.startsWith('first'))!;
      const end = got.find((c) => c.text.includes('end'))!;
      // 'first' came out before the 1.5 s of computing, not with 'end' at exit.
      expect(end.at - first.at).toBeGreaterThan(700);
    }
  });

  it('on a pipe, without -u, the output waits in the buffer until exit', async () => {
    const got = await chunks(['-c', twoLines(0.5)], {});
    expect(got.map((c) => c.text)).toEqual(['first\nend\n']);
  });
});
