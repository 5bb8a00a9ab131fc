/**
 * Frames: the activation records of Python functions, in per-thread stack
 * chunks of the shared heap (never on the JS stack).
 *
 *     frame (every word a value, so a copy can sit in a generator object):
 *      0        1      2      3         4          5        6    7    8       9     10         11         12
 *     +--------+------+------+---------+----------+--------+----+----+-------+-----+----------+----------+------------+-------+
 *     | prev   | code | func | globals | builtins | locals | ip | sp | flags | gen | savedTop | savedEnd | localsplus | stack |
 *     +--------+------+------+---------+----------+--------+----+----+-------+-----+----------+----------+------------+-------+
 *
 *   prev       small int: address >> 3 of the calling frame (0: none)
 *   ip         small int: byte offset of the next instruction (saved at calls and safepoints)
 *   sp         small int: number of values on the value stack (saved likewise)
 *   flags      small int: F_ENTRY (return to the TypeScript caller), ... (see F_GENLOOP for its high bits)
 *   savedTop, savedEnd   small ints (>> 3): the stack chunk's free space before this frame
 *   localsplus co_nlocalsplus values (locals, cells, free variables), then the value stack
 *
 * A stack chunk is a raw heap object (the collector does not scan it as a
 * whole: it walks each thread's live frames from the thread state, reading
 * exactly the words below each frame's sp).
 */
import { allocateRawFilled } from '../heap/allocator.js';
import { HEADER_BYTES, fromSmallInt, type Ref } from '../heap/layout.js';
import { CO_FRAME_WORDS } from '../objects/code.js';
import { T } from '../objects/registry.js';
import { getField } from '../objects/typeobject.js';

export const F_PREV = 0;
export const F_CODE = 1;
export const F_FUNC = 2;
export const F_GLOBALS = 3;
export const F_BUILTINS = 4;
export const F_LOCALS = 5;
export const F_IP = 6;
export const F_SP = 7;
export const F_FLAGS = 8;
export const F_GEN = 9;
export const F_SAVED_TOP = 10;
export const F_SAVED_END = 11;
export const F_LOCALSPLUS = 12;

export const F_ENTRY = 1;
/** The frame runs `__init__` for a class call (src/vm/call-init.ts): its caller keeps the instance, and its return value must be None. */
export const F_INIT = 2;
/** The frame runs `a.__op__(b)` for BINARY_OP (src/vm/call-init.ts): its caller keeps a and b until the result replaces them. */
export const F_BINOP = 4;
/**
 * The frame is a generator's, resumed by its caller's FOR_ITER in the same dispatch loop
 * (genEnterForLoop): a `yield` pops back to the caller with the value, a return ends the loop.
 * The flags word's bits from F_LOOP_EXIT_SHIFT up hold the bytes from the caller's ip (just past
 * FOR_ITER) to the loop's exit, past its END_FOR.
 */
export const F_GENLOOP = 8;
export const F_LOOP_EXIT_SHIFT = 4;

const CHUNK_BYTES = 256 * 1024;

/** This thread's current stack chunk: free space [stackTop, stackEnd). */
let stackTop = 0;
let stackEnd = 0;

/** Words a frame for `code` needs. */
export function frameWords(code: Ref): number {
  return getField(code, CO_FRAME_WORDS) >> 1;
}

/**
 * Allocate a frame of `words` words on this thread's stack and fill its
 * header (its caller: the thread's current frame) and clear its localsplus
 * (the value stack needs no clearing: nothing reads a slot above sp, the
 * collector included). Returns its byte address. One function for both
 * steps: on a Python call it is the one call left out of the loop's inlined
 * code, where two calls cost 12% of a call of an empty function.
 */
export function pushFrame(words: number, code: Ref, func: Ref, globals: Ref, builtins: Ref, locals: Ref, flags: number, nlocalsplus: number): number {
  const addr = pushFrameMemory(words); // small: V8 inlines it here
  const w = addr >> 2;
  i32[w + F_PREV] = i32[tsw + TS_FRAME]!; // the current frame, as stored (address >> 3, a small int)
  i32[w + F_CODE] = code;
  i32[w + F_FUNC] = func;
  i32[w + F_GLOBALS] = globals;
  i32[w + F_BUILTINS] = builtins;
  i32[w + F_LOCALS] = locals;
  i32[w + F_IP] = 1; // small int 0
  i32[w + F_SP] = 1;
  i32[w + F_FLAGS] = fromSmallInt(flags);
  i32[w + F_GEN] = 0;
  for (let i = w + F_LOCALSPLUS, end = w + F_LOCALSPLUS + nlocalsplus; i < end; i++) i32[i] = 0;
  return addr;
}

/**
 * Allocate `words` words on this thread's stack: only the stack-chunk links
 * are set (pushFrame fills the rest; a generator's saved frame is copied
 * over it whole). Returns its byte address.
 */
