// Code-point length, indexing, slicing and ordering against CPython 3.12.1
// (fixtures/codepoints.json is written by gen/codepoint_cases.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePoints, cpLength, cpToOffset, fromCodePoints, offsetToCp, strCompare, strGetItem, strSlice } from '../../src/text/codepoints.js';
import { TextError } from '../../src/text/errors.js';

type Result = { ok: string } | { err: [string, string] };
interface Fixture {
  len: [string, number][];
  getitem: [string, number, Result][];
  slice: [string, number | null, number | null, number | null, Result][];
  compare: [string, string, number][];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/codepoints.json', import.meta.url), 'utf8')) as Fixture;

function run(f: () => string): Result {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof TextError) return { err: [e.kind, e.message] };
    throw e;
  }
}

describe('code points', () => {
  it.each(fx.len)('len(%j) == %i', (s, n) => {
    expect(cpLength(s)).toBe(n);
    expect(codePoints(s).length).toBe(n);
    expect(fromCodePoints(codePoints(s))).toBe(s);
    expect(offsetToCp(s, cpToOffset(s, n))).toBe(n);
  });
  it('getitem', () => {
    for (const [s, i, exp] of fx.getitem) expect(run(() => strGetItem(s, i)), `${JSON.stringify(s)}[${i}]`).toEqual(exp);
  });
  it(`slices (${fx.slice.length})`, () => {
    const bad: string[] = [];
    for (const [s, a, b, c, exp] of fx.slice) {
      const got = run(() => strSlice(s, a, b, c));
      if (JSON.stringify(got) !== JSON.stringify(exp)) bad.push(`${JSON.stringify(s)}[${a}:${b}:${c}] got ${JSON.stringify(got)}`);
    }
    expect(bad).toEqual([]);
  });
  it('ordering by code point', () => {
    const bad: string[] = [];
    for (const [x, y, exp] of fx.compare) if (strCompare(x, y) !== exp) bad.push(`${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    expect(bad).toEqual([]);
  });
});
