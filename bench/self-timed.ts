/**
 * The driver of the benchmarks whose programs time themselves (bench:threads,
 * bench:loops): every `*.py` of a folder under `python3` (or `$PYTHON`) and
 * under `node bin/gilvm.js`, alternating, N runs each (`-- --runs N`, default
 * 3). Each program prints one JSON object of figures; the table shows, per
 * figure, the median over the runs for each runtime and their ratio. The table
 * goes to its section of docs/performance.md unless `-- --no-write`.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSetup, compare, comparisonRows, loadAverage, machineFacts, type Side } from './figures.js';
import { publishSection, sectionMarkers } from './doc-section.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/gilvm.js');
const DOC = join(ROOT, 'docs/performance.md');

export interface SelfTimedBench {
  /** The folder under bench/ with the programs, the section's marker name and the npm script's suffix. */
  name: string;
  /** The section's heading and the paragraph under it, used when the section is new. */
  heading: string;
  intro: string;
}

export function runSelfTimed({ name, heading, intro }: SelfTimedBench): void {
  const programsDir = join(ROOT, 'bench', name);
  const { start, end } = sectionMarkers(name);
  const python = process.env['PYTHON'] ?? 'python3';
  const { runs, write, programs } = benchSetup(programsDir);
  const pyVersion = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
  const loadBefore = loadAverage();
  console.log(`${programs.length} programs from bench/${name}, ${runs} runs each under CPython ${pyVersion} and gilvm, alternating:`);
  const cpython: Side = { label: 'CPython', command: (p) => [python, [p]] };
  const gilvm: Side = { label: 'gilvm', command: (p) => [process.execPath, [BIN, p]] };
  const results = programs.map((p) => compare(p, runs, programsDir, cpython, gilvm));
  const load = loadAverage();
  const { cpus, cpuModel, date } = machineFacts();
  const section = [
    start,
    `Measured ${date} by \`npm run bench:${name}\` (\`bench/${name}.ts\`).`,
    '',
    `- Machine: ${cpus} CPUs (nproc), ${cpuModel}; Node.js ${process.version}; CPython ${pyVersion} (\`${python}\`). Load average ${loadBefore} before the runs, ${load} after.`,
    `- Commands: \`${python} PROGRAM.py\` and \`node bin/gilvm.js PROGRAM.py\` in \`bench/${name}\`, ${runs} runs each, alternating; each program times itself (medians of a few repetitions inside) and the table shows the median over the runs. Units are in the figure's name (\`_us\` microseconds, \`_ns\` nanoseconds, \`_ms\` milliseconds, \`_s\` seconds).`,
    '',
    '| program | figure | CPython | gilvm | gilvm / CPython | |',
    '|---|---|---|---|---|---|',
    ...comparisonRows(results),
    end,
  ].join('\n');
  publishSection(DOC, start, end, section, { write, ranAny: results.some((r) => r.problem === null), heading, intro });
}
