// str methods against CPython 3.12.1: fixtures/str-methods.json is written by gen/str_cases.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextError } from '../../src/text/errors.js';
import * as C from '../../src/text/str-case.js';
import * as P from '../../src/text/str-pad.js';
import * as Q from '../../src/text/str-predicates.js';
import * as R from '../../src/text/str-replace.js';
import * as F from '../../src/text/str-search.js';
import * as L from '../../src/text/str-split.js';
import * as T from '../../src/text/str-strip.js';

type Result = { ok: unknown } | { err: [string, string] };
type Case = [string, string, unknown[], Result];
const cases = JSON.parse(readFileSync(new URL('./fixtures/str-methods.json', import.meta.url), 'utf8')) as Case[];

// any: one dispatch table over methods of varied signatures, called with JSON arguments.
type Fn = (...a: any[]) => unknown;
const methods: Record<string, Fn> = {
  lower: C.strLower, upper: C.strUpper, casefold: C.strCasefold, capitalize: C.strCapitalize,
  swapcase: C.strSwapCase, title: C.strTitle,
  isalpha: Q.strIsAlpha, isalnum: Q.strIsAlnum, isdecimal: Q.strIsDecimal, isdigit: Q.strIsDigit,
  isnumeric: Q.strIsNumeric, isspace: Q.strIsSpace, isprintable: Q.strIsPrintable, isascii: Q.strIsAscii,
  isidentifier: Q.strIsIdentifier, islower: Q.strIsLower, isupper: Q.strIsUpper, istitle: Q.strIsTitle,
  split: L.strSplit, rsplit: L.strRSplit, splitlines: L.strSplitLines, partition: L.strPartition,
  rpartition: L.strRPartition,
  strip: T.strStrip, lstrip: T.strLStrip, rstrip: T.strRStrip, removeprefix: T.strRemovePrefix,
  removesuffix: T.strRemoveSuffix,
  expandtabs: P.strExpandTabs, center: P.strCenter, ljust: P.strLJust, rjust: P.strRJust, zfill: P.strZFill,
  find: F.strFind, rfind: F.strRFind, index: F.strIndex, rindex: F.strRIndex, count: F.strCount,
  startswith: F.strStartsWith, endswith: F.strEndsWith, __contains__: F.strContains,
  replace: R.strReplace,
};

function run(fn: Fn, recv: string, args: unknown[]): Result {
  try {
    return { ok: fn(recv, ...args) };
  } catch (e) {
    if (e instanceof TextError) return { err: [e.kind, e.message] };
    throw e;
  }
}

describe('str methods match CPython', () => {
  const byMethod = new Map<string, Case[]>();
  for (const c of cases) {
    if (!byMethod.has(c[0])) byMethod.set(c[0], []);
    byMethod.get(c[0])!.push(c);
  }
  for (const [name, list] of byMethod) {
    it(`${name} (${list.length} cases)`, () => {
      const fn = methods[name];
      expect(fn, name).toBeDefined();
      const bad: string[] = [];
      for (const [, recv, args, exp] of list) {
        const got = run(fn!, recv, args);
        if (JSON.stringify(got) !== JSON.stringify(exp)) {
          bad.push(`${JSON.stringify(recv)}.${name}(${JSON.stringify(args).slice(1, -1)}): got ${JSON.stringify(got)}, CPython ${JSON.stringify(exp)}`);
        }
      }
      expect(bad.slice(0, 15)).toEqual([]);
    });
  }
});

describe('str translate and maketrans', () => {
  it('translates through a lookup (CPython: "abc😀".translate({97: "x", 98: None, 0x1f600: 65}) == "xcA")', () => {
    const table = new Map<number, string | number | null>([[97, 'x'], [98, null], [0x1f600, 65]]);
    expect(R.strTranslate('abc😀', (cp) => table.get(cp))).toBe('xcA');
  });
  it('maketrans(x, y, z) as CPython: {97: 120, 98: 121, 99: None}', () => {
    expect([...R.strMakeTrans('ab', 'xy', 'c')]).toEqual([[97, 120], [98, 121], [99, null]]);
  });
  it('errors as CPython', () => {
    expect(() => R.strMakeTrans('ab', 'x')).toThrow('the first two maketrans arguments must have equal length');
    expect(() => R.makeTransKey('ab')).toThrow('string keys in translate table must be of length 1');
    expect(() => R.strTranslate('a', () => 0x110000)).toThrow('character mapping must be in range(0x110000)');
    expect(R.makeTransKey('😀')).toBe(0x1f600);
  });
  it('join', () => {
    expect(R.strJoin(', ', ['a', 'b', '😀'])).toBe('a, b, 😀');
    expect(R.joinItemTypeError(1, 'int').message).toBe('sequence item 1: expected str instance, int found');
  });
});

describe('results too long to build', () => {
  // CPython 3.12.1: "a".center(2**40), "a".ljust(2**62), "a".zfill(2**40) raise MemoryError('').
  // replace: past V8's longest string (CPython would build its 4 GB), the same MemoryError.
  it.each([
    ['center', () => P.strCenter('a', 2 ** 40)],
    ['ljust', () => P.strLJust('a', 2 ** 62)],
    ['zfill', () => P.strZFill('a', 2 ** 40)],
    ['replace', () => R.strReplace('ab'.repeat(1000), '', 'x'.repeat(2 ** 20))],
  ])('%s raises MemoryError', (_, f) => {
    let err: unknown;
    try {
      f();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TextError);
    expect((err as TextError).kind).toBe('MemoryError');
    expect((err as TextError).message).toBe('');
  });
});
