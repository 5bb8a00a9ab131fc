/**
 * Python's `gilvm.run()` (a program in a child gilvm, in either mode) and the
 * README's first demo built on it, examples/gil_vs_nogil.py (issue 7: "The
 * README's first command is such a side-by-side demo"). Timings are not
 * checked (benchmarks measure them); what the counters must say is.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN as DEFAULT_BIN, ROOT, cleanEnv, removeDir, tempDir } from './helpers.js';

const BIN = process.env['GILVM_BIN'] ? resolve(process.env['GILVM_BIN']) : DEFAULT_BIN;

function gilvm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
beforeAll(() => {
  dir = tempDir('gilvm-run-');
  writeFileSync(join(dir, 'child.py'), 'import sys\nprint("args", sys.argv[1:], sys._is_gil_enabled())\n');
  writeFileSync(join(dir, 'fails.py'), 'def f():\n    1 / 0\nf()\n');
  writeFileSync(join(dir, 'forever.py'), 'while True:\n    pass\n');
});
afterAll(() => removeDir(dir));

describe('gilvm.run()', () => {
  it('runs a program in each mode and returns its output and statistics', () => {
    const r = gilvm(
      [
        '-c',
        'import gilvm\n' +
          'for mode in ("gil", "nogil"):\n' +
          '    r = gilvm.run("child.py", ["a", "b"], mode=mode, switch_interval=0.001)\n' +
          '    print(r["returncode"], repr(r["stdout"]), r["stderr"], r["stats"]["mode"], r["stats"]["switch_interval_s"])\n' +
          '    print(sorted(r), [t["name"] for t in r["stats"]["threads"]], r["process_wall_s"] > 0)\n',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "0 \"args ['a', 'b'] True\\n\"  gil 0.001\n" +
        "['process_wall_s', 'returncode', 'stats', 'stderr', 'stdout'] ['MainThread'] True\n" +
        "0 \"args ['a', 'b'] False\\n\"  free-threading 0.001\n" +
        "['process_wall_s', 'returncode', 'stats', 'stderr', 'stdout'] ['MainThread'] True\n",
    );
  });

  it("gives a failed program's status and traceback, and None for one killed at its timeout", () => {
    const r = gilvm(
      [
        '-c',
        'import gilvm\n' +
          'r = gilvm.run("fails.py")\n' +
          'print(r["returncode"], r["stderr"].splitlines()[0], r["stderr"].splitlines()[-1])\n' +
          'r = gilvm.run("forever.py", timeout=0.5)\n' +
          'print(r["returncode"], r["stats"])\n',
      ],
      dir,
    );
    expect(r.stdout).toBe('1 Traceback (most recent call last): ZeroDivisionError: division by zero\nNone None\n');
  });

  it('refuses bad arguments as a built-in function does', () => {
    const r = gilvm(
      [
        '-c',
        'import gilvm\n' +
          'for call in (lambda: gilvm.run(), lambda: gilvm.run(1), lambda: gilvm.run("x.py", "a"), lambda: gilvm.run("x.py", mode="fast"),\n' +
          '             lambda: gilvm.run("x.py", switch_interval=0), lambda: gilvm.run("x.py", colour=1)):\n' +
          '    try:\n        call()\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)\n',
      ],
      dir,
    );
    expect(r.stdout).toBe(
      "TypeError run() missing required argument 'file' (pos 1)\n" +
        "TypeError run() argument 'file' must be str, not int\n" +
        "TypeError run() argument 'args' must be a list or tuple of str, not str\n" +
        "ValueError run() mode must be 'gil', 'nogil' or 'free-threading', not 'fast'\n" +
        'ValueError switch interval must be strictly positive\n' +
        "TypeError run() got an unexpected keyword argument 'colour'\n",
    );
  });
});

describe('examples/gil_vs_nogil.py (the README\'s first command)', () => {
  it('puts the two modes side by side: threads wait for the GIL only in GIL mode', () => {
    const r = gilvm([join(ROOT, 'examples/gil_vs_nogil.py'), '2000000'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^(gil|free-threading) +[12] /.test(l));
    expect(rows.map((l) => l.split(/ +/).slice(0, 2).join(' '))).toEqual(['gil 1', 'gil 2', 'free-threading 1', 'free-threading 2']);
    const share = (row: string): number => Number(row.trim().split(/ +/).at(-1)!.replace('%', ''));
    expect(share(rows[1]!)).toBeGreaterThan(5); // two threads under the GIL wait for it
    expect(share(rows[3]!)).toBe(0); // without it nobody does
    expect(r.stdout).toMatch(/Under the GIL, 2 threads take [0-9.]+ s/);
  });
});
