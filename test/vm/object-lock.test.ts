// Per-object locks (src/vm/object-lock.ts) and free-threading mode's attach/stop-the-world
// words (src/vm/world.ts): the lock word's states, reentrancy, suspension while a thread
// waits, address order for two objects, the counters; a real second thread (a worker holding
// a lock word for a while) for the contended path; nothing at all under the GIL.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { H_LOCK, fromSmallInt } from '../../src/heap/layout.js';
import { buffer, CB_ATTACHED, CB_GIL_ENABLED, CB_STW } from '../../src/heap/memory.js';
import { newDict } from '../../src/objects/dict.js';
import { newList } from '../../src/objects/list.js';
import { newStr } from '../../src/objects/str.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { dropGil, takeGil } from '../../src/vm/gil.js';
import {
  LK_DICT,
  LK_LIST,
  lockable,
  lockDepth,
  lockObject,
  lockingMethod,
  lockPair,
  resumeTop,
  suspendAll,
  unlockObject,
  unlockPair,
} from '../../src/vm/object-lock.js';
import { counterBase, handleCount, handleWord, pushHandle, releaseHandles, TC_LOCKS } from '../../src/vm/thread-state.js';
import { T } from '../../src/objects/registry.js';
import { newTuple } from '../../src/objects/tuple.js';
import { setTypeFlags, TPF_LOCKED, typeFlags } from '../../src/objects/typeobject.js';
import { callArray } from '../../src/vm/call.js';
import { startWorld, tryStopWorld } from '../../src/vm/world.js';

const MAIN = 1;
const word = (o: number): number => i32[(o >> 2) + H_LOCK]!;
const counter = (kind: number, k: number): number => f64[counterBase + TC_LOCKS + kind * 3 + k]!;

/** A runtime in free-threading mode (gil false) or GIL mode, its main thread attached. */
function runtime(gil: boolean): void {
  startRuntime();
  i32[CB_GIL_ENABLED] = gil ? 1 : 0;
  takeGil();
}

afterEach(() => {
  dropGil(-1);
});

