/**
 * The heap, the allocator and the collector, from TypeScript: objects
 * reachable from the roots survive a collection and keep their contents,
 * unreachable ones are freed and their memory reused, the heap stays
 * walkable, and an allocation past the maximum fails with HeapExhausted.
 */
import { describe, expect, it } from 'vitest';
import { allocate, growInPlace, HeapExhausted, retireAllocationBuffer } from '../../src/heap/allocator.js';
import { collect } from '../../src/heap/collector.js';
import { fromSmallInt, GC_FREE, H_GC, HEADER_BYTES, gcSizeBytes, isSmallInt, smallIntValue } from '../../src/heap/layout.js';
import { CB_BUMP, CB_IN_USE, CONTROL_BYTES } from '../../src/heap/memory.js';
import { newValueArray, valueArrayCapacity, valueArrayGet, valueArraySet } from '../../src/objects/arrays.js';
import { T } from '../../src/objects/registry.js';
import { rootTable } from '../../src/objects/roots.js';
import { newFloat } from '../../src/objects/float.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { newTuple, tupleGet } from '../../src/objects/tuple.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { ts } from '../../src/vm/thread-state.js';

/** Every chunk from the control block to the bump pointer, with its size and whether it is free. */
function walk(): { addr: number; size: number; free: boolean }[] {
  const out = [];
  for (let a = CONTROL_BYTES; a < i32[CB_BUMP]!; ) {
    const gc = i32[(a >> 2) + H_GC]!;
    const size = gcSizeBytes(gc);
    expect(size).toBeGreaterThan(0);
    out.push({ addr: a, size, free: (gc & GC_FREE) !== 0 });
    a += size;
  }
  return out;
}

function collectWith(extra: number[]): void {
  collect((mark) => {
    mark(rootTable());
    mark(ts);
    for (const r of extra) mark(r);
  });
}

