/**
 * gilvm --stats, --stats-json, --trace and --report on real runs (issue 7).
 * They spawn the built CLI: bin/gilvm.js, or $GILVM_BIN (a private build).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN as DEFAULT_BIN, cleanEnv, removeDir, tempDir } from './helpers.js';
import { parseCommandLine } from '../../src/cli/options.js';
import type { StatsReport } from '../../src/cli/stats-format.js';
import type { TraceDocument } from '../../src/cli/stats-trace.js';

const BIN = process.env['GILVM_BIN'] ? resolve(process.env['GILVM_BIN']) : DEFAULT_BIN;

const PROGRAM = `
import threading

# Both start counting together (a second worker may still be booting when the first thread runs).
together = threading.Barrier(2)

def countdown(n):
    together.wait()
    while n > 0:
        n -= 1

ts = [threading.Thread(target=countdown, args=(2_000_000,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counted")
`;

let dir = '';
let prog = '';

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: cleanEnv(), encoding: 'utf8', timeout: 120_000, input: '' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = tempDir('gilvm-stats-');
  prog = join(dir, 'countdown2.py');
  writeFileSync(prog, PROGRAM);
});
afterAll(() => removeDir(dir));

describe('command line', () => {
  it('parses the report options', () => {
    const r = parseCommandLine(['--stats', '--stats-json=a.json', '--trace', 't.json', '--report', 'r.html', 'x.py', '--stats'], {});
    expect(r.action).toBe('run');
    if (r.action !== 'run') return;
    expect(r.config.reports).toEqual({ stats: true, statsJson: 'a.json', trace: 't.json', report: 'r.html' });
    expect(r.config.argv).toEqual(['x.py', '--stats']);
    const plain = parseCommandLine(['x.py'], {});
    expect(plain.action === 'run' && plain.config.reports).toBe(undefined);
    expect(parseCommandLine(['--trace'], {})).toEqual({ action: 'usage-error', message: 'Argument expected for the --trace option' });
  });
});

describe('reports on a real run', () => {
  it('--stats-json has the issue fields; --stats prints after the program', () => {
    const r = run(['--stats', '--stats-json', 'out.json', prog]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('counted\n');
    expect(r.stderr).toContain('== gilvm --stats ==');
    expect(r.stderr).toMatch(/mode: gil .*switch interval 5\.0 ms; wall /);
    expect(r.stderr).toMatch(/MainThread +[\d,]+ /);
    const s = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as StatsReport;
    expect(s.mode).toBe('gil');
    expect(s.switch_interval_s).toBe(0.005);
    expect(s.wall_s).toBeGreaterThan(0);
    expect(s.locks).toEqual([]);
    expect(s.threads).toHaveLength(3);
    for (const t of s.threads) {
      for (const k of ['name', 'ident', 'bytecodes', 'gil_wait_s', 'gil_hold_s', 'gil_acquisitions', 'drop_requests', 'forced_switches'] as const) {
        expect(t).toHaveProperty(k);
      }
      expect(t.gil_acquisitions).toBeGreaterThan(0);
      expect(t.gil_hold_s).toBeGreaterThan(0);
    }
    expect(s.threads[0]!.name).toBe('MainThread');
    const workers = s.threads.slice(1);
    // Each countdown runs 2,000,000 iterations of several bytecodes, both at once.
    for (const t of workers) expect(t.bytecodes).toBeGreaterThan(800_000);
    // Two CPU-bound threads under the GIL: each waits while the other runs (issue 7: "a wait
    // share well above zero"); without the GIL, none.
    for (const t of workers) {
      if (s.mode === 'gil') expect(t.gil_wait_share).toBeGreaterThan(0.05);
      else expect(t.gil_wait_s).toBe(0);
    }
    expect(s.totals.gil_wait_share).toBeGreaterThan(0);
  });

  it('-X gil=0 measures free-threading mode: no GIL waits, object locks by type and by creation site', () => {
    const r = run(['-X', 'gil=0', '--stats', '--stats-json', 'nogil.json', prog]);
    expect(r.status).toBe(0);
    const s = JSON.parse(readFileSync(join(dir, 'nogil.json'), 'utf8')) as StatsReport;
    expect(s.requested_mode).toBe('free-threading');
    expect(s.mode).toBe('free-threading');
    // Waits are only parks while another thread collects: the countdowns allocate next to nothing.
    for (const t of s.threads) expect(t.gil_wait_share).toBeLessThan(0.05);
    // threading's own dicts and lists are locked as they change.
    expect(s.lock_types.map((l) => l.type)).toContain('dict');
    for (const l of [...s.lock_types, ...s.locks]) expect(l.acquisitions).toBeGreaterThanOrEqual(l.contended);
    expect(s.locks.some((l) => /\(threading\.py:\d+\)$/.test(l.site))).toBe(true);
    expect(r.stderr).toContain('object locks by type:');
    expect(r.stderr).toContain('object locks by creation site');
  });

  it('-X gil=0 names the line that made each locked object', () => {
    writeFileSync(
      join(dir, 'sites.py'),
      'import threading\nshared = []\ndef make():\n    return (\n        [])\n' +
        'def work():\n    mine = make()\n    for i in range(3000):\n        shared.append(i)\n        mine.append(i)\n' +
        'ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n',
    );
    const r = run(['-X', 'gil=0', '--stats-json', 'sites.json', 'sites.py']);
    expect(r.status).toBe(0);
    const s = JSON.parse(readFileSync(join(dir, 'sites.json'), 'utf8')) as StatsReport;
    const site = (text: string) => s.locks.find((l) => l.site === text);
    // Both threads' appends to the module's list, and each thread's own list made inside make().
    expect(site('<module> (sites.py:2)')).toMatchObject({ type: 'list', acquisitions: 6000 });
    expect(site('make (sites.py:5)')).toMatchObject({ type: 'list', acquisitions: 6000 });
  });

  it('-X switchinterval sets the interval the report shows', () => {
    const r = run(['-X', 'switchinterval=0.001', '--stats-json', 'si.json', '-c', 'import sys; print(sys.getswitchinterval())']);
    expect(r.stdout).toBe('0.001\n');
    expect((JSON.parse(readFileSync(join(dir, 'si.json'), 'utf8')) as StatsReport).switch_interval_s).toBe(0.001);
  });

  it('--trace writes Trace Event JSON with one track per thread and spans', () => {
    const r = run(['--trace', 'trace.json', prog]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8')) as TraceDocument;
    expect(Array.isArray(doc.traceEvents)).toBe(true);
    const names = doc.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name');
    expect(names).toHaveLength(3);
    expect(new Set(names.map((e) => e.tid)).size).toBe(3);
    expect(names.map((e) => (e.args as { name: string }).name)).toContain('MainThread');
    for (const m of names) {
      const spans = doc.traceEvents.filter((e) => e.ph === 'X' && e.tid === m.tid);
      expect(spans.length).toBeGreaterThan(0);
      expect(spans.some((e) => e.name === 'running')).toBe(true);
      for (const e of spans) {
        expect(e.ts).toBeGreaterThanOrEqual(0);
        expect(e.dur).toBeGreaterThanOrEqual(0);
        expect(e.pid).toBe(1);
      }
    }
    // Two CPU-bound threads: someone waited for the GIL and asked for it.
    expect(doc.traceEvents.some((e) => e.name === 'waiting for the GIL')).toBe(true);
    expect(doc.traceEvents.some((e) => e.ph === 'i' && e.name === 'drop request' && e.s === 't')).toBe(true);
    // Under the GIL no two threads run at once: the running spans of different threads do not
    // overlap (beyond clock jitter), which needs one clock for every worker.
    const running = doc.traceEvents.filter((e) => e.ph === 'X' && e.name === 'running').sort((a, b) => a.ts! - b.ts!);
    let overlap = 0;
    for (let i = 1; i < running.length; i++) {
      const prevEnd = running[i - 1]!.ts! + running[i - 1]!.dur!;
      if (running[i]!.tid !== running[i - 1]!.tid) overlap = Math.max(overlap, prevEnd - running[i]!.ts!);
    }
    expect(overlap).toBeLessThan(300); // µs
    // Spans of one thread do not overlap.
    for (const m of names) {
      const spans = doc.traceEvents.filter((e) => e.ph === 'X' && e.cat === 'gil' && e.tid === m.tid).sort((a, b) => a.ts! - b.ts!);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.ts!).toBeGreaterThanOrEqual(spans[i - 1]!.ts! + spans[i - 1]!.dur! - 0.01);
    }
  });

  it('--report writes one self-contained page with the timeline, the table and the locks', () => {
    const r = run(['--report', 'report.html', prog]);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg id="timeline"');
    expect(html.match(/class="st-running"/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(html).toContain('class="st-waiting"');
    expect(html).toContain('<table id="stats">');
    expect(html.match(/<tr><td>/g)?.length).toBe(3);
    expect(html).toContain('Contended locks');
    expect(html).toContain('id="locks-empty"');
    // Nothing is fetched: no external scripts, styles or images.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    // The inline script at least compiles; the data it reads parses.
    const script = html.slice(html.lastIndexOf('<script>') + 8, html.lastIndexOf('</script>'));
    expect(() => new Function(script)).not.toThrow();
    const data = html.match(/<script type="application\/json" id="timeline-data">(.*?)<\/script>/s)![1]!;
    const parsed = JSON.parse(data) as { names: string[]; states: string[] };
    expect(parsed.names).toHaveLength(3);
    for (const row of parsed.states) expect(row).toMatch(/^[rwbn]+$/);
    // The pointer's tooltip, with the few DOM calls the script makes stood in for.
    const handlers: Record<string, (e: { clientX: number; clientY: number }) => void> = {};
    const svg = {
      viewBox: { baseVal: { width: 1160 } },
      getBoundingClientRect: () => ({ left: 0, top: 0, width: 1160 }),
      addEventListener: (k: string, f: (e: { clientX: number; clientY: number }) => void) => (handlers[k] = f),
    };
    const tip = { style: { display: '' }, textContent: '' };
    const document = { getElementById: (id: string) => (id === 'timeline-data' ? { textContent: data } : id === 'timeline' ? svg : tip) };
    new Function('document', script)(document);
    handlers['mousemove']!({ clientX: 160, clientY: 30 }); // the first row, near the start
    expect(tip.style.display).toBe('block');
    expect(tip.textContent).toMatch(/^MainThread @ [\d.]+ ms: (running|waiting for the GIL|blocked|-)$/);
    handlers['mousemove']!({ clientX: 20, clientY: 30 }); // over the labels
    expect(tip.style.display).toBe('none');
  });
});