describe('per-object locks', () => {
  it('cost nothing under the GIL: the word never changes', () => {
    runtime(true);
    const l = newList(0);
    lockObject(l);
    expect(word(l)).toBe(0);
    expect(lockDepth()).toBe(0);
    unlockObject(l);
    expect(lockPair(l, newList(0))).toBe(0);
  });

  it('take the word with the owner, reentrantly, and count acquisitions by kind', () => {
    runtime(false);
    const l = newList(0);
    const before = counter(LK_LIST, 0);
    lockObject(l);
    expect(word(l)).toBe(MAIN << 1);
    lockObject(l); // reentrant: the word stays, the entry releases nothing
    expect(lockDepth()).toBe(2);
    unlockObject(l);
    expect(word(l)).toBe(MAIN << 1);
    unlockObject(l);
    expect(word(l)).toBe(0);
    expect(lockDepth()).toBe(0);
    expect(counter(LK_LIST, 0) - before).toBe(1);
  });

  it('refuse an out-of-order release', () => {
    runtime(false);
    const a = newList(0);
    const b = newList(0);
    lockObject(a);
    lockObject(b);
    expect(() => unlockObject(a)).toThrow(/out of order/);
    unlockObject(b);
    unlockObject(a);
  });

  it('are suspended as a whole and taken again innermost first', () => {
    runtime(false);
    const outer = newDict();
    const inner = newList(0);
    lockObject(outer);
    lockObject(inner);
    suspendAll();
    expect([word(outer), word(inner)]).toEqual([0, 0]);
    resumeTop();
    expect([word(outer), word(inner)]).toEqual([0, MAIN << 1]);
    unlockObject(inner); // popping the inner entry takes the outer one again
    expect(word(outer)).toBe(MAIN << 1);
    unlockObject(outer);
    expect(word(outer)).toBe(0);
  });

  it('lock two containers in address order, and only containers', () => {
    runtime(false);
    const a = newList(0);
    const b = newDict();
    expect(lockPair(b, a)).toBe(2);
    expect([word(a), word(b)]).toEqual([MAIN << 1, MAIN << 1]);
    unlockPair(2);
    expect([word(a), word(b)]).toEqual([0, 0]);
    const key = newStr('key');
    expect(lockable(key)).toBe(false);
    expect(lockable(fromSmallInt(3))).toBe(false);
    expect(lockPair(b, key)).toBe(1);
    expect(word(key)).toBe(0);
    unlockPair(1);
  });

  it('lock instances of library classes marked TPF_LOCKED (array.array, io.StringIO, ...) and their subclasses', () => {
    runtime(false);
    const cls = callArray(T.type, [newStr('Box'), newTuple([T.object]), newDict()]);
    const plain = callArray(cls, []);
    expect(lockable(plain)).toBe(false);
    setTypeFlags(cls, typeFlags(cls) | TPF_LOCKED);
    expect(lockable(plain)).toBe(true);
    const sub = callArray(T.type, [newStr('Sub'), newTuple([cls]), newDict()]);
    expect(typeFlags(sub) & TPF_LOCKED).toBe(TPF_LOCKED);
    const inst = callArray(sub, []);
    expect(lockable(inst)).toBe(true);
    // A method wrapped by lockingMethod holds its self, and its first argument when lockable.
    const l = newList(0);
    const seen: number[][] = [];
    const method = lockingMethod((self, argv) => {
      seen.push([word(self), word(i32[argv]!), lockDepth()]);
      return self;
    });
    const mark = handleCount();
    const argv = handleWord(pushHandle(l));
    method(inst, argv, 1, 0);
    i32[argv] = newStr('not locked');
    method(plain, argv, 1, 0);
    expect(seen).toEqual([
      [MAIN << 1, MAIN << 1, 2],
      [MAIN << 1, 0, 1],
    ]);
    expect([word(inst), word(l), word(plain), lockDepth()]).toEqual([0, 0, 0, 0]);
    releaseHandles(mark);
  });

  it('hold both locks of a pair, and take both back together after a suspension', () => {
    runtime(false);
    const a = newList(0);
    const b = newList(0);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    expect(lockPair(hi, lo)).toBe(2);
    suspendAll();
    expect([word(lo), word(hi)]).toEqual([0, 0]);
    resumeTop(); // the pair's upper entry: both come back, lower first
    expect([word(lo), word(hi)]).toEqual([MAIN << 1, MAIN << 1]);
    unlockPair(2);
    expect([word(lo), word(hi)]).toEqual([0, 0]);
    expect(lockDepth()).toBe(0);
  });

  it('wait for a lock another thread holds, counting the contention and the wait', async () => {
    runtime(false);
    const d = newDict();
    const w = (d >> 2) + H_LOCK;
    // Another "thread" (ident 7) holds d for 50 ms, then releases it as unlockObject does.
    i32[w] = 7 << 1;
    const holder = new Worker(
      `const { workerData } = require('node:worker_threads');
       const heap = new Int32Array(workerData.sab);
       Atomics.wait(heap, 0, 0, 50);
       if ((Atomics.exchange(heap, workerData.w, 0) & 1) !== 0) Atomics.notify(heap, workerData.w, 1);`,
      { eval: true, workerData: { sab: buffer, w } },
    );
    const contended = counter(LK_DICT, 1);
    const waited = counter(LK_DICT, 2);
    lockObject(d);
    expect(word(d) & ~1).toBe(MAIN << 1);
    expect(counter(LK_DICT, 1) - contended).toBe(1);
    expect(counter(LK_DICT, 2) - waited).toBeGreaterThan(10e6); // ns: most of the 50 ms
    unlockObject(d);
    await holder.terminate();
  });
});

describe('stop-the-world words', () => {
  it('count the attached threads, and let one thread stop a world it is alone in', () => {
    runtime(false);
    expect(i32[CB_ATTACHED]).toBe(1);
    expect(tryStopWorld(MAIN)).toBe(true);
    expect(i32[CB_STW]).toBe(MAIN);
    expect(tryStopWorld(2)).toBe(false); // a second stopper must park and wait
    startWorld();
    expect(i32[CB_STW]).toBe(0);
    dropGil(-1);
    expect(i32[CB_ATTACHED]).toBe(0);
    takeGil();
  });
});
