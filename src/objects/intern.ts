/**
 * Interned strings: one str object per distinct text, never collected, so
 * that names (attribute names, globals, keywords) compare by address.
 *
 * The heap keeps the table (a dict str -> str in the root table, ROOT_INTERNED)
 * so that every worker agrees; each worker caches text -> address in a JS Map
 * (safe: interned strs are immortal, so an address is never reused).
 */
import { lockObject, unlockObject } from '../vm/object-lock.js';
import type { Ref } from '../heap/layout.js';
import { dictGetStr, dictSet } from './dict.js';
import { makeImmortal, newStr, setInterned, isInterned } from './str.js';
import { rootGet, ROOT_INTERNED } from './roots.js';

const cache = new Map<string, Ref>();

/** The interned str for `text`. */
export function intern(text: string): Ref {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const s = newStr(text);
  return internStr(s, text);
}

/** The interned str equal to the str `s` (s itself if it becomes the interned one). */
export function internStr(s: Ref, text?: string): Ref {
  if (isInterned(s)) return s;
  const table = rootGet(ROOT_INTERNED);
  // Find-or-insert under the table's lock: two threads interning the same text get one str.
  lockObject(table);
  try {
    const found = dictGetStr(table, s);
    if (found !== 0) {
      if (text !== undefined) cache.set(text, found);
      return found;
    }
    makeImmortal(s);
    setInterned(s);
    dictSet(table, s, s);
  } finally {
    unlockObject(table);
  }
  if (text !== undefined) cache.set(text, s);
  return s;
}

/** Forget the JS cache (a worker attaching to another heap). */
export function resetInternCache(): void {
  cache.clear();
}
