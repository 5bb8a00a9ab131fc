/**
 * The one SharedArrayBuffer and this worker's views of it.
 *
 * The buffer is reserved at its maximum size up front (`-X heapsize`, default
 * DEFAULT_MAX_HEAP) and never replaced, so every worker's typed-array views
 * stay valid for the whole run and keep V8's fast fixed-length element
 * access (views that track a growable buffer's length are several times
 * slower in Node 20). The heap still grows on demand: the allocator hands out
 * memory only below a *limit* that it raises in steps (CB_LIMIT), and the
 * operating system commits pages only when they are first touched, so an
 * unused reservation costs address space, not memory.
 *
 * Layout of the buffer:
 *
 *     0                 CONTROL_BYTES                                     limit        max
 *     +-----------------+-------------------------------------------------+------------+
 *     | control block   | objects and free chunks, end to end             | unused     |
 *     +-----------------+-------------------------------------------------+------------+
 *
 * The control block is an array of raw words (CB_* below) shared by all
 * workers: allocator state, collector statistics, the root table.
 */

export const DEFAULT_MAX_HEAP = 1024 * 1024 * 1024;
/** Addresses are positive int32 values, so the heap cannot pass 2 GiB. */
export const MAX_HEAP_LIMIT = 2 ** 31 - 4096;
export const MIN_HEAP = 4 * 1024 * 1024;
/** The limit grows in steps of this many bytes (or more, for one large object). */
export const GROW_STEP = 4 * 1024 * 1024;

// ---- control block: word indexes ------------------------------------------------------------

/** Allocator lock: 0 free, 1 held (Atomics). */
export const CB_ALLOC_LOCK = 0;
/** First byte never handed out yet (bump pointer). */
export const CB_BUMP = 1;
/** Current limit of the heap in bytes: allocations stay below it. */
export const CB_LIMIT = 2;
/** Reserved size: the limit never passes it (then MemoryError). */
export const CB_MAX = 3;
/** Bytes in live objects plus garbage not collected yet. */
export const CB_IN_USE = 4;
/** Highest CB_IN_USE seen. */
export const CB_PEAK = 5;
/** Bytes allocated since the last collection. */
export const CB_ALLOCATED_SINCE_GC = 6;
/** CB_ALLOCATED_SINCE_GC past this requests a collection. */
export const CB_GC_THRESHOLD = 7;
/**
 * The eval breaker: non-zero asks the thread running bytecode to come to its
 * next safepoint (src/vm/safepoint.ts), which then reads why: a collection
 * (CB_GC_WANTED), a GIL drop request (CB_GIL_DROP_REQUEST), Ctrl-C
 * (CB_INTERRUPT). Whoever sets a reason sets it first, then this word.
 */
export const CB_GC_REQUESTED = 8;
/** Number of collections so far. */
export const CB_COLLECTIONS = 9;
/** Bytes live after the last collection. */
export const CB_LIVE_AFTER_GC = 10;
/** Reference to the root table (a value array; see src/vm/roots.ts). */
export const CB_ROOTS = 11;
/** Non-zero: collect at every safepoint (-X gcstress). */
export const CB_GC_STRESS = 12;
/** Next serial number for objects that JS caches key on (code objects, types). */
export const CB_NEXT_SERIAL = 13;
/**
 * Non-zero once the main module has ended and the interpreter finalizes (it waits for
 * non-daemon threads, then runs atexit): as CPython 3.12, no new thread may start then.
 */
export const CB_FINALIZING = 14;
/**
 * Non-zero: a signal is pending for Python's main thread, Ctrl-C's SIGINT or one a `signal`
 * handler was set for (set by the Node main thread, or by a Python thread sending one to its own
 * process, which also set CB_GC_REQUESTED so that the interpreter stops at its next safepoint).
 * Which signals: CB_PENDING_SIGNALS.
 */
