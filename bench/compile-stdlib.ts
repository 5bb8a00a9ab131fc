/**
 * Compiling CPython's standard library: gilvm against CPython.
 *
 *     npm run bench:compile [-- --runs N] [-- --no-write]
 *
 * Copies the `.py` files of the standard library beside `python3` (without
 * its test folders and site-packages) into two temporary folders, one per
 * tool, then times `python3 -m compileall -q -f DIR` and
 * `node bin/gilvm.js -m compileall -q -f DIR` (N runs each, default 3, the
 * median reported), and counts what each compiled: a file counts for gilvm
 * when its `__pycache__/<name>.gilvm-01.pyc` exists, for CPython when its
 * `__pycache__/<name>.<cache_tag>.pyc` does. It prints the figures and
 * refreshes their section of docs/performance.md (one section per CPython
 * version: `PYTHON=python3.12 npm run bench:compile` measures 3.12's). Add
 * `--jobs` to time both with `-j 0` too.
 */
import { spawnSync } from 'node:child_process';
import { takeUsage, USAGE_WRAPPER } from './child-usage.js';
import { cpus } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceSection, sectionMarkers } from './doc-section.js';
import { pythonExecutable } from './figures.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/gilvm.js');
const DOC = join(ROOT, 'docs/performance.md');
/** Each CPython version's figures have their own section (markers keyed by version). */
const PYTHON = process.env['PYTHON'] ?? 'python3';

