/**
 * The allocator: hands out zeroed, 8-byte aligned blocks of the shared heap.
 *
 * Small blocks (up to SMALL_LIMIT_BYTES) come from exact size-class free
 * lists, larger ones from free lists of large chunks binned by powers of two; when the lists
 * are empty, from the bump pointer, raising the heap's limit in GROW_STEP
 * steps up to its reserved maximum. Past that, `HeapExhausted` is thrown and
 * the interpreter turns it into Python's MemoryError. When the bump pointer
 * passes CB_TOUCH_AT, the page toucher (page-toucher.ts) is woken to commit
 * the next pages from the Node main thread.
 *
 * A free chunk is laid out like an object so that the heap can be walked
 * end to end:
 *
 *     +--------+-------------------+--------+-----
 *     | 0      | size | GC_FREE    | next   | ...
 *     +--------+-------------------+--------+-----
 *
 * The collector never runs inside `allocate`: crossing the threshold only
 * sets CB_GC_REQUESTED, and the interpreter collects at its next safepoint.
 * One lock (CB_ALLOC_LOCK) serializes allocation across workers; under the
 * GIL it is never contended.
 */
import { GC_FLAG_MASK, GC_FREE, GC_RAW, H_AUX, H_GC, H_LOCK, H_TYPE, HEADER_BYTES, gcSizeBytes, gcWord, roundSize, type Ref } from './layout.js';
import { CB_ALLOC_LOCK, CB_ALLOCATED_SINCE_GC, CB_BUMP, CB_FREE_LISTS, CB_GC_REQUESTED, CB_GC_STRESS, CB_GC_THRESHOLD, CB_GC_WANTED, CB_IN_USE, CB_LARGE_BINS, CB_LIMIT, CB_MAX, CB_PEAK, CB_TOUCH_AT, GROW_STEP, LARGE_BINS, SMALL_LIMIT_BYTES } from './memory.js';

/** Thrown when the heap cannot grow past its maximum; becomes MemoryError. */
export class HeapExhausted extends Error {
  constructor(readonly requested: number) {
    super(`heap exhausted allocating ${requested} bytes`);
  }
}

/** Word 2 of a free chunk: the next chunk on its list. */
const FREE_NEXT = 2;

function lock(): void {
  // Spin: the critical sections are a few dozen instructions long.
  while (Atomics.compareExchange(i32, CB_ALLOC_LOCK, 0, 1) !== 0) {
    /* spin */
  }
}
function unlock(): void {
  Atomics.store(i32, CB_ALLOC_LOCK, 0);
}

function sizeClass(bytes: number): number {
  return (bytes >> 3) - 2;
}

/**
 * This worker's allocation buffer: [tlabTop, tlabEnd) was taken from the
 * shared heap under the lock and is handed out by bumping, with no atomic
 * operation per object. It is counted as in use when taken; the collector
 * turns the unused rest back into a free chunk (retireAllocationBuffer).
 */
let tlabTop = 0;
let tlabEnd = 0;
const TLAB_BYTES = 32 * 1024;
/** -X gcstress: every allocation requests a collection. */
let stress = false;
export function setAllocationStress(on: boolean): void {
  stress = on;
}

/** Bodies past this many bytes are zeroed with TypedArray.fill rather than a loop. */
const LARGE_ZEROING_BYTES = 1024;

/**
 * Allocate an object of `bytes` bytes (header included) whose header says
 * type `type` and body kind raw (`raw`) or values. The body is zeroed: for a
 * values body that is all NULL.
 */
export function allocate(type: Ref, bytes: number, raw: boolean): Ref {
  const size = roundSize(bytes < HEADER_BYTES ? HEADER_BYTES : bytes);
  const addr = take(size);
  const w = addr >> 2;
  // A large body is zeroed by the fill builtin (a memset): the loop, which small objects are
  // faster with, took 5 ms for the main thread's 256 KB handle array at start-up, still cold.
  if (size > LARGE_ZEROING_BYTES) i32.fill(0, w + 2, w + (size >> 2));
  else for (let i = w + 2, end = w + (size >> 2); i < end; i++) i32[i] = 0;
  i32[w + H_TYPE] = type;
  i32[w + H_GC] = gcWord(size, raw ? GC_RAW : 0);
  return addr;
}

