import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { newList, listLength, listGet, listSet } from '../../src/objects/list.js';
import { newTuple, tupleGet, tupleLength } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/registry.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { callMethod, int, pyError, S, s, strValue } from './str-helpers.js';

beforeAll(() => {
  startRuntime();
});

type J = string | number | boolean | null | J[];

/** JSON (from CPython) to heap values: lists of strs become lists (tuples for startswith). */
function toValue(j: J, tuple = false): Value {
  if (j === null) return S.None;
  if (typeof j === 'boolean') return j ? S.True : S.False;
  if (typeof j === 'number') return int(j);
  if (typeof j === 'string') return s(j);
  const vals = j.map((x) => toValue(x));
  if (tuple) return newTuple(vals);
  const l = newList(vals.length);
  vals.forEach((v, i) => listSet(l, i, v));
  return l;
}

function toJson(v: Value): J {
  if (v === S.None) return null;
  if (v === S.True) return true;
  if (v === S.False) return false;
  if ((v & 1) !== 0) return v >> 1;
  const t = typeOf(v);
  if (t === T.str) return strValue(v);
  if (t === T.list) return Array.from({ length: listLength(v) }, (_, i) => toJson(listGet(v, i)));
  if (t === T.tuple) return Array.from({ length: tupleLength(v) }, (_, i) => toJson(tupleGet(v, i)));
  throw new Error('unexpected result type');
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/str-methods.json', import.meta.url), 'utf8')) as [string, string, J[], J][];

describe('str methods (expectations from CPython 3.12, fixtures/gen_str_methods.py)', () => {
  for (const [self, name, args, expected] of cases) {
    it(`${JSON.stringify(self)}.${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => {
      const tuple = name === 'startswith' || name === 'endswith';
      const r = callMethod(s(self), name, args.map((a) => toValue(a, tuple)));
      expect(toJson(r)).toEqual(expected);
    });
  }
});

describe('str method errors (CPython 3.12 messages)', () => {
  const cases: [string, () => unknown, string][] = [
    ['find()', () => callMethod(s('a'), 'find'), 'TypeError: find() takes at least 1 argument (0 given)'],
    ['find(1,2,3,4)', () => callMethod(s('a'), 'find', [int(1), int(2), int(3), int(4)]), 'TypeError: find() takes at most 3 arguments (4 given)'],
    ['find(x=1)', () => callMethod(s('a'), 'find', [], { x: int(1) }), 'TypeError: str.find() takes no keyword arguments'],
    ['upper(1)', () => callMethod(s('a'), 'upper', [int(1)]), 'TypeError: str.upper() takes no arguments (1 given)'],
    ['split(1,2,3)', () => callMethod(s('a'), 'split', [int(1), int(2), int(3)]), 'TypeError: split() takes at most 2 arguments (3 given)'],
    ['split(foo=1)', () => callMethod(s('a'), 'split', [], { foo: int(1) }), "TypeError: 'foo' is an invalid keyword argument for split()"],
    ["split(' ', sep=' ')", () => callMethod(s('a'), 'split', [s(' ')], { sep: s(' ') }), "TypeError: argument for split() given by name ('sep') and position (1)"],
    ["replace('a')", () => callMethod(s('a'), 'replace', [s('a')]), 'TypeError: replace expected at least 2 arguments, got 1'],
    ['center()', () => callMethod(s('a'), 'center'), 'TypeError: center expected at least 1 argument, got 0'],
    ['zfill()', () => callMethod(s('a'), 'zfill'), 'TypeError: str.zfill() takes exactly one argument (0 given)'],
    ['strip(1)', () => callMethod(s('a'), 'strip', [int(1)]), 'TypeError: strip arg must be None or str'],
    ['find(1)', () => callMethod(s('a'), 'find', [int(1)]), 'TypeError: must be str, not int'],
    ["find('a', 'b')", () => callMethod(s('a'), 'find', [s('a'), s('b')]), 'TypeError: slice indices must be integers or None or have an __index__ method'],
    ["center(5, 'ab')", () => callMethod(s('a'), 'center', [int(5), s('ab')]), 'TypeError: The fill character must be exactly one character long'],
    ['center(5, 1)', () => callMethod(s('a'), 'center', [int(5), int(1)]), 'TypeError: The fill character must be a unicode character, not int'],
    ['split(1)', () => callMethod(s('a'), 'split', [int(1)]), 'TypeError: must be str or None, not int'],
    ["split('')", () => callMethod(s('a'), 'split', [s('')]), 'ValueError: empty separator'],
    ['join([1])', () => callMethod(s('a'), 'join', [toValue([1])]), 'TypeError: sequence item 0: expected str instance, int found'],
    ['join(1)', () => callMethod(s('a'), 'join', [int(1)]), 'TypeError: can only join an iterable'],
    ['replace(1,2)', () => callMethod(s('a'), 'replace', [int(1), int(2)]), 'TypeError: replace() argument 1 must be str, not int'],
    ["index('b')", () => callMethod(s('a'), 'index', [s('b')]), 'ValueError: substring not found'],
    ['removeprefix(1)', () => callMethod(s('a'), 'removeprefix', [int(1)]), 'TypeError: removeprefix() argument must be str, not int'],
    ["startswith(1)", () => callMethod(s('a'), 'startswith', [int(1)]), 'TypeError: startswith first arg must be str or a tuple of str, not int'],
    ["endswith((1,))", () => callMethod(s('a'), 'endswith', [newTuple([int(1)])]), 'TypeError: tuple for endswith must only contain str, not int'],
    ["maketrans('a', 'bc')", () => callMethod(s('a'), 'maketrans', [s('a'), s('bc')]), 'ValueError: the first two maketrans arguments must have equal length'],
    ['encode(None)', () => callMethod(s('a'), 'encode', [S.None]), "TypeError: encode() argument 'encoding' must be str, not None"],
    ["'é'.encode('ascii')", () => callMethod(s('é'), 'encode', [s('ascii')]), "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"],
    ["encode('foo')", () => callMethod(s('a'), 'encode', [s('foo')]), 'LookupError: unknown encoding: foo'],
    ["'{0}'.format()", () => callMethod(s('{0}'), 'format'), 'IndexError: Replacement index 0 out of range for positional args tuple'],
    ["'{a}'.format()", () => callMethod(s('{a}'), 'format'), "KeyError: 'a'"],
    ["'{0}'.format_map({})", () => callMethod(s('{0}'), 'format_map', [newTuple([])]), 'ValueError: Format string contains positional fields'],
    ["'{:d}'.format('a')", () => callMethod(s('{:d}'), 'format', [s('a')]), "ValueError: Unknown format code 'd' for object of type 'str'"],
    ["'a'.__format__(1)", () => callMethod(s('a'), '__format__', [int(1)]), 'TypeError: __format__() argument must be str, not int'],
  ];
  for (const [what, f, msg] of cases) it(what, () => expect(pyError(f)).toBe(msg));
});

describe('str.format, translate, maketrans', () => {
  it('format', () => {
    expect(strValue(callMethod(s('{0!r:>5}|{x}|{1[1]}|{:^5}'.replace('{:^5}', '{2:^5}')), 'format', [s('a'), toValue(['p', 'q']), s('mid')], { x: s('kw') }))).toBe("  'a'|kw|q| mid ");
    expect(strValue(callMethod(s('{:>{}}'), 'format', [s('a'), s('3')]))).toBe('  a');
    expect(strValue(callMethod(s('{{}}{0!a}'), 'format', [s('é')]))).toBe("{}'\\xe9'");
  });
  it('translate with maketrans', () => {
    const table = callMethod(s(''), 'maketrans', [s('ab'), s('xy'), s('c')]);
    expect(strValue(callMethod(s('abcabd'), 'translate', [table]))).toBe('xyxyd');
  });
  it('encode / decode', () => {
    const b = callMethod(s('héllo'), 'encode');
    expect(strValue(callMethod(b, 'decode'))).toBe('héllo');
    expect(strValue(callMethod(callMethod(s('abc'), 'encode', [s('latin-1')]), 'decode', [s('ascii')]))).toBe('abc');
  });
  it('null check', () => {
    expect(NULL).toBe(0);
  });
});

describe('str methods on large inputs', () => {
  it('split into more parts than there are handles', () => {
    const parts = 70000;
    const text = 'x '.repeat(parts);
    const l = callMethod(s(text), 'split');
    expect(listLength(l)).toBe(parts);
    const l2 = callMethod(s(text), 'split', [s(' ')]);
    expect(listLength(l2)).toBe(parts + 1);
    expect(strValue(callMethod(s('-'), 'join', [l])).length).toBe(parts * 2 - 1);
  });
});
