// Ctrl-C: SIGINT to a running program raises KeyboardInterrupt in Python's main thread at its next
// safepoint; uncaught, it prints CPython's traceback and the exit status is 130 (what a shell shows
// for CPython, which re-raises SIGINT on itself). The expected traceback was taken from CPython
// 3.12.1 with the same program and signal (its caret line included).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, removeDir, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => removeDir(tmp));

/** Run `file`, send SIGINT once it printed its first line, and collect what follows. */
function interrupt(file: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, file], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (!sent && stdout.includes('\n')) {
        sent = true;
        // A short pause, so that the loop below is running, not starting.
        setTimeout(() => child.kill('SIGINT'), 200);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no exit after SIGINT; stderr: ${stderr}`));
    }, 60_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('Ctrl-C', () => {
  it('KeyboardInterrupt in a busy loop: the traceback at the loop, status 130', async () => {
    const file = join(tmp, 'loop.py');
    writeFileSync(file, 'import sys\nprint("ready", flush=True)\nx = 0\nwhile True:\n    x += 1\n');
    const r = await interrupt(file);
    expect(r.stdout).toBe('ready\n');
    expect(r.stderr).toBe(
      `Traceback (most recent call last):\n  File "${file}", line 4, in <module>\n    while True:\n          ^^^^\nKeyboardInterrupt\n`,
    );
    expect(r.status).toBe(130);
  }, 90_000);

  it('KeyboardInterrupt ends time.sleep at once, with its traceback', async () => {
    const file = join(tmp, 'sleep.py');
    writeFileSync(file, 'import time\nprint("ready", flush=True)\ntime.sleep(30)\n');
    const started = Date.now();
    const r = await interrupt(file);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.stdout).toBe('ready\n');
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${file}", line 3, in <module>\n    time.sleep(30)\nKeyboardInterrupt\n`);
    expect(r.status).toBe(130);
  }, 90_000);

  it('a KeyboardInterrupt handler runs and the program goes on', async () => {
    const file = join(tmp, 'caught.py');
    writeFileSync(file, 'print("ready", flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("caught")\nprint("after")\n');
    const r = await interrupt(file);
    expect(r).toEqual({ status: 0, stdout: 'ready\ncaught\nafter\n', stderr: '' });
  }, 90_000);

  it('KeyboardInterrupt reaches the main thread in join() while another thread holds the GIL', async () => {
    const file = join(tmp, 'join.py');
    writeFileSync(
      file,
      'import threading\ndef spin():\n    while True:\n        pass\nt = threading.Thread(target=spin, daemon=True)\nt.start()\nprint("ready", flush=True)\nt.join()\n',
    );
    const r = await interrupt(file);
    expect(r.stdout).toBe('ready\n');
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*join\.py", line 8, in <module>\n {4}t\.join\(\)\n/);
    expect(r.stderr.endsWith('\nKeyboardInterrupt\n')).toBe(true);
    expect(r.status).toBe(130);
  }, 90_000);

  it('only the main thread gets KeyboardInterrupt: a sleeping thread goes on', async () => {
    const file = join(tmp, 'other.py');
    writeFileSync(
      file,
      [
        'import threading, time',
        'def nap():',
        '    time.sleep(2)',
        '    print("thread done", flush=True)',
        't = threading.Thread(target=nap)',
        't.start()',
        'print("ready", flush=True)',
        'try:',
        '    time.sleep(30)',
        'except KeyboardInterrupt:',
        '    print("main interrupted", flush=True)',
        't.join()',
        'print("end")',
        '',
      ].join('\n'),
    );
    const r = await interrupt(file);
    expect(r).toEqual({ status: 0, stdout: 'ready\nmain interrupted\nthread done\nend\n', stderr: '' });
  }, 90_000);
});
