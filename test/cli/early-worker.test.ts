/**
 * The worker started before the CLI loads (src/cli/early-worker.ts): which
 * command lines start it, and that every way a command line can end (a
 * program, its heap options, no program at all) still behaves as before.
 */
import { describe, expect, it } from 'vitest';
import { commandLineRunsProgram } from '../../src/cli/early-worker.js';
import { gilvm } from './helpers.js';

describe('which command lines start the worker early', () => {
  it('starts it for scripts, -c, -m of a Python module and stdin', () => {
    expect(commandLineRunsProgram(['prog.py', '-h'])).toBe(true);
    expect(commandLineRunsProgram(['-c', 'pass'])).toBe(true);
    expect(commandLineRunsProgram(['-cpass'])).toBe(true);
    expect(commandLineRunsProgram(['-X', 'gcstress', '-B', 'prog.py'])).toBe(true);
    expect(commandLineRunsProgram(['-m', 'mymodule'])).toBe(true);
    expect(commandLineRunsProgram(['-'])).toBe(true);
    expect(commandLineRunsProgram([])).toBe(true);
  });

  it('does not for help, the version and the modules the main thread runs', () => {
    expect(commandLineRunsProgram(['-h'])).toBe(false);
    expect(commandLineRunsProgram(['-B', '--help'])).toBe(false);
    expect(commandLineRunsProgram(['-V'])).toBe(false);
    expect(commandLineRunsProgram(['-m', 'compileall', '-q', '.'])).toBe(false);
    expect(commandLineRunsProgram(['-mdis', 'x.py'])).toBe(false);
    expect(commandLineRunsProgram(['-X', '-h', '-m', 'py_compile'])).toBe(false);
  });
});

describe('running with an early worker', () => {
  it('runs a program with a heap size of its own (a new heap, not the early one)', () => {
    const r = gilvm(['-X', 'heapsize=64m', '-X', 'heapstats', '-c', 'print(sum(range(10)))']);
    expect(r.stdout).toBe('45\n');
    expect(r.stderr).toMatch(/^gilvm heap: peak \d+ bytes/);
    expect(r.status).toBe(0);
  });

  it('ends without running anything for help and a SyntaxError', () => {
    expect(gilvm(['-V']).status).toBe(0);
    const bad = gilvm(['-c', 'x = (']);
    expect(bad.stderr).toContain("SyntaxError: '(' was never closed");
    expect(bad.status).toBe(1);
  });

  it('gives the exit status of sys.exit', () => {
    expect(gilvm(['-c', 'import sys; print("bye"); sys.exit(3)'])).toEqual({ status: 3, stdout: 'bye\n', stderr: '' });
  });
});
