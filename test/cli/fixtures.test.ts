// gilvm against the outputs python3.12 gave for the same inputs
// (test/cli/fixtures/expected, written by tools/gen-expected.mjs): uncaught
// SyntaxErrors from a script, -c and stdin; -m py_compile and -m compileall;
// and -m dis against CPython's dis of the test/dis snippets.
// Checks listed in test/cli/known-failures.txt are expected to fail.
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaptureIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { copyFixture, expected, FIXTURES, gilvm, removeDir, tempDir } from './helpers.js';

const KNOWN_FAILURES = new Set(
  readFileSync(join(FIXTURES, '..', 'known-failures.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l !== ''),
);

/**
 * Run the expectations of check `id`; a check listed in known-failures.txt
 * must fail them (and is an error when it passes, so the list stays true).
 */
async function check(id: string, body: () => void | Promise<void>): Promise<void> {
  if (!KNOWN_FAILURES.has(id)) return body();
  let passed = false;
  try {
    await body();
    passed = true;
  } catch {
    // the known difference is still there
  }
  if (passed) throw new Error(`${id} now matches CPython: remove it from test/cli/known-failures.txt`);
}

const SYNTAX = readdirSync(join(FIXTURES, 'syntax'))
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => f.slice(0, -3));

let tmp: string;
let syntaxDir: string;
beforeAll(() => {
  tmp = tempDir();
  syntaxDir = copyFixture('syntax', tmp);
});
afterAll(() => removeDir(tmp));

async function inProcess(args: string[], cwd: string, stdin = ''): Promise<{ status: number; out: string; err: string }> {
  const io = new CaptureIO({ cwd, env: {}, stdin });
  const status = await runCli(args, io);
  return { status, out: io.out, err: io.err };
}

describe('uncaught SyntaxErrors, as python3.12 prints them', () => {
  it.each(SYNTAX)('%s.py run as a script (spawned)', async (name) => {
    const want = expected(`${name}.script`, tmp);
    const r = gilvm([join(syntaxDir, `${name}.py`)], { cwd: syntaxDir });
    await check(`${name}.script`, () =>
      expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: want.status, stderr: want.text, stdout: '' }),
    );
  });

  it.each(SYNTAX)('%s.py through -c', async (name) => {
    const want = expected(`${name}.c`, tmp);
    const source = readFileSync(join(syntaxDir, `${name}.py`), 'utf8');
    const r = await inProcess(['-c', source], syntaxDir);
    await check(`${name}.c`, () => expect({ status: r.status, err: r.err }).toEqual({ status: want.status, err: want.text }));
  });

  it.each(SYNTAX)('%s.py through stdin', async (name) => {
    const want = expected(`${name}.stdin`, tmp);
    const source = readFileSync(join(syntaxDir, `${name}.py`), 'utf8');
    const r = await inProcess(['-'], syntaxDir, source);
    await check(`${name}.stdin`, () => expect({ status: r.status, err: r.err }).toEqual({ status: want.status, err: want.text }));
  });
});

describe('-m py_compile', () => {
  it.each(SYNTAX)('%s.py fails as CPython reports it', async (name) => {
    const want = expected(`${name}.py_compile`, tmp);
    const r = await inProcess(['-m', 'py_compile', `${name}.py`], syntaxDir);
    await check(`${name}.py_compile`, () => expect({ status: r.status, err: r.err }).toEqual({ status: want.status, err: want.text }));
    expect(existsSync(join(syntaxDir, '__pycache__', `${name}.gilvm-01.pyc`))).toBe(false);
  });

  it('writes __pycache__/<name>.gilvm-01.pyc, even with -B and PYTHONDONTWRITEBYTECODE', () => {
    const dir = join(tmp, 'pyc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.py'), 'x = 1\n');
    writeFileSync(join(dir, 'b.py'), 'def f():\n    return 2\n');
    const r = gilvm(['-B', '-m', 'py_compile', 'a.py', 'b.py'], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readdirSync(join(dir, '__pycache__')).sort()).toEqual(['a.gilvm-01.pyc', 'b.gilvm-01.pyc']);
  });

  it('stops at the first failure; -q hides the message; - reads names from stdin', async () => {
    const dir = join(tmp, 'pyc2');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'good.py'), 'x = 1\n');
    writeFileSync(join(dir, 'bad.py'), 'if x\n');
    writeFileSync(join(dir, 'later.py'), 'y = 2\n');
    let r = await inProcess(['-m', 'py_compile', 'good.py', 'bad.py', 'later.py'], dir);
    expect(r.status).toBe(1);
    expect(r.err).toBe('  File "bad.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n');
    expect(existsSync(join(dir, '__pycache__', 'good.gilvm-01.pyc'))).toBe(true);
    expect(existsSync(join(dir, '__pycache__', 'later.gilvm-01.pyc'))).toBe(false);
    r = await inProcess(['-m', 'py_compile', '-q', 'bad.py'], dir);
    expect(r).toEqual({ status: 1, out: '', err: '' });
    r = await inProcess(['-m', 'py_compile', '-'], dir, 'later.py\n');
    expect(r).toEqual({ status: 0, out: '', err: '' });
    expect(existsSync(join(dir, '__pycache__', 'later.gilvm-01.pyc'))).toBe(true);
  });

  it('a missing file and no file at all', async () => {
    let r = await inProcess(['-m', 'py_compile', 'nope.py'], tmp);
    expect(r).toEqual({ status: 1, out: '', err: "[Errno 2] No such file or directory: 'nope.py'" });
    r = await inProcess(['-m', 'py_compile'], tmp);
    expect(r.status).toBe(2);
    expect(r.err).toBe(
      'usage: py_compile.py [-h] [-q] filenames [filenames ...]\n' +
        'py_compile.py: error: the following arguments are required: filenames\n',
    );
  });
});

