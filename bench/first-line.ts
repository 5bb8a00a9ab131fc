/**
 * How long gilvm takes to reach a program's first line: Node's start, the worker's boot, the
 * compile of `__main__` on the main thread and the warm-up of the interpreter loop, all before
 * the program runs (docs/performance.md, "Whole programs").
 *
 *     npm run bench:first-line -- [--runs N] [--only fib,go] [--base DIR]
 *
 * Each `bench/programs/*.py` (or the `--only` ones) is copied with a first line that prints the
 * time and exits, the rest of the program unchanged, so that the main thread compiles the whole
 * program as usual and the warm-up reads its whole code. Printed per program: the median time
 * from the spawn to that first line, under `python3` and under this checkout's gilvm. With
 * `--base DIR`, the gilvm of another checkout (built) runs too, alternating with this one, for
 * the effect of a change. The figures are printed, not written to docs/performance.md, which
 * quotes them with this command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliOption, loadAverage, median, programFiles, pythonExecutable } from './figures.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PROGRAMS = join(ROOT, 'bench/programs');
/** Prints the wall-clock time in ms since the epoch, then ends the program before its own first line. */
const FIRST_LINE = 'import time as _t; print("@first-line", _t.time() * 1000); raise SystemExit\n';

/** Ms from the spawn of `cmd args` to the program's first line, or why it failed. */
function timeToFirstLine(cmd: string, args: string[]): number | string {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  delete env['PYTHONPATH'];
  // As bench:programs: Node would parse these certificates at every start (docs/performance.md).
  delete env['NODE_EXTRA_CA_CERTS'];
  const spawned = Date.now();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', input: '', timeout: 120_000 });
  const m = /^@first-line (\S+)$/m.exec(r.stdout ?? '');
  if (r.status !== 0 || m === null) return `exit status ${r.status}: ${(r.stderr ?? '').trim().split('\n').pop() ?? ''}`;
  return Number(m[1]) - spawned;
}

function main(): void {
  const runs = Number(cliOption('--runs') ?? 5);
  const only = cliOption('--only')?.split(',');
  const base = cliOption('--base');
  const python = pythonExecutable(process.env['PYTHON'] ?? 'python3');
  const sides: [string, string[]][] = [
    ['python3', []],
    ['gilvm', [join(ROOT, 'bin/gilvm.js')]],
    ...(base !== undefined ? [['base', [join(resolve(base), 'bin/gilvm.js')]] as [string, string[]]] : []),
  ];
  const names = programFiles(PROGRAMS, only);
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-first-line-'));
  console.log(`${names.length} programs, ${runs} runs each, alternating; ms from the spawn to the program's first line (medians); load average ${loadAverage()}`);
  console.log(`python3: ${python}${base !== undefined ? `; base: ${resolve(base)}` : ''}`);
  try {
    for (const file of names) {
      const copy = join(dir, file);
      writeFileSync(copy, FIRST_LINE + readFileSync(join(PROGRAMS, file), 'utf8'));
      const times = new Map<string, number[]>(sides.map(([name]) => [name, []]));
      let failed: string | null = null;
      for (let i = 0; i < runs && failed === null; i++) {
        for (const [name, pre] of i % 2 === 0 ? sides : [...sides].reverse()) {
          const t = timeToFirstLine(name === 'python3' ? python : process.execPath, [...pre, copy]);
          if (typeof t === 'string') failed = `${name}: ${t}`;
          else times.get(name)!.push(t);
        }
      }
      const row = failed ?? sides.map(([name]) => `${name} ${median(times.get(name)!).toFixed(0).padStart(4)}`).join('   ');
      console.log(`${file.padEnd(18)} ${row}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average ${loadAverage()}`);
}

main();
