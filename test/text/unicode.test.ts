// Every code point against CPython 3.12.1: fixtures/unicode-cpython.json is written by
// gen/unicode_dump.py (ranges where each predicate holds, full case mappings that change a char).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strCasefold, strLower, strUpper } from '../../src/text/str-case.js';
import { strSplit } from '../../src/text/str-split.js';
import * as U from '../../src/text/unicode.js';

interface Dump {
  [name: string]: unknown;
}
const dump = JSON.parse(readFileSync(new URL('./fixtures/unicode-cpython.json', import.meta.url), 'utf8')) as Dump;
const MAX = 0x110000;

function bits(name: string): Uint8Array {
  const s = new Uint8Array(MAX);
  for (const [a, b] of dump[name] as [number, number][]) s.fill(1, a, b + 1);
  return s;
}

function mismatches(name: string, f: (cp: number) => boolean): string[] {
  const exp = bits(name);
  const out: string[] = [];
  for (let cp = 0; cp < MAX; cp++) if (f(cp) !== (exp[cp] === 1)) out.push(cp.toString(16));
  return out;
}

describe('per-code-point predicates match CPython over all code points', () => {
  const cases: [string, (cp: number) => boolean][] = [
    ['isalpha', U.isAlphaCp],
    ['isdecimal', U.isDecimalCp],
    ['isdigit', U.isDigitCp],
    ['isnumeric', U.isNumericCp],
    ['isalnum', U.isAlnumCp],
    ['isprintable', U.isPrintableCp],
    ['isspace', U.isSpaceCp],
    ['islower', U.isLowerCp],
    ['isupper', U.isUpperCp],
    ['titlecat', U.isTitleCp],
    ['idstart', U.isIdStartCp],
    ['idcontinue', U.isIdContinueCp],
    ['unassigned', (cp) => U.isNewerThanPython(cp) || /^\p{Cn}$/u.test(String.fromCodePoint(cp))],
  ];
  for (const [name, f] of cases) {
    it(name, () => {
      expect(mismatches(name, f)).toEqual([]);
    });
  }
});

describe('full case mappings match CPython over all code points', () => {
  const cases: [string, (cp: number) => string][] = [
    ['upper', U.upperOf],
    ['lower', U.lowerOf],
    ['title', U.titleOf],
    ['casefold', U.casefoldOf],
  ];
  for (const [name, f] of cases) {
    it(name, () => {
      const table = dump[name] as Record<string, number[]>;
      const out: string[] = [];
      for (let cp = 0; cp < MAX; cp++) {
        const m = table[cp];
        const exp = m ? String.fromCodePoint(...m) : String.fromCodePoint(cp);
        if (f(cp) !== exp) out.push(cp.toString(16));
      }
      expect(out).toEqual([]);
    });
  }
});

describe('whole-string case mapping (the one-call JS fast path) matches CPython', () => {
  const cases: [string, (s: string) => string][] = [
    ['upper', strUpper],
    ['lower', strLower],
    ['casefold', strCasefold],
  ];
  for (const [name, f] of cases) {
    it(`${name} over every code point, in chunks`, () => {
      const table = dump[name] as Record<string, number[]>;
      const bad: string[] = [];
      for (let a = 0; a < MAX; a += 2048) {
        let s = '';
        let exp = '';
        for (let cp = a; cp < a + 2048; cp++) {
          // Surrogates would pair up; capital sigma's form depends on its neighbours.
          if ((cp >= 0xd800 && cp <= 0xdfff) || cp === 0x3a3) continue;
          s += String.fromCodePoint(cp);
          const m = table[cp];
          exp += m ? String.fromCodePoint(...m) : String.fromCodePoint(cp);
        }
        if (f(s) !== exp) bad.push(a.toString(16));
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('str.split() whitespace matches CPython isspace over the BMP', () => {
  it('a<c>b splits in two exactly where CPython says c.isspace()', () => {
    const space = bits('isspace');
    const bad: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const n = strSplit('a' + String.fromCharCode(cp) + 'b').length;
      if ((n === 2) !== (space[cp] === 1)) bad.push(cp.toString(16));
    }
    expect(bad).toEqual([]);
  });
});
