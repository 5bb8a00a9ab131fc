import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodeObject } from '../../src/bytecode/code.js';
import {
  HEADER_SIZE,
  MAGIC,
  cachePathFor,
  cacheTag,
  compileFileToCache,
  getCode,
  isCacheFresh,
  loadCachedCode,
  magicNumberFor,
  sourcePathFromCache,
  statSource,
  writeCache,
  type GetCodeOptions,
} from '../../src/bytecode/cache.js';
import { constKey } from './arbitraries.js';
import { handCode } from './helpers.js';

/** A fake compiler: a code object whose only constant is the source text. */
function fakeCompiler() {
  const calls: [string, string][] = [];
  const compile = (source: string, filename: string): CodeObject => {
    calls.push([source, filename]);
    return handCode({ co_filename: filename, co_consts: [source], code: [['RETURN_CONST', 0, 1]] });
  };
  return { calls, compile };
}

let dir: string;
const savedEnv = process.env.PYTHONDONTWRITEBYTECODE;

beforeEach(() => {
  // The cache API takes dontWriteBytecode explicitly; make sure nothing reads the environment.
  process.env.PYTHONDONTWRITEBYTECODE = '1';
  dir = mkdtempSync(join(tmpdir(), 'gilvm-cache-'));
});
afterEach(() => {
  if (savedEnv === undefined) delete process.env.PYTHONDONTWRITEBYTECODE;
  else process.env.PYTHONDONTWRITEBYTECODE = savedEnv;
  try {
    chmodSync(join(dir, 'ro'), 0o755);
  } catch {
    // not made
  }
  rmSync(dir, { recursive: true, force: true });
});

function options(extra: Partial<GetCodeOptions> = {}) {
  const fc = fakeCompiler();
  const lines: string[] = [];
  const opts: GetCodeOptions = { dontWriteBytecode: false, compile: fc.compile, verbose: (l) => lines.push(l), ...extra };
  return { fc, lines, opts };
}

function source(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('cache paths', () => {
  it('follows the version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const [major, minor] = pkg.version.split('.');
    expect(cacheTag).toBe(`gilvm-${major}${minor}`);
    expect(cacheTag).toBe('gilvm-01');
  });

  it('maps sources to __pycache__ and back', () => {
    expect(cachePathFor('/a/b/mod.py')).toBe('/a/b/__pycache__/mod.gilvm-01.pyc');
    expect(cachePathFor('mod.py')).toBe('__pycache__/mod.gilvm-01.pyc');
    expect(cachePathFor('/a/x.y.py')).toBe('/a/__pycache__/x.y.gilvm-01.pyc');
    expect(sourcePathFromCache('/a/b/__pycache__/mod.gilvm-01.pyc')).toBe('/a/b/mod.py');
    expect(sourcePathFromCache('/a/b/mod.gilvm-01.pyc')).toBe(null);
    expect(sourcePathFromCache('/a/__pycache__/mod.cpython-312.pyc')).toBe(null);
  });

  it('has a magic number that changes with the bytecode format', () => {
    expect(MAGIC.length).toBe(4);
    expect(Array.from(MAGIC.subarray(2))).toEqual([13, 10]);
    const a = magicNumberFor('LOAD_CONST=100', 1, 1);
    expect(magicNumberFor('LOAD_CONST=101', 1, 1)).not.toBe(a);
    expect(magicNumberFor('LOAD_CONST=100', 2, 1)).not.toBe(a);
    expect(magicNumberFor('LOAD_CONST=100', 1, 2)).not.toBe(a);
  });
});

