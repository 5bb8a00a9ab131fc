import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { binaryOp, contains, getItem, getIter, hashValue, iterNext, length, repr, richCompare, CMP_LT, CMP_EQ } from '../../src/vm/abstract.js';
import { newSlice } from '../../src/objects/slice.js';
import { NULL } from '../../src/heap/layout.js';
import { newTuple } from '../../src/objects/tuple.js';
import { newFloat } from '../../src/objects/float.js';
import { S, int, pyError, s, strValue } from './str-helpers.js';

beforeAll(() => {
  startRuntime();
});

describe('str slots', () => {
  it('repr', () => {
    expect(strValue(repr(s("it's")))).toBe(`"it's"`);
    expect(strValue(repr(s('a\nb\u00e9\u200b')))).toBe(`'a\\nbé\\u200b'`);
  });
  it('indexing and slicing', () => {
    expect(strValue(getItem(s('héllo'), int(1)))).toBe('é');
    expect(strValue(getItem(s('hello'), int(-1)))).toBe('o');
    expect(strValue(getItem(s('h😀llo'), int(1)))).toBe('😀');
    expect(strValue(getItem(s('abcdef'), newSlice(int(1), int(5), int(2))))).toBe('bd');
    expect(strValue(getItem(s('abcdef'), newSlice(NULL, NULL, int(-1))))).toBe('fedcba');
    expect(strValue(getItem(s('ab😀c€'), newSlice(int(1), NULL, NULL)))).toBe('b😀c€');
    expect(pyError(() => getItem(s('a'), int(5)))).toBe('IndexError: string index out of range');
    expect(pyError(() => getItem(s('a'), s('x')))).toBe("TypeError: string indices must be integers, not 'str'");
    expect(pyError(() => getItem(s('abc'), newSlice(NULL, NULL, int(0))))).toBe('ValueError: slice step cannot be zero');
  });
  it('len, in, compare, hash', () => {
    expect(length(s('h😀llo'))).toBe(5);
    expect(contains(s('hello'), s('ell'))).toBe(true);
    expect(contains(s('hello'), s('elo'))).toBe(false);
    expect(contains(s('h€llo'), s('€l'))).toBe(true);
    expect(contains(s('hello'), s(''))).toBe(true);
    expect(pyError(() => contains(s('a'), int(1)))).toBe("TypeError: 'in <string>' requires string as left operand, not int");
    expect(richCompare(s('abc'), s('abd'), CMP_LT)).toBe(S.True);
    expect(richCompare(s('ab'), s('abc'), CMP_LT)).toBe(S.True);
    expect(richCompare(s('€'), s('z'), CMP_LT)).toBe(S.False);
    expect(richCompare(s('é'), s('é'), CMP_EQ)).toBe(S.True);
    expect(hashValue(s('abc'))).toBe(hashValue(s('abc')));
    expect(pyError(() => richCompare(s('a'), int(1), CMP_LT))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
  });
  it('+ and *', () => {
    expect(strValue(binaryOp(s('ab'), s('c€'), 0))).toBe('abc€');
    expect(strValue(binaryOp(s('ab'), int(3), 5))).toBe('ababab');
    expect(strValue(binaryOp(int(2), s('é'), 5))).toBe('éé');
    expect(strValue(binaryOp(s('ab'), int(-1), 5))).toBe('');
    expect(pyError(() => binaryOp(s('a'), int(1), 0))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(pyError(() => binaryOp(int(1), s('a'), 0))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(pyError(() => binaryOp(s('a'), s('b'), 5))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
  });
  it('% formatting', () => {
    expect(strValue(binaryOp(s('%s-%r-%5d|%-4x|%%'), newTuple([s('a'), s('b'), int(42), int(255)]), 6))).toBe("a-'b'-   42|ff  |%");
    expect(strValue(binaryOp(s('%.3d|%+.3x|%#.3o|% d|%#x|%#5.3x|%-+6d|%06.2d|% 05d|%#o'), newTuple([5, 255, 8, 7, 0, 17, 3, -4, -3, 0].map(int)), 6))).toBe('005|+0ff|0o010| 7|0x0|0x011|+3    |-00004|-0003|0o0');
    const floats = [1.5, 2.0, 1e20, 1e-20, 1.5, 3.14159, 12345.678, 0.5, 0.5].map((x) => newFloat(x));
    expect(strValue(binaryOp(s('%e|%.3f|%g|%G|%d|%5.1f|%-8.2e|%+g|%.0f|%s|%r'), newTuple([...floats, int(7), newFloat(2.5)]), 6))).toBe(
      '1.500000e+00|2.000|1e+20|1E-20|1|  3.1|1.23e+04|+0.5|0|7|2.5',
    );
    expect(pyError(() => binaryOp(s('%x'), newFloat(1.0), 6))).toBe('TypeError: %x format: an integer is required, not float');
    expect(pyError(() => binaryOp(s('%s %s'), newTuple([s('x')]), 6))).toBe('TypeError: not enough arguments for format string');
    expect(pyError(() => binaryOp(s('%d'), s('a'), 6))).toBe('TypeError: %d format: a real number is required, not str');
    expect(pyError(() => binaryOp(s('%y'), int(1), 6))).toBe("ValueError: unsupported format character 'y' (0x79) at index 1");
  });
  it('iteration', () => {
    const it = getIter(s('a😀'));
    expect(strValue(iterNext(it))).toBe('a');
    expect(strValue(iterNext(it))).toBe('😀');
    expect(iterNext(it)).toBe(NULL);
  });
});
