/**
 * LOAD_GLOBAL's inline cache: per code object and instruction, where the
 * name was found last time, checked against the dicts before use.
 *
 * An entry remembers the globals dict's entry array, its entry count and
 * the entry number of the name (or -1 when it was not there), and the same
 * for builtins. Setting an existing key keeps the array and the count, so
 * the cached entry still holds the current value; adding or deleting a key
 * changes the count or clears the entry's key, and rebuilding the table
 * replaces the array: then the cache misses and looks the name up again.
 * The cache is JS-side data kept with the code's registers (code-registers.ts),
 * valid for one heap.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { i32 } from '../heap/memory.js';
import { dictEntriesArray, dictEntriesCount, dictEntryIndex, dictFindStr } from '../objects/dict.js';
import { GLOBAL_CACHE_WORDS, forEachCodeRegisters } from './code-registers.js';

/** Words per cached instruction: globals array, globals count, globals entry, builtins array, count, entry. */
const W = GLOBAL_CACHE_WORDS;

/**
 * Forget every cached position (after a collection: a freed entry array's
 * address may be reused). Arrays are zeroed in place because running frames
 * hold them.
 */
export function invalidateGlobalCaches(): void {
  forEachCodeRegisters((r) => r.globalCache.fill(0));
}

/**
 * The value of global `name` for the instruction at byte offset `offset`,
 * or NULL when neither dict has it.
 */
export function loadGlobalCached(cache: Int32Array, offset: number, globals: Ref, builtins: Ref, name: Ref): Value {
  const at = (offset >> 1) * W;
  const heap = i32;
  const garr = dictEntriesArray(globals);
  if (cache[at] === garr && garr !== 0 && cache[at + 1] === dictEntriesCount(globals)) {
    const gix = cache[at + 2]!;
    if (gix >= 0) {
      const e = dictEntryIndex(globals, gix);
      if (heap[e + 1] === name) return heap[e + 2]!;
    } else {
      const barr = dictEntriesArray(builtins);
      if (cache[at + 3] === barr && cache[at + 4] === dictEntriesCount(builtins)) {
        const bix = cache[at + 5]!;
        if (bix >= 0) {
          const e = dictEntryIndex(builtins, bix);
          if (heap[e + 1] === name) return heap[e + 2]!;
        }
      }
    }
  }
  // Miss: look up and remember.
  const gix = dictFindStr(globals, name);
  cache[at] = dictEntriesArray(globals);
  cache[at + 1] = dictEntriesCount(globals);
  cache[at + 2] = gix;
  if (gix >= 0) return heap[dictEntryIndex(globals, gix) + 2]!;
  const bix = dictFindStr(builtins, name);
  cache[at + 3] = dictEntriesArray(builtins);
  cache[at + 4] = dictEntriesCount(builtins);
  cache[at + 5] = bix;
  return bix >= 0 ? heap[dictEntryIndex(builtins, bix) + 2]! : NULL;
}