/** Folders left out: test suites (they hold deliberately broken files) and third-party code. */
const EXCLUDED_DIRS = new Set(['test', 'tests', 'idle_test', 'site-packages', 'dist-packages', '__pycache__']);

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Copy the .py files of `src` into `dest`; returns their paths relative to `dest`. */
function copyPy(src: string, dest: string, rel = ''): string[] {
  const files: string[] = [];
  mkdirSync(join(dest, rel), { recursive: true });
  for (const ent of readdirSync(join(src, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) {
      if (!EXCLUDED_DIRS.has(ent.name)) files.push(...copyPy(src, dest, r));
    } else if (ent.isFile() && ent.name.endsWith('.py')) {
      copyFileSync(join(src, r), join(dest, r));
      files.push(r);
    }
  }
  return files;
}

function cacheFile(dir: string, rel: string, tag: string): string {
  const slash = rel.lastIndexOf('/');
  const folder = slash < 0 ? '' : rel.slice(0, slash);
  const name = rel.slice(slash + 1, -3);
  return join(dir, folder, '__pycache__', `${name}.${tag}.pyc`);
}

interface Timing {
  /** Wall time of each run, seconds. */
  seconds: number[];
  median: number;
  /** CPU time (user + system) of each run, seconds. */
  cpu: number[];
  cpuMedian: number;
  status: number;
  output: string;
}

/**
 * The interpreter the wrapper and CPython's runs use: `sys.executable` of
 * PYTHON, so that a launcher in front of it (pyenv's shim is a shell script
 * that starts several processes) is not counted as CPython's time.
 */
let pythonExe = PYTHON;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(cmd: string, args: string[], runs: number, env: NodeJS.ProcessEnv): Timing {
  const seconds: number[] = [];
  const cpu: number[] = [];
  let status = 0;
  let output = '';
  for (let i = 0; i < runs; i++) {
    // Wall time is measured by the wrapper around the child alone (not the wrapper's own start).
    const r = spawnSync(pythonExe, [...USAGE_WRAPPER, cmd, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
    const { usage, stderr } = takeUsage(r.stderr ?? '');
    cpu.push(usage.cpu);
    seconds.push(usage.wall);
    status = r.status ?? -1;
    output = (r.stdout ?? '') + stderr;
  }
  return { seconds, median: median(seconds), cpu, cpuMedian: median(cpu), status, output };
}

function main(): void {
  const argv = process.argv.slice(2);
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 3;
  const write = !argv.includes('--no-write');
  const jobs = argv.includes('--jobs');

  const stdlib = sh(PYTHON, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]);
  const pyVersion = sh(PYTHON, ['-c', 'import sys; print(sys.version.split()[0])']);
  pythonExe = pythonExecutable(PYTHON);
  const minor = pyVersion.split('.').slice(0, 2).join('.');
  const { start: START, end: END } = sectionMarkers(`compile-stdlib-${minor}`);
  const cacheTag = sh(PYTHON, ['-c', 'import sys; print(sys.implementation.cache_tag)']);
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const work = mkdtempSync(join(tmpdir(), 'gilvm-bench-'));
  const cpyDir = join(work, 'cpython');
  const gilDir = join(work, 'gilvm');
  try {
    const files = copyPy(stdlib, cpyDir).sort();
    copyPy(stdlib, gilDir);
    console.log(`${files.length} .py files from ${stdlib} (tests and site-packages left out)`);

    const env = { ...process.env };
    delete env['PYTHONDONTWRITEBYTECODE'];
    // The two tools' runs alternate (CPython, gilvm, CPython, ...) so that both
    // see the same load when the machine is shared.
    const pair = (flags: string[]): [Timing, Timing] => {
      const c: Timing[] = [];
      const g: Timing[] = [];
      for (let i = 0; i < runs; i++) {
        c.push(time(pythonExe, ['-m', 'compileall', '-q', '-f', ...flags, cpyDir], 1, env));
        g.push(time(process.execPath, [BIN, '-m', 'compileall', '-q', '-f', ...flags, gilDir], 1, env));
        console.log(`  run ${i + 1}: CPython ${c[i]!.seconds[0]!.toFixed(2)} s (cpu ${c[i]!.cpu[0]!.toFixed(2)} s), gilvm ${g[i]!.seconds[0]!.toFixed(2)} s (cpu ${g[i]!.cpu[0]!.toFixed(2)} s)`);
      }
      const merge = (ts: Timing[]): Timing => {
        const seconds = ts.map((t) => t.seconds[0]!);
        const cpu = ts.map((t) => t.cpu[0]!);
        return { seconds, median: median(seconds), cpu, cpuMedian: median(cpu), status: ts[ts.length - 1]!.status, output: ts[ts.length - 1]!.output };
      };
      return [merge(c), merge(g)];
    };
    console.log(`compileall -q -f, ${runs} runs each, alternating:`);
    const [cpy, gil] = pair([]);
    let cpyJ: Timing | null = null;
    let gilJ: Timing | null = null;
    if (jobs) {
      console.log('again with -j 0:');
      [cpyJ, gilJ] = pair(['-j', '0']);
    }

    const byCpython = files.filter((f) => existsSync(cacheFile(cpyDir, f, cacheTag)));
    const byGilvm = new Set(files.filter((f) => existsSync(cacheFile(gilDir, f, 'gilvm-01'))));
    const missing = byCpython.filter((f) => !byGilvm.has(f));
    const coverage = byCpython.length ? (100 * (byCpython.length - missing.length)) / byCpython.length : 0;

    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown').trim();
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    const ratio = gil.median / cpy.median;
    const cpuRatio = gil.cpuMedian / cpy.cpuMedian;
    const lines = [
      START,
      `Measured ${date} by \`${process.env['PYTHON'] ? `PYTHON=${PYTHON} ` : ''}npm run bench:compile${jobs ? ' -- --jobs' : ''}\` (\`bench/compile-stdlib.ts\`).`,
      '',
      `- Machine: ${cpus().length} CPUs (nproc), ${cpuModel}; Node.js ${process.version}; CPython ${pyVersion} (\`${PYTHON}\`). Load average ${loadBefore} before the runs, ${load} after (other work shares the machine: compare CPU times rather than wall times when these are high).`,
      `- Input: the ${files.length} \`.py\` files of \`${stdlib}\`, without \`test\`/\`tests\`/\`idle_test\` folders and \`site-packages\`, copied twice to a temporary folder.`,
      `- Commands: \`${pythonExe} -m compileall -q -f DIR\`${pythonExe === PYTHON ? '' : ` (\`${PYTHON}\`'s own executable, no launcher)`} and \`node bin/gilvm.js -m compileall -q -f DIR\`, ${runs} runs each, alternating; medians of wall time and of CPU time (user + system), process start included.`,
      '',
      '| | wall time (median) | CPU time (median) | wall times of the runs | files compiled | files failed |',
      '|---|---|---|---|---|---|',
      `| CPython ${pyVersion} | ${cpy.median.toFixed(2)} s | ${cpy.cpuMedian.toFixed(2)} s | ${cpy.seconds.map((s) => s.toFixed(2)).join(', ')} | ${byCpython.length} | ${files.length - byCpython.length} |`,
      `| gilvm | ${gil.median.toFixed(2)} s | ${gil.cpuMedian.toFixed(2)} s | ${gil.seconds.map((s) => s.toFixed(2)).join(', ')} | ${byGilvm.size} | ${files.length - byGilvm.size} |`,
      ...(cpyJ && gilJ
        ? [
            `| CPython ${pyVersion}, \`-j 0\` | ${cpyJ.median.toFixed(2)} s | ${cpyJ.cpuMedian.toFixed(2)} s | ${cpyJ.seconds.map((s) => s.toFixed(2)).join(', ')} | | |`,
            `| gilvm, \`-j 0\` | ${gilJ.median.toFixed(2)} s | ${gilJ.cpuMedian.toFixed(2)} s | ${gilJ.seconds.map((s) => s.toFixed(2)).join(', ')} | | |`,
          ]
        : []),
      '',
      `gilvm / CPython: **${ratio.toFixed(2)}×** the wall time, **${cpuRatio.toFixed(2)}×** the CPU time (${ratio <= 1 ? 'goal met: no slower than CPython' : 'goal not met yet: slower than CPython'}).`,
      `Coverage: gilvm compiles **${coverage.toFixed(1)}%** of the files CPython compiles (${byCpython.length - missing.length} of ${byCpython.length}).`,
      '',
      missing.length === 0
        ? 'Files CPython compiles that gilvm does not: none.'
        : `Files CPython compiles that gilvm does not (${missing.length}):\n\n` +
          missing
            .slice(0, 200)
            .map((f) => `- \`${f}\``)
            .join('\n') +
          (missing.length > 200 ? `\n- … and ${missing.length - 200} more` : ''),
      END,
    ];
    const section = lines.join('\n');
    console.log('\n' + section);
    if (gil.status !== 0) {
      console.log('\ngilvm compileall output (last run, first 3000 characters):\n' + gil.output.slice(0, 3000));
    }
    if (write) {
      let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n';
      const replaced = replaceSection(doc, START, END, section);
      if (replaced !== null) doc = replaced;
      else {
        // A new CPython version: its section goes after the other versions' sections.
        const lastEnd = doc.lastIndexOf(':end -->', doc.indexOf('## Compiler stages') >= 0 ? doc.indexOf('## Compiler stages') : doc.length);
        const at = lastEnd >= 0 ? doc.indexOf('\n', lastEnd) + 1 : doc.length;
        doc = doc.slice(0, at) + `\n### CPython ${minor}'s standard library\n\n` + section + '\n' + doc.slice(at);
      }
      writeFileSync(DOC, doc);
      console.log(`\nupdated ${DOC}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