export const CB_INTERRUPT = 15;
/** Heads of the size-class free lists: class k holds chunks of (k + 2) * 8 bytes. */
export const CB_FREE_LISTS = 16;
export const SIZE_CLASSES = 62; // 16 .. 504 bytes
export const SMALL_LIMIT_BYTES = (SIZE_CLASSES + 1) * 8;
/**
 * Heads of the free lists of chunks too large for a size class, binned by
 * powers of two: bin k holds chunks of [2^(k+9), 2^(k+10)) bytes, so that a
 * request looks at one bin first-fit and takes any chunk of a higher bin
 * without a search (one list of every large chunk made strings_dicts.py
 * spend a third of its time walking it).
 */
export const CB_LARGE_BINS = CB_FREE_LISTS + SIZE_CLASSES + 2;
export const LARGE_BINS = 22;
/** Non-zero: the allocator has passed the threshold (or -X gcstress): collect at the next safepoint. */
export const CB_GC_WANTED = CB_LARGE_BINS + LARGE_BINS;
/** Non-zero: gc.disable() (automatic collections are skipped). */
export const CB_GC_DISABLED = CB_GC_WANTED + 1;
/** The GIL (src/vm/gil.ts): 0 free, 1 held, 2 held with waiters. */
export const CB_GIL = CB_GC_WANTED + 2;
/** Non-zero: a thread has waited a whole switch interval for the GIL; its holder should drop it. */
export const CB_GIL_DROP_REQUEST = CB_GC_WANTED + 3;
/** Number of times the GIL was taken (waiters and forced switches compare it). */
export const CB_GIL_SWITCHES = CB_GC_WANTED + 4;
/** Ident of the thread holding the GIL (0: none). */
export const CB_GIL_HOLDER = CB_GC_WANTED + 5;
/** The next thread ident to hand out (the main thread is 1). */
export const CB_NEXT_THREAD_IDENT = CB_GC_WANTED + 6;
/** Threads started by _thread.start_new_thread and not yet ended (_thread._count()). */
export const CB_THREAD_COUNT = CB_GC_WANTED + 7;
/** 1: the GIL is on (the default); 0: free-threading mode (-X gil=0 or PYTHON_GIL=0). */
export const CB_GIL_ENABLED = CB_GC_WANTED + 8;
/** sys.setrecursionlimit's value, shared by every thread. */
export const CB_RECURSION_LIMIT = CB_GC_WANTED + 9;
/**
 * Threads waiting for a worker (src/vm/thread-start.ts): a ring of
 * START_RING_SLOTS thread-state addresses; TAIL counts pushes, HEAD counts
 * takes (slot = count % START_RING_SLOTS); IDLE is the number of pool workers
 * waiting on TAIL for a thread to run.
 */
export const CB_START_HEAD = CB_GC_WANTED + 10;
export const CB_START_TAIL = CB_GC_WANTED + 11;
export const CB_START_IDLE = CB_GC_WANTED + 12;
/** Spin lock of the ring's producers (0 free, 1 held). */
export const CB_START_LOCK = CB_GC_WANTED + 13;
/** Non-zero: record each thread's timeline of GIL states (gilvm --trace; src/vm/thread-trace.ts). */
export const CB_TRACE = CB_GC_WANTED + 14;
/** Threads in yieldGil waiting for CB_GIL_SWITCHES to move (only then does takeGil wake them). */
export const CB_GIL_YIELDERS = CB_GC_WANTED + 15;
/**
 * The body words of a weak reference's cell and callback slots, plus one (0: no weak
 * reference made yet): in the heap, since the collector's weak pass runs in whichever
 * worker collects (src/objects/weakref-core.ts).
 */
export const CB_WEAKREF_CELL = CB_GC_WANTED + 16;
export const CB_WEAKREF_CALLBACK = CB_GC_WANTED + 17;
/** gc.set_threshold's three values, gc.set_debug's flags, gc.freeze's state: one setting for every thread. */
export const CB_GC_THRESHOLDS = CB_GC_WANTED + 18;
export const CB_GC_DEBUG = CB_GC_WANTED + 21;
export const CB_GC_FROZEN = CB_GC_WANTED + 22;
/**
 * Free-threading mode's stop-the-world (src/vm/world.ts): STW is the ident of the thread
 * stopping the world (0: none); ATTACHED counts the threads running Python (not blocked,
 * not parked).
 */