describe('getCode', () => {
  it('writes the cache, then uses it', () => {
    const p = source('m.py', 'x = 1\n');
    const { fc, lines, opts } = options();
    const first = getCode(p, opts);
    expect(fc.calls).toEqual([['x = 1\n', p]]);
    const cfile = cachePathFor(p);
    expect(existsSync(cfile)).toBe(true);
    // CPython's -v lines
    expect(lines).toEqual([`# code object from ${p}`, `# created '${cfile}'`]);
    const data = readFileSync(cfile);
    expect(Array.from(data.subarray(0, 4))).toEqual(Array.from(MAGIC));
    expect(data.length).toBeGreaterThan(HEADER_SIZE);

    lines.length = 0;
    const second = getCode(p, opts);
    expect(fc.calls).toHaveLength(1); // not compiled again
    expect(lines).toEqual([`# ${cfile} matches ${p}`, `# code object from '${cfile}'`]);
    expect(constKey(second)).toBe(constKey(first));
    // no temporary files are left behind
    expect(readdirSync(join(dir, '__pycache__'))).toEqual(['m.gilvm-01.pyc']);
  });

  it('recompiles when the source changes size or mtime', () => {
    const p = source('m.py', 'x = 1\n');
    const { fc, opts } = options();
    getCode(p, opts);
    // same size, different mtime
    writeFileSync(p, 'x = 2\n');
    utimesSync(p, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(constKey(getCode(p, opts))).toContain(constKey('x = 2\n'));
    expect(fc.calls).toHaveLength(2);
    expect(getCode(p, opts) && fc.calls).toHaveLength(2);
    // same mtime, different size
    writeFileSync(p, 'x = 22\n');
    utimesSync(p, new Date(2001, 1, 1), new Date(2001, 1, 1));
    getCode(p, opts);
    expect(fc.calls).toHaveLength(3);
    expect(fc.calls[2]![0]).toBe('x = 22\n');
    // a sub-second change is seen (mtime is kept in nanoseconds)
    writeFileSync(p, 'x = 33\n');
    utimesSync(p, 981000000.25, 981000000.25);
    getCode(p, opts);
    writeFileSync(p, 'x = 44\n');
    utimesSync(p, 981000000.5, 981000000.5);
    getCode(p, opts);
    expect(fc.calls.map((c) => c[0]).slice(3)).toEqual(['x = 33\n', 'x = 44\n']);
  });

  it('never writes under dontWriteBytecode, but still reads', () => {
    const p = source('m.py', 'x = 1\n');
    const { fc, opts } = options({ dontWriteBytecode: true });
    getCode(p, opts);
    getCode(p, opts);
    expect(fc.calls).toHaveLength(2);
    expect(existsSync(join(dir, '__pycache__'))).toBe(false);
    // a cache written by someone else is still used
    compileFileToCache(p, { compile: fakeCompiler().compile });
    getCode(p, opts);
    expect(fc.calls).toHaveLength(2);
  });

  it('skips writing silently when __pycache__ cannot be made', () => {
    // Works as root too: a plain file where the folder should be.
    const p = source('m.py', 'x = 1\n');
    writeFileSync(join(dir, '__pycache__'), 'not a folder');
    const { fc, lines, opts } = options();
    getCode(p, opts);
    getCode(p, opts);
    expect(fc.calls).toHaveLength(2);
    expect(lines[1]).toBe(`# could not create '${join(dir, '__pycache__')}': FileExistsError(17, 'File exists')`);
  });

  it('skips writing silently in a read-only folder', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const p = join(ro, 'm.py');
    writeFileSync(p, 'x = 1\n');
    chmodSync(ro, 0o555);
    const { fc, opts } = options();
    expect(() => getCode(p, opts)).not.toThrow();
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot) {
      // chmod does not stop root: the write succeeds; the failure path is
      // covered by the test above.
      expect(fc.calls).toHaveLength(1);
    } else {
      expect(existsSync(join(ro, '__pycache__'))).toBe(false);
      getCode(p, opts);
      expect(fc.calls).toHaveLength(2);
    }
  });

  it('recompiles over corrupt, foreign and truncated caches', () => {
    const p = source('m.py', 'x = 1\n');
    const cfile = cachePathFor(p);
    const { fc, opts } = options();
    getCode(p, opts);
    const good = readFileSync(cfile);
    const bad: [string, Uint8Array][] = [
      ['empty', new Uint8Array()],
      ['CPython 3.12 magic', Uint8Array.from([0xcb, 0x0d, 0x0d, 0x0a, ...good.subarray(4)])],
      ['truncated header', good.subarray(0, 10)],
      ['header only', good.subarray(0, HEADER_SIZE)],
      ['truncated body', good.subarray(0, good.length - 3)],
      ['garbage body', Uint8Array.from([...good.subarray(0, HEADER_SIZE), 1, 0x43, 0xff, 0xff, 0xff])],
      ['bad flags', Uint8Array.from([...good.subarray(0, 4), 1, 0, 0, 0, ...good.subarray(8)])],
      ['trailing bytes', Uint8Array.from([...good, 0])],
    ];
    let n = 1;
    for (const [what, bytes] of bad) {
      writeFileSync(cfile, bytes);
      expect(() => getCode(p, opts), what).not.toThrow();
      n++;
      expect(fc.calls, what).toHaveLength(n);
      // and the cache is repaired
      expect(Array.from(readFileSync(cfile)), what).toEqual(Array.from(good));
    }
    // -v says what CPython says
    const { lines, opts: vopts } = options();
    writeFileSync(cfile, 'garbage');
    getCode(p, vopts);
    expect(lines[0]).toBe("# bad magic number in 'm': b'garb'");
    lines.length = 0;
    writeFileSync(cfile, good.subarray(0, 10));
    getCode(p, vopts);
    expect(lines[0]).toBe("# reached EOF while reading pyc header of 'm'");
    // a folder in place of the cache file
    rmSync(cfile);
    mkdirSync(cfile);
    expect(() => getCode(p, opts)).not.toThrow();
    expect(fc.calls).toHaveLength(n + 1);
  });

  it('propagates a missing source and compile errors', () => {
    const { opts } = options();
    expect(() => getCode(join(dir, 'nope.py'), opts)).toThrow(/ENOENT/);
    const p = source('bad.py', 'x = (\n');
    const boom = () => {
      throw new SyntaxError('boom');
    };
    expect(() => getCode(p, { ...opts, compile: boom })).toThrow('boom');
    expect(existsSync(cachePathFor(p))).toBe(false);
  });

  it('decodes the source with the decoder given', () => {
    const p = join(dir, 'l1.py');
    writeFileSync(p, Uint8Array.from([0x78, 0x3d, 0xe9]));
    const { fc, opts } = options({ decode: (b) => Array.from(b, (c) => String.fromCharCode(c)).join('') });
    getCode(p, opts);
    expect(fc.calls[0]![0]).toBe('x=\u00e9');
  });
});