export function pushFrameMemory(words: number): number {
  const bytes = ((words * 4 + 7) >> 3) << 3;
  const savedTop = stackTop;
  const savedEnd = stackEnd;
  if (stackTop + bytes > stackEnd) startChunk(bytes);
  const addr = stackTop;
  stackTop += bytes;
  const w = addr >> 2;
  i32[w + F_SAVED_TOP] = fromSmallInt(savedTop >> 3);
  i32[w + F_SAVED_END] = fromSmallInt(savedEnd >> 3);
  return addr;
}

/**
 * Make the frame words at word index `w`, outside the stack (a generator's own storage,
 * src/objects/generator.ts), the next frame without moving them: its stack-chunk links are the
 * stack as it is now, so popping it changes nothing, and frames pushed above it go on the stack.
 * The caller sets the rest of its header.
 */
export function adoptFrameInPlace(w: number): void {
  // A saved top of 0 means "the stack was empty" to popFrame: give the thread a chunk first.
  if (stackTop === 0) startChunk(0);
  i32[w + F_SAVED_TOP] = fromSmallInt(stackTop >> 3);
  i32[w + F_SAVED_END] = fromSmallInt(stackEnd >> 3);
}

/** Go on in a new chunk with room for `bytes` (kept alive by the thread state's chunk list, see newStackChunk). */
function startChunk(bytes: number): void {
  const size = Math.max(CHUNK_BYTES, bytes + 64);
  const chunk = newStackChunk(size);
  stackTop = chunk;
  stackEnd = chunk + size - HEADER_BYTES;
}

/** Release the frame at `addr` (the most recent one pushed). */
export function popFrameMemory(addr: number): void {
  const w = addr >> 2;
  const savedTop = (i32[w + F_SAVED_TOP]! >> 1) << 3;
  if (savedTop === 0) {
    // The stack is empty again: keep this chunk for the next frame (each entry from TypeScript
    // with an empty stack, a REPL input say, would otherwise take a chunk of its own and keep it).
    stackTop = addr;
    return;
  }
  stackTop = savedTop;
  stackEnd = (i32[w + F_SAVED_END]! >> 1) << 3;
}

import { TS_DEPTH, TS_FRAME, getChunkList, setChunkList, tsw } from './thread-state.js';
import { newValueArray, valueArrayCapacity, valueArrayGet, valueArraySet } from '../objects/arrays.js';
import { H_GC, HEADER_WORDS, gcSizeBytes } from '../heap/layout.js';

/** A new raw chunk, recorded in the thread state so that it stays alive; returns its data address. */
function newStackChunk(size: number): number {
  // Not zeroed: nothing reads a stack word before a frame writes it (frames clear their locals).
  const chunk = allocateRawFilled(T.stack, size);
  let list = getChunkList();
  let n = 0;
  if (list !== 0) {
    const cap = valueArrayCapacity(list);
    while (n < cap && valueArrayGet(list, n) !== 0) n++;
    if (n === cap) {
      const bigger = newValueArray(cap * 2);
      i32.copyWithin((bigger >> 2) + HEADER_WORDS, (list >> 2) + HEADER_WORDS, (list >> 2) + HEADER_WORDS + cap);
      list = bigger;
      setChunkList(list);
    }
  } else {
    list = newValueArray(8);
    setChunkList(list);
  }
  valueArraySet(list, n, chunk);
  return chunk + HEADER_BYTES;
}

/**
 * Pop the current frame, at `addr` (returning or unwinding): its caller
 * becomes the current frame and the depth drops by one. Gives the caller's
 * address. The thread-state words are written here, not through
 * thread-state.ts's setters: a return makes this one call, where V8 had left
 * popFrameMemory and setCurrentFrame outside the loop as calls of their own
 * (4% of a loop of calls to an empty function).
 */
export function popFrame(addr: number): number {
  const w = addr >> 2;
  const prev = i32[w + F_PREV]!; // address >> 3, as a small int: what TS_FRAME holds
  const savedTop = (i32[w + F_SAVED_TOP]! >> 1) << 3;
  if (savedTop === 0) stackTop = addr; // as popFrameMemory: the stack is empty again, keep the chunk
  else {
    stackTop = savedTop;
    stackEnd = (i32[w + F_SAVED_END]! >> 1) << 3;
  }
  i32[tsw + TS_FRAME] = prev;
  i32[tsw + TS_DEPTH] -= 2; // a small int's depth minus one
  return (prev >> 1) << 3;
}

/** Forget this thread's stack position (a worker starting a new thread). */
export function resetStack(): void {
  stackTop = 0;
  stackEnd = 0;
}

/**
 * Start this thread's stack in the first chunk its state already holds (a
 * thread state reused from an ended thread, src/vm/threads.ts), if any.
 */
export function adoptStack(): void {
  resetStack();
  const list = getChunkList();
  if (list === 0) return;
  const chunk = valueArrayGet(list, 0);
  if (chunk === 0) return;
  stackTop = chunk + HEADER_BYTES;
  stackEnd = chunk + gcSizeBytes(i32[(chunk >> 2) + H_GC]!);
}
