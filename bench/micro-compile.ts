/**
 * Micro-benchmark of the compiler's stages on one mid-size module:
 *
 *     npm run bench:micro [-- path/to/module.py]
 *
 * Default module: `argparse.py` of the standard library beside `python3`
 * (about 2,600 lines of ordinary Python), or this repository's
 * examples/countdown.py when there is no python3. tinybench times
 * tokenizing, parsing, and the whole compile (parse, fold, symtable,
 * codegen, assemble), each on the same text; then python3's `compile()`
 * of the same text, for scale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { compileSource } from '../src/compiler/compile.js';
import { parse } from '../src/compiler/parser.js';
import { tokenizeAll } from '../src/compiler/tokenizer.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function defaultModule(): string {
  const r = spawnSync(process.env['PYTHON'] ?? 'python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  });
  const candidate = r.status === 0 ? join(r.stdout.trim(), 'argparse.py') : '';
  return candidate && existsSync(candidate) ? candidate : join(ROOT, 'examples/countdown.py');
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? defaultModule();
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n').length;
  console.log(`${file}: ${lines} lines, ${source.length} characters`);

  const bench = new Bench({ time: 2000, warmupTime: 500 });
  bench
    .add('tokenize', () => {
      tokenizeAll(source, file);
    })
    .add('parse (tokenize + parse)', () => {
      parse(source, file, 'exec');
    })
    .add('compile (parse + fold + symtable + codegen + assemble)', () => {
      compileSource(source, file, 'exec');
    });
  await bench.run();
  const rows = bench.tasks.map((t) => {
    const r = t.result as unknown as { latency?: { mean?: number; rme?: number; samplesCount?: number }; mean?: number; rme?: number; samples?: unknown[] };
    const mean = r.latency?.mean ?? r.mean ?? NaN; // milliseconds
    const rme = r.latency?.rme ?? r.rme ?? NaN;
    const n = r.latency?.samplesCount ?? r.samples?.length ?? 0;
    return {
      task: t.name,
      'mean (ms)': mean.toFixed(2),
      '± (%)': rme.toFixed(1),
      'lines/s': Math.round((lines / mean) * 1000).toLocaleString('en-US'),
      samples: n,
    };
  });
  console.table(rows);

  // CPython's compile() of the same text, for scale (best of 5 means, as timeit reports).
  const py = spawnSync(
    process.env['PYTHON'] ?? 'python3',
    [
      '-c',
      'import sys, timeit\n' +
        'src = open(sys.argv[1], encoding="utf-8").read()\n' +
        't = timeit.Timer(lambda: compile(src, sys.argv[1], "exec"))\n' +
        'n, _ = t.autorange()\n' +
        'print("%.2f" % (min(t.repeat(5, n)) / n * 1000))',
      file,
    ],
    { encoding: 'utf8' },
  );
  if (py.status === 0) {
    const cpyMs = Number(py.stdout.trim());
    const gilMs = Number(rows[2]!['mean (ms)']);
    console.log(`CPython compile() of the same text: ${cpyMs.toFixed(2)} ms (best of 5); gilvm compile: ${(gilMs / cpyMs).toFixed(2)}x that`);
  }
}

await main();