export const CB_STW = CB_GC_WANTED + 23;
export const CB_ATTACHED = CB_GC_WANTED + 24;
/** Bumped (and waited on) each time a thread ends an import others may wait for (src/lib/import-lock.ts). */
export const CB_IMPORTS_DONE = CB_GC_WANTED + 25;
/** Leaf lock of the table of lock creation sites (src/vm/lock-sites.ts). */
export const CB_SITES_LOCK = CB_GC_WANTED + 26;
/**
 * Pool workers on their way to the start ring: asked for and booting, or back from a thread
 * that has ended (its sentinels released). A start counts them as idle, so that a thread
 * started just after another was joined, or while the first workers boot, does not boot one
 * more worker (src/vm/thread-start.ts).
 */
export const CB_START_COMING = CB_GC_WANTED + 27;
/**
 * The address the bump pointer must reach before the allocator wakes the page toucher
 * (src/heap/page-toucher.ts), which commits the pages ahead of it from another thread; 0:
 * nobody is waiting (no toucher, or it is busy touching).
 */
export const CB_TOUCH_AT = CB_GC_WANTED + 28;
/**
 * 1 once a generator or coroutine was made whose closing may run code (src/vm/closable-code.ts):
 * until then the end of the program has no suspended generator to close and skips that walk of
 * the heap.
 */
export const CB_CLOSABLE_GENERATORS = CB_GC_WANTED + 29;
/**
 * The signals pending for Python's main thread, one bit each (signal n is bit n & 31 of word
 * n >> 5), set before CB_INTERRUPT and taken by the main thread's safepoint (src/vm/signals.ts).
 */
export const CB_PENDING_SIGNALS = CB_GC_WANTED + 30;
export const CB_START_RING = CB_GC_WANTED + 32;
export const START_RING_SLOTS = 256;
export const CONTROL_WORDS = CB_START_RING + START_RING_SLOTS;
/** Objects start after the control block (address 0 stays NULL). */
export const CONTROL_BYTES = ((CONTROL_WORDS * 4 + 63) >> 6) << 6;

// ---- this worker's views --------------------------------------------------------------------

/*
 * The views are properties of the global object, not module variables, and each worker assigns
 * them once (attachHeap): V8's optimizing compiler then reads a global that was never reassigned
 * as a constant, so `i32[x]` compiles to one bounds check against a known length and one load
 * from a known address. Read through a module variable (a closure's context slot, which any call
 * may change), every access reloaded the view, checked its map and reloaded its length and data
 * pointer: about a fifth of all the instructions a program ran (deltablue.py 15.5 to 12.3
 * billion, cachegrind under `node --single-threaded`). Every module reads them by these names
 * without importing them; none exists before a heap is attached.
 */
declare global {
  /** The heap as 32-bit words: tagged values, object headers and fields. */
  var i32: Int32Array;
  /** The heap as unsigned 32-bit words (hashes, bit sets). */
  var u32: Uint32Array;
  /** The heap as 16-bit units: bytecode instructions (opcode, argument). */
  var u16: Uint16Array;
  /** The heap as bytes: str and bytes data. */
  var u8: Uint8Array;
  /** The heap as doubles: float values. */
  var f64: Float64Array;
}

/** The shared heap this worker's views are over (none yet: an empty buffer). */
export let buffer: SharedArrayBuffer = new SharedArrayBuffer(8);

/** Point this worker's views at `sab` (a fresh heap, or one made by another worker). */
export function attachHeap(sab: SharedArrayBuffer): void {
  // Attaching the same heap again (a heap image restored in place) keeps the views: a second
  // assignment would make V8 treat them as variables from then on.
  if (sab === buffer) return;
  buffer = sab;
  globalThis.i32 = new Int32Array(sab);
  globalThis.u32 = new Uint32Array(sab);
  globalThis.u16 = new Uint16Array(sab);
  globalThis.u8 = new Uint8Array(sab);
  globalThis.f64 = new Float64Array(sab);
}

