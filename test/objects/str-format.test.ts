import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { formatValue, joinStrs } from '../../src/objects/str-format-value.js';
import { formatObject } from '../../src/objects/str-format.js';
import { newFloat } from '../../src/objects/float.js';
import { newDict, dictSet, dictGetStr } from '../../src/objects/dict.js';
import { newBytes } from '../../src/objects/bytes.js';
import { T } from '../../src/objects/registry.js';
import { intern } from '../../src/objects/intern.js';
import { fetchException, isPyError } from '../../src/vm/errors.js';
import { callValue } from '../../src/vm/call.js';
import { getAttrString, lookupTypeString } from '../../src/vm/attributes.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { ROOT_BUILTINS, rootGet } from '../../src/objects/roots.js';
import { callMethod, int, pyError, S, s, strValue } from './str-helpers.js';

beforeAll(() => {
  startRuntime();
});

/** Call a builtin function (from the builtins dict) with positional arguments. */
function builtin(name: string, args: Value[]): Value {
  const f = dictGetStr(rootGet(ROOT_BUILTINS), intern(name));
  const mark = handleCount();
  try {
    const first = handleCount();
    for (const a of args) pushHandle(a);
    return callValue(f, handleWord(first), args.length, NULL);
  } finally {
    releaseHandles(mark);
  }
}

function callType(cls: number, args: Value[]): Value {
  const mark = handleCount();
  try {
    const first = handleCount();
    pushHandle(cls);
    for (const a of args) pushHandle(a);
    return callValue(lookupTypeString(cls, '__new__'), handleWord(first), args.length + 1, NULL);
  } finally {
    releaseHandles(mark);
  }
}

describe('f-string support (FORMAT_VALUE, BUILD_STRING)', () => {
  it('formatValue with conversions and specs', () => {
    expect(strValue(formatValue(s('abc'), 0, NULL))).toBe('abc');
    expect(strValue(formatValue(s('abc'), 2, NULL))).toBe("'abc'");
    expect(strValue(formatValue(s('é'), 3, NULL))).toBe("'\\xe9'");
    expect(strValue(formatValue(s('ab'), 0, s('>5')))).toBe('   ab');
    expect(strValue(formatValue(s('ab'), 2, s('*^8')))).toBe("**'ab'**");
    expect(strValue(formatValue(int(42), 0, NULL))).toBe('42');
    expect(strValue(formatValue(S.None, 0, NULL))).toBe('None');
    expect(pyError(() => formatValue(s('a'), 0, s('d')))).toBe("ValueError: Unknown format code 'd' for object of type 'str'");
  });
  it('joinStrs', () => {
    const mark = handleCount();
    const first = handleCount();
    for (const t of ['a', 'é', '', '€x', '😀']) pushHandle(s(t));
    expect(strValue(joinStrs(handleWord(first), 5))).toBe('aé€x😀');
    releaseHandles(mark);
  });
});

describe('format(), str(), ascii()', () => {
  it('format builtin', () => {
    expect(strValue(builtin('format', [s('abc'), s('^7.2')]))).toBe('  ab   ');
    expect(strValue(builtin('format', [s('x')]))).toBe('x');
    expect(pyError(() => builtin('format', [int(1), int(1)]))).toBe('TypeError: format() argument 2 must be str, not int');
    expect(strValue(formatObject(S.None, s('')))).toBe('None');
  });
  it('ascii builtin', () => {
    expect(strValue(builtin('ascii', [s('é€😀')]))).toBe("'\\xe9\\u20ac\\U0001f600'");
    expect(strValue(builtin('ascii', [s('plain')]))).toBe("'plain'");
  });
  it('str()', () => {
    expect(strValue(callType(T.str, []))).toBe('');
    expect(strValue(callType(T.str, [s('x')]))).toBe('x');
    expect(strValue(callType(T.str, [S.None]))).toBe('None');
    expect(strValue(callType(T.str, [newBytes(Uint8Array.of(0xc3, 0xa9)), s('utf-8')]))).toBe('é');
    expect(strValue(callType(T.str, [newBytes(Uint8Array.of(0x61))]))).toBe("b'a'");
    expect(pyError(() => callType(T.str, [int(1), s('utf-8')]))).toBe('TypeError: decoding to str: need a bytes-like object, int found');
    expect(pyError(() => callType(T.str, [newBytes(Uint8Array.of(0x61)), int(1)]))).toBe("TypeError: str() argument 'encoding' must be str, not int");
    expect(pyError(() => callType(T.str, [newBytes(Uint8Array.of(0xff)), s('ascii')]))).toBe(
      "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)",
    );
  });
  it('Unicode errors carry their attributes', () => {
    try {
      callMethod(s('aé'), 'encode', [s('ascii')]);
      throw new Error('no error');
    } catch (e) {
      expect(isPyError(e)).toBe(true);
      const exc = fetchException();
      expect(strValue(getAttrString(exc, 'encoding'))).toBe('ascii');
      expect(strValue(getAttrString(exc, 'object'))).toBe('aé');
      expect(getAttrString(exc, 'start')).toBe(int(1));
      expect(getAttrString(exc, 'end')).toBe(int(2));
      expect(strValue(getAttrString(exc, 'reason'))).toBe('ordinal not in range(128)');
    }
  });
});

describe('str.format and format_map', () => {
  it('keyword and mapping lookups', () => {
    const d = newDict();
    dictSet(d, s('x'), s('X'));
    expect(strValue(callMethod(s('{x}-{x!r}'), 'format_map', [d]))).toBe("X-'X'");
    expect(pyError(() => callMethod(s('{y}'), 'format_map', [d]))).toBe("KeyError: 'y'");
    expect(strValue(callMethod(s('{0[x]}'), 'format', [d]))).toBe('X');
  });
  it('numbers through their __format__', () => {
    expect(strValue(callMethod(s('{:>6}|{:.2f}'), 'format', [int(42), newFloat(3.14159)]))).toBe('    42|3.14');
    expect(strValue(callMethod(s('{0.real}'), 'format', [int(7)]))).toBe('7');
  });
  it('errors', () => {
    expect(pyError(() => callMethod(s('{!x}'), 'format', [int(1)]))).toBe('ValueError: Unknown conversion specifier x');
    expect(pyError(() => callMethod(s('{0}{}'), 'format', [int(1)]))).toBe('ValueError: cannot switch from manual field specification to automatic field numbering');
    expect(pyError(() => callMethod(s('{0.nope}'), 'format', [s('a')]))).toBe("AttributeError: 'str' object has no attribute 'nope'");
    expect(pyError(() => callMethod(s('}'), 'format'))).toBe("ValueError: Single '}' encountered in format string");
  });
});

