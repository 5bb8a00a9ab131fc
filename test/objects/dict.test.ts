import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { binaryOp, delItem, getItem, getIter, iterNext, richCompare, setItem, CMP_EQ } from '../../src/vm/abstract.js';
import { py, r, run, callMethod, ensureBasicSlots } from './containers-helpers.js';
import { dictSet, newDict } from '../../src/objects/dict.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { T } from '../../src/objects/registry.js';
import { handleCount, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

function dict(pairs: [string | number, Value][]): Value {
  const d = newDict();
  const mark = handleCount();
  try {
    pushHandle(d);
    for (const [k, v] of pairs) dictSet(d, py(k), v);
  } finally {
    releaseHandles(mark);
  }
  return d;
}

describe('dict', () => {
  it('reprs with the recursion guard, views', () => {
    // Expectations: CPython 3.12.1.
    const d = dict([
      [1, py('a')],
      [2, py('b')],
    ]);
    setItem(d, py(3), d);
    expect(r(d)).toBe("{1: 'a', 2: 'b', 3: {...}}");
    expect(r(callMethod('dict', 'keys', newDict()))).toBe('dict_keys([])');
    expect(r(callMethod('dict', 'items', dict([[1, py(2)], [3, py(4)]])))).toBe('dict_items([(1, 2), (3, 4)])');
    expect(r(callMethod('dict', 'values', dict([[1, py(2)]])))).toBe('dict_values([2])');
  });

  it('keeps insertion order through deletes, popitem, reversed', () => {
    const d = dict([
      ['x', py(1)],
      ['y', py(2)],
      ['z', py(3)],
    ]);
    delItem(d, py('y'));
    setItem(d, py('w'), py(4));
    expect(r(d)).toBe("{'x': 1, 'z': 3, 'w': 4}");
    const rev = callMethod('dict', '__reversed__', d);
    const seen: string[] = [];
    for (let v = iterNext(rev); v !== NULL; v = iterNext(rev)) seen.push(r(v));
    expect(seen.join(' ')).toBe("'w' 'z' 'x'");
    expect(r(callMethod('dict', 'popitem', d))).toBe("('w', 4)");
    expect(r(d)).toBe("{'x': 1, 'z': 3}");
    setItem(d, py('n'), py(5));
    expect(r(d)).toBe("{'x': 1, 'z': 3, 'n': 5}");
    expect(run(() => callMethod('dict', 'popitem', newDict()))).toBe("KeyError: 'popitem(): dictionary is empty'");
  });

  it('has CPython methods and errors', () => {
    const d = dict([['a', py(1)]]);
    expect(run(() => getItem(d, py('b')))).toBe("KeyError: 'b'");
    expect(run(() => getItem(d, py([])))).toBe("TypeError: unhashable type: 'list'");
    expect(run(() => delItem(d, py(1)))).toBe('KeyError: 1');
    expect(run(() => callMethod('dict', 'get', d))).toBe('TypeError: get expected at least 1 argument, got 0');
    expect(run(() => callMethod('dict', 'get', d, [py(1), py(2), py(3)]))).toBe(
      'TypeError: get expected at most 2 arguments, got 3',
    );
    expect(r(callMethod('dict', 'get', d, [py('z'), py(0)]))).toBe('0');
    expect(r(callMethod('dict', 'setdefault', d, [py('q'), py(7)]))).toBe('7');
    expect(r(callMethod('dict', 'pop', d, [py('q')]))).toBe('7');
    expect(r(callMethod('dict', 'pop', d, [py('q'), py(8)]))).toBe('8');
    expect(run(() => callMethod('dict', 'pop', d, [py('q')]))).toBe("KeyError: 'q'");
    expect(run(() => callMethod('dict', 'update', d, [py(1)]))).toBe("TypeError: 'int' object is not iterable");
    expect(run(() => callMethod('dict', 'update', d, [py([1])]))).toBe(
      'TypeError: cannot convert dictionary update sequence element #0 to a sequence',
    );
    expect(run(() => callMethod('dict', 'update', d, [py([{ tuple: [1, 2, 3] }])]))).toBe(
      'ValueError: dictionary update sequence element #0 has length 3; 2 is required',
    );
    expect(run(() => callMethod('dict', 'update', d, [py(1), py(2)]))).toBe(
      'TypeError: update expected at most 1 argument, got 2',
    );
    const e = newDict();
    callMethod('dict', '__init__', e, [py([{ tuple: [1, 2] }, [3, 4]])]);
    expect(r(e)).toBe('{1: 2, 3: 4}');
    callMethod('dict', 'update', e, [dict([[1, py(9)]])], { a: py(3) });
    expect(r(e)).toBe("{1: 9, 3: 4, 'a': 3}");
    expect(r(callMethod('dict', 'fromkeys', T.dict, [py('ab'), py(0)]))).toBe("{'a': 0, 'b': 0}");
    expect(r(callMethod('dict', 'fromkeys', T.dict, [py([1, 2])]))).toBe('{1: None, 2: None}');
    expect(r(callMethod('dict', 'copy', e))).toBe("{1: 9, 3: 4, 'a': 3}");
  });

  it('compares, merges with |, and detects changes during iteration', () => {
    expect(r(richCompare(dict([[1, py(2)]]), dict([[1, py(2)]]), CMP_EQ))).toBe('True');
    expect(r(richCompare(dict([[1, py(2)]]), dict([[1, py(3)]]), CMP_EQ))).toBe('False');
    expect(r(binaryOp(dict([[1, py(2)]]), dict([[1, py(3)], [4, py(5)]]), 7))).toBe('{1: 3, 4: 5}');
    expect(run(() => binaryOp(newDict(), py([]), 7))).toBe("TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    const d = dict([[1, py(2)]]);
    expect(binaryOp(d, py([{ tuple: [7, 8] }]), 7 + 13)).toBe(d);
    expect(r(d)).toBe('{1: 2, 7: 8}');
    const it = getIter(d);
    iterNext(it);
    setItem(d, py(99), py(0));
    expect(run(() => iterNext(it))).toBe('RuntimeError: dictionary changed size during iteration');
    const d2 = dict([
      [1, py(1)],
      [2, py(2)],
    ]);
    const it2 = getIter(d2);
    const k = iterNext(it2);
    delItem(d2, k);
    setItem(d2, py(11), py(1));
    iterNext(it2);
    expect(run(() => iterNext(it2))).toBe('RuntimeError: dictionary keys changed during iteration');
  });

  it('view set operations', () => {
    const keys = callMethod('dict', 'keys', dict([[1, py(2)]]));
    expect(r(binaryOp(keys, py([4]), 7))).toBe('{1, 4}');
    expect(r(binaryOp(keys, py([1]), 10))).toBe('set()');
    const items = callMethod('dict', 'items', dict([[1, py(2)]]));
    expect(r(binaryOp(items, py([{ tuple: [1, 2] }]), 1))).toBe('{(1, 2)}');
  });
});
