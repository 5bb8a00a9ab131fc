import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { binaryOp, getItem, richCompare, setItem, delItem, CMP_LT, CMP_EQ } from '../../src/vm/abstract.js';
import { py, r, run, callMethod, ensureBasicSlots } from './containers-helpers.js';
import { listAppend } from '../../src/objects/list.js';
import { newSlice } from '../../src/objects/slice.js';
import { S } from '../../src/objects/registry.js';
import { fromSmallInt } from '../../src/heap/layout.js';
import { newFloat } from '../../src/objects/float.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

describe('list', () => {
  it('reprs, with the recursion guard', () => {
    const l = py([1, 'a', [2, 3]]);
    expect(r(l)).toBe("[1, 'a', [2, 3]]");
    listAppend(l, l);
    expect(r(l)).toBe("[1, 'a', [2, 3], [...]]");
    expect(r(py([]))).toBe('[]');
  });

  it('indexes and slices', () => {
    const l = py([0, 1, 2, 3, 4, 5]);
    expect(run(() => getItem(l, py(-1)))).toBe('5');
    expect(run(() => getItem(l, py(6)))).toBe('IndexError: list index out of range');
    expect(run(() => getItem(l, py(2n ** 70n)))).toBe("IndexError: cannot fit 'int' into an index-sized integer");
    expect(run(() => getItem(l, py(2n ** 60n)))).toBe('IndexError: list index out of range');
    expect(run(() => binaryOp(py([1]), py(2n ** 62n), 5))).toBe('MemoryError: ');
    expect(run(() => binaryOp(py([]), py(2n ** 62n), 5))).toBe('[]');
    expect(run(() => callMethod('list', 'pop', py([1]), [py(2n ** 62n)]))).toBe('IndexError: pop index out of range');
    expect(run(() => getItem(l, py('a')))).toBe('TypeError: list indices must be integers or slices, not str');
    expect(run(() => getItem(l, newSlice(py(1), py(-1), S.None)))).toBe('[1, 2, 3, 4]');
    expect(run(() => getItem(l, newSlice(S.None, S.None, py(-2))))).toBe('[5, 3, 1]');
    expect(run(() => getItem(l, newSlice(py(10), py(-10), py(-3))))).toBe('[5, 2]');
    expect(run(() => getItem(l, newSlice(py(1), py(2), py(0))))).toBe('ValueError: slice step cannot be zero');
    expect(run(() => getItem(l, newSlice(py('a'), S.None, S.None)))).toBe(
      'TypeError: slice indices must be integers or None or have an __index__ method',
    );
  });

  it('assigns and deletes slices as CPython', () => {
    // Expectations from CPython 3.12.1.
    const l = py([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    setItem(l, newSlice(py(2), py(5), S.None), py(['a']));
    expect(r(l)).toBe("[0, 1, 'a', 5, 6, 7, 8, 9]");
    setItem(l, newSlice(py(0), py(0), S.None), py([7, 7]));
    expect(r(l)).toBe("[7, 7, 0, 1, 'a', 5, 6, 7, 8, 9]");
    setItem(l, newSlice(S.None, S.None, py(3)), py(['x', 'y', 'z', 'w']));
    expect(r(l)).toBe("['x', 7, 0, 'y', 'a', 5, 'z', 7, 8, 'w']");
    expect(run(() => setItem(l, newSlice(S.None, S.None, py(2)), py([1])))).toBe(
      'ValueError: attempt to assign sequence of size 1 to extended slice of size 5',
    );
    expect(run(() => setItem(l, newSlice(py(1), py(2), S.None), py(5)))).toBe('TypeError: can only assign an iterable');
    expect(run(() => setItem(l, newSlice(S.None, S.None, py(2)), py(5)))).toBe(
      'TypeError: must assign iterable to extended slice',
    );
    delItem(l, newSlice(py(1), S.None, py(3)));
    expect(r(l)).toBe("['x', 0, 'y', 5, 'z', 8, 'w']");
    delItem(l, newSlice(S.None, S.None, py(-2)));
    expect(r(l)).toBe('[0, 5, 8]');
    setItem(l, newSlice(S.None, S.None, S.None), l);
    expect(r(l)).toBe('[0, 5, 8]');
    setItem(l, newSlice(py(1), py(1), S.None), l);
    expect(r(l)).toBe('[0, 0, 5, 8, 5, 8]');
    delItem(l, py(-1));
    expect(r(l)).toBe('[0, 0, 5, 8, 5]');
    expect(run(() => delItem(l, py(9)))).toBe('IndexError: list assignment index out of range');
    expect(run(() => setItem(l, py(9), py(1)))).toBe('IndexError: list assignment index out of range');
  });

  it('concatenates, repeats, compares', () => {
    expect(run(() => binaryOp(py([1]), py([2, 3]), 0))).toBe('[1, 2, 3]');
    expect(run(() => binaryOp(py([1]), py({ tuple: [2] }), 0))).toBe(
      'TypeError: can only concatenate list (not "tuple") to list',
    );
    expect(run(() => binaryOp(py([1, 2]), py(3), 5))).toBe('[1, 2, 1, 2, 1, 2]');
    expect(run(() => binaryOp(py(2), py([0]), 5))).toBe('[0, 0]');
    expect(run(() => binaryOp(py([1]), py('a'), 5))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    expect(run(() => binaryOp(py([1]), py(2n ** 70n), 5))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
    const l = py([1]);
    expect(run(() => binaryOp(l, py({ tuple: [2, 3] }), 13))).toBe('[1, 2, 3]');
    expect(run(() => binaryOp(l, py(2), 18))).toBe('[1, 2, 3, 1, 2, 3]');
    expect(r(richCompare(py([1, 2]), py([1, 3]), CMP_LT))).toBe('True');
    expect(r(richCompare(py([1, 2]), py([1, 2]), CMP_EQ))).toBe('True');
    expect(r(richCompare(py([1, 2]), py([1]), CMP_LT))).toBe('False');
    expect(run(() => richCompare(py([1, 'a']), py([1, 2]), CMP_LT))).toBe(
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
  });

  it('has CPython methods and errors', () => {
    const l = py([3, 1, 2]);
    expect(run(() => callMethod('list', 'append', l))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    callMethod('list', 'append', l, [py(9)]);
    expect(r(l)).toBe('[3, 1, 2, 9]');
    expect(run(() => callMethod('list', 'insert', l, [py(1)]))).toBe('TypeError: insert expected 2 arguments, got 1');
    callMethod('list', 'insert', l, [py(-100), py(0)]);
    callMethod('list', 'insert', l, [py(100), py(10)]);
    expect(r(l)).toBe('[0, 3, 1, 2, 9, 10]');
    expect(run(() => callMethod('list', 'pop', l, [py('a')]))).toBe(
      "TypeError: 'str' object cannot be interpreted as an integer",
    );
    expect(run(() => callMethod('list', 'pop', l, [py(2n ** 70n)]))).toBe(
      'OverflowError: Python int too large to convert to C ssize_t',
    );
    expect(run(() => callMethod('list', 'pop', l))).toBe('10');
    expect(run(() => callMethod('list', 'pop', l, [py(0)]))).toBe('0');
    expect(run(() => callMethod('list', 'pop', l, [py(7)]))).toBe('IndexError: pop index out of range');
    expect(run(() => callMethod('list', 'pop', py([])))).toBe('IndexError: pop from empty list');
    expect(run(() => callMethod('list', 'index', l, [py(2)]))).toBe('2');
    expect(run(() => callMethod('list', 'index', l, [py(5)]))).toBe('ValueError: 5 is not in list');
    expect(run(() => callMethod('list', 'index', l, [py('q')]))).toBe("ValueError: 'q' is not in list");
    expect(run(() => callMethod('list', 'index', l, [py(3), py(1)]))).toBe('ValueError: 3 is not in list');
    expect(run(() => callMethod('list', 'index', l, [py(9), py(-1)]))).toBe('3');
    expect(run(() => callMethod('list', 'index', l, [py(1), py('a')]))).toBe(
      'TypeError: slice indices must be integers or have an __index__ method',
    );
    expect(run(() => callMethod('list', 'remove', l, [py(42)]))).toBe('ValueError: list.remove(x): x not in list');
    expect(run(() => callMethod('list', 'count', py([1, 2, 1, 1]), [py(1)]))).toBe('3');
    callMethod('list', 'reverse', l);
    expect(r(l)).toBe('[9, 2, 1, 3]');
    expect(run(() => callMethod('list', 'copy', l))).toBe('[9, 2, 1, 3]');
    callMethod('list', 'clear', l);
    expect(r(l)).toBe('[]');
  });

  it('sorts stably with key and reverse', () => {
    const l = py([5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4]);
    callMethod('list', 'sort', l);
    expect(r(l)).toBe('[0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9]');
    callMethod('list', 'sort', l, [], { reverse: S.True });
    expect(r(l)).toBe('[9, 8, 7, 6, 5, 4, 3, 3, 2, 1, 0]');
    const w = py(['bb', 'a', 'ccc', 'dd', 'e']);
    callMethod('list', 'sort', w, [], { key: getBuiltinLen() });
    expect(r(w)).toBe("['a', 'e', 'bb', 'dd', 'ccc']");
    callMethod('list', 'sort', w, [], { key: getBuiltinLen(), reverse: fromSmallInt(1) });
    expect(r(w)).toBe("['ccc', 'bb', 'dd', 'a', 'e']");
    const strs = py(['pear', 'apple', 'fig', 'Apple', 'é', 'z']);
    callMethod('list', 'sort', strs);
    expect(r(strs)).toBe("['Apple', 'apple', 'fig', 'pear', 'z', 'é']");
    expect(run(() => callMethod('list', 'sort', py([1, 'a'])))).toBe(
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    expect(run(() => callMethod('list', 'sort', l, [py(1)]))).toBe('TypeError: sort() takes no positional arguments');
    expect(run(() => callMethod('list', 'sort', l, [], { foo: py(1) }))).toBe(
      "TypeError: 'foo' is an invalid keyword argument for sort()",
    );
    const floats = py([{ value: newFloat(2.5) }, { value: newFloat(-1) }, { value: newFloat(3.25) }, { value: newFloat(0) }]);
    callMethod('list', 'sort', floats, [], { reverse: S.True });
    expect(r(floats)).toBe('[3.25, 2.5, 0.0, -1.0]');
    const big: number[] = [];
    for (let i = 0; i < 500; i++) big.push((i * 7919) % 503);
    const bl = py(big);
    callMethod('list', 'sort', bl);
    expect(r(bl)).toBe(`[${[...big].sort((a, b) => a - b).join(', ')}]`);
  });
});

import { rootGet, ROOT_BUILTINS } from '../../src/objects/roots.js';
import { dictGetStr } from '../../src/objects/dict.js';
import { intern } from '../../src/objects/intern.js';
function getBuiltinLen(): number {
  return dictGetStr(rootGet(ROOT_BUILTINS), intern('len'));
}
