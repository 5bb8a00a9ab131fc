import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { binaryOp, getIter, iterNext, richCompare, CMP_EQ, CMP_LE, CMP_LT, CMP_GT } from '../../src/vm/abstract.js';
import { py, r, run, callMethod, ensureBasicSlots, type Py } from './containers-helpers.js';
import { newSet, newFrozenSet, setAdd, setDiscard, frozenSetHash, setUpdate } from '../../src/objects/set.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { T } from '../../src/objects/registry.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { frozenSetForConstant } from '../../src/objects/set-methods.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

function set(items: Py[], frozen = false): Value {
  const s = frozen ? newFrozenSet() : newSet();
  const mark = handleCount();
  try {
    pushHandle(s);
    for (const x of items) setAdd(s, py(x));
  } finally {
    releaseHandles(mark);
  }
  return s;
}
function range(a: number, b: number, step = 1): number[] {
  const out: number[] = [];
  for (let i = a; step > 0 ? i < b : i > b; i += step) out.push(i);
  return out;
}

describe('set', () => {
  it('iterates in CPython order', () => {
    // Every expectation below is CPython 3.12.1's output.
    expect(r(set([3, 1, 2]))).toBe('{1, 2, 3}');
    expect(r(set([-1, -2, 5, 8, 16, 32]))).toBe('{32, 5, 8, 16, -2, -1}');
    // The literal {-1, -2, 5, 8, 16, 32} goes through the compiler's frozenset constant.
    const items = [-1, -2, 5, 8, 16, 32].map((x) => py(x));
    const mark = handleCount();
    const first = handleCount();
    for (const v of items) pushHandle(v);
    const lit = newSet();
    pushHandle(lit);
    setUpdate(lit, frozenSetForConstant(handleWord(first), items.length));
    expect(r(lit)).toBe('{32, 16, 5, -2, 8, -1}');
    releaseHandles(mark);
    expect(r(set(range(20, 0, -1)))).toBe('{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}');
    expect(r(set([100, 7, 1000000, -7]))).toBe('{1000000, -7, 100, 7}');
    expect(r(set(range(100, 0, -7)))).toBe('{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}');
    expect(r(set([-5, -1, -2, 2n ** 40n, -(2n ** 40n), 2n ** 62n]))).toBe(
      '{1099511627776, -1099511627776, 4611686018427387904, -2, -5, -1}',
    );
    const s = set(range(0, 20));
    for (let i = 0; i < 20; i += 2) setDiscard(s, py(i));
    setAdd(s, py(100));
    expect(r(s)).toBe('{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 100}');
    expect(r(callMethod('set', 'pop', s))).toBe('1');
    expect(r(callMethod('set', 'pop', s))).toBe('3');
    expect(r(s)).toBe('{5, 7, 9, 11, 13, 15, 17, 19, 100}');
  });

  it('has the operators and methods', () => {
    const a = set([1, 2, 3, 4]);
    const b = set([3, 4, 5]);
    expect(r(binaryOp(a, b, 7))).toBe('{1, 2, 3, 4, 5}');
    expect(r(binaryOp(a, b, 1))).toBe('{3, 4}');
    expect(r(binaryOp(a, b, 10))).toBe('{1, 2}');
    expect(r(binaryOp(a, b, 12))).toBe('{1, 2, 5}');
    expect(r(callMethod('set', 'intersection', set([3, 1, 2]), [py([2, 3, 9])]))).toBe('{2, 3}');
    expect(r(callMethod('set', 'symmetric_difference', set([5, 6]), [py([6, 7, 7])]))).toBe('{5, 7}');
    expect(r(callMethod('set', 'union', set([1]), [py([2])]))).toBe('{1, 2}');
    expect(r(callMethod('set', 'difference', a, [set([1]), set([2])]))).toBe('{3, 4}');
    expect(r(richCompare(a, set([1, 2, 3, 4, 5]), CMP_LE))).toBe('True');
    expect(r(richCompare(a, a, CMP_LT))).toBe('False');
    expect(r(richCompare(a, set([1]), CMP_GT))).toBe('True');
    expect(r(richCompare(set([1, 2]), set([2, 1], true), CMP_EQ))).toBe('True');
    expect(run(() => richCompare(set([1]), py([1]), CMP_LT))).toBe(
      "TypeError: '<' not supported between instances of 'set' and 'list'",
    );
    expect(run(() => binaryOp(set([1]), set([2]), 0))).toBe("TypeError: unsupported operand type(s) for +: 'set' and 'set'");
    const fs = set([1], true);
    expect(r(binaryOp(fs, set([3]), 7))).toBe('frozenset({1, 3})');
    expect(r(binaryOp(set([1, 2]), fs, 7))).toBe('{1, 2}');
    expect(r(binaryOp(fs, set([2]), 7 + 13))).toBe('frozenset({1, 2})');
    const s = set([1, 2, 3]);
    expect(binaryOp(s, set([2, 3, 4]), 1 + 13)).toBe(s);
    expect(r(s)).toBe('{2, 3}');
  });

  it('raises as CPython', () => {
    expect(run(() => callMethod('set', 'pop', newSet()))).toBe("KeyError: 'pop from an empty set'");
    expect(run(() => callMethod('set', 'remove', set([1]), [py(2)]))).toBe('KeyError: 2');
    expect(run(() => callMethod('set', 'remove', set([1]), [set([2])]))).toBe('KeyError: {2}');
    expect(run(() => callMethod('set', 'add', newSet(), [py([])]))).toBe("TypeError: unhashable type: 'list'");
    expect(run(() => callMethod('set', 'add', newSet()))).toBe('TypeError: set.add() takes exactly one argument (0 given)');
    expect(run(() => callMethod('set', 'union', newSet(), [], { x: py(1) }))).toBe(
      'TypeError: set.union() takes no keyword arguments',
    );
    expect(run(() => callMethod('frozenset', 'isdisjoint', newFrozenSet()))).toBe(
      'TypeError: frozenset.isdisjoint() takes exactly one argument (0 given)',
    );
    expect(run(() => callMethod('set', 'copy', newSet(), [py(1)]))).toBe('TypeError: set.copy() takes no arguments (1 given)');
    expect(run(() => callMethod('set', 'update', newSet(), [py(1)]))).toBe("TypeError: 'int' object is not iterable");
    expect(run(() => callMethod('set', '__new__', NULL, [T.int]))).toBe('TypeError: set.__new__(int): int is not a subtype of set');
    // A set key is looked up as a frozenset.
    expect(r(callMethod('set', '__contains__', set([{ value: set([1], true) }]), [set([1])]))).toBe('True');
    const s = set([1]);
    const it = getIter(s);
    setAdd(s, py(2));
    expect(run(() => iterNext(it))).toBe('RuntimeError: Set changed size during iteration');
  });

  it('hashes frozensets as CPython', () => {
    // CPython 3.12.1: hash(frozenset()) == 133146708735736, hash(frozenset({-1})) == 6776983852052281967
    expect(frozenSetHash(newFrozenSet())).toBe(133146708735736);
    expect(BigInt(frozenSetHash(set([-1], true)))).toBe(BigInt(Number(6776983852052281967n)));
    expect(BigInt(frozenSetHash(set([1, 2, 3], true)))).toBe(BigInt(Number(-272375401224217160n)));
    expect(frozenSetHash(set([3, 2, 1], true))).toBe(frozenSetHash(set([1, 2, 3], true)));
  });

  it('constructs', () => {
    const s = callMethod('set', '__new__', NULL, [T.set]);
    callMethod('set', '__init__', s, [py([3, 3, 1])]);
    expect(r(s)).toBe('{1, 3}');
    const f = callMethod('frozenset', '__new__', NULL, [T.frozenset, py([2, 1])]);
    expect(r(f)).toBe('frozenset({1, 2})');
    expect(callMethod('frozenset', '__new__', NULL, [T.frozenset, f])).toBe(f);
    expect(r(callMethod('frozenset', '__new__', NULL, [T.frozenset]))).toBe('frozenset()');
  });
});
