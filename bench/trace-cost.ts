/**
 * What `gilvm --trace` costs (issue 7: "the cost of tracing is measured and
 * small").
 *
 *     npm run bench:trace [-- --runs N] [-- --no-write] [-- --doc FILE]
 *
 * Three programs (written to a temporary folder), each run N times (default
 * 5) with `--stats-json` alone and with `--stats-json --trace`, alternating:
 *
 * - countdown: two CPU-bound threads (few events: a switch every 5 ms);
 * - switchy: four CPU-bound threads at a 0.1 ms switch interval (many
 *   waits, drop requests and switches);
 * - pingpong: two threads passing a turn through locks (every pass blocks
 *   and wakes: the most events per second a program makes).
 *
 * The figure is the program's wall time from its statistics (main thread
 * start to end, without Node's start-up); the table shows the medians, the
 * overhead, and the events recorded (from the trace) with the cost per event.
 * A tinybench micro-benchmark adds the cost of recording one event
 * (`traceEvent`: a clock read and two stores) with tracing on and off, the
 * figure the whole-program overheads should be read against on a noisy machine.
 * The section goes to docs/performance.md between the `bench:trace-cost`
 * markers unless `--no-write`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { sectionMarkers, writeDocSection } from './doc-section.js';
import { attachHeap, CB_TRACE, CONTROL_BYTES } from '../src/heap/memory.js';
import { EV_RUNNING, startTimeline, traceEvent } from '../src/vm/thread-trace.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = process.env['GILVM_BIN'] ? resolve(process.env['GILVM_BIN']) : join(ROOT, 'bin/gilvm.js');
const { start: START, end: END } = sectionMarkers('trace-cost');

const PROGRAMS: Record<string, string> = {
  countdown: `
import threading
def countdown(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=countdown, args=(1_000_000,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`,
  switchy: `
import sys, threading
sys.setswitchinterval(0.0001)
def spin(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=spin, args=(300_000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
`,
  pingpong: `
import threading
N = 3000
a, b = threading.Lock(), threading.Lock()
b.acquire()
def ping():
    for _ in range(N):
        a.acquire(); b.release()
def pong():
    for _ in range(N):
        b.acquire(); a.release()
ts = [threading.Thread(target=ping), threading.Thread(target=pong)]
for t in ts: t.start()
for t in ts: t.join()
`,
};

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[s.length >> 1]!;
}

interface Run {
  wall: number;
  events: number;
}

function runOnce(dir: string, name: string, trace: boolean): Run {
  const stats = join(dir, `${name}.stats.json`);
  const traceFile = join(dir, `${name}.trace.json`);
  const args = [BIN, '--stats-json', stats, ...(trace ? ['--trace', traceFile] : []), join(dir, `${name}.py`)];
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', input: '', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${name}${trace ? ' --trace' : ''}: exit status ${r.status}: ${r.stderr}`);
  const wall = (JSON.parse(readFileSync(stats, 'utf8')) as { wall_s: number }).wall_s;
  let events = 0;
  if (trace) {
    const doc = JSON.parse(readFileSync(traceFile, 'utf8')) as { otherData: { recorded_events: number } };
    events = doc.otherData.recorded_events;
  }
  return { wall, events };
}

/** ns per traceEvent call, with tracing on and off (a control block of its own). */
async function perEventNs(): Promise<{ on: number; off: number }> {
  attachHeap(new SharedArrayBuffer(CONTROL_BYTES + 64));
  const BATCH = 1000;
  const measure = async (flag: number): Promise<number> => {
    Atomics.store(i32, CB_TRACE, flag);
    startTimeline();
    const bench = new Bench({ time: 400, warmup: true, warmupTime: 100 });
    bench.add('events', () => {
      for (let i = 0; i < BATCH; i++) traceEvent(EV_RUNNING);
      startTimeline(); // the buffer is reused from its start
    });
    await bench.run();
    const r = bench.tasks[0]!.result;
    const ms = r && 'latency' in r ? r.latency.mean : NaN;
    return (ms * 1e6) / BATCH;
  };
  return { on: await measure(1), off: await measure(0) };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  const docAt = argv.indexOf('--doc');
  const DOC = docAt >= 0 ? resolve(argv[docAt + 1]!) : join(ROOT, 'docs/performance.md');
  const write = !argv.includes('--no-write');
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-trace-cost-'));
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const rows: string[] = [];
  let busiest = { name: '', events: 0, wall: 1 };
  try {
    for (const [name, text] of Object.entries(PROGRAMS)) {
      writeFileSync(join(dir, `${name}.py`), text);
      const plain: number[] = [];
      const traced: number[] = [];
      let events = 0;
      for (let i = 0; i < runs; i++) {
        plain.push(runOnce(dir, name, false).wall);
        const t = runOnce(dir, name, true);
        traced.push(t.wall);
        events = t.events;
        process.stderr.write(`${name} run ${i + 1}/${runs}: ${plain.at(-1)!.toFixed(3)} s plain, ${t.wall.toFixed(3)} s traced\n`);
      }
      const p = median(plain);
      const t = median(traced);
      if (events / t > busiest.events / busiest.wall) busiest = { name, events, wall: t };
      const perEvent = events > 0 ? ((t - p) / events) * 1e6 : 0;
      const range = (xs: number[]): string => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
      rows.push(
        `| ${name} | ${p.toFixed(3)} s (${range(plain)}) | ${t.toFixed(3)} s (${range(traced)}) | ${(((t - p) / p) * 100).toFixed(1)}% | ${events.toLocaleString('en-US')} | ${perEvent.toFixed(2)} µs |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const micro = await perEventNs();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const section = [
    START,
    `Measured ${date} by \`npm run bench:trace\` (\`bench/trace-cost.ts\`): ${cpus().length} CPUs, Node.js ${process.version}, load average ${loadBefore} before, ${load} after; median of ${runs} runs each, alternating. Wall time: the program's own (its \`--stats-json\` \`wall_s\`).`,
    '',
    '| program | `--stats-json`: median (min–max) | `--stats-json --trace` | overhead | events recorded | overhead per event |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Recording one event (\`traceEvent\`, tinybench, batches of 1,000): ${micro.on.toFixed(1)} ns with tracing on, ${micro.off.toFixed(1)} ns off. A program records about one event per GIL hand-off, block or drop request: at that price the busiest program above (${busiest.name}, ${busiest.events.toLocaleString('en-US')} events in ${busiest.wall.toFixed(2)} s) spends about ${((busiest.events * micro.on) / 1e6).toFixed(2)} ms recording them (${((busiest.events * micro.on) / (busiest.wall * 1e7)).toFixed(3)}% of its run); the exit's JSON writing is outside the measured wall time. Whole-program differences beyond that are not the recording's; read them against the spread of the runs (min–max in brackets), which on a busy machine is larger than the differences.`,
    END,
  ].join('\n');
  console.log(section);
  if (!write) return;
  writeDocSection(
    DOC,
    START,
    END,
    section,
    'The cost of tracing',
    '`npm run bench:trace` (`bench/trace-cost.ts`): programs run with `--stats-json` and with\n' +
      '`--stats-json --trace` (every thread records each change of GIL state and each mark in a JS\n' +
      'buffer of its worker: a clock read and two stores; the buffer is copied into the heap at the\n' +
      "thread's end and turned into Trace Event JSON at exit). A negative overhead is noise.",
  );
  console.log(`updated ${DOC}`);
}

void main();
