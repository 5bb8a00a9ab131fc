/**
 * One environment variable's effect on whole programs: gilvm with and without it, alternating.
 *
 *     npm run bench:env-ab -- NAME=VALUE [--runs N] [--only fib,go] [--pin CPU]
 *
 * Runs every `bench/programs/*.py` (or the `--only` ones) under `node bin/gilvm.js`, once
 * without NAME and once with NAME=VALUE, N times (default 3), alternating so that both see the
 * same load on a shared machine, and prints per program the median wall times and their ratio
 * (with / without), then the geometric mean of the ratios over the programs. `--pin CPU` runs
 * both under `taskset -c CPU`: on a 2-CPU machine whose CPUs differ in speed, an unpinned run
 * lands on either. Example: `GILVM_NO_WARMUP=1` (the warm-up of the interpreter loop,
 * docs/performance.md): a ratio above 1 is what the warm-up saves.
 *
 * The figures are printed, not written to docs/performance.md: the comparisons it makes are
 * one-off questions about a change, which the document quotes with this command.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliOption, geomean, loadAverage, median, programFiles } from './figures.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/gilvm.js');
const PROGRAMS = join(ROOT, 'bench/programs');

/** Wall time in ms of one run, or why it failed. */
function timeRun(file: string, extra: Record<string, string>, pin: string | undefined): number | string {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, PYTHONDONTWRITEBYTECODE: '1' };
  delete env['PYTHONPATH'];
  // As bench:programs: Node would parse these certificates at every start (docs/performance.md).
  delete env['NODE_EXTRA_CA_CERTS'];
  const [cmd, args] = pin === undefined ? [process.execPath, [BIN, file]] : ['taskset', ['-c', pin, process.execPath, BIN, file]];
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: PROGRAMS, env, encoding: 'utf8', input: '', maxBuffer: 1 << 28, timeout: 600_000 });
  const ms = performance.now() - t0;
  return r.status === 0 ? ms : `exit status ${r.status}: ${(r.stderr ?? '').trim().split('\n').pop() ?? ''}`;
}

function main(): void {
  const setting = process.argv.slice(2).find((a) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(a));
  if (setting === undefined) {
    console.error('usage: npm run bench:env-ab -- NAME=VALUE [--runs N] [--only a,b] [--pin CPU]');
    process.exit(2);
  }
  const eq = setting.indexOf('=');
  const withVar = { [setting.slice(0, eq)]: setting.slice(eq + 1) };
  const runs = Number(cliOption('--runs') ?? 3);
  const pin = cliOption('--pin');
  const names = programFiles(PROGRAMS, cliOption('--only')?.split(','));
  console.log(`${names.length} programs, ${runs} runs each without and with ${setting}, alternating${pin ? `, pinned to CPU ${pin}` : ''}; load average ${loadAverage()}`);
  const ratios: number[] = [];
  for (const file of names) {
    const without: number[] = [];
    const withIt: number[] = [];
    let failed: string | null = null;
    for (let i = 0; i < runs && failed === null; i++) {
      // Which goes first alternates too.
      const order = i % 2 === 0 ? [false, true] : [true, false];
      for (const on of order) {
        const t = timeRun(file, on ? withVar : {}, pin);
        if (typeof t === 'string') failed = t;
        else (on ? withIt : without).push(t);
      }
    }
    if (failed !== null) {
      console.log(`${file.padEnd(18)} failed: ${failed}`);
      continue;
    }
    const ratio = median(withIt) / median(without);
    ratios.push(ratio);
    console.log(`${file.padEnd(18)} without ${median(without).toFixed(0).padStart(6)} ms, with ${median(withIt).toFixed(0).padStart(6)} ms: ${ratio.toFixed(3)}`);
  }
  if (ratios.length > 0) console.log(`geometric mean of the ratios (with / without ${setting}) over ${ratios.length} programs: ${geomean(ratios).toFixed(3)}; load average ${loadAverage()}`);
}

main();
