// Signals from outside the process, as the `signal` module says to take them: a Python handler
// runs in the main thread and the program goes on; SIG_IGN swallows the signal; with no handler
// (SIG_DFL) the system's default action ends the process, as it ends CPython. The programs' own
// signals (raise_signal, os.kill, alarm) are in the conformance suite (stdlib/signal_*).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SignalServer } from '../../src/cli/signal-server.js';
import { CB_INTERRUPT, CB_PENDING_SIGNALS } from '../../src/heap/memory.js';
import { BIN, cleanEnv, removeDir, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => removeDir(tmp));

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run `source`; each time it prints a line starting with "ready", send the next of `signals`. */
function run(name: string, source: string, signals: NodeJS.Signals[]): Promise<Run> {
  const file = join(tmp, name);
  writeFileSync(file, source);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, file], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let readies = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const now = stdout.split('\n').filter((l) => l.startsWith('ready')).length;
      for (; readies < now; readies++) {
        const sig = signals[readies];
        if (sig !== undefined) setTimeout(() => child.kill(sig), 100);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no exit; stdout: ${stdout} stderr: ${stderr}`));
    }, 60_000);
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** A program that waits in a busy loop until its handler has seen `n` signals. */
const waitFor = (n: number): string => `while len(seen) < ${n}:\n    pass\n`;

describe('signals from outside', () => {
  it('a Python handler for SIGTERM runs in the main thread, and the program goes on', async () => {
    const r = await run(
      'term.py',
      'import signal, threading\nseen = []\n' +
        'signal.signal(signal.SIGTERM, lambda s, f: seen.append((s, threading.current_thread().name)))\n' +
        'print("ready", flush=True)\n' +
        waitFor(1) +
        'print(seen)\n',
      ['SIGTERM'],
    );
    expect(r).toEqual({ status: 0, signal: null, stdout: 'ready\n[(15, \'MainThread\')]\n', stderr: '' });
  }, 90_000);

  it('a handler for SIGINT gets every Ctrl-C (no KeyboardInterrupt, no exit at the second)', async () => {
    const r = await run(
      'int.py',
      'import signal\nseen = []\n' +
        'signal.signal(signal.SIGINT, lambda s, f: seen.append(s))\n' +
        'print("ready 1", flush=True)\n' +
        waitFor(1) +
        'print("ready 2", flush=True)\n' +
        waitFor(2) +
        'print("ready 3", flush=True)\n' +
        waitFor(3) +
        'print(seen)\n',
      ['SIGINT', 'SIGINT', 'SIGINT'],
    );
    expect(r.stdout).toBe('ready 1\nready 2\nready 3\n[2, 2, 2]\n');
    expect(r.status).toBe(0);
  }, 90_000);

  it('SIG_IGN swallows the signal; SIG_DFL lets it end the process', async () => {
    const r = await run(
      'ign.py',
      'import signal, time\n' +
        'signal.signal(signal.SIGUSR1, signal.SIG_IGN)\n' +
        'print("ready 1", flush=True)\n' +
        'time.sleep(0.5)\n' +
        'print("still here", flush=True)\n' +
        'signal.signal(signal.SIGUSR1, signal.SIG_DFL)\n' +
        'print("ready 2", flush=True)\n' +
        'time.sleep(30)\n' +
        'print("not reached")\n',
      ['SIGUSR1', 'SIGUSR1'],
    );
    expect(r.stdout).toBe('ready 1\nstill here\nready 2\n');
    expect(r.signal).toBe('SIGUSR1');
  }, 90_000);
});

describe('SignalServer', () => {
  const ask = (server: SignalServer, m: { kind: 'signal'; signum: number; action: 'default' | 'ignore' | 'handle' } | { kind: 'alarm'; seconds: number }): number => {
    const reply = new SharedArrayBuffer(8);
    server.answer({ ...m, reply });
    const words = new Int32Array(reply);
    expect(words[0]).toBe(1);
    return words[1]!;
  };

  it('listens for a handled signal, makes it pending in the heap, and stops listening at SIG_DFL', async () => {
    const heap = new Int32Array(new SharedArrayBuffer(4096));
    const server = new SignalServer(() => heap, () => false);
    const before = process.listenerCount('SIGUSR2');
    try {
      ask(server, { kind: 'signal', signum: 12, action: 'handle' });
      expect(process.listenerCount('SIGUSR2')).toBe(before + 1);
      process.kill(process.pid, 'SIGUSR2');
      await new Promise((r) => setTimeout(r, 100));
      expect(Atomics.load(heap, CB_INTERRUPT)).toBe(1);
      expect(Atomics.load(heap, CB_PENDING_SIGNALS) & (1 << 12)).toBe(1 << 12);
      ask(server, { kind: 'signal', signum: 12, action: 'default' });
      expect(process.listenerCount('SIGUSR2')).toBe(before);
    } finally {
      server.close();
    }
  });

  it('alarm answers the seconds the previous alarm had left', () => {
    const server = new SignalServer(() => null, () => false);
    try {
      expect(ask(server, { kind: 'alarm', seconds: 100 })).toBe(0);
      expect(ask(server, { kind: 'alarm', seconds: 5 })).toBe(100);
      expect(ask(server, { kind: 'alarm', seconds: 0 })).toBe(5);
      expect(ask(server, { kind: 'alarm', seconds: 0 })).toBe(0);
    } finally {
      server.close();
    }
  });
});
