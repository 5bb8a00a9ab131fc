/**
 * Which programs deoptimize the interpreter loop (runSlice) after V8 optimized it: each such
 * deoptimization costs a stretch in V8's interpreter until the loop is compiled again (50-150 ms,
 * docs/performance.md), and the warm-up (src/vm/interpreter-warmup.ts) exists to prevent them.
 *
 *     npm run bench:deopts [-- --only AREA,AREA]
 *
 * Runs every conformance program (test/conformance/<area>/*.py but the threads area, whose
 * workers are not warmed) and every program of bench/loops and bench/programs under
 * `node --trace-deopt bin/gilvm.js`, two at a time, each in a copy of its folder (some write
 * files), and counts the lines of V8's trace that deoptimize runSlice. Prints the programs with
 * any, their count and V8's reasons, then how many programs had one. The figures are printed,
 * not written to docs/performance.md, which quotes them with this command.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin/gilvm.js');
const TIMEOUT_MS = 60_000;

interface Result {
  program: string;
  deopts: number;
  reasons: string[];
}

/** The folders to sweep, each with its .py programs. */
function folders(only: Set<string> | null): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [];
  const conformance = join(ROOT, 'test/conformance');
  for (const ent of readdirSync(conformance, { withFileTypes: true })) {
    if (!ent.isDirectory() || ent.name === 'threads') continue;
    if (only === null || only.has(ent.name)) out.push({ name: `test/conformance/${ent.name}`, dir: join(conformance, ent.name) });
  }
  for (const name of ['loops', 'programs']) {
    if (only === null || only.has(name)) out.push({ name: `bench/${name}`, dir: join(ROOT, 'bench', name) });
  }
  return out;
}

function runOne(dir: string, file: string, label: string): Promise<Result> {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  delete env['NODE_EXTRA_CA_CERTS'];
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--trace-deopt', BIN, file], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const reasons: string[] = [];
    let deopts = 0;
    let pending = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    const scan = (chunk: Buffer): void => {
      const lines = (pending + chunk.toString('latin1')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!/deoptimizing .*<JSFunction runSlice /.test(line)) continue;
        deopts++;
        const reason = /reason: ([^)]*)\)/.exec(line);
        if (reason) reasons.push(reason[1]!);
      }
    };
    child.stdout.on('data', scan);
    child.stderr.on('data', () => {});
    child.on('close', () => {
      clearTimeout(timer);
      done({ program: label, deopts, reasons });
    });
  });
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? new Set((process.argv[at + 1] ?? '').split(',')) : null;
  const jobs: (() => Promise<Result>)[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'gilvm-deopts-'));
  for (const { name, dir } of folders(only)) {
    const copy = join(scratch, basename(dir));
    cpSync(dir, copy, { recursive: true });
    for (const f of readdirSync(copy).sort()) if (f.endsWith('.py')) jobs.push(() => runOne(copy, f, `${name}/${f}`));
  }
  const results: Result[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) results.push(await jobs[next++]!());
  };
  await Promise.all([worker(), worker()]);
  rmSync(scratch, { recursive: true, force: true });
  results.sort((a, b) => a.program.localeCompare(b.program));
  const hit = results.filter((r) => r.deopts > 0);
  for (const r of hit) console.log(`${r.program}: ${r.deopts} (${r.reasons.join('; ')})`);
  console.log(`\n${hit.length} of ${results.length} programs deoptimized the interpreter loop at least once.`);
}

await main();
