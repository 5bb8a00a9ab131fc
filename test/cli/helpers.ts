/**
 * Running gilvm from the CLI tests: `gilvm(args)` spawns `node bin/gilvm.js`
 * (the built CLI: `npm test` builds first) with an environment that does not
 * depend on the machine (no PYTHON* variables unless a test sets them).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = join(ROOT, 'bin/gilvm.js');
export const FIXTURES = join(ROOT, 'test/cli/fixtures');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  return { ...env, ...extra };
}

export function gilvm(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: cleanEnv(opts.env),
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder; `copy` fixture folders into it. */
export function tempDir(prefix = 'gilvm-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function copyFixture(name: string, into: string): string {
  const dest = join(into, name);
  cpSync(join(FIXTURES, name), dest, { recursive: true });
  return dest;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** An expected-output file from tools/gen-expected.mjs: `{status, text}`. */
export function expected(file: string, dir?: string): { status: number; text: string } {
  const raw = readFileSync(join(FIXTURES, 'expected', file), 'utf8');
  const nl = raw.indexOf('\n');
  const status = Number(raw.slice(0, nl).replace(/^exit /, ''));
  let text = raw.slice(nl + 1);
  if (dir !== undefined) text = text.split('{DIR}').join(dir);
  return { status, text };
}
