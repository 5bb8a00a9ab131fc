import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { binaryOp, contains, getItem, getIter, hashValue, iterNext, length, repr, richCompare, setItem, delItem, CMP_EQ, CMP_LT } from '../../src/vm/abstract.js';
import { newBytes, bytesView } from '../../src/objects/bytes.js';
import { newByteArray, byteArrayView } from '../../src/objects/bytearray.js';
import { newList, listGet, listLength, listSet } from '../../src/objects/list.js';
import { newSlice } from '../../src/objects/slice.js';
import { newTuple, tupleGet, tupleLength } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/registry.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { callValue } from '../../src/vm/call.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { lookupTypeString } from '../../src/vm/attributes.js';
import { callMethod, int, pyError, S, s, strValue } from './str-helpers.js';

beforeAll(() => {
  startRuntime();
});

const latin1 = (t: string): Uint8Array => Uint8Array.from(Array.from(t, (c) => c.charCodeAt(0)));
const text = (b: Uint8Array): string => String.fromCharCode(...b);
const B = (t: string): Value => newBytes(latin1(t));
const BA = (t: string): Value => newByteArray(latin1(t));

type J = string | number | boolean | null | J[] | { b: string } | { ba: string };

function toValue(j: J, tuple = false): Value {
  if (j === null) return S.None;
  if (typeof j === 'boolean') return j ? S.True : S.False;
  if (typeof j === 'number') return int(j);
  if (typeof j === 'string') return s(j);
  if (Array.isArray(j)) {
    const vals = j.map((x) => toValue(x));
    if (tuple) return newTuple(vals);
    const l = newList(vals.length);
    vals.forEach((v, i) => listSet(l, i, v));
    return l;
  }
  return 'b' in j ? B(j.b) : BA(j.ba);
}

