/**
 * The dis module inside programs (stdlib/dis.py over src/lib/dis-module.ts)
 * prints what `gilvm -m dis` prints for the same code: each function of
 * module/sample.py is disassembled by the program itself and compared with
 * its section of the command line's disassembly of the whole file (code
 * object addresses normalized: both are gilvm's, but numbered per call).
 * GILVM_BIN selects the CLI (default bin/gilvm.js).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/gilvm.js', import.meta.url));
const bin = process.env.GILVM_BIN ?? BIN;
const sample = fileURLToPath(new URL('./module/sample.py', import.meta.url));

function gilvm(args: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`gilvm ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

const normalize = (s: string): string => s.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');

/** The lines of `-m dis` output from "Disassembly of <code object NAME" up to the next code object's header. */
function section(all: string, name: string): string {
  const lines = all.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`Disassembly of <code object ${name} at `));
  if (start < 0) throw new Error(`no section for ${name}`);
  let end = start + 1;
  while (end < lines.length && !lines[end]!.startsWith('Disassembly of <code object ')) end++;
  // the blank line before the next header belongs to neither
  return lines.slice(start + 1, end).join('\n').replace(/\n+$/, '\n');
}

/** Outputs of the program for each target, split at the '#### target' markers. */
function programOutputs(targets: string[]): Map<string, string> {
  const out = gilvm([sample, ...targets]);
  const parts = new Map<string, string>();
  for (const chunk of out.split(/^#### /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    parts.set(chunk.slice(0, nl), chunk.slice(nl + 1));
  }
  return parts;
}

describe('dis.dis inside a program equals gilvm -m dis', () => {
  const whole = normalize(gilvm(['-m', 'dis', sample]));
  const targets = ['plain', 'with_closure', 'method', 'guarded', 'generator', 'coroutine', 'module'];
  const got = programOutputs(targets);

  it.each([
    ['plain', 'plain'],
    ['method', 'method'],
    ['guarded', 'guarded'],
    ['generator', 'generator'],
  ])('%s (no nested code)', (target, codeName) => {
    expect(normalize(got.get(target)!)).toBe(section(whole, codeName));
  });

  it('functions with nested code objects print them after their own', () => {
    const text = normalize(got.get('with_closure')!);
    expect(text.startsWith(section(whole, 'with_closure'))).toBe(true);
    expect(text).toContain('Disassembly of <code object inner at 0xADDR, file "' + sample + '", line 14>:\n' + section(whole, 'inner'));
    const co = normalize(got.get('coroutine')!);
    expect(co.startsWith(section(whole, 'coroutine'))).toBe(true);
  });

  it('a whole module compiled in the program is the -m dis output', () => {
    expect(normalize(got.get('module')!)).toBe(whole);
  });
});
