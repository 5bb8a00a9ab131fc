// builtins.sum: CPython 3.12's int loop (C longs), float loop (Neumaier's compensated sum) and
// the PyNumber_Add loop for the rest. Expected values from CPython 3.12.1.
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { NULL, type Value } from '../../src/heap/layout.js';
import { functionDecls, natives } from '../../src/objects/native.js';
import { newFloat } from '../../src/objects/float.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { ensureBasicSlots, py, r, type Py } from './containers-helpers.js';

beforeAll(() => {
  startRuntime();
  ensureBasicSlots();
});

/** repr(sum(items[, start])) with floats given as JS numbers that are not integers or as {f: x}. */
function sum(items: (Py | { f: number })[], start?: Py | { f: number }): string {
  const val = (x: Py | { f: number }): Py => (typeof x === 'object' && 'f' in x ? { value: newFloat(x.f) } : x);
  const decl = functionDecls.find((d) => d.module === 'builtins' && d.name === 'sum')!;
  const mark = handleCount();
  try {
    const first = handleCount();
    pushHandle(py(items.map(val)));
    if (start !== undefined) pushHandle(py(val(start)));
    const v: Value = natives[decl.id]!(NULL, handleWord(first), start === undefined ? 1 : 2, NULL);
    return r(v);
  } finally {
    releaseHandles(mark);
  }
}
const f = (x: number): { f: number } => ({ f: x });

describe('sum', () => {
  it('compensates float rounding as CPython 3.12', () => {
    expect(sum(Array.from({ length: 10 }, () => f(0.1)))).toBe('1.0');
    expect(sum([f(1e100), f(1.0), f(-1e100), f(1.0)])).toBe('2.0');
    expect(sum([f(-0.0)], f(-0.0))).toBe('-0.0');
    expect(sum([f(1e308), f(1e308), f(-1e308)])).toBe('inf');
  });

  it('mixes ints into the float loop and sums ints exactly', () => {
    expect(sum([f(0.1), 2n ** 62n, f(0.1)])).toBe('4.611686018427388e+18');
    expect(sum([2n ** 62n, 2n ** 62n, 1])).toBe('9223372036854775809');
  });
});
