/**
 * The compiler alone, cold and warm: gilvm's compileSource against CPython's compile().
 *
 *     npm run bench:compile-passes [-- --passes N] [-- --no-write]
 *
 * Reads the `.py` files of the standard library beside `python3` (or
 * `$PYTHON`; test folders and site-packages left out, and the few files
 * CPython itself cannot compile) and compiles all of them N times over (default
 * 4) in one process: gilvm's compiler in this Node process, CPython's
 * `compile(source, path, 'exec')` in a python3 process. Nothing is written and
 * no process starts between passes, so the first pass shows what a fresh
 * process pays (for gilvm, V8 interpreting the compiler while it optimizes
 * it: the JIT's warm-up) and the later passes the compiler's own speed. Wall
 * and CPU time per pass (CPU: the whole process, V8's background compiler
 * threads included). Prints the table and refreshes its section of
 * docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishSection, sectionMarkers } from './doc-section.js';
import { compileSource } from '../src/compiler/compile.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DOC = join(ROOT, 'docs/performance.md');
const PYTHON = process.env['PYTHON'] ?? 'python3';
const EXCLUDED_DIRS = new Set(['test', 'tests', 'idle_test', 'site-packages', 'dist-packages', '__pycache__']);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const PASSES = option('--passes', 4);
const WRITE = !process.argv.includes('--no-write');

function pyFiles(dir: string, rel = ''): string[] {
  const files: string[] = [];
  for (const ent of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) {
      if (!EXCLUDED_DIRS.has(ent.name)) files.push(...pyFiles(dir, r));
    } else if (ent.isFile() && ent.name.endsWith('.py')) files.push(r);
  }
  return files;
}

interface Pass {
  wall: number; // seconds
  cpu: number;
}

/** CPython's passes: prints the files it cannot compile, then one "wall cpu" line per pass. */
const PYTHON_PASSES = `
import sys, time
root, passes = sys.argv[1], int(sys.argv[2])
paths = sys.stdin.read().split('\\n')
sources = []
for p in paths:
    with open(root + '/' + p, 'rb') as f:
        data = f.read()
    try:
        compile(data, p, 'exec')
        sources.append((data, p))
    except (SyntaxError, ValueError):
        print('fails', p)
for _ in range(passes):
    w, c = time.perf_counter(), time.process_time()
    for data, p in sources:
        compile(data, p, 'exec')
    print('pass', time.perf_counter() - w, time.process_time() - c)
`;

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const stdlib = spawnSync(PYTHON, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
const pyVersion = spawnSync(PYTHON, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
const all = pyFiles(stdlib);

// CPython first (its own process), which also says which files are not Python 3 at all.
const py = spawnSync(PYTHON, ['-c', PYTHON_PASSES, stdlib, String(PASSES)], { input: all.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
if (py.status !== 0) throw new Error(`${PYTHON} failed: ${py.stderr}`);
const failing = new Set<string>();
const cpython: Pass[] = [];
for (const line of py.stdout.split('\n')) {
  const [what, a, b] = line.split(' ');
  if (what === 'fails') failing.add(a!);
  if (what === 'pass') cpython.push({ wall: Number(a), cpu: Number(b) });
}
const files = all.filter((f) => !failing.has(f));
const sources = files.map((f) => readFileSync(join(stdlib, f), 'utf8'));
const bytes = sources.reduce((n, s) => n + s.length, 0);

const gilvm: Pass[] = [];
for (let p = 0; p < PASSES; p++) {
  const w = performance.now();
  const c = cpuSeconds();
  for (let i = 0; i < files.length; i++) compileSource(sources[i]!, files[i]!, 'exec');
  gilvm.push({ wall: (performance.now() - w) / 1000, cpu: cpuSeconds() - c });
  console.log(`pass ${p + 1}: gilvm ${gilvm[p]!.wall.toFixed(2)} s (CPU ${gilvm[p]!.cpu.toFixed(2)} s), CPython ${cpython[p]!.wall.toFixed(2)} s`);
}

const { start, end } = sectionMarkers('compile-passes');
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const s = (x: number): string => `${x.toFixed(2)} s`;
const section = [
  start,
  `Measured ${date} by \`npm run bench:compile-passes\` (\`bench/compile-passes.ts\`): ${cpus().length} CPUs, load average ${load}, Node.js ${process.version}, CPython ${pyVersion} (\`${PYTHON}\`).`,
  '',
  `${files.length} files of \`${stdlib}\` (${(bytes / 1e6).toFixed(1)} MB; ${failing.size} that CPython cannot compile left out), each compiled ${PASSES} times over in one process; nothing written.`,
  '',
  '| pass | gilvm wall | gilvm CPU | CPython wall | CPython CPU | gilvm / CPython (wall) |',
  '|---|---|---|---|---|---|',
  ...gilvm.map((g, i) => `| ${i + 1} | ${s(g.wall)} | ${s(g.cpu)} | ${s(cpython[i]!.wall)} | ${s(cpython[i]!.cpu)} | ${(g.wall / cpython[i]!.wall).toFixed(2)}× |`),
  end,
].join('\n');
publishSection(DOC, start, end, section, {
  write: WRITE,
  ranAny: true,
  heading: 'The compiler, cold and warm',
  intro: 'The compiler alone (`npm run bench:compile-passes`): the first pass in a fresh process against the later ones.',
});