describe('loadCachedCode, writeCache, compileFileToCache', () => {
  it('validates against the stat given', () => {
    const p = source('m.py', 'x = 1\n');
    const st = statSource(p);
    const code = fakeCompiler().compile('x = 1\n', p);
    expect(loadCachedCode(p, st)).toBe(null);
    expect(writeCache(p, st, code)).toBe(true);
    expect(constKey(loadCachedCode(p, st)!)).toBe(constKey(code));
    expect(loadCachedCode(p)).not.toBe(null);
    expect(loadCachedCode(p, { ...st, size: st.size + 1n })).toBe(null);
    expect(loadCachedCode(p, { mtimeNs: st.mtimeNs + 1n, size: st.size })).toBe(null);
    expect(isCacheFresh(p)).toBe(true);
    // a number Stats (milliseconds as a double) matches a cache written with nanoseconds
    const numberStat = statSync(p);
    expect(loadCachedCode(p, numberStat)).not.toBe(null);
    expect(loadCachedCode(p, { mtimeMs: numberStat.mtimeMs + 0.01, size: numberStat.size })).toBe(null);
  });

  it('compiles to the cache as py_compile does', () => {
    const p = source('m.py', 'x = 1\n');
    const { calls, compile } = fakeCompiler();
    const cfile = compileFileToCache(p, { compile, dfile: 'shown.py' });
    expect(cfile).toBe(cachePathFor(p));
    expect(calls).toEqual([['x = 1\n', 'shown.py']]);
    expect(isCacheFresh(p)).toBe(true);
    expect((loadCachedCode(p) as CodeObject).co_filename).toBe('shown.py');
    // up to date: skipped unless forced
    compileFileToCache(p, { compile, force: false });
    expect(calls).toHaveLength(1);
    compileFileToCache(p, { compile });
    expect(calls).toHaveLength(2);
    // an explicit cfile
    const other = join(dir, 'out', 'x.pyc');
    expect(compileFileToCache(p, { compile, cfile: other })).toBe(other);
    expect(isCacheFresh(p, other)).toBe(true);
  });

  it('throws I/O errors, unlike the import path', () => {
    const p = source('m.py', 'x = 1\n');
    writeFileSync(join(dir, '__pycache__'), 'in the way');
    expect(() => compileFileToCache(p, { compile: fakeCompiler().compile })).toThrow(/EEXIST|ENOTDIR/);
    expect(() => compileFileToCache(join(dir, 'none.py'), { compile: fakeCompiler().compile })).toThrow(/ENOENT/);
  });
});

type RealCompile = (source: string, filename: string, mode: 'exec') => CodeObject;
const compilerSpec = '../../src/compiler/compile.js';
const sourceSpec = '../../src/compiler/source.js';
let realCompile: RealCompile | null = null;
let realDecode: ((b: Uint8Array, f: string) => string) | null = null;
try {
  realCompile = ((await import(compilerSpec)) as { compileSource: RealCompile }).compileSource;
  realDecode = ((await import(sourceSpec)) as { decodeSource: (b: Uint8Array, f: string) => string }).decodeSource;
} catch {
  // compiler not loadable yet
}

describe.skipIf(!realCompile || !realDecode)('with the real compiler', () => {
  it('round-trips every golden snippet through the cache', async () => {
    const { disassemble } = await import('../../src/bytecode/dis.js');
    const snippets = new URL('../dis/snippets/', import.meta.url);
    const names = readdirSync(snippets).filter((f) => f.endsWith('.py'));
    for (const name of names) {
      const p = join(dir, name);
      writeFileSync(p, readFileSync(new URL(name, snippets)));
      const fresh = getCode(p, { dontWriteBytecode: false, compile: (s, f) => realCompile!(s, f, 'exec') });
      let compiled = 0;
      const cached = getCode(p, {
        dontWriteBytecode: false,
        compile: (s, f) => {
          compiled++;
          return realCompile!(s, f, 'exec');
        },
      });
      expect(compiled, name).toBe(0);
      expect(constKey(cached), name).toBe(constKey(fresh));
      expect(disassemble(cached)).toBe(disassemble(fresh));
    }
  });

  it('compiles with the default compiler and decodes PEP 263 sources', () => {
    const p = join(dir, 'latin.py');
    writeFileSync(p, Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\ns = "'), Buffer.from([0xe9]), Buffer.from('"\n')]));
    const cfile = compileFileToCache(p);
    const code = loadCachedCode(p)!;
    expect(cfile).toBe(cachePathFor(p));
    expect(code.co_consts).toContain('\u00e9');
    expect(code.co_filename).toBe(p);
  });
});
