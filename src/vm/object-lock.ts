/**
 * Per-object locks: free-threading mode's replacement for the GIL, as the
 * critical sections of CPython's free-threaded build (PEP 703,
 * Include/internal/pycore_critical_section.h).
 *
 * One API serves both modes. Under the GIL every call returns at its first
 * test (`free` is false): the GIL already makes each operation atomic.
 * Without it, `lockObject(o)` takes the lock word in o's header (H_LOCK):
 *
 *     0                    unlocked
 *     owner << 1           held by the thread whose ident is `owner`
 *     owner << 1 | 1       held, and some thread may be asleep on the word
 *
 * The locks of one thread form a stack (this worker's `heldAddr`), popped by
 * `unlockObject` in reverse order: reentrant (a thread locking an object it
 * holds pushes an entry that releases nothing), and suspended as a whole
 * when the thread stops running Python (it blocks, or parks while another
 * thread collects) or must wait for another lock. That is what keeps the
 * runtime free of deadlocks: no thread sleeps holding a lock, so a lock
 * holder never waits for a thread that waits for it, and a stop-the-world
 * pause never waits for a thread spinning on a lock. A suspended entry is
 * taken again when the thread resumes (the innermost one) or when the entries
 * above it are popped. As in CPython, an operation that runs Python code
 * inside its critical section (an item's __eq__) is atomic only up to that
 * code, the same guarantee the GIL gives it.
 *
 * Two objects (`lst.extend(other)`, `d1 == d2`) are locked in address order
 * (`lockPair`), so that two threads locking the same pair cannot deadlock.
 *
 * Counters (always on, per thread): acquisitions, contended acquisitions and
 * time waiting, by kind of object (LK_*, in its TC_LOCKS slots) and by the
 * object's creation site (src/vm/lock-sites.ts).
 */
import { H_AUX, H_LOCK, type Ref, type Value } from '../heap/layout.js';
import { CB_GIL_ENABLED } from '../heap/memory.js';
import { T } from '../objects/registry.js';
import { isSubtype } from '../objects/typecheck.js';
import { TPF_HEAPTYPE, TPF_LOCKED, typeFlags } from '../objects/typeobject.js';
import { counterBase, TC_LOCKS, threadWord, TS_LOCK_SITES } from './thread-state.js';
import { newRawArray, rawArrayData } from '../objects/arrays.js';


/**
 * Lock kinds, for the counters: the built-in container, or anything else (a subclass's instance,
 * an instance of a library class whose methods lock it, as array.array, io.StringIO, io.BytesIO
 * and _random.Random, or an object that library code locks itself, as an itertools iterator).
 */
export const LK_LIST = 0;
export const LK_DICT = 1;
export const LK_SET = 2;
export const LK_BYTEARRAY = 3;
export const LK_DEQUE = 4;
export const LK_OTHER = 5;
export const LOCK_KIND_NAMES = ['list', 'dict', 'set', 'bytearray', 'collections.deque', 'other'] as const;

/** Free-threading mode in this worker (set when the thread attaches: the mode never changes). */
let free = false;
/** This thread's lock-word value: its ident << 1. */
let owner = 0;
/** f64 index of this thread's counters by creation site (TS_LOCK_SITES), 0 until it has them. */
let siteBase = 0;

/** The stack of this thread's lock entries: the object, and what the entry did (grown when full: deep nesting, as repr of a nested list, nests critical sections). */
let heldAddr = new Int32Array(256);
let heldState = new Uint8Array(256);
/** The entry took the lock word and releases it when popped. */
const HELD = 1;
/** The object's word was this thread's already: popping releases nothing. */
const REENTRANT = 2;
/** The entry's lock was released while the thread blocked or waited: taken again before use. */
const SUSPENDED = 3;
/** Flag of the upper entry of a pair (lockPair): it and the entry below are taken back together. */
const PAIR_TOP = 4;
const STATE = 3;
let depth = 0;

/** Spins before a contended acquisition sleeps on the word. */
const SPINS = 200;

/** Called when a thread of this worker attaches: read the mode, and whose locks these are. */
export function setLockOwner(ident: number): void {
  free = i32[CB_GIL_ENABLED] === 0;
  owner = ident << 1;
  siteBase = 0;
}

/**
 * Free-threading mode, once the thread is attached (it may allocate): find or
 * make its counters by creation site.
 */
export function prepareSiteCounters(): void {
  if (!free) return;
  const w = threadWord(TS_LOCK_SITES);
  if (i32[w] === 0) i32[w] = newRawArray(MAX_SITES * 3 * 8);
  siteBase = rawArrayData(i32[w]!) >> 3;
}

