/**
 * Micro-benchmark of the compiler's stages on one mid-size module:
 *
 *     npm run bench:micro [-- path/to/module.py]
 *
 * Default module: `argparse.py` of the standard library beside `python3`
 * (about 2,600 lines of ordinary Python), or this repository's
 * examples/countdown.py when there is no python3. tinybench times
 * tokenizing, parsing, and the whole compile (parse, fold, symtable,
 * codegen, assemble) and the compile plus marshalling (what compileall does
 * per file, less the file I/O), each on the same text; the first compile in
 * a fresh process (before V8 has optimized anything); then python3's
 * `compile()` of the same text, for scale. Refreshes its section of
 * docs/performance.md (`-- --no-write`: print only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { compileSource } from '../src/compiler/compile.js';
import { parse } from '../src/compiler/parser.js';
import { tokenizeAll } from '../src/compiler/tokenizer.js';
import { serializeCode } from '../src/bytecode/marshal.js';
import type { CodeObject } from '../src/bytecode/code.js';
import { replaceSection, sectionMarkers } from './doc-section.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DOC = join(ROOT, 'docs/performance.md');
const { start: START, end: END } = sectionMarkers('micro-compile');

function defaultModule(): string {
  const r = spawnSync(process.env['PYTHON'] ?? 'python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  });
  const candidate = r.status === 0 ? join(r.stdout.trim(), 'argparse.py') : '';
  return candidate && existsSync(candidate) ? candidate : join(ROOT, 'examples/countdown.py');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--no-write');
  const write = !process.argv.includes('--no-write');
  const file = args[0] ?? defaultModule();
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
    })
    .add('compile + marshal', () => {
      serializeCode(compileSource(source, file, 'exec') as CodeObject);
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
  let cpyMs = NaN;
  if (py.status === 0) {
    cpyMs = Number(py.stdout.trim());
    const gilMs = Number(rows[2]!['mean (ms)']);
    console.log(`CPython compile() of the same text: ${cpyMs.toFixed(2)} ms (best of 5); gilvm compile: ${(gilMs / cpyMs).toFixed(2)}x that`);
  }

  // The first compile in a fresh process: what a short run pays before V8 has optimized the compiler.
  const cold = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs';
       const { compileSource } = await import(${JSON.stringify(join(ROOT, 'dist/src/compiler/compile.js'))});
       const src = readFileSync(process.argv[1], 'utf8');
       const t = performance.now();
       compileSource(src, process.argv[1], 'exec');
       console.log((performance.now() - t).toFixed(2));`,
      file,
    ],
    { encoding: 'utf8' },
  );
  const coldMs = cold.status === 0 ? Number(cold.stdout.trim()) : NaN;
  console.log(`first compile in a fresh process: ${coldMs.toFixed(2)} ms`);

  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const pyVersion = spawnSync(process.env['PYTHON'] ?? 'python3', ['-c', 'import sys; print(sys.version.split()[0])'], {
    encoding: 'utf8',
  }).stdout.trim();
  const label = ['tokenize', 'tokenize + parse', 'compile (parse + fold + symtable + codegen + assemble)', 'compile + marshal'];
  const section = [
    START,
    `Measured ${date} by \`npm run bench:micro\` (\`bench/micro-compile.ts\`): ${cpus().length} CPUs, load average ${load} (a shared machine: expect noise), Node.js ${process.version}, CPython ${pyVersion}, on \`${file.split('/').slice(-1)[0]}\` (${lines.toLocaleString('en-US')} lines).`,
    '',
    '| stage | mean | lines/s |',
    '|---|---|---|',
    ...rows.map((r, i) => `| ${label[i]} | ${r['mean (ms)']} ms | ${r['lines/s']} |`),
    `| first compile in a fresh process (no JIT warm-up yet) | ${coldMs.toFixed(2)} ms | ${Math.round((lines / coldMs) * 1000).toLocaleString('en-US')} |`,
    `| CPython ${pyVersion} \`compile()\` | ${cpyMs.toFixed(2)} ms | ${Math.round((lines / cpyMs) * 1000).toLocaleString('en-US')} |`,
    END,
  ].join('\n');
  console.log('\n' + section);
  if (write && existsSync(DOC)) {
    const doc = readFileSync(DOC, 'utf8');
    const replaced = replaceSection(doc, START, END, section);
    if (replaced !== null) {
      writeFileSync(DOC, replaced);
      console.log(`\nupdated ${DOC}`);
    } else console.log(`\n${DOC} has no ${START} section: not updated`);
  }
}

await main();
