/**
 * The str type's heap fast paths (1-byte strs) against src/text's reference functions, whose
 * own tests come from CPython: random latin-1 and wider strings must give the same results.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { listGet, listLength } from '../../src/objects/list.js';
import { strCount, strFind, strStartsWith, strEndsWith } from '../../src/text/str-search.js';
import { strSplit } from '../../src/text/str-split.js';
import { strReplace } from '../../src/text/str-replace.js';
import { strStrip, strLStrip, strRStrip } from '../../src/text/str-strip.js';
import { strLower, strUpper } from '../../src/text/str-case.js';
import { binaryOp, contains } from '../../src/vm/abstract.js';
import type { Value } from '../../src/heap/layout.js';
import { callMethod, int, S, s, strValue } from './str-helpers.js';

beforeAll(() => {
  startRuntime();
});

const alphabet = ['a', 'b', ' ', '\t', '\xa0', '\x85', 'é', '\x1c', 'A', 'Z', '€'];
const small = fc.array(fc.constantFrom(...alphabet.slice(0, 10)), { maxLength: 12 }).map((a) => a.join(''));
const wide = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((a) => a.join(''));
const text = fc.oneof(small, wide);
const needle = fc.array(fc.constantFrom('a', 'b', ' ', 'é', '€'), { minLength: 0, maxLength: 3 }).map((a) => a.join(''));

const list = (v: Value): string[] => Array.from({ length: listLength(v) }, (_, i) => strValue(listGet(v, i)));
const opts = { numRuns: 300 };

describe('heap fast paths agree with src/text', () => {
  it('find / count / in', () => {
    fc.assert(
      fc.property(text, needle, fc.integer({ min: -15, max: 15 }), (t, n, start) => {
        expect(callMethod(s(t), 'find', [s(n)])).toBe(int(strFind(t, n)));
        expect(callMethod(s(t), 'find', [s(n), int(start)])).toBe(int(strFind(t, n, start)));
        expect(callMethod(s(t), 'count', [s(n)])).toBe(int(strCount(t, n)));
        expect(contains(s(t), s(n))).toBe(t.includes(n));
      }),
      opts,
    );
  });
  it('startswith / endswith', () => {
    fc.assert(
      fc.property(text, needle, fc.integer({ min: -15, max: 15 }), fc.integer({ min: -15, max: 15 }), (t, n, a, b) => {
        expect(callMethod(s(t), 'startswith', [s(n), int(a), int(b)])).toBe(strStartsWith(t, n, a, b) ? S.True : S.False);
        expect(callMethod(s(t), 'endswith', [s(n), int(a), int(b)])).toBe(strEndsWith(t, n, a, b) ? S.True : S.False);
      }),
      opts,
    );
  });
  it('split / strip / replace / join / case / +', () => {
    fc.assert(
      fc.property(text, needle, fc.integer({ min: -1, max: 3 }), (t, n, max) => {
        expect(list(callMethod(s(t), 'split', [S.None, int(max)]))).toEqual(strSplit(t, null, max));
        if (n.length > 0) expect(list(callMethod(s(t), 'split', [s(n), int(max)]))).toEqual(strSplit(t, n, max));
        expect(strValue(callMethod(s(t), 'strip'))).toBe(strStrip(t));
        expect(strValue(callMethod(s(t), 'lstrip'))).toBe(strLStrip(t));
        expect(strValue(callMethod(s(t), 'rstrip'))).toBe(strRStrip(t));
        expect(strValue(callMethod(s(t), 'replace', [s(n), s('xy'), int(max)]))).toBe(strReplace(t, n, 'xy', max));
        expect(strValue(callMethod(s(n), 'join', [callMethod(s(t), 'split', [S.None])]))).toBe(strSplit(t).join(n));
        expect(strValue(callMethod(s(t), 'upper'))).toBe(strUpper(t));
        expect(strValue(callMethod(s(t), 'lower'))).toBe(strLower(t));
        expect(strValue(binaryOp(s(t), s(n), 0))).toBe(t + n);
        expect(strValue(binaryOp(s(t), int(3), 5))).toBe(t.repeat(3));
      }),
      opts,
    );
  });
});
