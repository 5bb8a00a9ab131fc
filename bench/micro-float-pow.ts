/**
 * Micro-benchmark of float ** float and the math module's exp and log:
 *
 *     npm run bench:micro-pow
 *
 * tinybench times floatPow (what `x ** y` runs for two floats) on the
 * operands bench/programs/nbody.py meets (`d ** -1.5`, `x ** 0.5`), on small
 * integer exponents (`x ** 3`, `x ** -2`), on a spread of random exponents,
 * and crExp/crLog on ordinary arguments. Each task runs over a fixed array of
 * 1024 operands; the figure printed is nanoseconds per call.
 */
import { Bench } from 'tinybench';
import { floatPow } from '../src/numeric/float-arith.js';
import { crExp, crLog } from '../src/numeric/libm.js';

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

const bench = new Bench({ time: 500, warmup: true, warmupTime: 200 });
bench
  .add('x ** -1.5', over((x) => floatPow(x, -1.5)))
  .add('x ** 0.5', over((x) => floatPow(x, 0.5)))
  .add('x ** 2.5', over((x) => floatPow(x, 2.5)))
  .add('x ** 3', over((x) => floatPow(x, 3)))
  .add('x ** -2', over((x) => floatPow(x, -2)))
  .add('x ** random y', over((x, i) => floatPow(x, ys[i]!)))
  .add('exp(t)', over((_x, i) => crExp(ts[i]!)))
  .add('log(x)', over((x) => crLog(x)));

await bench.run();
const rows = bench.tasks.map((t) => {
  const r = t.result;
  const mean = r && 'latency' in r ? r.latency.mean : NaN; // ms per task run
  return { task: t.name, 'ns/call': Number(((mean * 1e6) / N).toFixed(1)) };
});
console.table(rows);
if (sink === 42) console.log('');
