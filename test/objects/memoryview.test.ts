/**
 * memoryview against CPython 3.12: each snippet of fixtures/memoryview_cases.py runs in-process
 * and logs lines with p(...) and e(f) (f's result, or its exception); the expected lines were
 * recorded by CPython (fixtures/gen_memoryview_cases.py). Then what gilvm does differently by
 * design: a bytearray may be resized while a view exists (no export count), and the view
 * checks its window at every access.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { runSnippet } from './class-helpers.js';

/** e(f): log f()'s result (a memoryview as its tolist()), or 'Type: message' of what it raised. */
const PRELUDE = `def e(f):
    try:
        r = f()
    except Exception as x:
        p(type(x).__name__ + ':', x)
    else:
        p('ok', r.tolist() if type(r).__name__ == 'memoryview' else r)
`;

interface Case {
  name: string;
  src: string;
  expected: string[];
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/memoryview-cases.json', import.meta.url), 'utf8')) as Case[];

/** Lines with an object address differ by design: compare them up to the address. */
function normalize(lines: string[]): string[] {
  return lines.map((l) => l.replace(/ at 0x[0-9a-f]+/g, ' at 0x?'));
}

beforeAll(() => {
  startRuntime();
});

describe('memoryview (CPython 3.12 expectations)', () => {
  for (const c of cases) {
    test(c.name, () => {
      expect(normalize(runSnippet(PRELUDE + c.src))).toEqual(normalize(c.expected));
    });
  }
});

describe('memoryview: exporter resized while viewed (gilvm: no export count)', () => {
  test('a view sees a grown bytearray, and refuses a window the bytearray no longer has', () => {
    const lines = runSnippet(`${PRELUDE}
b = bytearray(b'abcdef')
m = memoryview(b)
tail = m[4:]
b.extend(b'ghijklmnopqrstuvwxyz' * 10)
p(m.tobytes(), tail.tobytes(), len(m))
m[0] = 65
p(b[:3])
del b[2:]
e(lambda: m[0])
e(lambda: tail.tobytes())
e(lambda: bytes(m))
e(lambda: m.__setitem__(0, 1))
p(memoryview(b).tobytes(), m[:2].tobytes())
`);
    expect(lines).toEqual([
      "b'abcdef' b'ef' 6",
      "bytearray(b'Abc')",
      'BufferError: memoryview: underlying buffer was resized',
      'BufferError: memoryview: underlying buffer was resized',
      'BufferError: memoryview: underlying buffer was resized',
      'BufferError: memoryview: underlying buffer was resized',
      "b'Ab' b'Ab'",
    ]);
  });
});