describe('heap', () => {
  it('small ints are tagged values', () => {
    for (const n of [0, 1, -1, 2 ** 30 - 1, -(2 ** 30)]) {
      const v = fromSmallInt(n);
      expect(isSmallInt(v)).toBe(true);
      expect(smallIntValue(v)).toBe(n);
    }
  });

  it('reachable objects survive with their contents; unreachable ones are freed and reused', () => {
    startRuntime({ maxHeap: 64 * 1024 * 1024 });
    const keep = newValueArray(100);
    for (let i = 0; i < 100; i++) valueArraySet(keep, i, newTuple([newStr(`item ${i}`), fromSmallInt(i)]));
    const garbage: number[] = [];
    for (let i = 0; i < 1000; i++) garbage.push(newStr(`garbage ${i}`.repeat(3)));
    const before = i32[CB_IN_USE]!;
    collectWith([keep]);
    const after = i32[CB_IN_USE]!;
    expect(after).toBeLessThan(before);
    for (let i = 0; i < 100; i++) {
      const t = valueArrayGet(keep, i);
      expect(strValue(tupleGet(t, 0))).toBe(`item ${i}`);
      expect(smallIntValue(tupleGet(t, 1))).toBe(i);
    }
    // The garbage's memory is free now and the heap walks end to end.
    const chunks = walk();
    expect(chunks.some((c) => c.free)).toBe(true);
    const freedAddr = garbage[500]!;
    // Either inside a free chunk, or past the bump pointer (a free run at the end goes back to it).
    const holder = chunks.find((c) => c.addr <= freedAddr && freedAddr < c.addr + c.size);
    expect(holder === undefined ? freedAddr >= i32[CB_BUMP]! : holder.free).toBe(true);
    // New objects of the same size reuse freed memory instead of growing the heap.
    const bump = i32[CB_BUMP]!;
    for (let i = 0; i < 500; i++) newStr(`reuse ${i}`.repeat(3));
    expect(i32[CB_BUMP]!).toBeLessThanOrEqual(bump + 64 * 1024);
  });

  it('holes between scattered survivors, smaller than an allocation buffer, are reused before the heap grows', () => {
    startRuntime({ maxHeap: 64 * 1024 * 1024 });
    // 1 KB of garbage after every survivor: after the collection the free runs are about 1 KB,
    // far below an allocation buffer's 32 KB.
    const keep = newValueArray(2000);
    for (let i = 0; i < 2000; i++) {
      valueArraySet(keep, i, newTuple([fromSmallInt(i)]));
      for (let j = 0; j < 32; j++) newTuple([fromSmallInt(j), fromSmallInt(j)]);
    }
    collectWith([keep]);
    const bump = i32[CB_BUMP]!;
    const free = walk().filter((c) => c.free).reduce((n, c) => n + c.size, 0);
    expect(free).toBeGreaterThan(1024 * 1024);
    // Small objects worth half of the free memory fit in the holes: the heap does not grow.
    for (let i = 0; i < free / 2 / 24; i++) newFloat(i);
    expect(i32[CB_BUMP]!).toBe(bump);
    for (let i = 0; i < 2000; i++) expect(smallIntValue(tupleGet(valueArrayGet(keep, i), 0))).toBe(i);
    retireAllocationBuffer();
    walk();
  });

  it('collections keep cycles of reachable objects and free unreachable cycles', () => {
    startRuntime({ maxHeap: 64 * 1024 * 1024 });
    const a = newValueArray(1);
    const b = newValueArray(1);
    valueArraySet(a, 0, b);
    valueArraySet(b, 0, a);
    const c = newValueArray(1);
    const d = newValueArray(1);
    valueArraySet(c, 0, d);
    valueArraySet(d, 0, c);
    collectWith([a]);
    const chunks = walk();
    const at = (r: number) => chunks.find((ch) => ch.addr === r);
    expect(at(a)?.free).toBe(false);
    expect(at(b)?.free).toBe(false);
    expect(at(c)?.free ?? true).toBe(true);
    expect(valueArrayGet(a, 0)).toBe(b);
  });

  it('allocation past the maximum throws HeapExhausted (MemoryError for Python), never crashes', () => {
    startRuntime({ maxHeap: 4 * 1024 * 1024 });
    const hold = newValueArray(4096);
    expect(() => {
      for (let i = 0; i < 4096; i++) valueArraySet(hold, i, allocate(T.rawarray, 16 * 1024, true));
    }).toThrow(HeapExhausted);
    // The heap is still consistent and usable after a collection.
    collectWith([]);
    walk();
    expect(strValue(newStr('still fine'))).toBe('still fine');
    expect(HEADER_BYTES).toBe(16);
  });

  it('a large array at the end of the bump region grows in place; anything else does not', () => {
    startRuntime();
    // Large enough that no free chunk of the fresh heap can hold it: it comes from the bump region.
    const a = newValueArray(100_000);
    valueArraySet(a, 999, fromSmallInt(7));
    const inUse = i32[CB_IN_USE]!;
    expect(growInPlace(a, HEADER_BYTES + 400_000 * 4)).toBe(true);
    expect(valueArrayCapacity(a)).toBe(400_000);
    expect(smallIntValue(valueArrayGet(a, 999))).toBe(7);
    expect(valueArrayGet(a, 399_999)).toBe(0);
    expect(i32[CB_IN_USE]! - inUse).toBe(300_000 * 4);
    retireAllocationBuffer(); // the heap is walkable end to end once the allocation buffer is closed
    expect(walk().at(-1)!.addr).toBe(a);
    // Something allocated after it (a new large array also comes from the bump region): no longer at the end.
    newValueArray(100_000);
    expect(growInPlace(a, HEADER_BYTES + 800_000 * 4)).toBe(false);
    expect(valueArrayCapacity(a)).toBe(400_000);
    retireAllocationBuffer();
    walk();
  });
});
