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
import { HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { dictEntriesArray, dictEntriesCount, dictFindStr, dictFoundEntries } from '../objects/dict.js';
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
 * The value of global `name` for the instruction at byte offset `offset`
 * when its entry gave no name of the module itself (runSlice checks that hit
 * in the loop: the globals' entry array and count as remembered, and the
 * remembered entry's key): a builtin the entry still vouches for (not in
 * the globals when it was made, which the same array and count say), or the
 * lookup, remembered. NULL when neither dict has it.
 */
export function loadGlobalCached(cache: Int32Array, offset: number, globals: Ref, builtins: Ref, name: Ref): Value {
  const at = (offset >> 1) * W;
  const garr = dictEntriesArray(globals);
  if (cache[at] === garr && garr !== 0 && cache[at + 1] === dictEntriesCount(globals) && cache[at + 2]! < 0) {
    const barr = dictEntriesArray(builtins);
    if (cache[at + 3] === barr && cache[at + 4] === dictEntriesCount(builtins)) {
      const bix = cache[at + 5]!;
      if (bix >= 0) {
        // The entry in the array checked (another thread may have installed a new one since).
        const e = (barr >> 2) + HEADER_WORDS + bix * 3;
        if (i32[e + 1] === name) return i32[e + 2]!;
      }
    }
  }
  // Miss: look up and remember.
  // The count is read before the lookup: if another thread adds a key meanwhile, the entry
  // remembered is older than the dict, and the next check misses.
  const gcount = dictEntriesCount(globals);
  const gix = dictFindStr(globals, name);
  const gfound = dictFoundEntries();
  cache[at] = gfound;
  cache[at + 1] = gcount;
  cache[at + 2] = gix;
  if (gix >= 0) return i32[(gfound >> 2) + HEADER_WORDS + gix * 3 + 2]!;
  const bcount = dictEntriesCount(builtins);
  const bix = dictFindStr(builtins, name);
  const bfound = dictFoundEntries();
  cache[at + 3] = bfound;
  cache[at + 4] = bcount;
  cache[at + 5] = bix;
  return bix >= 0 ? i32[(bfound >> 2) + HEADER_WORDS + bix * 3 + 2]! : NULL;
}