/**
 * allocate() for a raw object whose caller writes every byte of its body at
 * once (a str's fields and characters): the header is set, the body is not
 * zeroed. Zeroing the body was a tenth of the cost of making a str.
 */
export function allocateRawFilled(type: Ref, bytes: number): Ref {
  const size = roundSize(bytes < HEADER_BYTES ? HEADER_BYTES : bytes);
  const addr = take(size);
  const w = addr >> 2;
  i32[w + H_TYPE] = type;
  i32[w + H_GC] = gcWord(size, GC_RAW);
  i32[w + H_LOCK] = 0;
  i32[w + H_AUX] = 0;
  return addr;
}

/** Header and 8 raw bytes: a float, the commonest allocation of numeric code. */
const RAW8_BYTES = HEADER_BYTES + 8;
const RAW8_GC = gcWord(RAW8_BYTES, GC_RAW);

/**
 * allocate(type, HEADER_BYTES + 8, true) for a caller that writes the 8-byte
 * body at once (newFloat): the allocation buffer's path without the zeroing
 * loop and the size arithmetic.
 */
export function allocateRaw8(type: Ref): Ref {
  const addr = tlabTop;
  if (addr + RAW8_BYTES > tlabEnd) return allocate(type, RAW8_BYTES, true);
  tlabTop = addr + RAW8_BYTES;
  if (stress) wantCollection();
  const w = addr >> 2;
  i32[w + H_TYPE] = type;
  i32[w + H_GC] = RAW8_GC;
  i32[w + H_LOCK] = 0;
  i32[w + H_AUX] = 0;
  return addr;
}

/** `size` bytes (rounded) from the allocation buffer, or from the slow path when it is used up. */
function take(size: number): Ref {
  const addr = tlabTop;
  if (addr + size <= tlabEnd) {
    tlabTop = addr + size;
    if (stress) wantCollection();
    return addr;
  }
  return allocateSlow(size);
}

/** Under the lock: a size-class chunk, or a new allocation buffer, or (large objects) a chunk of its own. */
function allocateSlow(size: number): Ref {
  lock();
  let addr = 0;
  let taken = size;
  try {
    if (size <= SMALL_LIMIT_BYTES) {
      const head = CB_FREE_LISTS + sizeClass(size);
      addr = i32[head]!;
      if (addr !== 0) {
        i32[head] = i32[(addr >> 2) + FREE_NEXT]!;
      } else {
        // A new buffer; what is left of the old one becomes a free chunk.
        retireLocked();
        let bytes = TLAB_BYTES;
        let buf = takeLarge(TLAB_BYTES);
        if (buf === 0) {
          // No free chunk of a whole buffer's size: any large free chunk makes a smaller buffer.
          // Bumping instead would leave the holes between survivors unused: a program whose
          // survivors are scattered (raytrace.py) grew the heap to 17 times its live size.
          buf = takeAnyLarge();
          if (buf !== 0) bytes = gcSizeBytes(i32[(buf >> 2) + H_GC]!);
          else buf = bump(TLAB_BYTES);
        }
        addr = buf;
        tlabTop = buf + size;
        tlabEnd = buf + bytes;
        taken = bytes;
      }
    } else {
      addr = takeLarge(size);
      if (addr === 0) addr = bump(size);
    }
    countTaken(taken);
  } finally {
    unlock();
  }
  return addr;
}

/**
 * Grow the object at `addr` to `bytes` bytes without moving it, when it ends
 * where the heap's bump region begins (a large array growing while nothing
 * else takes new memory, as a list built by a loop): the bump pointer moves
 * and the object's size grows, its new words zeroed. Returns false, changing
 * nothing, otherwise. Growing in place leaves no dead copy behind, and a
 * reader that loaded the old address (a lock-free reader in free-threading
 * mode) still reads a valid array.
 */
