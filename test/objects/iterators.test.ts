import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { getIter, iterNext } from '../../src/vm/abstract.js';
import { py, r, run, callMethod, ensureBasicSlots } from './containers-helpers.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { S, T } from '../../src/objects/registry.js';
import { reversedOf } from '../../src/objects/iterators.js';
import { listAppend } from '../../src/objects/list.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

function items(it: Value): string {
  const out: string[] = [];
  for (let v = iterNext(it); v !== NULL; v = iterNext(it)) out.push(r(v));
  return out.join(' ');
}
function make(type: 'zip' | 'enumerate' | 'map' | 'filter' | 'reversed', args: Value[], kw: Record<string, Value> = {}): Value {
  return callMethod(type, '__new__', NULL, [T[type], ...args], kw);
}

describe('iterators', () => {
  it('zip, with strict= and CPython messages', () => {
    // Expectations: CPython 3.12.1.
    expect(items(make('zip', [py([1, 2, 3]), py('ab')]))).toBe("(1, 'a') (2, 'b')");
    expect(items(make('zip', []))).toBe('');
    const strict = { strict: S.True };
    expect(run(() => items(make('zip', [py([1]), py([1, 2])], strict)))).toBe(
      'ValueError: zip() argument 2 is longer than argument 1',
    );
    expect(run(() => items(make('zip', [py([1, 2]), py([1])], strict)))).toBe(
      'ValueError: zip() argument 2 is shorter than argument 1',
    );
    expect(run(() => items(make('zip', [py([1]), py([1]), py([1, 2])], strict)))).toBe(
      'ValueError: zip() argument 3 is longer than arguments 1-2',
    );
    expect(run(() => items(make('zip', [py([1, 2]), py([1, 2]), py([1])], strict)))).toBe(
      'ValueError: zip() argument 3 is shorter than arguments 1-2',
    );
    expect(run(() => make('zip', [py(1)]))).toBe("TypeError: 'int' object is not iterable");
    expect(run(() => make('zip', [], { strict: S.True, x: py(1) }))).toBe(
      'TypeError: zip() takes at most 1 keyword argument (2 given)',
    );
  });

  it('enumerate, map, filter, reversed', () => {
    expect(items(make('enumerate', [py('ab')], { start: py(10) }))).toBe("(10, 'a') (11, 'b')");
    expect(items(make('enumerate', [py('a'), py(2n ** 40n)]))).toBe("(1099511627776, 'a')");
    expect(run(() => make('enumerate', []))).toBe("TypeError: enumerate() missing required argument 'iterable'");
    expect(run(() => make('enumerate', [py([]), py('a')]))).toBe(
      "TypeError: 'str' object cannot be interpreted as an integer",
    );
    expect(run(() => make('enumerate', [py([]), py(1), py(2)]))).toBe(
      'TypeError: enumerate() takes at most 2 arguments (3 given)',
    );
    expect(run(() => make('map', [S.None]))).toBe('TypeError: map() must have at least two arguments.');
    expect(run(() => make('filter', [S.None]))).toBe('TypeError: filter expected 2 arguments, got 1');
    expect(items(make('filter', [S.None, py([0, 1, '', 'x', []])]))).toBe("1 'x'");
    expect(run(() => make('reversed', [py(1)]))).toBe("TypeError: 'int' object is not reversible");
    expect(items(make('reversed', [py({ tuple: [1, 2, 3] })]))).toBe('3 2 1');
    expect(items(reversedOf(py('abc')))).toBe("'c' 'b' 'a'");
  });

  it('list iterators see appends, reverse iterators stop', () => {
    const l = py([1, 2]);
    const it = getIter(l);
    expect(r(iterNext(it))).toBe('1');
    listAppend(l, py(3));
    expect(items(it)).toBe('2 3');
    listAppend(l, py(4));
    expect(iterNext(it)).toBe(NULL);
    expect(items(callMethod('list', '__reversed__', py([1, 2, 3])))).toBe('3 2 1');
  });
});