/** The creation site of `o` (its header's aux word, lock-sites.ts), or 0. */
function siteIndexOf(o: Ref): number {
  const s = i32[(o >> 2) + H_AUX]!;
  return s >>> 0 < MAX_SITES ? s : 0;
}

/** Count an acquisition of `o`: by kind, and by creation site. */
function count(o: Ref, contended: boolean, waitNs: number): void {
  const k = counterBase + TC_LOCKS + kindOf(o) * 3;
  f64[k] += 1;
  if (contended) {
    f64[k + 1] += 1;
    f64[k + 2] += waitNs;
  }
  if (siteBase === 0) return; // not attached yet (a lock taken while attaching)
  const s = siteBase + siteIndexOf(o) * 3;
  f64[s] += 1;
  if (contended) {
    f64[s + 1] += 1;
    f64[s + 2] += waitNs;
  }
}

/** Sites a program can have counted apart (src/vm/lock-sites.ts; the rest count as site 0). */
export const MAX_SITES = 512;

/**
 * src/vm/lock-sites.ts's stamp, installed when that module loads: a hook, since
 * it needs the containers' modules, which need this one first (their methods
 * and slots are wrapped here as they are declared).
 */
let stampSite: ((o: Ref, kind: number) => void) | null = null;
export function setSiteStamp(fn: (o: Ref, kind: number) => void): void {
  stampSite = fn;
}

/** A new list, dict, set, bytearray or deque: stamp its creation site (free-threading mode). */
export function stampNew(o: Ref): void {
  if (free && stampSite !== null && lockable(o)) stampSite(o, kindOf(o));
}

/** Is this process in free-threading mode (per-object locks, no GIL)? */
export function freeThreading(): boolean {
  return free;
}

function kindOf(o: Ref): number {
  const t = i32[o >> 2];
  if (t === T.list) return LK_LIST;
  if (t === T.dict) return LK_DICT;
  if (t === T.set) return LK_SET;
  if (t === T.bytearray) return LK_BYTEARRAY;
  if (t === T['collections.deque']) return LK_DEQUE;
  return LK_OTHER;
}

function push(o: Ref, state: number): void {
  if (depth === heldAddr.length) {
    const addr = new Int32Array(depth * 2);
    addr.set(heldAddr);
    heldAddr = addr;
    const state2 = new Uint8Array(depth * 2);
    state2.set(heldState);
    heldState = state2;
  }
  heldAddr[depth] = o;
  heldState[depth] = state;
  depth++;
}

/** Take o's lock (free-threading mode; nothing under the GIL). Pair with unlockObject, in a finally. */
export function lockObject(o: Ref): void {
  if (!free) return;
  const w = (o >> 2) + H_LOCK;
  if (Atomics.compareExchange(i32, w, 0, owner) === 0) {
    push(o, HELD);
    count(o, false, 0);
    return;
  }
  if ((Atomics.load(i32, w) & ~1) === owner) {
    push(o, REENTRANT);
    return;
  }
  // Contended: release what this thread holds first (it must not wait holding locks).
  suspendAll();
  const start = performance.now();
  takeWord(w);
  count(o, true, (performance.now() - start) * 1e6);
  push(o, HELD);
}

/**
 * fn(a, b, c) as a critical section on `o` (free-threading mode); under the GIL a plain call,
 * without even the lock calls and their try/finally. For library code that changes an object
 * it does not own as a method's self (heapq on a list, an iterator's saved items). On a hot
 * path the caller tests freeThreading() itself and calls fn directly under the GIL
 * (`freeThreading() ? underLock(o, f, x) : f(x)`): the call through `fn` here serves every
 * caller and V8 does not inline it, which cost heapq and cycle 5-8% in GIL mode.
 */
export function underLock<A, R>(o: Ref, fn: (a: A) => R, a: A): R;
export function underLock<A, B, R>(o: Ref, fn: (a: A, b: B) => R, a: A, b: B): R;
export function underLock<A, B, C, R>(o: Ref, fn: (a: A, b: B, c: C) => R, a: A, b: B, c: C): R;
export function underLock(o: Ref, fn: (a: unknown, b: unknown, c: unknown) => unknown, a: unknown, b?: unknown, c?: unknown): unknown {
  if (!free) return fn(a, b, c);
  lockObject(o);
  try {
    return fn(a, b, c);
  } finally {
    unlockObject(o);
  }
}

/**
 * Is `v` an object whose operations lock it: an instance of a mutable built-in
 * container (or of a class deriving from one), or of a library class made in
 * the heap whose methods lock it (TPF_LOCKED: array.array, io.StringIO,
 * io.BytesIO, _random.Random, and their subclasses)? Other objects' lock words
 * stay unused: locking an immutable argument (a str key) would only make
 * threads that share it wait for each other.
 */
