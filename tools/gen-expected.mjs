#!/usr/bin/env node
// Regenerates the CLI tests' expected outputs from CPython, so that the tests
// themselves never need python3:
//
//   node tools/gen-expected.mjs            (uses $PYTHON, else python3.12, else python3)
//
// For every test/cli/fixtures/syntax/NAME.py it records what CPython prints
// and its exit status when the file is run as a script, through -c, through
// stdin, and through `-m py_compile`; then `-m compileall` and
// `-m compileall -q` over the whole folder. (`-m dis` is checked against
// test/dis/cpython/*.json, CPython's dis of cache-free code, made by
// test/dis/cpython312.py.) Each output goes to
// test/cli/fixtures/expected/<NAME>.<how>: the first line is `exit N`, the rest
// is the output stream verbatim (stderr, or stdout for compileall).
// The folder the fixtures were copied to is written as {DIR}.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const fixtures = join(root, 'test/cli/fixtures');
const outDir = join(fixtures, 'expected');

function pickPython() {
  const candidates = [process.env.PYTHON, 'python3.12', 'python3'].filter(Boolean);
  for (const p of candidates) {
    const r = spawnSync(p, ['-c', 'import sys; print(sys.version_info[:2] >= (3, 11))'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() === 'True') return p;
  }
  throw new Error('no python3 (>= 3.11) found; set PYTHON');
}

const python = pickPython();
const version = spawnSync(python, ['-V'], { encoding: 'utf8' }).stdout.trim();
// Environment that does not depend on the machine: no .pyc writes by
// imports, no user site, UTF-8 streams.
const env = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', PYTHONNOUSERSITE: '1' };

const work = mkdtempSync(join(tmpdir(), 'gilvm-expected-'));
const syntaxDir = join(work, 'syntax');
cpSync(join(fixtures, 'syntax'), syntaxDir, { recursive: true });

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function record(name, how, r, stream) {
  const text = (stream === 'stdout' ? r.stdout : r.stderr).split(work).join('{DIR}');
  writeFileSync(join(outDir, `${name}.${how}`), `exit ${r.status}\n${text}`);
}

function run(args, cwd, input) {
  const r = spawnSync(python, args, { cwd, env, input, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

const names = readdirSync(syntaxDir).filter((f) => f.endsWith('.py')).sort();
for (const file of names) {
  const name = file.slice(0, -3);
  const path = join(syntaxDir, file);
  const source = readFileSync(path, 'utf8');
  record(name, 'script', run([path], syntaxDir), 'stderr');
  record(name, 'c', run(['-c', source], syntaxDir), 'stderr');
  record(name, 'stdin', run(['-'], syntaxDir, source), 'stderr');
  record(name, 'py_compile', run(['-m', 'py_compile', file], syntaxDir), 'stderr');
}
record('syntax', 'compileall', run(['-m', 'compileall', 'syntax'], work), 'stdout');
rmSync(join(syntaxDir, '__pycache__'), { recursive: true, force: true });
record('syntax', 'compileall-q', run(['-m', 'compileall', '-q', 'syntax'], work), 'stdout');

writeFileSync(join(outDir, 'GENERATED_BY'), `${version}\nnode tools/gen-expected.mjs\n`);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${readdirSync(outDir).length} files to ${outDir} with ${version}`);
