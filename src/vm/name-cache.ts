/**
 * LOAD_NAME and STORE_NAME (module and class bodies, exec) with an entry
 * hint per instruction, as attr-cache.ts's KIND_DICT: the number of the dict
 * entry where the name was last found, checked against the entry's key
 * before use. A hit reads or overwrites the value in place, with no hashing
 * and no probe; anything else (no hint yet, the entry gone or moved, a name
 * absent from the locals, locals that are not an exact dict) takes the
 * generic instruction in ops.ts. Module-level loops run these two for every
 * variable they touch (strings_dicts.py: 2.4 million), at about 60 ns each
 * through a full dict operation.
 *
 * The hint lives in word 0 of the instruction's attribute-cache entry (see
 * code-registers.ts), as entry number + 1; 0 means none; word 1 counts
 * misses. It holds no address, so a collection cannot make it dangerous,
 * only stale.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictEntriesCount, dictEntryAt, dictFindStr } from '../objects/dict.js';
import { lockObject, unlockObject } from './object-lock.js';
import { T } from '../objects/registry.js';

/** The i32 index of `name`'s entry in `locals` where the hint says, or -1. */
function hintedEntry(cache: Int32Array, at: number, locals: Ref, name: Ref): number {
  const k = cache[at]! - 1;
  if (k < 0 || k >= dictEntriesCount(locals)) return -1;
  const e = dictEntryAt(locals, k);
  return e >= 0 && i32[e + 1] === name ? e : -1;
}

/**
 * Remember where `name` is in `locals`. Word 1 counts the lookups that did
 * not find it there (a builtin's name at module level): after a few, this
 * instruction stops looking, and only the generic instruction runs.
 */
function learn(cache: Int32Array, at: number, locals: Ref, name: Ref): void {
  if (cache[at + 1]! >= MAX_MISSES) return;
  const k = dictFindStr(locals, name);
  cache[at] = k + 1;
  if (k < 0) cache[at + 1]!++;
}
const MAX_MISSES = 4;

/**
 * `name` from `locals` (an exact dict), or NULL when the hint does not
 * apply: then the generic LOAD_NAME runs, and this instruction learns the
 * entry for the next time if the name is in `locals`.
 */
export function loadNameCached(cache: Int32Array, at: number, locals: Ref, name: Ref): Value {
  if (locals === NULL || i32[locals >> 2] !== T.dict) return NULL;
  const e = hintedEntry(cache, at, locals, name);
  if (e >= 0) return i32[e + 2]!;
  learn(cache, at, locals, name);
  return NULL;
}

/**
 * Overwrite `name`'s value in `locals` (an exact dict) where the hint says:
 * true if done. False: the generic STORE_NAME must run (it inserts or
 * finds the entry, which the next execution learns here).
 */
export function storeNameCached(cache: Int32Array, at: number, locals: Ref, name: Ref, v: Value): boolean {
  if (locals === NULL || i32[locals >> 2] !== T.dict) return false;
  lockObject(locals);
  try {
    const e = hintedEntry(cache, at, locals, name);
    if (e >= 0) {
      i32[e + 2] = v;
      return true;
    }
  } finally {
    unlockObject(locals);
  }
  learn(cache, at, locals, name);
  return false;
}
