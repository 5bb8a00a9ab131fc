// Interpreter state that every thread must share (issue 5): a sample of the standard-library
// conformance programs run as __main__ in a thread other than the main one (a pool worker that
// did not make the heap, import the modules first, or initialize their native halves) must
// print what CPython printed for them. Only stdout of programs that end with status 0 is
// compared: tracebacks and sys.exit() differ in a thread by design. Every fourth program runs
// (GILVM_IN_THREAD_EVERY=1: all of them; all passed on 2026-12-04).
import { describe, expect, it } from 'vitest';
import { expectedOf, listPrograms, Pool, readKnownFailures, runGilvm, SUITE } from './harness.js';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

const KNOWN = readKnownFailures(join(SUITE, 'known-failures.txt'));
/**
 * Programs whose output names frames, paths, the main module's file or the current thread
 * (tracebacks that unittest prints, inspect.stack(), logging's threadName), or that set signal
 * handlers (the main thread's alone): they differ in a thread by design.
 */
const BY_DESIGN = /^stdlib\/(traceback_|sys_frames|dis_tables|signal_|unittest_(fixtures|main|runner)|inspect_source|logging_basic)/;
const SAMPLE_EVERY = Number(process.env['GILVM_IN_THREAD_EVERY'] ?? 4);

const candidates = listPrograms().filter(
  (p) => p.area === 'stdlib' && !KNOWN.has(p.id) && !BY_DESIGN.test(p.id) && !existsSync(`${p.base}.stdin`) && expectedOf(p).status === 0,
);
const sample = candidates.filter((_, i) => i % SAMPLE_EVERY === 0);
const pool = new Pool(2);
const TIMEOUT_MS = Number(process.env['GILVM_TEST_TIMEOUT_MS'] ?? 10_000) * 3;

describe('standard-library programs run in a thread', () => {
  it('has a sample', () => {
    expect(sample.length).toBeGreaterThan(20);
  });
  it.concurrent.each(sample.map((p) => [p.id, p] as const))(
    '%s',
    async (id, p) => {
      const got = await pool.run(() => runGilvm(p, TIMEOUT_MS, true));
      expect(got.stdout, `${id} in a thread (stderr: ${got.stderr.slice(0, 400)})`).toEqual(expectedOf(p).stdout);
    },
    TIMEOUT_MS * 8 + 30_000,
  );
});