describe('-m compileall', () => {
  it('lists, compiles and reports every fixture as CPython does', async () => {
    const fresh = join(tmp, 'ca1');
    mkdirSync(fresh);
    copyFixture('syntax', fresh);
    const want = expected('syntax.compileall', fresh);
    const r = await inProcess(['-m', 'compileall', 'syntax'], fresh);
    await check('syntax.compileall', () =>
      expect({ status: r.status, out: r.out, err: r.err }).toEqual({ status: want.status, out: want.text, err: '' }),
    );
  });

  it('-q prints only the failures', async () => {
    const fresh = join(tmp, 'ca2');
    mkdirSync(fresh);
    copyFixture('syntax', fresh);
    const want = expected('syntax.compileall-q', fresh);
    const r = await inProcess(['-m', 'compileall', '-q', 'syntax'], fresh);
    await check('syntax.compileall-q', () => expect({ status: r.status, out: r.out }).toEqual({ status: want.status, out: want.text }));
    const qq = await inProcess(['-m', 'compileall', '-qq', 'syntax'], fresh);
    expect(qq).toEqual({ status: 1, out: '', err: '' });
  });

  function tree(): string {
    const dir = tempDir('gilvm-ca-');
    mkdirSync(join(dir, 'pkg', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'pkg', '__init__.py'), '');
    writeFileSync(join(dir, 'pkg', 'a.py'), 'x = 1\n');
    writeFileSync(join(dir, 'pkg', 'notes.txt'), 'not python\n');
    writeFileSync(join(dir, 'pkg', 'sub', 'b.py'), 'def f(): return 1\n');
    return dir;
  }
  /** What `compileall pkg` prints for tree() as made, up to its last file. */
  const treeListing = [
    "Listing 'pkg'...",
    "Compiling 'pkg/__init__.py'...",
    "Compiling 'pkg/a.py'...",
    "Listing 'pkg/sub'...",
    "Compiling 'pkg/sub/b.py'...",
  ];

  it('writes caches, skips up-to-date files unless -f, recompiles changed ones', async () => {
    const dir = tree();
    try {
      let r = await inProcess(['-m', 'compileall', 'pkg'], dir);
      expect(r.status).toBe(0);
      expect(r.out).toBe([...treeListing, ''].join('\n'));
      expect(readdirSync(join(dir, 'pkg', '__pycache__')).sort()).toEqual(['__init__.gilvm-01.pyc', 'a.gilvm-01.pyc']);
      expect(readdirSync(join(dir, 'pkg', 'sub', '__pycache__'))).toEqual(['b.gilvm-01.pyc']);

      r = await inProcess(['-m', 'compileall', 'pkg'], dir);
      expect(r.out).toBe("Listing 'pkg'...\nListing 'pkg/sub'...\n");

      r = await inProcess(['-m', 'compileall', '-f', '-l', 'pkg'], dir);
      expect(r.out).toBe("Listing 'pkg'...\nCompiling 'pkg/__init__.py'...\nCompiling 'pkg/a.py'...\n");

      const a = join(dir, 'pkg', 'a.py');
      writeFileSync(a, 'x = 22\n');
      const t = statSync(a).mtime.getTime() / 1000 + 5;
      utimesSync(a, t, t);
      r = await inProcess(['-m', 'compileall', '-r', '0', 'pkg'], dir);
      expect(r.out).toBe("Listing 'pkg'...\nCompiling 'pkg/a.py'...\n");

      r = await inProcess(['-m', 'compileall', '-f', '-q', '-x', 'sub', 'pkg'], dir);
      expect(r).toEqual({ status: 0, out: '', err: '' });
    } finally {
      removeDir(dir);
    }
  });

  it('reports a cache that cannot be written in its place among the files, as CPython', async () => {
    const dir = tree();
    try {
      // A file where sub's __pycache__ folder should be: both files of sub fail to write.
      writeFileSync(join(dir, 'pkg', 'sub', '__pycache__'), '');
      writeFileSync(join(dir, 'pkg', 'sub', 'c.py'), 'z = 3\n');
      writeFileSync(join(dir, 'pkg', 'w.py'), 'w = (\n');
      writeFileSync(join(dir, 'pkg', 'z.py'), 'v = 1\n');
      const notADir = (name: string): string =>
        `NotADirectoryError: [Errno 20] Not a directory: 'pkg/sub/__pycache__/${name}.gilvm-01.pyc'`;
      const syntax = ['  File "pkg/w.py", line 1', '    w = (', '        ^', "SyntaxError: '(' was never closed", ''];
      let r = await inProcess(['-m', 'compileall', 'pkg'], dir);
      expect(r.status).toBe(1);
      expect(r.out).toBe(
        [
          ...treeListing,
          `*** ${notADir('b')}`,
          "Compiling 'pkg/sub/c.py'...",
          `*** ${notADir('c')}`,
          "Compiling 'pkg/w.py'...",
          `*** ${syntax[0]}`,
          ...syntax.slice(1),
          "Compiling 'pkg/z.py'...",
          '',
        ].join('\n'),
      );
      r = await inProcess(['-m', 'compileall', '-q', '-f', 'pkg'], dir);
      expect(r.status).toBe(1);
      expect(r.out).toBe(
        [
          "*** Error compiling 'pkg/sub/b.py'...",
          notADir('b'),
          "*** Error compiling 'pkg/sub/c.py'...",
          notADir('c'),
          "*** Error compiling 'pkg/w.py'...",
          ...syntax,
          '',
        ].join('\n'),
      );
      expect(readdirSync(join(dir, 'pkg', '__pycache__')).sort()).toEqual([
        '__init__.gilvm-01.pyc',
        'a.gilvm-01.pyc',
        'z.gilvm-01.pyc',
      ]);
    } finally {
      removeDir(dir);
    }
  });

  it('a single file, a missing folder, and -j 2 (worker threads, spawned)', () => {
    const dir = tree();
    try {
      let r = gilvm(['-m', 'compileall', 'pkg/a.py'], { cwd: dir });
      expect(r).toEqual({ status: 0, stdout: "Compiling 'pkg/a.py'...\n", stderr: '' });
      r = gilvm(['-m', 'compileall', '-q', 'nope'], { cwd: dir });
      expect(r).toEqual({ status: 0, stdout: "Can't list 'nope'\n", stderr: '' });
      writeFileSync(join(dir, 'pkg', 'sub', 'bad.py'), 'if x\n');
      r = gilvm(['-m', 'compileall', '-f', '-j', '2', 'pkg'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(
        [
          "Listing 'pkg'...",
          "Listing 'pkg/sub'...",
          "Compiling 'pkg/__init__.py'...",
          "Compiling 'pkg/a.py'...",
          "Compiling 'pkg/sub/b.py'...",
          "Compiling 'pkg/sub/bad.py'...",
          '***   File "pkg/sub/bad.py", line 1',
          '    if x',
          '        ^',
          "SyntaxError: expected ':'",
          '',
          '',
        ].join('\n'),
      );
    } finally {
      removeDir(dir);
    }
  });

  it('-d, -s and -p change the name compiled in (outputs from python3.12)', async () => {
    const dir = tempDir('gilvm-ca-');
    try {
      mkdirSync(join(dir, 'pkg'));
      writeFileSync(join(dir, 'pkg', 'bad.py'), 'if x\n');
      writeFileSync(join(dir, 'pkg', 'out.py'), 'return 1\n');
      const r = await inProcess(['-m', 'compileall', '-d', '/install/lib', 'pkg'], dir);
      expect(r.status).toBe(1);
      expect(r.out).toBe(
        "Listing 'pkg'...\n" +
          "Compiling 'pkg/bad.py'...\n" +
          '***   File "/install/lib/bad.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n\n' +
          "Compiling 'pkg/out.py'...\n" +
          // A compiler error shows its line only when the name compiled in is a readable file.
          '***   File "/install/lib/out.py", line 1\nSyntaxError: \'return\' outside function\n\n',
      );
      const sp = await inProcess(['-m', 'compileall', '-q', '-s', 'pkg', '-p', '/opt', 'pkg/bad.py'], dir);
      expect(sp.out).toBe(
        "*** Error compiling 'pkg/bad.py'...\n" + '  File "/opt/bad.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n\n',
      );
      const both = await inProcess(['-m', 'compileall', '-d', 'x', '-s', 'y', 'pkg'], dir);
      expect(both.status).toBe(2);
      expect(both.err).toMatch(/compileall\.py: error: -d cannot be used in combination with -s or -p\n$/);
    } finally {
      removeDir(dir);
    }
  });

  it('a cache path that is a symlink is refused, as CPython words it', async () => {
    const dir = tempDir('gilvm-ca-');
    try {
      mkdirSync(join(dir, 'pkg', '__pycache__'), { recursive: true });
      writeFileSync(join(dir, 'pkg', 'a.py'), 'x = 1\n');
      symlinkSync('/nonexistent', join(dir, 'pkg', '__pycache__', 'a.gilvm-01.pyc'));
      const why = 'is a symlink and will be changed into a regular file if import writes a byte-compiled file to it';
      const r = await inProcess(['-m', 'compileall', 'pkg'], dir);
      expect(r).toEqual({
        status: 1,
        out: `Listing 'pkg'...\nCompiling 'pkg/a.py'...\n*** FileExistsError: pkg/__pycache__/a.gilvm-01.pyc ${why}\n`,
        err: '',
      });
      const p = await inProcess(['-m', 'py_compile', 'pkg/a.py'], dir);
      expect(p).toEqual({ status: 1, out: '', err: `pkg/__pycache__/a.gilvm-01.pyc ${why}` });
    } finally {
      removeDir(dir);
    }
  });

  it('argparse errors', async () => {
    const r = await inProcess(['-m', 'compileall', '-r', 'x', 'pkg'], tmp);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^usage: compileall\.py .*\ncompileall\.py: error: argument -r: invalid int value: 'x'\n$/s);
    const u = await inProcess(['-m', 'compileall', '--bogus'], tmp);
    expect(u.status).toBe(2);
    expect(u.err).toMatch(/compileall\.py: error: unrecognized arguments: --bogus\n$/);
  });
});

describe('-m dis', () => {
  // CPython 3.12's dis of the test/dis snippets, compiled by CPython and
  // re-encoded without inline caches (test/dis/cpython312.py). Snippets that
  // test/dis/known-differences.txt lists are left to that suite.
  const DIS_ROOT = join(FIXTURES, '..', '..', 'dis');
  const knownDis = new Set(
    readFileSync(join(DIS_ROOT, 'known-differences.txt'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l !== '' && !l.includes(':')),
  );
  const SNIPPETS = readdirSync(join(DIS_ROOT, 'snippets'))
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !knownDis.has(n) && existsSync(join(DIS_ROOT, 'cpython', `${n}.json`)))
    .sort();
  // Code object addresses differ from run to run.
  const noAddresses = (s: string): string => s.replace(/ at 0x[0-9a-f]+/g, ' at 0x...');
  const cpythonDis = (name: string): string =>
    (JSON.parse(readFileSync(join(DIS_ROOT, 'cpython', `${name}.json`), 'utf8')) as { dis: string }).dis;

  it.each(SNIPPETS)('%s.py prints what CPython 3.12 prints', async (name) => {
    const r = await inProcess(['-m', 'dis', `${name}.py`], join(DIS_ROOT, 'snippets'));
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(noAddresses(r.out)).toBe(noAddresses(cpythonDis(name)));
  });

  it('spawned: gilvm -m dis FILE', () => {
    const name = SNIPPETS[0]!;
    const r = gilvm(['-m', 'dis', `${name}.py`], { cwd: join(DIS_ROOT, 'snippets') });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(noAddresses(r.stdout)).toBe(noAddresses(cpythonDis(name)));
  });

  it('reads stdin, reports SyntaxErrors, and fails like argparse on a missing file', async () => {
    const ok = await inProcess(['-m', 'dis'], tmp, 'x = 1\n');
    expect(ok.status).toBe(0);
    expect(ok.out).toContain('STORE_NAME               0 (x)');
    const bad = await inProcess(['-m', 'dis', '-'], tmp, 'if x\n');
    expect(bad).toEqual({ status: 1, out: '', err: '  File "<stdin>", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n' });
    const missing = await inProcess(['-m', 'dis', 'nope.py'], tmp);
    expect(missing).toEqual({
      status: 2,
      out: '',
      err:
        'usage: dis.py [-h] [infile]\n' +
        "dis.py: error: argument infile: can't open 'nope.py': [Errno 2] No such file or directory: 'nope.py'\n",
    });
  });
});
