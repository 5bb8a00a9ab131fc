/**
 * The page toucher (src/heap/page-toucher.ts): it keeps the committed pages ahead of the
 * allocator's bump pointer, the allocator wakes it when the bump pointer comes near, and it
 * never changes a word of the heap, below the bump pointer or past it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { allocate } from '../../src/heap/allocator.js';
import { HEADER_BYTES } from '../../src/heap/layout.js';
import { CB_BUMP, CB_MAX, CB_TOUCH_AT } from '../../src/heap/memory.js';
import { startPageToucher, type PageToucher } from '../../src/heap/page-toucher.js';
import { T } from '../../src/objects/registry.js';
import { startRuntime } from '../../src/vm/runtime.js';

const MB = 1024 * 1024;
const PAGE = 4096;

/** Until the toucher's event-loop turns have run (setImmediate and waitAsync callbacks). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

let toucher: PageToucher | null = null;
afterEach(() => {
  toucher?.stop();
  toucher = null;
});

describe('page toucher', () => {
  it('touches a quarter of its distance ahead of the bump pointer and arms CB_TOUCH_AT halfway', async () => {
    const sab = startRuntime({ maxHeap: 64 * MB });
    const bump = i32[CB_BUMP]!;
    toucher = startPageToucher(sab, 4 * MB);
    await settle();
    const start = Math.ceil(bump / PAGE) * PAGE;
    expect(toucher.front).toBe(start + MB);
    expect(Atomics.load(i32, CB_TOUCH_AT)).toBe(toucher.front - MB / 2);
  });

  it('the allocator wakes it when the bump pointer passes CB_TOUCH_AT; it moves ahead, twice as far each time', async () => {
    const sab = startRuntime({ maxHeap: 64 * MB });
    toucher = startPageToucher(sab, 4 * MB);
    await settle();
    // Large blocks come from the bump pointer (the heap has no free chunk of their size).
    let blocks = 0;
    for (const ahead of [2 * MB, 4 * MB, 4 * MB]) {
      const before = toucher.front;
      const at = Atomics.load(i32, CB_TOUCH_AT);
      while (i32[CB_BUMP]! < at) {
        allocate(T.rawarray, HEADER_BYTES + 128 * 1024, true);
        blocks++;
      }
      expect(Atomics.load(i32, CB_TOUCH_AT)).toBe(0);
      await settle();
      const bump = i32[CB_BUMP]!;
      expect(toucher.front).toBeGreaterThan(before);
      expect(toucher.front).toBe(Math.ceil(bump / PAGE) * PAGE + ahead);
      expect(Atomics.load(i32, CB_TOUCH_AT)).toBe(toucher.front - ahead / 2);
    }
    expect(blocks).toBeGreaterThan(3);
  });

  it('changes no word of the heap, written or not yet handed out', async () => {
    const sab = startRuntime({ maxHeap: 64 * MB });
    const bump = i32[CB_BUMP]!;
    // A pattern on the first words of the pages on both sides of the bump pointer.
    const words: number[] = [];
    for (let a = Math.ceil(bump / PAGE) * PAGE - 64 * PAGE; a < bump + 64 * PAGE; a += PAGE) words.push(a >> 2);
    for (const w of words) i32[w] = (w * 2654435761) | 0;
    toucher = startPageToucher(sab, 4 * MB);
    await settle();
    expect(toucher.front).toBeGreaterThan(bump + 64 * PAGE);
    for (const w of words) expect(i32[w]).toBe((w * 2654435761) | 0);
    for (const w of words) i32[w] = 0;
  });

  it('stops at the reserved maximum', async () => {
    const sab = startRuntime({ maxHeap: 8 * MB });
    toucher = startPageToucher(sab, 64 * MB);
    await settle();
    expect(toucher.front).toBe(i32[CB_MAX]!);
    expect(Atomics.load(i32, CB_TOUCH_AT)).toBe(0);
  });

  it('after stop() it touches nothing more, and the allocator does not wake it', async () => {
    const sab = startRuntime({ maxHeap: 64 * MB });
    toucher = startPageToucher(sab, MB);
    await settle();
    const front = toucher.front;
    toucher.stop();
    expect(Atomics.load(i32, CB_TOUCH_AT)).toBe(0);
    while (i32[CB_BUMP]! < front + MB) allocate(T.rawarray, HEADER_BYTES + 256 * 1024, true);
    await settle();
    expect(toucher.front).toBe(front);
    expect(Atomics.load(i32, CB_TOUCH_AT)).toBe(0);
  });
});
