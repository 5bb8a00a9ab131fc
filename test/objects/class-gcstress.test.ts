/**
 * The class-machinery snippets again with a collection at every safepoint
 * (-X gcstress): a reference the class machinery forgot to root across a
 * call into Python shows up as a wrong result or a crash here.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CB_GC_STRESS } from '../../src/heap/memory.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { KNOWN_FAILURES, runSnippet } from './class-helpers.js';

interface Case {
  name: string;
  src: string;
  expected: string[];
}
const cases = JSON.parse(readFileSync(new URL('./fixtures/class-cases.json', import.meta.url), 'utf8')) as Case[];

function normalize(lines: string[]): string[] {
  return lines.map((l) => l.replace(/ at 0x[0-9a-f]+/g, ' at 0x?'));
}

beforeAll(() => {
  startRuntime({ maxHeap: 64 * 1024 * 1024 });
  i32[CB_GC_STRESS] = 1;
});
afterAll(() => {
  i32[CB_GC_STRESS] = 0;
});

describe('classes under gc stress', () => {
  for (const c of cases) {
    (KNOWN_FAILURES.has(c.name) ? test.fails : test)(c.name, () => {
      expect(normalize(runSnippet(c.src))).toEqual(normalize(c.expected));
    });
  }
});