export function growInPlace(addr: Ref, bytes: number): boolean {
  const size = roundSize(bytes);
  const w = addr >> 2;
  const gc = i32[w + H_GC]!;
  const old = gcSizeBytes(gc);
  if (size <= old || addr + old !== i32[CB_BUMP]) return false;
  lock();
  try {
    if (addr + old !== i32[CB_BUMP]) return false;
    try {
      bump(size - old);
    } catch (e) {
      if (e instanceof HeapExhausted) return false;
      throw e;
    }
    i32.fill(0, (addr + old) >> 2, (addr + size) >> 2);
    i32[w + H_GC] = gcWord(size, gc & GC_FLAG_MASK);
    countTaken(size - old);
  } finally {
    unlock();
  }
  return true;
}

/** Under the lock: `bytes` more are in use; past the threshold (or under -X gcstress) a collection is requested. */
function countTaken(bytes: number): void {
  i32[CB_IN_USE] = i32[CB_IN_USE]! + bytes;
  if (i32[CB_IN_USE]! > i32[CB_PEAK]!) i32[CB_PEAK] = i32[CB_IN_USE]!;
  const since = i32[CB_ALLOCATED_SINCE_GC]! + bytes;
  i32[CB_ALLOCATED_SINCE_GC] = since;
  if (since > i32[CB_GC_THRESHOLD]! || i32[CB_GC_STRESS] !== 0) wantCollection();
}

/** Ask for a collection at the next safepoint: the reason first, then the eval breaker. */
export function wantCollection(): void {
  i32[CB_GC_WANTED] = 1;
  i32[CB_GC_REQUESTED] = 1;
}

/**
 * This thread is about to let others run (it releases the GIL): write the
 * unused rest of its allocation buffer as a free chunk, so that a collection
 * by another thread can walk the heap through it. Nothing is given back: if
 * no collection happens meanwhile, the thread goes on bumping from the same
 * place (the next allocation overwrites that header); if one does, the sweep
 * may have reused the space, and resumeAllocationBuffer forgets the buffer.
 */
export function parkAllocationBuffer(): void {
  if (tlabEnd > tlabTop) {
    i32[(tlabTop >> 2) + H_TYPE] = 0;
    i32[(tlabTop >> 2) + H_GC] = gcWord(tlabEnd - tlabTop, GC_FREE);
  }
}

/** After parkAllocationBuffer: `collected` (a collection ran meanwhile) drops the buffer. */
export function resumeAllocationBuffer(collected: boolean): void {
  if (collected) {
    tlabTop = 0;
    tlabEnd = 0;
  }
}

function retireLocked(): void {
  if (tlabEnd > tlabTop) {
    const rest = tlabEnd - tlabTop;
    // Keep the heap walkable: the unused rest is a free chunk (at least 8 bytes: a header
    // needs 16, so an 8-byte rest is written as a minimal free chunk too).
    i32[(tlabTop >> 2) + H_TYPE] = 0;
    i32[(tlabTop >> 2) + H_GC] = gcWord(rest, GC_FREE);
    i32[CB_IN_USE] = i32[CB_IN_USE]! - rest;
  }
  tlabTop = 0;
  tlabEnd = 0;
}

/** This worker's allocation buffer as [top, end): part of a heap image (src/objects/heap-image.ts). */
export function allocationBuffer(): [top: number, end: number] {
  return [tlabTop, tlabEnd];
}

/**
 * Take over the allocation buffer [top, end) of the worker that made a heap image, as it was
 * when the image was taken: the heap copied from it then goes on exactly as that worker's did.
 */
export function adoptAllocationBuffer(top: number, end: number): void {
  tlabTop = top;
  tlabEnd = end;
}

/** Forget the allocation buffer without touching the heap (this worker switches to a new heap). */
export function resetAllocationBuffer(): void {
  tlabTop = 0;
  tlabEnd = 0;
}

/** Give up this worker's allocation buffer (before a collection walks the heap). */
export function retireAllocationBuffer(): void {
  lock();
  try {
    retireLocked();
  } finally {
    unlock();
  }
}

