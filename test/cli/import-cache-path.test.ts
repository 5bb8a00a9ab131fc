/**
 * A cached module reached by another path (a symlinked or moved folder)
 * reports the path it is imported from now, in co_filename of the module and
 * of every nested code object (importlib's _fix_co_filename), so tracebacks
 * name the file that exists. GILVM_BIN selects the CLI (default bin/gilvm.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from './helpers.js';

const bin = process.env.GILVM_BIN ?? BIN;
const tmp = mkdtempSync(join(tmpdir(), 'gilvm-cachepath-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd: string, env: Record<string, string> = {}): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env: cleanEnv(env), encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, out: r.stdout, err: r.stderr };
}

const MOD = ['def inner():', '    raise ValueError("boom")', '', 'class K:', '    def m(self):', '        return inner()', ''].join('\n');
const MAIN = [
  'import sys, traceback',
  'sys.path.insert(0, sys.argv[1])',
  'import pkg.mod',
  'print(pkg.mod.__file__)',
  'print(pkg.mod.K.m.__code__.co_filename)',
  'try:',
  '    pkg.mod.K().m()',
  'except ValueError as e:',
  '    for fs in traceback.extract_tb(e.__traceback__)[1:]:',
  '        print(fs.filename, fs.lineno, fs.name)',
  '',
].join('\n');

describe('co_filename of cached modules', () => {
  const orig = join(tmp, 'orig');
  mkdirSync(join(orig, 'pkg'), { recursive: true });
  writeFileSync(join(orig, 'pkg', '__init__.py'), '');
  writeFileSync(join(orig, 'pkg', 'mod.py'), MOD);
  writeFileSync(join(tmp, 'main.py'), MAIN);

  it('is the path the source is reached by, through a symlink and after a move', () => {
    // Compile (and cache) through the real folder.
    const first = run(['main.py', orig], tmp);
    expect(first.err).toBe('');
    expect(existsSync(join(orig, 'pkg', '__pycache__'))).toBe(true);
    const f = join(orig, 'pkg', 'mod.py');
    expect(first.out).toBe(`${f}\n${f}\n${f} 6 m\n${f} 2 inner\n`);

    // The same cache read through a symlinked folder, -B (reads the cache, writes none).
    const link = join(tmp, 'link');
    symlinkSync(orig, link);
    const g = join(link, 'pkg', 'mod.py');
    const viaLink = run(['-B', '-v', 'main.py', link], tmp);
    expect(viaLink.err).toContain(`matches ${g}`);
    expect(viaLink.out).toBe(`${g}\n${g}\n${g} 6 m\n${g} 2 inner\n`);

    // And after the folder moved.
    const moved = join(tmp, 'moved');
    rmSync(link);
    renameSync(orig, moved);
    const h = join(moved, 'pkg', 'mod.py');
    const afterMove = run(['-v', 'main.py', moved], tmp, { PYTHONDONTWRITEBYTECODE: '1' });
    expect(afterMove.err).toContain(`matches ${h}`);
    expect(afterMove.out).toBe(`${h}\n${h}\n${h} 6 m\n${h} 2 inner\n`);
  });
});