export function lockable(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  const t = i32[v >> 2]!;
  if (t === T.list || t === T.dict || t === T.set || t === T.bytearray || t === T['collections.deque']) return true;
  const flags = typeFlags(t);
  if ((flags & TPF_HEAPTYPE) === 0) return false;
  if ((flags & TPF_LOCKED) !== 0) return true;
  return isSubtype(t, T.list) || isSubtype(t, T.dict) || isSubtype(t, T.set) || isSubtype(t, T.bytearray) || isSubtype(t, T['collections.deque']);
}

/**
 * Lock whichever of `a` and `b` are lockable, in address order (two threads
 * locking the same pair cannot deadlock): returns the number of locks taken,
 * for unlockPair. Nothing under the GIL.
 */
export function lockPair(a: Value, b: Value): number {
  if (!free) return 0;
  const la = lockable(a);
  const lb = b !== a && lockable(b);
  if (la && lb) {
    lockBoth(a < b ? a : b, a < b ? b : a);
    return 2;
  }
  if (la) lockObject(a);
  else if (lb) lockObject(b);
  else return 0;
  return 1;
}

/** This thread's hold on `o` if it can have it without waiting: HELD (taken now), REENTRANT (its already), or 0. */
function tryTake(o: Ref): number {
  const w = (o >> 2) + H_LOCK;
  if (Atomics.compareExchange(i32, w, 0, owner) === 0) return HELD;
  return (Atomics.load(i32, w) & ~1) === owner ? REENTRANT : 0;
}

/**
 * Both locks, `lo` below `hi` in address order, held together (CPython's
 * critical section on two objects): when one is contended, the thread
 * releases what it holds from outer critical sections and waits for `lo`,
 * then `hi`. Waiting for `hi` while holding `lo` cannot deadlock: every thread
 * that holds a lock while waiting took it in address order. The pair's upper
 * entry is marked, so that a thread resuming after a suspension takes both.
 */
function lockBoth(lo: Ref, hi: Ref): void {
  const first = tryTake(lo);
  if (first !== 0) {
    const second = tryTake(hi);
    if (second !== 0) {
      push(lo, first);
      push(hi, second | PAIR_TOP);
      if (first === HELD) count(lo, false, 0);
      if (second === HELD) count(hi, false, 0);
      return;
    }
    if (first === HELD) releaseWord(lo);
  }
  suspendAll();
  const start = performance.now();
  takeWord((lo >> 2) + H_LOCK);
  takeWord((hi >> 2) + H_LOCK);
  const waited = (performance.now() - start) * 1e6;
  push(lo, HELD);
  push(hi, HELD | PAIR_TOP);
  count(lo, true, waited);
  count(hi, false, 0);
}

/** Release what lockPair took (its result). */
export function unlockPair(n: number): void {
  for (let i = 0; i < n; i++) unlockObject(heldAddr[depth - 1]!);
}

/** Wait for the word at `w` to be free and take it. */
function takeWord(w: number): void {
  for (let spins = 0; ; spins++) {
    const cur = Atomics.load(i32, w);
    if (cur === 0) {
      // After sleeping, take it marked: other sleepers may remain.
      if (Atomics.compareExchange(i32, w, 0, spins > SPINS ? owner | 1 : owner) === 0) return;
      continue;
    }
    if (spins < SPINS) continue;
    if ((cur & 1) === 0 && Atomics.compareExchange(i32, w, cur, cur | 1) !== cur) continue;
    // A slice at a time: a holder that dies with the lock (it cannot: unlocks are in finally blocks) would not hang us forever silently.
    Atomics.wait(i32, w, cur | 1, 10);
  }
}

function releaseWord(o: Ref): void {
  const w = (o >> 2) + H_LOCK;
  if ((Atomics.exchange(i32, w, 0) & 1) !== 0) Atomics.notify(i32, w, 1);
}

/** Release the innermost lock entry, which must be o's; resume the entry below it if it was suspended. */
export function unlockObject(o: Ref): void {
  if (!free) return;
  const d = depth - 1;
  if (d < 0 || heldAddr[d] !== o) throw new Error('gilvm: per-object locks released out of order');
  if ((heldState[d]! & STATE) === HELD) releaseWord(o);
  depth = d;
  if (d > 0 && (heldState[d - 1]! & STATE) === SUSPENDED) resumeTop();
}

/** Release every lock this thread holds (it blocks, parks, or waits for another lock). */
export function suspendAll(): void {
  for (let d = depth - 1; d >= 0; d--) {
    const s = heldState[d]!;
    if ((s & STATE) === HELD) releaseWord(heldAddr[d]!);
    heldState[d] = (s & PAIR_TOP) | SUSPENDED;
  }
}