function bump(size: number): Ref {
  const addr = i32[CB_BUMP]!;
  const end = addr + size;
  if (end > i32[CB_LIMIT]!) {
    const limit = Math.max(i32[CB_LIMIT]! + GROW_STEP, end);
    if (limit > i32[CB_MAX]!) {
      if (end > i32[CB_MAX]!) throw new HeapExhausted(size);
      i32[CB_LIMIT] = i32[CB_MAX]!;
    } else {
      i32[CB_LIMIT] = limit;
    }
  }
  i32[CB_BUMP] = end;
  const touchAt = i32[CB_TOUCH_AT]!;
  if (touchAt !== 0 && end >= touchAt) wakePageToucher();
  return addr;
}

/** The bump pointer has come near the pages the toucher committed last: ask it for more. */
function wakePageToucher(): void {
  Atomics.store(i32, CB_TOUCH_AT, 0);
  Atomics.notify(i32, CB_TOUCH_AT);
}

/** The bin of a large chunk of `size` bytes (> SMALL_LIMIT_BYTES). */
function largeBin(size: number): number {
  const k = 31 - Math.clz32(size) - 9;
  return k < LARGE_BINS ? k : LARGE_BINS - 1;
}

/**
 * A large chunk of at least `size` bytes, or 0: the head of the first
 * non-empty higher bin (every chunk there is big enough), else first fit in
 * the request's own bin. The remainder of a split chunk goes back on a list.
 */
function takeLarge(size: number): Ref {
  const own = largeBin(size);
  for (let k = own + 1; k < LARGE_BINS; k++) {
    const cur = popBin(k);
    if (cur !== 0) {
      splitRest(cur, size);
      return cur;
    }
  }
  let prev = 0;
  let cur = i32[CB_LARGE_BINS + own]!;
  while (cur !== 0) {
    const w = cur >> 2;
    const chunk = gcSizeBytes(i32[w + H_GC]!);
    const next = i32[w + FREE_NEXT]!;
    if (chunk === size || chunk >= size + 16) {
      if (prev === 0) i32[CB_LARGE_BINS + own] = next;
      else i32[(prev >> 2) + FREE_NEXT] = next;
      splitRest(cur, size);
      return cur;
    }
    prev = cur;
    cur = next;
  }
  return 0;
}

/** The head of the highest non-empty large bin, taken whole, or 0. */
function takeAnyLarge(): Ref {
  for (let k = LARGE_BINS - 1; k >= 0; k--) {
    const cur = popBin(k);
    if (cur !== 0) return cur;
  }
  return 0;
}

/** The first chunk of large bin k, off its list, or 0 when the bin is empty. */
function popBin(k: number): Ref {
  const cur = i32[CB_LARGE_BINS + k]!;
  if (cur !== 0) i32[CB_LARGE_BINS + k] = i32[(cur >> 2) + FREE_NEXT]!;
  return cur;
}

/** Free what a chunk taken for `size` bytes has beyond them (a chunk within 8 bytes of it is taken whole). */
function splitRest(chunkAddr: Ref, size: number): void {
  const chunk = gcSizeBytes(i32[(chunkAddr >> 2) + H_GC]!);
  if (chunk > size) pushFree(chunkAddr + size, chunk - size);
}

/**
 * Put the chunk [addr, addr + size) on its free list. Called by the
 * collector's sweep (with the world stopped) and by the allocator itself.
 */
export function pushFree(addr: Ref, size: number): void {
  const w = addr >> 2;
  i32[w + H_TYPE] = 0;
  i32[w + H_GC] = gcWord(size, GC_FREE);
  // An 8-byte gap has no room for a list link: it stays a filler until a neighbour dies.
  if (size < 16) return;
  const head = size <= SMALL_LIMIT_BYTES ? CB_FREE_LISTS + sizeClass(size) : CB_LARGE_BINS + largeBin(size);
  i32[w + FREE_NEXT] = i32[head]!;
  i32[head] = addr;
}

/** Empty every free list (the sweep rebuilds them). World stopped. */
export function clearFreeLists(): void {
  i32.fill(0, CB_FREE_LISTS, CB_FREE_LISTS + ((SMALL_LIMIT_BYTES >> 3) - 1));
  i32.fill(0, CB_LARGE_BINS, CB_LARGE_BINS + LARGE_BINS);
}
