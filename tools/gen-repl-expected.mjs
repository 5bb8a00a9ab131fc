#!/usr/bin/env node
// Regenerates the expected outputs of the interactive prompt's tests
// (test/cli/repl.test.ts) from CPython:
//
//   node tools/gen-repl-expected.mjs      (uses $PYTHON, else python3.12)
//
// Every test/cli/fixtures/repl/NAME.in is fed to `python -i` on a pipe (so
// prompts go to stderr, as CPython writes them when stdin is not a
// terminal); NAME.out, NAME.err and NAME.status record what it printed and
// its exit status. NAME.args, when there, is a JSON list of arguments to
// give after `-i` (`["-c", "..."]`); NAME.env, a JSON object of environment
// variables to add (`{"PYTHONSTARTUP": "..."}`). The banner's first line, which names the build, is
// written as {BANNER}.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const dir = join(root, 'test/cli/fixtures/repl');

function pickPython() {
  for (const p of [process.env.PYTHON, 'python3.12'].filter(Boolean)) {
    const r = spawnSync(p, ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() === 'True') return p;
  }
  throw new Error('no python3.12 found; set PYTHON');
}

const python = pickPython();
const env = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', PYTHONNOUSERSITE: '1' };

for (const file of readdirSync(dir).filter((f) => f.endsWith('.in')).sort()) {
  const name = file.slice(0, -3);
  const argsFile = join(dir, `${name}.args`);
  const args = existsSync(argsFile) ? JSON.parse(readFileSync(argsFile, 'utf8')) : [];
  const envFile = join(dir, `${name}.env`);
  const extraEnv = existsSync(envFile) ? JSON.parse(readFileSync(envFile, 'utf8')) : {};
  const r = spawnSync(python, ['-i', ...args], { cwd: dir, env: { ...env, ...extraEnv }, input: readFileSync(join(dir, file)), encoding: 'utf8' });
  if (r.error) throw r.error;
  const err = r.stderr.replace(/^Python 3\.12[^\n]*\n/, '{BANNER}\n');
  writeFileSync(join(dir, `${name}.out`), r.stdout);
  writeFileSync(join(dir, `${name}.err`), err);
  writeFileSync(join(dir, `${name}.status`), `${r.status}\n`);
  console.log(`${name}: exit ${r.status}`);
}
