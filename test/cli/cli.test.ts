// The built CLI (`node bin/gilvm.js`), spawned: messages and exit statuses
// taken from python3 (with `gilvm` as the program name).
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { MainProgram } from '../../src/cli/main.js';
import { CaptureIO } from '../../src/cli/io.js';
import { spawnSync } from 'node:child_process';
import { BIN, cleanEnv, gilvm, removeDir, tempDir } from './helpers.js';

const USAGE = 'usage: gilvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n' + "Try `python -h' for more information.\n";

const tmp = tempDir();
afterAll(() => removeDir(tmp));

describe('gilvm: version, help and bad command lines', () => {
  it('-V and --version', () => {
    for (const a of ['-V', '--version']) {
      const r = gilvm([a]);
      expect(r).toEqual({ status: 0, stdout: 'Python 3.12.0 (gilvm 0.1.0)\n', stderr: '' });
    }
    expect(gilvm(['-VV']).stdout).toMatch(/^Python 3\.12\.0 \(gilvm 0\.1\.0\) \[Node\.js v/);
  });

  it('-h and --help print the usage on stdout', () => {
    for (const a of ['-h', '--help', '-?']) {
      const r = gilvm([a]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.startsWith('usage: gilvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\nOptions')).toBe(true);
    }
  });

  it('an unknown option: message, usage, exit 2', () => {
    expect(gilvm(['-Z'])).toEqual({ status: 2, stdout: '', stderr: 'Unknown option: -Z\n' + USAGE });
    expect(gilvm(['--foo', 'x.py'])).toEqual({ status: 2, stdout: '', stderr: 'unknown option --foo\n' + USAGE });
  });

  it('-c, -m and -X without their argument', () => {
    for (const o of ['-c', '-m', '-X']) {
      expect(gilvm([o])).toEqual({ status: 2, stdout: '', stderr: `Argument expected for the ${o} option\n` + USAGE });
    }
  });

  it('a bad -X gil / PYTHON_GIL is a fatal error, exit 1', () => {
    const fatal = 'Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be "0" or "1"\nPython runtime state: preinitialized\n\n';
    expect(gilvm(['-X', 'gil=2', '-c', 'pass'])).toEqual({ status: 1, stdout: '', stderr: fatal });
    expect(gilvm(['-c', 'pass'], { env: { PYTHON_GIL: 'x' } })).toEqual({ status: 1, stdout: '', stderr: fatal });
  });

  it("a script that does not exist: python's message with the absolute path, exit 2", () => {
    const r = gilvm(['nosuch.py', 'arg'], { cwd: tmp });
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: `gilvm: can't open file '${join(tmp, 'nosuch.py')}': [Errno 2] No such file or directory\n`,
    });
  });

  it("a folder without __main__.py: exit 1", () => {
    mkdirSync(join(tmp, 'pkg'), { recursive: true });
    expect(gilvm(['pkg'], { cwd: tmp })).toEqual({
      status: 1,
      stdout: '',
      stderr: `gilvm: can't find '__main__' module in '${join(tmp, 'pkg')}'\n`,
    });
  });

  it('-m with an unknown module: exit 1', () => {
    expect(gilvm(['-m', 'nosuchmodule'], { cwd: tmp })).toEqual({
      status: 1,
      stdout: '',
      stderr: 'gilvm: No module named nosuchmodule\n',
    });
  });
});

