// The interactive prompt against python3.12's. A terminal is hard to drive
// from a test, so the prompt is run as `gilvm -i` on a pipe, as `python3 -i`
// runs it: prompts on stderr, results on stdout. The expected outputs in
// test/cli/fixtures/repl come from CPython (tools/gen-repl-expected.mjs);
// the banner's first line, which names the build, is {BANNER} there.
//
// Spawns the built CLI (bin/gilvm.js), or GILVM_BIN.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { parseCommandLine } from '../../src/cli/options.js';
import { compileInteractive } from '../../src/cli/repl-compile.js';
import { BIN, cleanEnv, FIXTURES } from './helpers.js';

const DIR = join(FIXTURES, 'repl');
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.in'))
  .sort()
  .map((f) => f.slice(0, -3));
const BANNER = /^Python 3\.12\.\d+ \(gilvm [^)]+\) \[Node\.js v[\d.]+\] on \w+$/;

function gilvmInteractive(
  args: string[],
  input: Buffer,
  env: Record<string, string>,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [process.env['GILVM_BIN'] ?? BIN, '-i', ...args], {
    cwd: DIR,
    env: cleanEnv(env),
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gilvm -i on a pipe, as python3.12 -i', () => {
  it.each(CASES)('%s', (name) => {
    const argsFile = join(DIR, `${name}.args`);
    const args = existsSync(argsFile) ? (JSON.parse(readFileSync(argsFile, 'utf8')) as string[]) : [];
    const envFile = join(DIR, `${name}.env`);
    const env = existsSync(envFile) ? (JSON.parse(readFileSync(envFile, 'utf8')) as Record<string, string>) : {};
    const r = gilvmInteractive(args, readFileSync(join(DIR, `${name}.in`)), env);
    const firstLine = r.stderr.slice(0, r.stderr.indexOf('\n'));
    const stderr = BANNER.test(firstLine) ? '{BANNER}' + r.stderr.slice(firstLine.length) : r.stderr;
    expect({ status: r.status, stdout: r.stdout, stderr }).toEqual({
      status: Number(readFileSync(join(DIR, `${name}.status`), 'utf8')),
      stdout: readFileSync(join(DIR, `${name}.out`), 'utf8'),
      stderr: readFileSync(join(DIR, `${name}.err`), 'utf8'),
    });
  });
});

describe('what was typed: run it, or read more', () => {
  const kind = (lines: string[], final = false): string => compileInteractive(lines, final).kind;

  it('runs a simple statement at once; skips blank and comment lines', () => {
    expect(kind(['1 + 1'])).toBe('complete');
    expect(kind(['x = (1,', '2)'])).toBe('complete');
    expect(kind([''])).toBe('empty');
    expect(kind(['   # note'])).toBe('empty');
  });

  it('reads on until a compound statement ends with a blank line', () => {
    expect(kind(['if x: y'])).toBe('incomplete');
    expect(kind(['def f():'])).toBe('incomplete');
    expect(kind(['def f():', '    return 1'])).toBe('incomplete');
    expect(kind(['def f():', '    return 1', ''])).toBe('complete');
    expect(kind(['@dec'])).toBe('incomplete');
    expect(kind(['try:', '  pass'])).toBe('incomplete');
    expect(kind(['if x:', '  pass', 'else:'])).toBe('incomplete');
  });

  it('reads on inside brackets, triple-quoted strings and after a backslash', () => {
    expect(kind(['f(1,'])).toBe('incomplete');
    expect(kind(['f(1,', ''])).toBe('incomplete');
    expect(kind(['{"a":'])).toBe('incomplete');
    expect(kind(['s = """a', ''])).toBe('incomplete');
    expect(kind(['x = \\'])).toBe('incomplete');
  });

  it('reports what more lines cannot fix', () => {
    expect(kind(['1 +'])).toBe('error');
    expect(kind(["'abc"])).toBe('error');
    expect(kind(['(1, 2', "'ok'"])).toBe('error');
    expect(kind(['def f():', ''])).toBe('error');
    expect(kind(['if 1:', '  x = 1', 'y = 2'])).toBe('error');
    expect(kind(['return 1'])).toBe('error');
  });

  it('runs or reports what the end of input cut short', () => {
    expect(kind(['def f():', '    return 1'], true)).toBe('complete');
    expect(kind(['f(1,'], true)).toBe('error');
  });
});

describe('the command line', () => {
  it('-i, -q and PYTHONINSPECT', () => {
    const run = (args: string[], env = {}) => {
      const r = parseCommandLine(args, env);
      if (r.action !== 'run') throw new Error(r.action);
      return r.config;
    };
    expect(run(['-i', 'x.py'])).toMatchObject({ inspect: true, quiet: false, program: { kind: 'file', path: 'x.py' } });
    expect(run(['-iq'])).toMatchObject({ inspect: true, quiet: true, program: { kind: 'stdin' } });
    expect(run([], { PYTHONINSPECT: '1' }).inspect).toBe(true);
    expect(run([]).inspect).toBe(false);
  });

  it('without -i, a program on a pipe is read whole, as before', async () => {
    let interactive: boolean | undefined;
    const io = new CaptureIO({ stdin: 'print(1)\n' });
    const status = await runCli([], io, {
      runProgram: (_config, main) => {
        interactive = main.interactive;
        return 0;
      },
    });
    expect({ status, interactive, err: io.err }).toEqual({ status: 0, interactive: undefined, err: '' });
  });

  it('no program on a terminal: the banner, then the prompt', async () => {
    let interactive: boolean | undefined;
    const io = new CaptureIO();
    io.stdinIsTTY = true;
    const status = await runCli([], io, {
      runProgram: (_config, main) => {
        interactive = main.interactive;
        return 0;
      },
    });
    expect(status).toBe(0);
    expect(interactive).toBe(true);
    expect(io.err.split('\n')[0]).toMatch(BANNER);
    expect(io.err.split('\n')[1]).toBe('Type "help", "copyright", "credits" or "license" for more information.');
  });
});

describe('runCli -i with a captured stdin', () => {
  it('serves the lines and prompts through the CliIO', async () => {
    const io = new CaptureIO({ stdin: 'x = 1\nif x:\n    pass\n\nexit(3)\n' });
    const status = await runCli(['-i', '-q'], io);
    expect({ status, err: io.err }).toEqual({ status: 3, err: '>>> >>> ... ... >>> ' });
  });
});
