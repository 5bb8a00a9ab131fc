/**
 * The class machinery against CPython 3.12: each snippet of
 * fixtures/class_cases.py runs in-process and logs lines with p(...); the
 * expected lines were recorded by CPython (fixtures/gen_class_cases.py).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { KNOWN_FAILURES, runSnippet } from './class-helpers.js';

interface Case {
  name: string;
  src: string;
  expected: string[];
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/class-cases.json', import.meta.url), 'utf8')) as Case[];

/** Lines with an object address differ by design: compare them up to the address. */
function normalize(lines: string[]): string[] {
  return lines.map((l) => l.replace(/ at 0x[0-9a-f]+/g, ' at 0x?'));
}

beforeAll(() => {
  startRuntime();
});

describe('classes', () => {
  for (const c of cases) {
    (KNOWN_FAILURES.has(c.name) ? test.fails : test)(c.name, () => {
      expect(normalize(runSnippet(c.src))).toEqual(normalize(c.expected));
    });
  }
});