function toJson(v: Value): J {
  if (v === S.None) return null;
  if (v === S.True) return true;
  if (v === S.False) return false;
  if ((v & 1) !== 0) return v >> 1;
  const t = typeOf(v);
  if (t === T.str) return strValue(v);
  if (t === T.bytes) return { b: text(bytesView(v)) };
  if (t === T.bytearray) return { ba: text(byteArrayView(v)) };
  if (t === T.list) return Array.from({ length: listLength(v) }, (_, i) => toJson(listGet(v, i)));
  if (t === T.tuple) return Array.from({ length: tupleLength(v) }, (_, i) => toJson(tupleGet(v, i)));
  throw new Error('unexpected result type');
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/bytes-methods.json', import.meta.url), 'utf8')) as [J, string, J[], J][];

describe('bytes/bytearray methods (expectations from CPython 3.12, fixtures/gen_bytes_methods.py)', () => {
  for (const [self, name, args, expected] of cases) {
    it(`${JSON.stringify(self)}.${name}(${JSON.stringify(args)})`, () => {
      const tuple = name === 'startswith' || name === 'endswith';
      const r = callMethod(toValue(self), name, args.map((a) => toValue(a, tuple)));
      expect(toJson(r)).toEqual(expected);
    });
  }
});

/** Call the type `cls` through its __new__ (and __init__ for bytearray). */
function construct(cls: number, args: Value[]): Value {
  const mark = handleCount();
  try {
    const first = handleCount();
    pushHandle(cls);
    for (const a of args) pushHandle(a);
    const obj = callValue(lookupTypeString(cls, '__new__'), handleWord(first), args.length + 1, NULL);
    if (cls === T.bytearray) callMethod(obj, '__init__', args);
    return obj;
  } finally {
    releaseHandles(mark);
  }
}

describe('bytes and bytearray slots', () => {
  it('repr, len, hash, compare', () => {
    expect(strValue(repr(B("a'\x00\xff")))).toBe(`b"a'\\x00\\xff"`);
    expect(strValue(repr(BA("'")))).toBe(`bytearray(b"\\'")`);
    expect(length(B('abc'))).toBe(3);
    expect(hashValue(B('abc'))).toBe(hashValue(B('abc')));
    expect(pyError(() => hashValue(BA('')))).toBe("TypeError: unhashable type: 'bytearray'");
    expect(richCompare(B('abc'), BA('abc'), CMP_EQ)).toBe(S.True);
    expect(richCompare(B('a'), BA('b'), CMP_LT)).toBe(S.True);
    expect(richCompare(B('a'), s('a'), CMP_EQ)).toBe(S.False);
    expect(pyError(() => richCompare(B('a'), s('a'), CMP_LT))).toBe("TypeError: '<' not supported between instances of 'bytes' and 'str'");
  });
  it('items, slices, in, iteration', () => {
    expect(getItem(B('abc'), int(1))).toBe(int(98));
    expect(toJson(getItem(B('abc'), newSlice(NULL, NULL, int(-1))))).toEqual({ b: 'cba' });
    expect(toJson(getItem(BA('abcd'), newSlice(int(1), int(3), NULL)))).toEqual({ ba: 'bc' });
    expect(pyError(() => getItem(B('a'), int(5)))).toBe('IndexError: index out of range');
    expect(pyError(() => getItem(BA('a'), int(5)))).toBe('IndexError: bytearray index out of range');
    expect(pyError(() => getItem(B('a'), s('x')))).toBe('TypeError: byte indices must be integers or slices, not str');
    expect(contains(B('abc'), int(98))).toBe(true);
    expect(contains(B('abc'), B('bc'))).toBe(true);
    expect(pyError(() => contains(B('a'), s('a')))).toBe("TypeError: a bytes-like object is required, not 'str'");
    expect(pyError(() => contains(B('a'), int(300)))).toBe('ValueError: byte must be in range(0, 256)');
    const it = getIter(B('ab'));
    expect(iterNext(it)).toBe(int(97));
    expect(iterNext(it)).toBe(int(98));
    expect(iterNext(it)).toBe(NULL);
  });
  it('+ * % and in-place', () => {
    expect(toJson(binaryOp(B('a'), BA('b'), 0))).toEqual({ b: 'ab' });
    expect(toJson(binaryOp(BA('a'), B('b'), 0))).toEqual({ ba: 'ab' });
    expect(pyError(() => binaryOp(B('a'), s('a'), 0))).toBe("TypeError: can't concat str to bytes");
    expect(toJson(binaryOp(int(2), B('ab'), 5))).toEqual({ b: 'abab' });
    const ba = BA('ab');
    expect(binaryOp(ba, B('c'), 13)).toBe(ba);
    expect(binaryOp(ba, int(2), 18)).toBe(ba);
    expect(toJson(ba)).toEqual({ ba: 'abcabc' });
    expect(toJson(binaryOp(B('%s %d %x %r %c %c'), newTuple([B('x'), int(3), int(255), s('é'), int(65), B('z')]), 6))).toEqual({ b: "x 3 ff '\\xe9' A z" });
    expect(toJson(binaryOp(BA('%d'), int(5), 6))).toEqual({ ba: '5' });
    expect(pyError(() => binaryOp(B('%s'), s('a'), 6))).toBe("TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
  });
  it('bytearray assignment and deletion', () => {
    const b = BA('abcd');
    setItem(b, int(0), int(120));
    setItem(b, newSlice(int(1), int(3), NULL), newList(0));
    expect(toJson(b)).toEqual({ ba: 'xd' });
    const c = BA('abcd');
    setItem(c, newSlice(NULL, NULL, int(2)), B('xy'));
    expect(toJson(c)).toEqual({ ba: 'xbyd' });
    expect(pyError(() => setItem(c, newSlice(NULL, NULL, int(2)), B('x')))).toBe('ValueError: attempt to assign bytes of size 1 to extended slice of size 2');
    expect(pyError(() => setItem(c, int(0), int(256)))).toBe('ValueError: byte must be in range(0, 256)');
    delItem(c, newSlice(NULL, NULL, int(2)));
    expect(toJson(c)).toEqual({ ba: 'bd' });
  });
  it('bytearray methods', () => {
    const b = BA('abc');
    callMethod(b, 'insert', [int(1), int(120)]);
    callMethod(b, 'append', [int(100)]);
    callMethod(b, 'extend', [B('ef')]);
    expect(toJson(b)).toEqual({ ba: 'axbcdef' });
    expect(callMethod(b, 'pop')).toBe(int(102));
    callMethod(b, 'remove', [int(120)]);
    callMethod(b, 'reverse');
    expect(toJson(b)).toEqual({ ba: 'edcba' });
    expect(pyError(() => callMethod(BA(''), 'pop'))).toBe('IndexError: pop from empty bytearray');
    expect(pyError(() => callMethod(BA('abc'), 'pop', [int(5)]))).toBe('IndexError: pop index out of range');
    expect(pyError(() => callMethod(BA('abc'), 'remove', [int(120)]))).toBe('ValueError: value not found in bytearray');
    expect(pyError(() => callMethod(BA('a'), 'append', [s('a')]))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(pyError(() => callMethod(BA('a'), 'extend', [int(1)]))).toBe("TypeError: can't extend bytearray with int");
    expect(pyError(() => callMethod(BA('a'), 'insert', [int(0)]))).toBe('TypeError: insert expected 2 arguments, got 1');
  });
  it('method errors', () => {
    expect(pyError(() => callMethod(B('a'), 'find', [s('a')]))).toBe("TypeError: argument should be integer or bytes-like object, not 'str'");
    expect(pyError(() => callMethod(B('a'), 'find', [int(300)]))).toBe('ValueError: byte must be in range(0, 256)');
    expect(pyError(() => callMethod(B('a'), 'split', [s('x')]))).toBe("TypeError: a bytes-like object is required, not 'str'");
    expect(pyError(() => callMethod(B('a'), 'join', [toValue(['a'])]))).toBe('TypeError: sequence item 0: expected a bytes-like object, str found');
    expect(pyError(() => callMethod(B('a'), 'center', [int(3), s('x')]))).toBe('TypeError: center() argument 2 must be a byte string of length 1, not str');
    expect(pyError(() => callMethod(B('a'), 'startswith', [s('a')]))).toBe('TypeError: startswith first arg must be bytes or a tuple of bytes, not str');
    expect(pyError(() => callMethod(B('a'), 'upper', [int(1)]))).toBe('TypeError: bytes.upper() takes no arguments (1 given)');
    expect(pyError(() => callMethod(B('a'), 'index', [B('b')]))).toBe('ValueError: subsection not found');
    expect(pyError(() => callMethod(B('\xff'), 'decode'))).toBe("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  });
  it('constructors', () => {
    expect(toJson(construct(T.bytes, [int(3)]))).toEqual({ b: '\x00\x00\x00' });
    expect(toJson(construct(T.bytes, [s('é'), s('utf-8')]))).toEqual({ b: '\xc3\xa9' });
    expect(toJson(construct(T.bytes, [toValue([1, 2])]))).toEqual({ b: '\x01\x02' });
    expect(toJson(construct(T.bytes, []))).toEqual({ b: '' });
    expect(toJson(construct(T.bytearray, [B('xy')]))).toEqual({ ba: 'xy' });
    expect(pyError(() => construct(T.bytes, [int(-1)]))).toBe('ValueError: negative count');
    expect(pyError(() => construct(T.bytes, [toValue([1, 2, 300])]))).toBe('ValueError: bytes must be in range(0, 256)');
    expect(pyError(() => construct(T.bytearray, [toValue([256])]))).toBe('ValueError: byte must be in range(0, 256)');
    expect(pyError(() => construct(T.bytes, [s('abc')]))).toBe('TypeError: string argument without an encoding');
    expect(pyError(() => construct(T.bytes, [int(1), s('ascii')]))).toBe('TypeError: encoding without a string argument');
    expect(pyError(() => construct(T.bytes, [S.None]))).toBe("TypeError: cannot convert 'NoneType' object to bytes");
  });
});
