// The conformance programs of the language and of threads (every area but stdlib, whose
// programs run under the GIL in conformance.test.ts and in a thread in in-thread.test.ts) in
// free-threading mode (issue 6): `gilvm -X gil=0` must print what CPython 3.12 printed, as in
// GIL mode. threads/ft_containers_stress hammers every mutable built-in container from eight
// threads at once and checks that nothing is lost; threads/ft_more_containers_stress does the same for
// the library's mutable objects (array.array, io.StringIO/BytesIO, random.Random, heapq's and
// bisect.insort's lists, lru_cache, shared itertools iterators); threads/ft_class_mutation changes a
// class (methods, attributes, its dict's size) while other threads call and read through it.
// Programs in known-failures.txt are skipped.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedOf, listPrograms, normalizeStderr, Pool, readKnownFailures, runGilvm, SUITE, type Outcome } from './harness.js';

const KNOWN = readKnownFailures(join(SUITE, 'known-failures.txt'));
const PROGRAMS = listPrograms().filter((p) => p.area !== 'stdlib' && !KNOWN.has(p.id));
const JOBS = Math.max(1, Number(process.env['GILVM_TEST_JOBS'] ?? 3));
const TIMEOUT_MS = Number(process.env['GILVM_TEST_TIMEOUT_MS'] ?? 10_000);
const pool = new Pool(JOBS);
const limitOf = (id: string): number => (id.startsWith('threads/') ? TIMEOUT_MS * 3 : TIMEOUT_MS);

function compared(o: Outcome): Outcome {
  return { stdout: o.stdout, status: o.status, stderr: normalizeStderr(o.stderr) };
}

describe('conformance in free-threading mode (gilvm -X gil=0)', () => {
  it('has the language and thread programs', () => {
    expect(PROGRAMS.length).toBeGreaterThan(150);
    expect(PROGRAMS.some((p) => p.id === 'threads/ft_containers_stress')).toBe(true);
    expect(PROGRAMS.some((p) => p.id === 'threads/ft_more_containers_stress')).toBe(true);
    expect(PROGRAMS.some((p) => p.id === 'threads/ft_class_mutation')).toBe(true);
  });

  it.concurrent.each(PROGRAMS.map((p) => [p.id, p] as const))(
    '%s',
    async (id, p) => {
      const want = compared(expectedOf(p));
      const got = compared(await pool.run(() => runGilvm(p, limitOf(id), false, ['-X', 'gil=0'])));
      expect(got.stdout, `${id}: stdout (gilvm's stderr: ${got.stderr.slice(0, 400)})`).toEqual(want.stdout);
      expect(got.stderr, `${id}: stderr (caret lines dropped)`).toEqual(want.stderr);
      expect(got.status, `${id}: exit status`).toEqual(want.status);
    },
    TIMEOUT_MS * 12 + 30_000,
  );
});
