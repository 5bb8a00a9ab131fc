/**
 * `gilvm bench` on a tiny program, the TS API (runPython) and the trace
 * conversion on made-up events (issue 7). The runs spawn the built CLI:
 * bin/gilvm.js, or $GILVM_BIN (a private build).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN as DEFAULT_BIN, cleanEnv, removeDir, tempDir } from './helpers.js';
import { parseBenchArgs, type BenchResult } from '../../src/cli/bench-main.js';
import { runPython, runPythonArgs, runPythonSource } from '../../src/api.js';
import { timelines, traceDocument } from '../../src/cli/stats-trace.js';
import { columnStates } from '../../src/cli/stats-html.js';
import { EV_BLOCKED, EV_DROP_REQUEST, EV_ENDED, EV_GC_END, EV_GC_START, EV_RUNNING, EV_WAITING } from '../../src/vm/thread-trace.js';
import type { ProgramStats, ThreadStats } from '../../src/vm/thread-stats.js';

const BIN = process.env['GILVM_BIN'] ? resolve(process.env['GILVM_BIN']) : DEFAULT_BIN;

const TINY = `
import os, sys, threading
n = int(sys.argv[1])
assert n == int(os.environ["GILVM_THREADS"]), (n, os.environ["GILVM_THREADS"])
def work(k):
    while k:
        k -= 1
ts = [threading.Thread(target=work, args=(20_000 // n,)) for _ in range(n)]
for t in ts: t.start()
for t in ts: t.join()
print("ok", n)
`;

let dir = '';
beforeAll(() => {
  dir = tempDir('gilvm-bench-');
  writeFileSync(join(dir, 'tiny.py'), TINY);
});
afterAll(() => removeDir(dir));

describe('gilvm bench', () => {
  it('parses its options', () => {
    const o = parseBenchArgs(['--threads', '4,1,2', '--modes=gil', '--runs', '2', '--json', 'x.json', 'p.py', '{threads}', '--x']);
    expect(o).toMatchObject({ threads: [1, 2, 4], modes: ['gil'], runs: 2, json: 'x.json', file: 'p.py', args: ['{threads}', '--x'] });
    expect(() => parseBenchArgs(['--threads', '0', 'p.py'])).toThrow();
    expect(() => parseBenchArgs(['--modes', 'fast', 'p.py'])).toThrow();
    expect(() => parseBenchArgs([])).toThrow();
  });

  it('runs every combination, prints the table, writes JSON and HTML', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'bench', '--threads', '1,2', '--runs', '1', '--json', 'b.json', '--html', 'b.html', 'tiny.py', '{threads}'],
      { cwd: dir, env: cleanEnv({ GILVM_BIN: BIN }), encoding: 'utf8', timeout: 240_000, input: '' },
    );
    expect(r.stderr).toContain('[1/4] gil, 1 thread, run 1/1: ');
    expect(r.stderr).toContain('[4/4] nogil, 2 threads, run 1/1: ');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/mode +threads +median wall +speedup +efficiency +GIL wait share/);
    expect(r.stdout).toMatch(/\ngil +1 +[\d.]+ s +1\.00x +100%/);
    // The two modes side by side.
    expect(r.stdout).toMatch(/side by side:\nthreads +gil wall +gil speedup +gil wait +nogil wall +nogil speedup +nogil wait\n/);
    const res = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as BenchResult;
    expect(res.rows.map((x) => `${x.mode}/${x.threads}`)).toEqual(['gil/1', 'gil/2', 'nogil/1', 'nogil/2']);
    for (const row of res.rows) {
      expect(row.median_wall_s).toBeGreaterThan(0);
      expect(row.speedup).toBeGreaterThan(0);
      expect(row.runs[0]!.status).toBe(0);
      expect(row.gil_wait_share).toBeGreaterThanOrEqual(0);
    }
    const html = readFileSync(join(dir, 'b.html'), 'utf8');
    expect(html).toContain('<svg id="speedup"');
    expect(html).toContain('id="ideal"');
    expect(html.match(/class="series"/g)).toHaveLength(2);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });

  it('a failing program fails the bench', () => {
    writeFileSync(join(dir, 'bad.py'), 'raise SystemExit(3)\n');
    const r = spawnSync(process.execPath, [BIN, 'bench', '--threads', '1', '--modes', 'gil', '--runs', '1', 'bad.py'], {
      cwd: dir, env: cleanEnv({ GILVM_BIN: BIN }), encoding: 'utf8', timeout: 120_000, input: '',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('failed: exit status 3');
  });
});

describe('runPython (the TS API)', () => {
  it('runs a source string with args and stdin, and returns the statistics', async () => {
    const r = await runPython({
      source: 'import sys\nprint(sys.argv[1:], sys.stdin.read().upper(), sys.getswitchinterval())\nsys.exit(4)',
      args: ['a', 'b'],
      stdin: 'hi',
      switchInterval: 0.002,
      gilvmBin: BIN,
      env: cleanEnv(),
    });
    expect(r.stdout).toBe("['a', 'b'] HI 0.002\n");
    expect(r.status).toBe(4);
    expect(r.stats?.mode).toBe('gil');
    expect(r.stats?.switch_interval_s).toBe(0.002);
    expect(r.stats?.threads[0]?.name).toBe('MainThread');
    expect(r.trace).toBe(null);
  });

  it('runs a file with a trace; an uncaught error is status 1 with its traceback', async () => {
    const r = await runPythonSource('import threading\nt = threading.Thread(target=print, args=("x",))\nt.start(); t.join()\n1/0\n', {
      trace: true,
      gilvmBin: BIN,
      env: cleanEnv(),
    });
    expect(r.stdout).toBe('x\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ZeroDivisionError: division by zero');
    expect(r.stats?.threads).toHaveLength(2);
    expect(r.trace?.traceEvents.filter((e) => e.name === 'thread_name')).toHaveLength(2);
  });

  it('builds the command line', () => {
    expect(runPythonArgs({ file: 'p.py', mode: 'nogil', args: ['1'] }, 's.json', null)).toEqual(['-X', 'gil=0', '--stats-json', 's.json', 'p.py', '1']);
    expect(() => runPythonArgs({}, 's', null)).toThrow(TypeError);
    expect(() => runPythonArgs({ source: '', switchInterval: 0 }, 's', null)).toThrow(RangeError);
  });
});

describe('timelines from events', () => {
  const thread = (ident: number, ev: number[] | null, startMs: number, endMs: number): ThreadStats => ({
    ident, nativeId: 0, name: ident === 1 ? 'MainThread' : `T${ident}`, alive: false, bytecodes: 0, gilWaitS: 0, gilHoldS: 0,
    gilAcquisitions: 0, dropRequests: 0, forcedSwitches: 0, blockedS: 0, startedMs: startMs, endedMs: endMs,
    wallS: (endMs - startMs) / 1000, events: ev === null ? null : Float64Array.from(ev),
  });
  const ms = (x: number): number => 1_000_000_000 + x * 1000; // µs since the epoch
  const stats: ProgramStats = {
    mode: 'gil', switchIntervalS: 0.005, collections: 1,
    threads: [
      thread(1, [ms(0), EV_RUNNING, ms(2), EV_BLOCKED, ms(8), EV_WAITING, ms(9), EV_RUNNING, ms(9.5), EV_GC_START, ms(9.7), EV_GC_END], 1_000_000, 1_000_010),
      thread(2, [ms(2), EV_WAITING, ms(2.1), EV_RUNNING, ms(7), EV_WAITING, ms(7), EV_DROP_REQUEST, ms(8), EV_RUNNING, ms(8.9), EV_ENDED], 1_000_002, 1_000_009),
      thread(3, null, 1_000_001, 1_000_010),
    ],
  };

  it('turns state changes into spans and marks', () => {
    const [main, t2, t3] = timelines(stats);
    expect(main!.spans.map((s) => [s.state, (s.start - ms(0)) / 1000, (s.end - ms(0)) / 1000])).toEqual([
      ['running', 0, 2], ['blocked', 2, 8], ['waiting', 8, 9], ['running', 9, 10],
    ]);
    expect(main!.collections).toHaveLength(1);
    expect(t2!.spans.map((s) => s.state)).toEqual(['waiting', 'running', 'waiting', 'running']);
    expect(t2!.spans.at(-1)!.end).toBe(ms(8.9));
    expect(t2!.dropRequests).toEqual([ms(7)]);
    expect(t3!.traced).toBe(false);
    expect(t3!.spans).toEqual([]);
  });

  it('makes a Trace Event document relative to the first event', () => {
    const doc = traceDocument(stats);
    const x = doc.traceEvents.filter((e) => e.ph === 'X');
    expect(Math.min(...x.map((e) => e.ts!))).toBe(0);
    expect(x.find((e) => e.name === 'collection')).toMatchObject({ ts: 9500, dur: 200, tid: 1 });
    expect(doc.traceEvents.filter((e) => e.name === 'thread_name').map((e) => (e.args as { name: string }).name)).toEqual(['MainThread', 'T2', 'T3 (not traced)']);
  });

  it('colours each timeline column by its main state', () => {
    const [main] = timelines(stats);
    const cols = columnStates(main!, ms(0), 10_000, 10);
    expect(cols).toEqual(['running', 'running', 'blocked', 'blocked', 'blocked', 'blocked', 'blocked', 'blocked', 'waiting', 'running']);
  });
});
