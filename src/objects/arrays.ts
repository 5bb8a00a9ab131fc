/**
 * Internal storage objects that other objects point to: value arrays (the
 * items of a list, the entries of a dict) and raw arrays (a dict's index
 * table, a bytearray's bytes). They are never seen by Python code.
 *
 *     valuearray: | header | v0 | v1 | ... |   capacity = body words (from the header size)
 *     rawarray:   | header | byte length | bytes ... |
 */
import { allocate, allocateRawFilled } from '../heap/allocator.js';
import { H_GC, HEADER_BYTES, HEADER_WORDS, gcSizeBytes, type Ref, type Value } from '../heap/layout.js';
import { T } from './registry.js';

export function newValueArray(capacity: number): Ref {
  return allocate(T.valuearray, HEADER_BYTES + capacity * 4, false);
}
export function valueArrayCapacity(a: Ref): number {
  return (gcSizeBytes(i32[(a >> 2) + H_GC]!) >> 2) - HEADER_WORDS;
}
/** i32 index of item 0. */
export function valueArrayBase(a: Ref): number {
  return (a >> 2) + HEADER_WORDS;
}
export function valueArrayGet(a: Ref, i: number): Value {
  return i32[(a >> 2) + HEADER_WORDS + i]!;
}
export function valueArraySet(a: Ref, i: number, v: Value): void {
  i32[(a >> 2) + HEADER_WORDS + i] = v;
}

/** A raw array of `bytes` bytes (zeroed); its data starts at byte rawArrayData(a). */
export function newRawArray(bytes: number): Ref {
  const a = allocate(T.rawarray, HEADER_BYTES + 8 + bytes, true);
  i32[(a >> 2) + HEADER_WORDS] = bytes;
  return a;
}
/**
 * A raw array of `words` int32s, each `fill`: written once, not zeroed first
 * (a new dict's index table, EMPTY throughout; zeroing it first was about a
 * third of the cost of making a small dict).
 */
export function newRawArrayFilled(words: number, fill: number): Ref {
  const a = allocateRawFilled(T.rawarray, HEADER_BYTES + 8 + words * 4);
  const w = (a >> 2) + HEADER_WORDS;
  i32[w] = words * 4;
  i32[w + 1] = 0;
  // A loop, not i32.fill: the builtin's entry costs more than filling a small table.
  for (let i = w + 2, end = w + 2 + words; i < end; i++) i32[i] = fill;
  return a;
}
export function rawArrayLength(a: Ref): number {
  return i32[(a >> 2) + HEADER_WORDS]!;
}
/** Byte address of the data (8-aligned). */
export function rawArrayData(a: Ref): number {
  return a + HEADER_BYTES + 8;
}
