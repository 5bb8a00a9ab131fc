// The conformance suite (issue 3): every program under test/conformance runs
// under gilvm and must print what CPython 3.12 printed (its
// <name>.expected.json, made by `npm run gen:conformance`): the same stdout,
// the same exit status, and the same stderr once CPython's caret lines are
// dropped.
//
// Programs listed in known-failures.txt are expected to fail; one that passes
// is an error, so the list stays true.
//
// Environment:
//   GILVM_TEST_ARGS='-X gcstress'   extra gilvm arguments for every run (the collector
//                                   stressed: raise GILVM_TEST_TIMEOUT_MS with it, since
//                                   heap/large_structures and recursion/deep_50000 allocate a lot)
//   GILVM_BIN=path/to/gilvm.js       judge another build than bin/gilvm.js
//   GILVM_TEST_JOBS=N               programs run at a time (default 3)
//   GILVM_TEST_TIMEOUT_MS=N         per-program limit (default 10000; three times that for
//                                   threads/, whose programs boot several workers)
//   GILVM_CONFORMANCE_UPDATE=1      rewrite known-failures.txt from this run
//                                   (every program's test then passes)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedOf, extraArgs, listPrograms, normalizeStderr, Pool, readKnownFailures, runGilvm, SUITE, type Outcome } from './harness.js';

const KNOWN_FILE = join(SUITE, 'known-failures.txt');
const KNOWN = readKnownFailures(KNOWN_FILE);
const PROGRAMS = listPrograms();
const JOBS = Math.max(1, Number(process.env['GILVM_TEST_JOBS'] ?? 3));
const TIMEOUT_MS = Number(process.env['GILVM_TEST_TIMEOUT_MS'] ?? 10_000);
const UPDATE = process.env['GILVM_CONFORMANCE_UPDATE'] === '1';
const pool = new Pool(JOBS);
/** A program's limit: thread programs pay for booting workers (about 0.1 s of CPU each). */
const limitOf = (id: string): number => (id.startsWith('threads/') ? TIMEOUT_MS * 3 : TIMEOUT_MS);
const failing = new Set<string>();

function compared(o: Outcome): Outcome {
  return { stdout: o.stdout, status: o.status, stderr: normalizeStderr(o.stderr) };
}

const mode = extraArgs().length ? ` (gilvm ${extraArgs().join(' ')})` : '';

describe(`conformance with CPython 3.12${mode}`, () => {
  it('finds the programs, each with its expectation', () => {
    expect(PROGRAMS.length).toBeGreaterThan(80);
    const missing = PROGRAMS.filter((p) => !existsSync(`${p.base}.expected.json`)).map((p) => p.id);
    expect(missing, 'run `npm run gen:conformance`').toEqual([]);
  });

  it('known-failures.txt names only programs that exist', () => {
    const ids = new Set(PROGRAMS.map((p) => p.id));
    expect([...KNOWN].filter((k) => !ids.has(k))).toEqual([]);
  });

  // Each program is a test of its own; a pool keeps JOBS gilvm processes running at a time.
  it.concurrent.each(PROGRAMS.map((p) => [p.id, p] as const))(
    '%s',
    async (id, p) => {
      const want = compared(expectedOf(p));
      const got = compared(await pool.run(() => runGilvm(p, limitOf(id))));
      const passed = JSON.stringify(got) === JSON.stringify(want);
      if (!passed) failing.add(id);
      if (UPDATE) return;
      if (KNOWN.has(id)) {
        if (passed) throw new Error(`${id} now passes: remove it from test/conformance/known-failures.txt`);
        return;
      }
      // stdout first: the first difference is usually the informative one; gilvm's
      // stderr goes with it, since it often says why (a traceback, an unimplemented opcode).
      expect(got.stdout, `${id}: stdout (gilvm's stderr: ${got.stderr.slice(0, 400)})`).toEqual(want.stdout);
      expect(got.stderr, `${id}: stderr (caret lines dropped)`).toEqual(want.stderr);
      expect(got.status, `${id}: exit status`).toEqual(want.status);
    },
    // Waiting for a pool slot counts against a test's time too.
    TIMEOUT_MS * 12 + 30_000,
  );
});

afterAll(() => {
  if (!UPDATE) return;
  const header = existsSync(KNOWN_FILE)
    ? readFileSync(KNOWN_FILE, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .join('\n')
    : '';
  const ids = PROGRAMS.map((p) => p.id).filter((id) => failing.has(id));
  writeFileSync(KNOWN_FILE, (header ? header + '\n\n' : '') + ids.join('\n') + (ids.length ? '\n' : ''));
});