describe('gilvm: programs run in a worker', () => {
  const ok = { status: 0, stderr: '' };

  it('a script, -c, stdin, -m: run, output on stdout, exit 0', () => {
    const script = join(tmp, 'ok.py');
    writeFileSync(script, "print('ok', 1 + 1)\n");
    expect(gilvm(['ok.py', 'a'], { cwd: tmp })).toEqual({ ...ok, stdout: 'ok 2\n' });
    expect(gilvm(['-c', 'print(1)'])).toEqual({ ...ok, stdout: '1\n' });
    expect(gilvm(['-'], { input: 'print(2)\n' })).toEqual({ ...ok, stdout: '2\n' });
    expect(gilvm(['-m', 'ok'], { cwd: tmp })).toEqual({ ...ok, stdout: 'ok 2\n' });
  });

  it("-m runs as runpy does: the parent package first, __package__ and __spec__ set, relative imports work", () => {
    // expectations from CPython 3.12 on the same files
    const dir = join(tmp, 'runm');
    mkdirSync(join(dir, 'pk', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'pk', '__init__.py'), "print('pk init')\n");
    writeFileSync(join(dir, 'pk', 'helper.py'), 'x = 1\n');
    writeFileSync(
      join(dir, 'pk', '__main__.py'),
      'print(__name__, repr(__package__), __spec__.name, __spec__.parent)\nfrom . import helper\nprint(helper.x)\n',
    );
    writeFileSync(join(dir, 'pk', 'sub', '__init__.py'), "print('sub init')\n");
    writeFileSync(join(dir, 'pk', 'sub', 'mod.py'), 'print(__name__, repr(__package__), __spec__.name)\nfrom .. import helper\nprint(helper.x)\n');
    writeFileSync(join(dir, 'top.py'), 'print(__name__, repr(__package__), __spec__.name)\n');
    expect(gilvm(['-m', 'pk'], { cwd: dir })).toEqual({ ...ok, stdout: "pk init\n__main__ 'pk' pk.__main__ pk\n1\n" });
    expect(gilvm(['-m', 'pk.sub.mod'], { cwd: dir })).toEqual({ ...ok, stdout: "pk init\nsub init\n__main__ 'pk.sub' pk.sub.mod\n1\n" });
    expect(gilvm(['-m', 'top'], { cwd: dir })).toEqual({ ...ok, stdout: "__main__ '' top\n" });
  });

  it('-m finds the bundled standard library after the current folder and PYTHONPATH', () => {
    const r = gilvm(['-m', 'timeit', '-n', '3', '-r', '2', 'pass'], { cwd: tmp });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^3 loops, best of 2: [0-9.]+ [nu]?m?sec per loop\n$/);
    // a module of the current folder comes first, as on sys.path
    writeFileSync(join(tmp, 'timeit.py'), "print('local timeit')\n");
    try {
      expect(gilvm(['-m', 'timeit'], { cwd: tmp })).toEqual({ ...ok, stdout: 'local timeit\n' });
    } finally {
      rmSync(join(tmp, 'timeit.py'));
    }
  });

  it('an uncaught exception: traceback on stderr, exit 1 (as python3.12)', () => {
    const script = join(tmp, 'boom.py');
    writeFileSync(script, "def f():\n    return 1 // 0\nprint('before')\nf()\n");
    expect(gilvm(['boom.py'], { cwd: tmp })).toEqual({
      status: 1,
      stdout: 'before\n',
      stderr:
        'Traceback (most recent call last):\n' +
        `  File "${script}", line 4, in <module>\n    f()\n` +
        `  File "${script}", line 2, in f\n    return 1 // 0\n           ~~^^~~\n` +
        'ZeroDivisionError: integer division or modulo by zero\n',
    });
  });

  it('a compiled file runs as a program; a bad one fails as in CPython', () => {
    const dir = join(tmp, 'pyc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'mod.py'), "print('from pyc')\n");
    expect(gilvm(['-m', 'py_compile', 'mod.py'], { cwd: dir }).status).toBe(0);
    expect(gilvm(['__pycache__/mod.gilvm-01.pyc'], { cwd: dir })).toEqual({ ...ok, stdout: 'from pyc\n' });
    writeFileSync(join(dir, 'bad.pyc'), 'garbage');
    expect(gilvm(['bad.pyc'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: 'RuntimeError: Bad magic number in .pyc file\n' });
    const good = readFileSync(join(dir, '__pycache__', 'mod.gilvm-01.pyc'));
    writeFileSync(join(dir, 'cut.pyc'), good.subarray(0, 30));
    expect(gilvm(['cut.pyc'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: 'EOFError: EOF read where not expected\n' });
  });

  it('-m gets the module through the cache: written unless -B or PYTHONDONTWRITEBYTECODE; -v traces it', () => {
    const dir = join(tmp, 'mcache');
    mkdirSync(dir, { recursive: true });
    const mod = join(dir, 'foo.py');
    writeFileSync(mod, 'x = 1\n');
    const pyc = join(dir, '__pycache__', 'foo.gilvm-01.pyc');
    expect(gilvm(['-B', '-m', 'foo'], { cwd: dir })).toEqual({ ...ok, stdout: '' });
    expect(existsSync(pyc)).toBe(false);
    expect(gilvm(['-m', 'foo'], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } })).toEqual({ ...ok, stdout: '' });
    expect(existsSync(pyc)).toBe(false);
    expect(gilvm(['-v', '-m', 'foo'], { cwd: dir }).stderr).toContain(`# code object from ${mod}\n# created '${pyc}'\n`);
    expect(existsSync(pyc)).toBe(true);
    expect(gilvm(['-v', '-m', 'foo'], { cwd: dir }).stderr).toContain(`# ${pyc} matches ${mod}\n# code object from '${pyc}'\n`);
  });

  it('a folder with __main__.py runs that file', () => {
    mkdirSync(join(tmp, 'app'), { recursive: true });
    writeFileSync(join(tmp, 'app', '__main__.py'), "print('app')\n");
    expect(gilvm(['app'], { cwd: tmp })).toEqual({ ...ok, stdout: 'app\n' });
  });

  it('PYTHONPATH is searched for -m modules', () => {
    mkdirSync(join(tmp, 'lib', 'pkg'), { recursive: true });
    writeFileSync(join(tmp, 'lib', 'pkg', '__init__.py'), '');
    writeFileSync(join(tmp, 'lib', 'pkg', 'mod.py'), "print('pkg.mod')\n");
    const r = gilvm(['-m', 'pkg.mod'], { cwd: tmp, env: { PYTHONPATH: join(tmp, 'lib') } });
    expect(r).toEqual({ ...ok, stdout: 'pkg.mod\n' });
  });
});

