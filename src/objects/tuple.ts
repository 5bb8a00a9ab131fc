/**
 * tuple objects.
 *
 *     +--------+--------+-----+-----+-----+
 *     | header | length | v0  | v1  | ... |     (values body; length is a small int)
 *     +--------+--------+-----+-----+-----+
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { copyWords } from '../heap/memory.js';
import { S, T } from './registry.js';

const TU_LENGTH = HEADER_WORDS;
const TU_ITEMS = HEADER_WORDS + 1;

/** A tuple of `n` NULL items for the caller to fill (n = 0 gives the shared empty tuple once made). */
export function allocTuple(n: number): Ref {
  if (n === 0 && S.emptyTuple !== 0) return S.emptyTuple;
  const t = allocate(T.tuple, HEADER_BYTES + 4 + n * 4, false);
  i32[(t >> 2) + TU_LENGTH] = fromSmallInt(n);
  return t;
}
export function tupleLength(t: Ref): number {
  return i32[(t >> 2) + TU_LENGTH]! >> 1;
}
/** i32 index of item 0. */
export function tupleBase(t: Ref): number {
  return (t >> 2) + TU_ITEMS;
}
export function tupleGet(t: Ref, i: number): Value {
  return i32[(t >> 2) + TU_ITEMS + i]!;
}
export function tupleSet(t: Ref, i: number, v: Value): void {
  i32[(t >> 2) + TU_ITEMS + i] = v;
}
/** A tuple of the given values (the caller keeps them rooted meanwhile: no collection runs here). */
export function newTuple(items: readonly Value[]): Ref {
  const t = allocTuple(items.length);
  const base = (t >> 2) + TU_ITEMS;
  for (let i = 0; i < items.length; i++) i32[base + i] = items[i]!;
  return t;
}
/** A tuple holding i32[from .. from + n). */
export function tupleFromWords(from: number, n: number): Ref {
  const t = allocTuple(n);
  copyWords((t >> 2) + TU_ITEMS, from, n);
  return t;
}
