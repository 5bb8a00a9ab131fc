import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envFlag, helpText, parseCommandLine, shortUsage } from '../../src/cli/options.js';
import type { ParseResult, RunConfig } from '../../src/cli/options.js';
import { GILVM_VERSION, versionText } from '../../src/cli/version.js';
import { ROOT } from './helpers.js';

function run(args: string[], env: Record<string, string> = {}): RunConfig {
  const r = parseCommandLine(args, env);
  if (r.action !== 'run') throw new Error(`expected a run, got ${JSON.stringify(r)}`);
  return r.config;
}

function result(args: string[], env: Record<string, string> = {}): ParseResult {
  return parseCommandLine(args, env);
}

describe('parseCommandLine: the program and sys.argv', () => {
  it('a script takes the rest of the line as its arguments', () => {
    const c = run(['x.py', '-B', 'a']);
    expect(c.program).toEqual({ kind: 'file', path: 'x.py' });
    expect(c.argv).toEqual(['x.py', '-B', 'a']);
    expect(c.dontWriteBytecode).toBe(false);
  });

  it('-c ends the options; argv[0] is -c', () => {
    const c = run(['-B', '-c', 'print(1)', '-v', 'x']);
    expect(c.program).toEqual({ kind: 'command', command: 'print(1)' });
    expect(c.argv).toEqual(['-c', '-v', 'x']);
    expect(c.verbose).toBe(0);
    expect(c.dontWriteBytecode).toBe(true);
  });

  it('-c with the command attached, and inside a cluster', () => {
    expect(run(['-cprint(1)']).program).toEqual({ kind: 'command', command: 'print(1)' });
    const c = run(['-Bcpass', 'y']);
    expect(c.program).toEqual({ kind: 'command', command: 'pass' });
    expect(c.dontWriteBytecode).toBe(true);
    expect(c.argv).toEqual(['-c', 'y']);
  });

  it('-m ends the options; argv[0] is -m', () => {
    const c = run(['-m', 'dis', 'f.py']);
    expect(c.program).toEqual({ kind: 'module', module: 'dis' });
    expect(c.argv).toEqual(['-m', 'f.py']);
    expect(run(['-mcompileall', '-q']).argv).toEqual(['-m', '-q']);
  });

  it('- and no program read stdin', () => {
    expect(run(['-']).program).toEqual({ kind: 'stdin' });
    expect(run(['-', 'a']).argv).toEqual(['-', 'a']);
    expect(run([]).program).toEqual({ kind: 'stdin' });
    expect(run([]).argv).toEqual(['']);
  });

  it('-- ends the options', () => {
    const c = run(['-v', '--', '-x.py', 'a']);
    expect(c.program).toEqual({ kind: 'file', path: '-x.py' });
    expect(c.argv).toEqual(['-x.py', 'a']);
    expect(c.verbose).toBe(1);
  });

  it('clustered flags and repeated -v', () => {
    const c = run(['-Bvv', '-v', 'f.py']);
    expect(c.dontWriteBytecode).toBe(true);
    expect(c.verbose).toBe(3);
  });
});

