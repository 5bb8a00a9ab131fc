// No command line, however odd, makes the CLI fail with anything but a
// Python-style message: random argv (fast-check) never ends in an internal
// error (exit 70) or an exception out of runCli.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureIO } from '../../src/cli/io.js';
import { EXIT_INTERNAL_ERROR, runCli } from '../../src/cli/main.js';
import { removeDir, tempDir } from './helpers.js';

const tmp = tempDir();
mkdirSync(join(tmp, 'pkg'), { recursive: true });
writeFileSync(join(tmp, 'ok.py'), 'x = 1\n');
writeFileSync(join(tmp, 'bad.py'), 'if x\n');
writeFileSync(join(tmp, 'pkg', 'm.py'), 'def f(:\n');
afterAll(() => removeDir(tmp));

// Words the command line is built from: options of gilvm and of its native
// modules, file names inside `tmp` only (compileall must not walk elsewhere).
const WORDS = [
  '-B', '-v', '-V', '-VV', '-h', '-?', '--help', '--version', '--', '-', '-Z', '--bogus', '-Bv', '-Bc',
  '-c', '-cpass', 'if x', 'x = (', 'print(1)', '-X', 'gil=0', 'gil=1', 'gil=2', '-Xgil', '-Xdev',
  '-m', 'dis', 'py_compile', 'compileall', 'nosuch', 'pkg.m', '-mdis',
  '-q', '-qq', '-f', '-l', '-r', '0', '2', 'x', '-j', '-j2', '-x', '[', 'bad', '-i', '-d', '/d', '-s', '-p', '-e',
  'ok.py', 'bad.py', 'pkg', 'pkg/m.py', 'missing.py', '.', '',
];

describe('random command lines', () => {
  it('always end with a status of 0, 1 or 2 and never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...WORDS), { maxLength: 7 }), fc.string({ maxLength: 20 }), async (argv, stdin) => {
        const io = new CaptureIO({ cwd: tmp, env: {}, stdin });
        const status = await runCli(argv, io);
        expect(io.err).not.toContain('internal error');
        expect(status).not.toBe(EXIT_INTERNAL_ERROR);
        expect([0, 1, 2]).toContain(status);
      }),
      { numRuns: 300 },
    );
  });
});
