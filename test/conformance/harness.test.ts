// The conformance runner's own machinery: program discovery, stderr normalization,
// the known-failures list and the run pool.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPrograms, normalizeStderr, Pool, readKnownFailures } from './harness.js';

describe('conformance harness', () => {
  it('finds single-file programs and folder programs (main.py), not the modules beside them', () => {
    const ids = listPrograms().map((p) => p.id);
    expect(ids).toContain('exceptions/chaining');
    expect(ids).toContain('imports/packages');
    expect(ids.filter((id) => id.startsWith('imports/packages'))).toEqual(['imports/packages']);
    expect(ids.some((id) => id.includes('shapes') || id.includes('square'))).toBe(false);
    expect(ids).toEqual([...ids].sort());
  });

  it("drops only CPython's caret lines from stderr", () => {
    const tb = [
      'Traceback (most recent call last):',
      '  File "{DIR}/x.py", line 1, in <module>',
      '    print(a[1] + b)',
      '          ~~~~~^~~',
      '    ^^^^^^^^^^^^^^^',
      '',
      '    | ValueError: 1',
      'x ^ y',
      '   ^ not only carets',
      'KeyError: 1',
      '',
    ].join('\n');
    expect(normalizeStderr(tb)).toBe(
      [
        'Traceback (most recent call last):',
        '  File "{DIR}/x.py", line 1, in <module>',
        '    print(a[1] + b)',
        '',
        '    | ValueError: 1',
        'x ^ y',
        '   ^ not only carets',
        'KeyError: 1',
        '',
      ].join('\n'),
    );
  });

  it('reads known-failures.txt: one id a line, comments and blank lines ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gilvm-kf-'));
    try {
      const f = join(dir, 'known.txt');
      writeFileSync(f, '# header\n\na/b\nc/d  # why\n   \n');
      expect([...readKnownFailures(f)]).toEqual(['a/b', 'c/d']);
      expect(readKnownFailures(join(dir, 'absent.txt')).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs at most n jobs at a time, and all of them', async () => {
    const pool = new Pool(2);
    let active = 0;
    let most = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        pool.run(async () => {
          active++;
          most = Math.max(most, active);
          await new Promise((r) => setTimeout(r, 5 + (i % 3) * 5));
          active--;
          done.push(i);
        }),
      ),
    );
    expect(most).toBe(2);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
