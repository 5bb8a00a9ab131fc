/**
 * Micro-benchmark of float ** float and the math module's exp, log, sin and erf:
 *
 *     npm run bench:micro-pow
 *
 * tinybench times floatPow (what `x ** y` runs for two floats, which calls
 * the C library's pow through koffi, src/numeric/c-libm.ts) on the operands
 * bench/programs/nbody.py meets (`d ** -1.5`, `x ** 0.5`), on small integer
 * exponents (`x ** 3`, `x ** -2`), on a spread of random exponents, and exp,
 * log, sin and erf on ordinary arguments; and the same through the project's own
 * evaluations (`GILVM_LIBM=js`: pow-kernel.ts, libm.ts), to show what the
 * foreign call costs. Each task runs over a fixed array of 1024 operands; the
 * figures (printed, and written to docs/performance.md) are nanoseconds per
 * call: tinybench's (wall clock) and the process's CPU time over a plain
 * timed loop, which stays meaningful on a loaded machine.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { replaceSection, sectionMarkers } from './doc-section.js';
import { floatPow } from '../src/numeric/float-arith.js';
import { jsLibm, libm } from '../src/numeric/c-libm.js';

const N = 1024;
let seed = 12345;
function random(): number {
  // a small LCG, so every run times the same operands
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const xs = Float64Array.from({ length: N }, () => Math.exp(random() * 10 - 3));
const ys = Float64Array.from({ length: N }, () => random() * 20 - 10);
const ts = Float64Array.from({ length: N }, () => random() * 80 - 40);

let sink = 0;
function over(f: (x: number, i: number) => number): () => void {
  return () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += f(xs[i]!, i);
    sink += s;
  };
}

const own = jsLibm;
/** [operation, through the C library, through the project's own evaluations] */
const operations: [string, () => void, () => void][] = [
  ['x ** -1.5', over((x) => floatPow(x, -1.5)), over((x) => own.pow(x, -1.5))],
  ['x ** 0.5', over((x) => floatPow(x, 0.5)), over((x) => own.pow(x, 0.5))],
  ['x ** 2.5', over((x) => floatPow(x, 2.5)), over((x) => own.pow(x, 2.5))],
  ['x ** 3', over((x) => floatPow(x, 3)), over((x) => own.pow(x, 3))],
  ['x ** -2', over((x) => floatPow(x, -2)), over((x) => own.pow(x, -2))],
  ['x ** random y', over((x, i) => floatPow(x, ys[i]!)), over((x, i) => own.pow(x, ys[i]!))],
  ['exp(t)', over((_x, i) => libm().exp(ts[i]!)), over((_x, i) => own.exp(ts[i]!))],
  ['log(x)', over((x) => libm().log(x)), over((x) => own.log(x))],
  ['sin(t)', over((_x, i) => libm().sin(ts[i]!)), over((_x, i) => own.sin(ts[i]!))],
  ['erf(y)', over((_x, i) => libm().erf(ys[i]! / 4)), over((_x, i) => own.erf(ys[i]! / 4))],
];
if (libm().source !== 'host') console.log('the C library did not load: both columns time the own evaluations');
const tasks: [string, () => void][] = operations.flatMap(([name, c, js]): [string, () => void][] => [
  [name, c],
  [`${name} (own)`, js],
]);
const bench = new Bench({ time: 500, warmup: true, warmupTime: 200 });
for (const [name, fn] of tasks) bench.add(name, fn);

/** CPU nanoseconds per call of a task, over enough runs to take half a second of CPU. */
function cpuNsPerCall(fn: () => void): number {
  let runs = 0;
  const start = process.cpuUsage().user;
  let used = 0;
  while (used < 500_000) {
    for (let i = 0; i < 16; i++) fn();
    runs += 16;
    used = process.cpuUsage().user - start;
  }
  return (used * 1000) / (runs * N);
}

await bench.run();
const rows = bench.tasks.map((t, i) => {
  const r = t.result;
  const mean = r && 'latency' in r ? r.latency.mean : NaN; // ms per task run
  return {
    task: t.name,
    'ns/call': Number(((mean * 1e6) / N).toFixed(1)),
    'cpu ns/call': Number(cpuNsPerCall(tasks[i]![1]).toFixed(1)),
  };
});
console.table(rows);
if (sink === 42) console.log('');

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DOC = join(ROOT, 'docs/performance.md');
const { start, end } = sectionMarkers('micro-float-pow');
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const section = [
  start,
  `Measured ${date} by \`npm run bench:micro-pow\` (\`bench/micro-float-pow.ts\`): ${cpus().length} CPUs, load average ${load}, Node.js ${process.version}.`,
  '',
  '| operation | C library: ns per call (tinybench, wall clock) | CPU ns per call | own evaluation: ns per call | CPU ns per call |',
  '|---|---|---|---|---|',
  ...operations.map(([name], i) => {
    const c = rows[2 * i]!;
    const js = rows[2 * i + 1]!;
    return `| \`${name}\` | ${c['ns/call']} | ${c['cpu ns/call']} | ${js['ns/call']} | ${js['cpu ns/call']} |`;
  }),
  end,
].join('\n');
console.log('\n' + section);
const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
const replaced = replaceSection(doc, start, end, section);
if (replaced !== null) {
  writeFileSync(DOC, replaced);
  console.log(`\nupdated ${DOC}`);
} else console.log(`\n${DOC} has no ${start} section: not updated`);
