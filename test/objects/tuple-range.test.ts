import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { binaryOp, getItem, getIter, hashValue, iterNext, richCompare, CMP_EQ, CMP_LT } from '../../src/vm/abstract.js';
import { py, r, run, callMethod, ensureBasicSlots } from './containers-helpers.js';
import { newSlice } from '../../src/objects/slice.js';
import { hashWords64 } from '../../src/objects/tuple-hash.js';
import { tupleBase, tupleLength } from '../../src/objects/tuple.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { S, T } from '../../src/objects/registry.js';
import { reversedOf } from '../../src/objects/iterators.js';
import { lengthValue } from '../../src/objects/range.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

function range(...args: Value[]): Value {
  return callMethod('range', '__new__', NULL, [T.range, ...args]);
}
function items(it: Value): string {
  const out: string[] = [];
  for (let v = iterNext(it); v !== NULL; v = iterNext(it)) out.push(r(v));
  return out.join(' ');
}

describe('tuple', () => {
  it('hashes as CPython 3.12', () => {
    // hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((1, 2), 3)), hash((-1,)), hash((2**40,)) in CPython 3.12.1
    const cases: [Value, bigint][] = [
      [py({ tuple: [] }), 5740354900026072187n],
      [py({ tuple: [1] }), -6644214454873602895n],
      [py({ tuple: [1, 2] }), -3550055125485641917n],
      [py({ tuple: [1, 2, 3] }), 529344067295497451n],
      [py({ tuple: [{ tuple: [1, 2] }, 3] }), -333907151259015829n],
      [py({ tuple: [-1] }), 8078679518589016365n],
      [py({ tuple: [2n ** 40n] }), -992250034837507624n],
    ];
    for (const [t, h] of cases) {
      expect(hashWords64(tupleBase(t), tupleLength(t))).toBe(h);
      expect(hashValue(t)).toBe(Number(h));
    }
    expect(run(() => hashValue(py({ tuple: [[]] })))).toBe("TypeError: unhashable type: 'list'");
  });

  it('reprs, indexes, compares, concatenates', () => {
    expect(r(py({ tuple: [] }))).toBe('()');
    expect(r(py({ tuple: [1] }))).toBe('(1,)');
    expect(r(py({ tuple: [1, 'a'] }))).toBe("(1, 'a')");
    const t = py({ tuple: [0, 1, 2, 3, 4] });
    expect(r(getItem(t, py(-2)))).toBe('3');
    expect(run(() => getItem(t, py(5)))).toBe('IndexError: tuple index out of range');
    expect(run(() => getItem(t, py('a')))).toBe('TypeError: tuple indices must be integers or slices, not str');
    expect(r(getItem(t, newSlice(py(1), S.None, py(2))))).toBe('(1, 3)');
    expect(getItem(t, newSlice(S.None, S.None, S.None))).toBe(t);
    expect(r(richCompare(py({ tuple: [1, 2] }), py({ tuple: [1, 3] }), CMP_LT))).toBe('True');
    expect(r(richCompare(py({ tuple: [1, 2] }), py({ tuple: [1, 2, 0] }), CMP_EQ))).toBe('False');
    expect(r(richCompare(py({ tuple: [1, 2] }), py({ tuple: [1, 2, 0] }), CMP_LT))).toBe('True');
    expect(r(binaryOp(py({ tuple: [1] }), py({ tuple: [2] }), 0))).toBe('(1, 2)');
    expect(run(() => binaryOp(py({ tuple: [] }), py([]), 0))).toBe(
      'TypeError: can only concatenate tuple (not "list") to tuple',
    );
    expect(r(binaryOp(py({ tuple: [1, 2] }), py(2), 5))).toBe('(1, 2, 1, 2)');
    expect(run(() => binaryOp(py({ tuple: [1] }), py('a'), 5))).toBe(
      "TypeError: can't multiply sequence by non-int of type 'str'",
    );
    expect(r(callMethod('tuple', 'index', t, [py(3)]))).toBe('3');
    expect(run(() => callMethod('tuple', 'index', t, [py(9)]))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(r(callMethod('tuple', 'count', py({ tuple: [1, 1, 2] }), [py(1)]))).toBe('2');
    expect(r(callMethod('tuple', '__new__', NULL, [T.tuple, py([1, 2])]))).toBe('(1, 2)');
    expect(callMethod('tuple', '__new__', NULL, [T.tuple, t])).toBe(t);
    expect(run(() => callMethod('tuple', '__new__', NULL, [T.tuple, py(1), py(2)]))).toBe(
      'TypeError: tuple expected at most 1 argument, got 2',
    );
  });
});

describe('range', () => {
  it('indexes, slices, reprs and searches as CPython', () => {
    // Expectations: CPython 3.12.1.
    const r10 = range(py(10));
    expect(r(r10)).toBe('range(0, 10)');
    expect(r(range(py(1), py(5), py(2)))).toBe('range(1, 5, 2)');
    expect(r(getItem(r10, py(3)))).toBe('3');
    expect(r(getItem(r10, py(-1)))).toBe('9');
    expect(run(() => getItem(r10, py(10)))).toBe('IndexError: range object index out of range');
    expect(run(() => getItem(r10, py('a')))).toBe('TypeError: range indices must be integers or slices, not str');
    expect(r(getItem(range(py(1), py(10), py(3)), newSlice(py(1), S.None, S.None)))).toBe('range(4, 10, 3)');
    expect(r(getItem(r10, newSlice(S.None, S.None, py(-1))))).toBe('range(9, -1, -1)');
    expect(r(getItem(r10, newSlice(py(2), py(-2), py(3))))).toBe('range(2, 8, 3)');
    expect(r(getItem(range(py(0), py(-10), py(-3)), py(2)))).toBe('-6');
    expect(items(getIter(range(py(5), py(0), py(-2))))).toBe('5 3 1');
    expect(items(reversedOf(range(py(1), py(10), py(3))))).toBe('7 4 1');
    const big = range(py(2n ** 70n));
    expect(r(getItem(getItem(big, newSlice(py(2n ** 69n), S.None, S.None)), newSlice(S.None, py(3), S.None)))).toBe(
      'range(590295810358705651712, 590295810358705651715)',
    );
    expect(run(() => callMethod('range', '__new__', NULL, [T.range]))).toBe('TypeError: range expected at least 1 argument, got 0');
    expect(run(() => range(py(1), py(2), py(0)))).toBe('ValueError: range() arg 3 must not be zero');
    expect(run(() => range(py('a')))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(r(callMethod('range', 'index', r10, [py(7)]))).toBe('7');
    expect(run(() => callMethod('range', 'index', r10, [py(15)]))).toBe('ValueError: 15 is not in range');
    expect(r(callMethod('range', 'count', range(py(0), py(20), py(5)), [py(10)]))).toBe('1');
    expect(r(richCompare(range(py(0), py(10), py(2)), range(py(0), py(9), py(2)), CMP_EQ))).toBe('True');
    expect(r(richCompare(range(py(0)), range(py(5), py(1)), CMP_EQ))).toBe('True');
    expect(hashValue(range(py(0)))).toBe(hashValue(range(py(3), py(1))));
    // CPython 3.12.1: len(range(0, 10 ** 18, 7)) == 142857142857142858; len(range(10 ** 30)) overflows
    expect(r(lengthValue(range(py(0), py(10n ** 18n), py(7))))).toBe('142857142857142858');
    expect(run(() => lengthValue(range(py(10n ** 30n))))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(r(lengthValue(py([1, 2])))).toBe('2');
  });
});

describe('slice', () => {
  it('computes indices exactly', () => {
    expect(r(newSlice(py(1), py(2), py(3)))).toBe('slice(1, 2, 3)');
    expect(r(callMethod('slice', 'indices', newSlice(py(1), py(2), S.None), [py(10)]))).toBe('(1, 2, 1)');
    expect(r(callMethod('slice', 'indices', newSlice(S.None, S.None, py(-1)), [py(5)]))).toBe('(4, -1, -1)');
    expect(r(callMethod('slice', 'indices', newSlice(py(-100), py(100), py(2)), [py(7)]))).toBe('(0, 7, 2)');
    expect(r(callMethod('slice', 'indices', newSlice(S.None, py(2n ** 80n), S.None), [py(5)]))).toBe('(0, 5, 1)');
    expect(run(() => callMethod('slice', 'indices', newSlice(S.None, py(1), S.None), [py(-1)]))).toBe(
      'ValueError: length should not be negative',
    );
    expect(run(() => callMethod('slice', 'indices', newSlice(py(1), py(2), py(0)), [py(5)]))).toBe(
      'ValueError: slice step cannot be zero',
    );
    expect(r(richCompare(newSlice(py(1), py(2), S.None), newSlice(py(1), py(3), S.None), CMP_LT))).toBe('True');
    // CPython 3.12.1: range(1, 5).__reduce__(), slice(1, 2).__reduce__()
    expect(r(callMethod('range', '__reduce__', range(py(1), py(5))))).toBe("(<class 'range'>, (1, 5, 1))");
    expect(r(callMethod('slice', '__reduce__', newSlice(py(1), py(2), S.None)))).toBe("(<class 'slice'>, (1, 2, None))");
  });
});