describe('sources CPython cannot decode (messages from python3.12)', () => {
  it('non-UTF-8 bytes and no declared encoding: no location, the bad byte and its line', async () => {
    const f = join(tmp, 'latin1.py');
    writeFileSync(f, Buffer.from('x = 1\n# caf\xe9\ny = 2\n', 'latin1'));
    const msg = (name: string): string =>
      `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${name} on line 2, ` +
      'but no encoding declared; see https://peps.python.org/pep-0263/ for details\n';
    expect(gilvm([f])).toEqual({ status: 1, stdout: '', stderr: msg(f) });
    const io = new CaptureIO({ stdin: readFileSync(f) });
    expect(await runCli(['-'], io)).toBe(1);
    expect(io.err).toBe(msg('<stdin>'));
  });

  it('an unknown coding cookie', () => {
    const f = join(tmp, 'cookie.py');
    writeFileSync(f, '# -*- coding: foo -*-\nx = 1\n');
    expect(gilvm([f])).toEqual({ status: 1, stdout: '', stderr: 'SyntaxError: encoding problem: foo\n' });
  });
});

describe('output to a closed pipe', () => {
  it('`gilvm -m dis big.py | head -1`: BrokenPipeError and exit 1, no JS stack', () => {
    const big = join(tmp, 'big.py');
    writeFileSync(big, Array.from({ length: 4000 }, (_, i) => `x${i} = ${i} + y`).join('\n') + '\n');
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} -m dis ${JSON.stringify(big)} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect(r.stdout).toMatch(/^ +0 +0 RESUME +0\n$/);
    expect(r.stderr).toBe('BrokenPipeError: [Errno 32] Broken pipe\nstatus=1\n');
  });
});

describe('runCli, in process', () => {
  it('returns the status and captures the output', async () => {
    const io = new CaptureIO();
    expect(await runCli(['-V'], io)).toBe(0);
    expect(io.out).toBe('Python 3.12.0 (gilvm 0.1.0)\n');
    const bad = new CaptureIO();
    expect(await runCli(['-Z'], bad)).toBe(2);
    expect(bad.err).toBe('Unknown option: -Z\n' + USAGE);
  });

  it('hands the interpreter the __main__ set up as CPython does (argv, sys.path[0], __file__)', async () => {
    const seen: unknown[] = [];
    const hooks = {
      runProgram: (_c: unknown, main: MainProgram) => {
        seen.push({ filename: main.code.co_filename, argv: main.argv, path0: main.path0, file: main.file });
        return 0;
      },
    };
    mkdirSync(join(tmp, 'm'), { recursive: true });
    writeFileSync(join(tmp, 'm', 'script.py'), 'x = 1\n');
    const io = new CaptureIO({ cwd: tmp, stdin: 'y = 2\n' });
    expect(await runCli(['-B', 'm/script.py', 'a', '-v'], io, hooks)).toBe(0);
    expect(await runCli(['-c', 'pass', 'a'], io, hooks)).toBe(0);
    expect(await runCli(['-', 'b'], io, hooks)).toBe(0);
    expect(await runCli(['-m', 'm.script', 'c'], io, hooks)).toBe(0);
    const script = join(tmp, 'm', 'script.py');
    expect(seen).toEqual([
      { filename: script, argv: ['m/script.py', 'a', '-v'], path0: realpathSync(join(tmp, 'm')), file: script },
      { filename: '<string>', argv: ['-c', 'a'], path0: '', file: null },
      { filename: '<stdin>', argv: ['-', 'b'], path0: '', file: null },
      { filename: script, argv: [script, 'c'], path0: tmp, file: script },
    ]);
    expect(io.err).toBe('');
  });

  it('-c with a SyntaxError', async () => {
    const io = new CaptureIO();
    expect(await runCli(['-c', 'if x'], io)).toBe(1);
    expect(io.err).toBe('  File "<string>", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n');
  });
});
