/**
 * The end of a program (src/vm/main-module.ts): generators still suspended in a `try` are closed
 * after the atexit callbacks (generator-finalize.ts, closeSuspendedAtExit). One that raises while
 * closing is reported as CPython reports it then: "Exception ignored in" and a traceback whose
 * entries have no source rows (CPython can no longer read them once its modules are cleared),
 * after the uncaught exception's traceback, which has them. The conformance programs
 * generators/close_at_exit*.py cover the rest; this case prints an address, which they cannot
 * compare.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gilvm, removeDir, tempDir } from './helpers.js';

let dir = '';
beforeAll(() => {
  dir = tempDir('gilvm-exit-');
  writeFileSync(
    join(dir, 'noisy.py'),
    [
      'def noisy():',
      '    try:',
      '        yield 1',
      '    finally:',
      "        print('finally noisy')",
      "        raise ValueError('raised while closing')",
      'a = noisy()',
      'next(a)',
      "{}['missing']",
      '',
    ].join('\n'),
  );
});
afterAll(() => removeDir(dir));

describe('closing generators at exit', () => {
  it('reports an exception raised while closing as unraisable, without source rows, and keeps the status', () => {
    const r = gilvm(['noisy.py'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('finally noisy\n');
    const file = join(dir, 'noisy.py').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(r.stderr).toMatch(
      new RegExp(
        '^Traceback \\(most recent call last\\):\n' +
          `  File "${file}", line 9, in <module>\n` +
          "    \\{\\}\\['missing'\\]\n" +
          '(?: *[~^]+\n)?' +
          "KeyError: 'missing'\n" +
          'Exception ignored in: <generator object noisy at 0x[0-9a-f]+>\n' +
          'Traceback \\(most recent call last\\):\n' +
          `  File "${file}", line 6, in noisy\n` +
          'ValueError: raised while closing\n$',
      ),
    );
  });
});