describe('parseCommandLine: -X and the environment', () => {
  it('-X options are kept in order, bare names are true', () => {
    const c = run(['-X', 'dev', '-Xfoo=bar=baz', '-X', 'gil=1', 'f.py']);
    expect([...c.xoptions]).toEqual([
      ['dev', true],
      ['foo', 'bar=baz'],
      ['gil', '1'],
    ]);
    expect(c.gil).toBe(true);
  });

  it('-X gil=0 and PYTHON_GIL=0 turn the GIL off; -X wins over the environment', () => {
    expect(run(['-X', 'gil=0', 'f.py']).gil).toBe(false);
    expect(run(['f.py'], { PYTHON_GIL: '0' }).gil).toBe(false);
    expect(run(['-X', 'gil=1', 'f.py'], { PYTHON_GIL: '0' }).gil).toBe(true);
    expect(run(['-X', 'gil=0', 'f.py'], { PYTHON_GIL: '1' }).gil).toBe(false);
    expect(run(['f.py'], { PYTHON_GIL: '' }).gil).toBe(true);
    expect(run(['f.py']).gil).toBe(true);
  });

  it('an invalid gil value is a fatal configuration error, as in CPython 3.13', () => {
    for (const [args, env] of [
      [['-X', 'gil=2', 'f.py'], {}],
      [['-X', 'gil', 'f.py'], {}],
      [['-X', 'gil=', 'f.py'], {}],
      [['f.py'], { PYTHON_GIL: 'yes' }],
    ] as const) {
      expect(result([...args], env)).toEqual({
        action: 'fatal',
        func: 'config_read_gil',
        message: 'PYTHON_GIL / -X gil must be "0" or "1"',
      });
    }
  });

  it('PYTHONDONTWRITEBYTECODE, PYTHONPATH, PYTHONVERBOSE', () => {
    expect(run(['f.py'], { PYTHONDONTWRITEBYTECODE: '1' }).dontWriteBytecode).toBe(true);
    expect(run(['f.py'], { PYTHONDONTWRITEBYTECODE: '' }).dontWriteBytecode).toBe(false);
    expect(run(['f.py'], { PYTHONPATH: '/a::/b' }).pythonPath).toEqual(['/a', '/b']);
    expect(run(['f.py'], { PYTHONVERBOSE: '2' }).verbose).toBe(2);
  });

  it('-u and PYTHONUNBUFFERED', () => {
    expect(run(['f.py']).unbuffered).toBe(false);
    expect(run(['-u', 'f.py']).unbuffered).toBe(true);
    expect(run(['-Bu', 'f.py']).unbuffered).toBe(true);
    expect(run(['f.py'], { PYTHONUNBUFFERED: '1' }).unbuffered).toBe(true);
    expect(run(['f.py'], { PYTHONUNBUFFERED: '0' }).unbuffered).toBe(false);
  });

  it('a flag variable reads as CPython reads it: 0 is off, text is 1, a number is its level', () => {
    // Figures from python3: PYTHONVERBOSE=V python3 -c 'import sys; print(sys.flags.verbose)'.
    const cases: [string, number][] = [['', 0], ['0', 0], ['00', 0], ['-0', 0], ['1', 1], ['2', 2], [' 3', 3], ['+2', 2], ['x', 1], ['3x', 1], ['-1', 1], ['99999999999', 1]];
    for (const [value, level] of cases) {
      expect(envFlag(value), value).toBe(level);
      expect(run(['f.py'], { PYTHONVERBOSE: value }).verbose, value).toBe(level);
      expect(run(['f.py'], { PYTHONDONTWRITEBYTECODE: value }).dontWriteBytecode, value).toBe(level > 0);
      expect(run(['f.py'], { PYTHONINSPECT: value }).inspect, value).toBe(level > 0);
    }
    expect(envFlag(undefined)).toBe(0);
  });
});

describe('parseCommandLine: help, version and errors', () => {
  it('-h, -? and --help', () => {
    for (const a of ['-h', '-?', '--help', '-Bh']) expect(result([a])).toEqual({ action: 'help' });
    // -h acts at once, even before a bad option...
    expect(result(['-h', '-Z'])).toEqual({ action: 'help' });
  });

  it('-V, -VV and --version', () => {
    expect(result(['-V'])).toEqual({ action: 'version', level: 1 });
    expect(result(['-VV'])).toEqual({ action: 'version', level: 2 });
    expect(result(['--version'])).toEqual({ action: 'version', level: 1 });
    expect(result(['-V', '-c', 'pass'])).toEqual({ action: 'version', level: 1 });
    // ...but -V is printed only after all the options were read.
    expect(result(['-V', '-Z'])).toEqual({ action: 'usage-error', message: 'Unknown option: -Z' });
  });

  it('unknown options: CPython wording for short and long ones', () => {
    expect(result(['-Z'])).toEqual({ action: 'usage-error', message: 'Unknown option: -Z' });
    expect(result(['-BZ'])).toEqual({ action: 'usage-error', message: 'Unknown option: -Z' });
    expect(result(['--foo'])).toEqual({ action: 'usage-error', message: 'unknown option --foo' });
  });

  it('options missing their argument', () => {
    for (const o of ['c', 'm', 'X']) {
      expect(result([`-${o}`])).toEqual({ action: 'usage-error', message: `Argument expected for the -${o} option` });
    }
  });

  it('usage and help texts', () => {
    expect(shortUsage()).toBe(
      'usage: gilvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n' +
        "Try `python -h' for more information.\n",
    );
    const help = helpText();
    expect(help.startsWith('usage: gilvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n')).toBe(true);
    for (const opt of ['-B ', '-c cmd', '-h ', '-m mod', '-v ', '-V ', '-X opt', 'gil=0', 'PYTHONPATH']) {
      expect(help).toContain(opt);
    }
  });

  it('the version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(GILVM_VERSION).toBe(pkg.version);
    expect(versionText(1)).toBe(`Python 3.12.0 (gilvm ${pkg.version})\n`);
    expect(versionText(2)).toMatch(/^Python 3\.12\.0 \(gilvm [\d.]+\) \[Node\.js v\d+/);
  });
});
