/**
 * list.sort / sorted make CPython 3.12's comparisons in CPython's order
 * (timsort with powersort merging and galloping): fixtures/sort_order.py sorts
 * lists of many lengths and shapes with an `__lt__` that logs, plus key=,
 * reverse=, raising comparisons, mutation during the sort and NaNs; the
 * expected lines were recorded by CPython (fixtures/gen_sort_order.py).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { runSnippet } from './class-helpers.js';

const src = readFileSync(new URL('./fixtures/sort_order.py', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('./fixtures/sort-order.json', import.meta.url), 'utf8')) as string[];

beforeAll(() => {
  startRuntime();
});

test('sort comparisons match CPython 3.12', () => {
  const lines = runSnippet(src);
  // Compare line by line first, so a failure names the first case that differs.
  for (let k = 0; k < Math.max(lines.length, expected.length); k++) expect(lines[k]).toBe(expected[k]);
}, 120_000);