/**
 * Take the innermost suspended entry's lock again (the thread runs Python
 * again), both locks of a pair together, in address order.
 */
export function resumeTop(): void {
  const d = depth - 1;
  if (d < 0 || (heldState[d]! & STATE) !== SUSPENDED) return;
  if ((heldState[d]! & PAIR_TOP) !== 0 && d > 0) resumeEntry(d - 1);
  resumeEntry(d);
}

function resumeEntry(d: number): void {
  const s = heldState[d]!;
  if ((s & STATE) !== SUSPENDED) return;
  const o = heldAddr[d]!;
  const w = (o >> 2) + H_LOCK;
  // Entries below it may name the same object: only one of them may hold the word.
  if ((Atomics.load(i32, w) & ~1) === owner) {
    heldState[d] = (s & PAIR_TOP) | REENTRANT;
    return;
  }
  if (Atomics.compareExchange(i32, w, 0, owner) !== 0) {
    const start = performance.now();
    takeWord(w);
    // Counted as a contended acquisition: the thread got the lock back only by waiting.
    count(o, true, (performance.now() - start) * 1e6);
  }
  heldState[d] = (s & PAIR_TOP) | HELD;
}

/** Locks this thread holds or has suspended (0 between bytecodes of code that runs no Python inside a lock). */
export function lockDepth(): number {
  return depth;
}

/**
 * After an uncaught error unwound past critical sections without their
 * finally blocks (it cannot happen: every lockObject is paired in a finally),
 * or when a worker's thread ends: forget and release every entry.
 */
export function releaseAllLocks(): void {
  suspendAll();
  depth = 0;
}

// ---- the containers' operations as critical sections -----------------------------------------

/**
 * The built-in types whose methods and slots lock their container operands (free-threading
 * mode). frozenset is immutable and never locked, but its methods read a set argument
 * (`fs.issubset(s)`, `fs | s`), which they lock.
 */
export const LOCKED_TYPE_NAMES: ReadonlySet<string> = new Set(['list', 'dict', 'set', 'frozenset', 'bytearray', 'collections.deque']);

type Native = (self: Value, argv: number, argc: number, kwnames: Ref) => Value;

/**
 * A method of a locked type (a container, or a library class with TPF_LOCKED)
 * as a critical section on its self and, when it is lockable too, its first
 * argument (`a.extend(b)`, `d.update(e)`, `s.issubset(t)`, `a == b` of two
 * arrays), as CPython's free-threaded build declares its methods
 * (`@critical_section`). Installed only in free-threading mode (src/vm/gil.ts's
 * takeGil switches them on in each worker), so that under the GIL the methods
 * run as declared, without even a wrapper's call.
 */
export function lockingMethod(fn: Native): Native {
  return (self, argv, argc, kwnames) => {
    const n = lockPair(self, argc > 0 ? i32[argv]! : 0);
    try {
      return fn(self, argv, argc, kwnames);
    } finally {
      unlockPair(n);
    }
  };
}

/** The slots of a locked type that run as critical sections (len, bool, iter and hash read without a lock). */
export const LOCKED_SLOTS: ReadonlySet<string> = new Set(['repr', 'str', 'richcompare', 'getitem', 'setitem', 'delitem', 'contains', 'binop']);

/**
 * Reads that take no lock, as in CPython's free-threaded build: a dict lookup
 * checks what it read (src/objects/dict.ts), so `d[k]`, `k in d` and `d.get(k)`
 * run without the dict's lock.
 */
const LOCK_FREE = new Set(['dict.getitem', 'dict.contains', 'dict.get', 'dict.__getitem__', 'dict.__contains__']);
export function locksAround(owner: string, name: string): boolean {
  return LOCKED_TYPE_NAMES.has(owner) && !LOCK_FREE.has(`${owner}.${name}`);
}

type AnySlot = (a: Value, b: Value, c: Value, d: Value) => unknown;

/**
 * A slot of a locked type as a critical section on its first two operands
 * that are containers: self (either operand of a binop) and the other operand
 * of a comparison or a binop; a key or an item only when it is a container
 * itself.
 */
export function lockingSlot(fn: AnySlot): AnySlot {
  const wrapped: AnySlot = (a, b, c, d) => {
    const n = lockPair(a, b);
    try {
      return fn(a, b, c, d);
    } finally {
      unlockPair(n);
    }
  };
  originals.set(wrapped, fn);
  return wrapped;
}

const originals = new WeakMap<object, unknown>();

/** The slot function as its module declared it (code that compares slots by identity, as `isOurs`). */
export function declaredSlot(f: unknown): unknown {
  return (typeof f === 'function' && originals.get(f)) || f;
}
