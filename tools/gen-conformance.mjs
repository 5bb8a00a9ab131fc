#!/usr/bin/env node
// Regenerates the conformance suite's expectations from CPython 3.12, so that
// the suite itself (test/conformance/conformance.test.ts) never needs python:
//
//   npm run gen:conformance [-- FILTER...]     (FILTER: substrings of `area/name`)
//
// Python: $PYTHON, else /root/.pyenv/versions/3.12.1/bin/python3.12, else python3.12.
//
// A program is `test/conformance/<area>/<name>.py`, or a folder
// `test/conformance/<area>/<name>/` holding `main.py` (with a package tree
// beside it). Each runs in a fresh temporary folder, its current directory, as
// `python3 <name>.py` (or `python3 main.py` for a folder, whose files are
// copied there), with stdin from `<area>/<name>.stdin` when that exists (else
// empty) and a clean environment. What it printed and its exit status go to
// `<area>/<name>.expected.json` as {"stdout", "stderr", "status"}; the
// temporary folder's path (CPython makes the script's path absolute, so it
// shows in tracebacks) is written as {DIR}.
//
// Every program also runs a second time with another PYTHONHASHSEED; a program
// whose output changes depends on str hashes (set iteration order, say) and is
// reported as an error, since gilvm's hashes differ from CPython's.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const suite = join(root, 'test/conformance');

function pickPython() {
  const candidates = [process.env.PYTHON, '/root/.pyenv/versions/3.12.1/bin/python3.12', 'python3.12'].filter(Boolean);
  for (const p of candidates) {
    const r = spawnSync(p, ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() === 'True') return p;
  }
  throw new Error('no CPython 3.12 found; set PYTHON');
}

/** The programs of the suite, as the runner finds them (keep the two in step). */
export function listPrograms(dir = suite) {
  const programs = [];
  for (const area of readdirSync(dir).sort()) {
    const areaDir = join(dir, area);
    if (!statSync(areaDir).isDirectory()) continue;
    for (const ent of readdirSync(areaDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (ent.isFile() && ent.name.endsWith('.py')) {
        const name = ent.name.slice(0, -3);
        programs.push({ id: `${area}/${name}`, area, name, folder: false, base: join(areaDir, name) });
      } else if (ent.isDirectory() && existsSync(join(areaDir, ent.name, 'main.py'))) {
        programs.push({ id: `${area}/${ent.name}`, area, name: ent.name, folder: true, base: join(areaDir, ent.name) });
      }
    }
  }
  return programs;
}

/** The environment both CPython and gilvm run in: nothing from the machine but PATH and HOME. */
export function programEnv(hashSeed = '0') {
  const env = { PYTHONHASHSEED: hashSeed, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', LANG: 'C.UTF-8' };
  for (const k of ['PATH', 'HOME']) if (process.env[k] !== undefined) env[k] = process.env[k];
  return env;
}

function runOnce(python, program, hashSeed) {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'gilvm-conf-')));
  try {
    let script;
    if (program.folder) {
      cpSync(program.base, work, { recursive: true });
      script = 'main.py';
    } else {
      script = `${program.name}.py`;
      cpSync(`${program.base}.py`, join(work, script));
    }
    const stdinFile = `${program.base}.stdin`;
    const input = existsSync(stdinFile) ? readFileSync(stdinFile) : '';
    const r = spawnSync(python, [script], { cwd: work, env: programEnv(hashSeed), input, encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw r.error;
    const fix = (s) => s.split(work).join('{DIR}');
    return { stdout: fix(r.stdout), stderr: fix(r.stderr), status: r.status ?? -1 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const filters = process.argv.slice(2);
  const python = pickPython();
  const version = spawnSync(python, ['-V'], { encoding: 'utf8' }).stdout.trim();
  const programs = listPrograms().filter((p) => filters.length === 0 || filters.some((f) => p.id.includes(f)));
  let unstable = 0;
  const areas = new Map();
  for (const p of programs) {
    const got = runOnce(python, p, '0');
    const again = runOnce(python, p, '12345');
    if (JSON.stringify(got) !== JSON.stringify(again)) {
      unstable++;
      console.error(`UNSTABLE ${p.id}: its output depends on PYTHONHASHSEED; make it deterministic`);
    }
    writeFileSync(`${p.base}.expected.json`, JSON.stringify(got, null, 2) + '\n');
    areas.set(p.area, (areas.get(p.area) ?? 0) + 1);
    console.log(`${p.id}: status ${got.status}, ${got.stdout.split('\n').length - 1} stdout lines, ${got.stderr.split('\n').length - 1} stderr lines`);
  }
  if (filters.length === 0) writeFileSync(join(suite, 'GENERATED_BY'), `${version}\nnpm run gen:conformance (tools/gen-conformance.mjs)\n`);
  console.log(`\n${programs.length} programs in ${areas.size} areas, expectations from ${version}`);
  for (const [a, n] of areas) console.log(`  ${a}: ${n}`);
  if (unstable) {
    console.error(`${unstable} program(s) are not deterministic`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