/**
 * Zero the heap words i32[from, to): a loop, cheaper than TypedArray.fill for
 * the few words a call or an instruction clears (fill's builtin entry was the
 * costliest line of STORE_SUBSCR).
 */
export function zeroWords(from: number, to: number): void {
  for (let i = from; i < to; i++) i32[i] = 0;
}

/**
 * Copy the heap words i32[from, from + n) to i32[to, to + n), the ranges not
 * overlapping: a loop for the few dozen words of a frame (TypedArray.copyWithin
 * costs about 27 ns of builtin entry, as much as a loop over 20 words),
 * copyWithin past that.
 */
export function copyWords(to: number, from: number, n: number): void {
  if (n > 48) {
    i32.copyWithin(to, from, from + n);
    return;
  }
  for (let i = 0; i < n; i++) i32[to + i] = i32[from + i]!;
}

/**
 * Copy the heap bytes u8[from, from + n) to u8[to, to + n), the ranges not
 * overlapping: copyWords for bytes (the pieces str.replace and slicing copy
 * are mostly shorter than copyWithin's builtin entry is worth).
 */
export function copyBytes(to: number, from: number, n: number): void {
  if (n > 64) {
    u8.copyWithin(to, from, from + n);
    return;
  }
  for (let i = 0; i < n; i++) u8[to + i] = u8[from + i]!;
}

/** Parse `-X heapsize=` values: bytes, or with a k/m/g suffix. Null if malformed. */
export function parseHeapSize(text: string): number | null {
  const m = /^(\d+)([kKmMgG]?)[bB]?$/.exec(text.trim());
  if (!m) return null;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}

/**
 * Reserve a heap of `maxBytes` (clamped to MIN_HEAP..MAX_HEAP_LIMIT) and
 * initialize its control block. Falls back to smaller reservations when the
 * system refuses the address space.
 */
export function createHeap(maxBytes: number = DEFAULT_MAX_HEAP): SharedArrayBuffer {
  let size = Math.min(Math.max(maxBytes, MIN_HEAP), MAX_HEAP_LIMIT);
  size = Math.floor(size / 4096) * 4096;
  let sab: SharedArrayBuffer | undefined;
  while (!sab) {
    try {
      sab = new SharedArrayBuffer(size);
    } catch (e) {
      if (size <= MIN_HEAP) throw e;
      size = Math.max(MIN_HEAP, Math.floor(size / 2 / 4096) * 4096);
    }
  }
  attachHeap(sab);
  i32[CB_BUMP] = CONTROL_BYTES;
  i32[CB_LIMIT] = Math.min(size, CONTROL_BYTES + GROW_STEP);
  i32[CB_MAX] = size;
  i32[CB_GC_THRESHOLD] = 8 * 1024 * 1024;
  i32[CB_NEXT_SERIAL] = 1;
  i32[CB_NEXT_THREAD_IDENT] = 2;
  i32[CB_GIL_ENABLED] = 1;
  i32[CB_RECURSION_LIMIT] = 1000;
  i32[CB_GC_THRESHOLDS] = 700;
  i32[CB_GC_THRESHOLDS + 1] = 10;
  i32[CB_GC_THRESHOLDS + 2] = 10;
  return sab;
}

/** SIGINT's number (Linux, macOS and the BSDs agree). */
export const SIGINT = 2;

/**
 * Make signal `signum` (default SIGINT: Ctrl-C) pending for Python's main thread, which runs its
 * handler at its next safepoint (src/vm/signals.ts; SIGINT's default handler raises
 * KeyboardInterrupt). Callable from any thread holding a view of the heap, the Node main thread
 * included.
 */
export function requestInterrupt(heap: Int32Array, signum: number = SIGINT): void {
  Atomics.or(heap, CB_PENDING_SIGNALS + (signum >> 5), 1 << (signum & 31));
  Atomics.store(heap, CB_INTERRUPT, 1);
  Atomics.store(heap, CB_GC_REQUESTED, 1);
  // A thread waiting on the word (time.sleep) wakes up to raise it.
  Atomics.notify(heap, CB_INTERRUPT);
}
