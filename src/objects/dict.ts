/**
 * dict objects: insertion-ordered hash tables, laid out as CPython's
 * "compact dict": a sparse index table pointing into a dense entry array.
 *
 *     dict body (values):  | used | nentries | indices | entries |
 *       used       small int: live items
 *       nentries   small int: entries written, deleted ones included
 *       indices    rawarray of int32 (size a power of two): EMPTY, DUMMY or an entry number
 *       entries    valuearray of 3 words per entry: | hash | key | value |
 *                  hash is the key's hash reduced to a small int; a deleted entry has key NULL
 *
 * Keys are compared by identity first, then (str keys) by content, then by
 * Python's __eq__ (src/vm/abstract.ts), which may run Python code: the
 * lookups re-read the table after every such call.
 *
 * Helpers for the interpreter (the dict itself must be rooted while keys are
 * hashed or compared, since __hash__/__eq__ may run Python code):
 *   dictFromWords(w, n)             BUILD_MAP: n key/value pairs at i32[w ..]
 *   dictFromKeysValues(keys, w, n)  BUILD_CONST_KEY_MAP
 *   dictCopy(d)                     a copy without hashing or comparing
 * dict-methods.ts has dictUpdateArg / dictMergeFrom (DICT_UPDATE, DICT_MERGE
 * through op hooks), dict-views.ts the views.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { hashValue, richEq } from '../vm/abstract.js';
import { exactHashLo } from './hash-wide.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { freeThreading, lockObject, stampNew, unlockObject } from '../vm/object-lock.js';
import { newRawArrayFilled, newValueArray, rawArrayData, rawArrayLength, valueArrayCapacity } from './arrays.js';
import { onLayouts } from './bootstrap-hooks.js';
import { T } from './registry.js';
import { strEquals, strHash } from './str.js';
import { isSubtype } from './typecheck.js';
import { tupleBase, tupleLength } from './tuple.js';
import { hashWordsToHalves, tupleHashLo } from './tuple-hash.js';
import { TP_BASIC, setField } from './typeobject.js';

const D_USED = HEADER_WORDS;
const D_NENTRIES = HEADER_WORDS + 1;
const D_INDICES = HEADER_WORDS + 2;
const D_ENTRIES = HEADER_WORDS + 3;
/**
 * A summary of the hashes of every key ever added (deletions leave their bit): bit 1 + h % 30
 * for a key of hash h, bit 0 set so that the collector sees a small int. A read whose key's bit
 * is clear knows the key is absent without probing (lookupToRead): a method call's check that
 * the instance's dict does not shadow the method (attr-cache.ts) was 4% of deltablue.py, and a
 * builtin's name is looked up in the module's globals first.
 */
const D_KEYMASK = HEADER_WORDS + 4;
export const DICT_BODY_WORDS = 5;

function keyBit(h: number): number {
  return 2 << h % 30;
}

/** The position of str `key`'s bit in a key summary (keyBit's), for a cache to keep. */
export function strKeyBitPosition(key: Ref): number {
  return 1 + (hashToSmall(strHash(key)) % 30);
}

/** False when `d` surely has no key whose summary bit is at `position` (strKeyBitPosition). */
export function dictMayHaveKeyAt(d: Ref, position: number): boolean {
  return (i32[(d >> 2) + D_KEYMASK]! & (1 << position)) !== 0;
}

onLayouts(() => {
  setField(T.dict, TP_BASIC, fromSmallInt(DICT_BODY_WORDS));
});

const EMPTY = -1;
const DUMMY = -2;
const MIN_SIZE = 8;

/**
 * Reduce a Python hash (a JS integer, as a `hash` slot has just returned it) to the small int
 * kept in an entry. A hash past 2**53 (most tuples' and many floats') is a rounded double whose
 * low bits are zeros: its exact low bits are taken instead (hash-wide.ts), or such keys would
 * all start their probes in the same few slots.
 */
export function hashToSmall(h: number): number {
  return (Number.isSafeInteger(h) ? h | 0 : exactHashLo(h)) & 0x3fffffff;
}

export function newDict(capacity = 0): Ref {
  const d = allocate(T.dict, HEADER_BYTES + DICT_BODY_WORDS * 4, false);
  initDict(d, capacity);
  stampNew(d);
  return d;
}

/** Give a freshly allocated object with a dict body (a dict or a dict subclass instance) its tables. */
export function initDict(d: Ref, capacity: number): void {
  setTables(d, capacity, false);
}

/**
 * Empty tables for `capacity` items. A dict that other threads may already see (`published`,
 * in free-threading mode) gets them as resize does: the index table first, then the entry array (lookup reads them the
 * other way), each with a sequentially consistent store. A new one gets plain stores: nothing
 * reads it yet, and the two Atomics.store (each a full barrier on x86, waiting for the
 * allocation's stores to drain) were 5% of making an instance with one attribute.
 */
function setTables(d: Ref, capacity: number, published: boolean): void {
  let size = MIN_SIZE;
  while (size * 2 < capacity * 3) size <<= 1;
  const w = d >> 2;
  i32[w + D_USED] = fromSmallInt(0);
  i32[w + D_NENTRIES] = fromSmallInt(0);
  i32[w + D_KEYMASK] = 1;
  const indices = newRawArrayFilled(size, EMPTY);
  const entries = newValueArray(((size * 2) / 3) * 3);
  if (published && freeThreading()) {
    Atomics.store(i32, w + D_INDICES, indices);
    Atomics.store(i32, w + D_ENTRIES, entries);
  } else {
    i32[w + D_INDICES] = indices;
    i32[w + D_ENTRIES] = entries;
  }
}

export function dictSize(d: Ref): number {
  return i32[(d >> 2) + D_USED]! >> 1;
}
/** The entry array (a valuearray): replaced whenever the table is rebuilt. */
export function dictEntriesArray(d: Ref): Ref {
  return i32[(d >> 2) + D_ENTRIES]!;
}
/**
 * The entry number of str `key` in d, or -1 (a global-name lookup that a
 * cache can remember with the entry array it was found in).
 */
export function dictFindStr(d: Ref, key: Ref): number {
  return lookupToRead(d, key, hashToSmall(strHash(key)));
}
export function dictEntriesCount(d: Ref): number {
  return i32[(d >> 2) + D_NENTRIES]! >> 1;
}
/**
 * i32 index of entry `k`'s first word in d's entry array, or -1 when k is past
 * it: for a reader holding no lock (a cache's hint), whose k may be older than
 * the array another thread just installed.
 */
export function dictEntryAt(d: Ref, k: number): number {
  const entries = freeThreading() ? Atomics.load(i32, (d >> 2) + D_ENTRIES) : i32[(d >> 2) + D_ENTRIES]!;
  if (k < 0 || k * 3 + 2 >= valueArrayCapacity(entries)) return -1;
  return (entries >> 2) + HEADER_WORDS + k * 3;
}
/** i32 index of entry `k`'s first word (hash); key at +1, value at +2. */
export function dictEntryIndex(d: Ref, k: number): number {
  return (i32[(d >> 2) + D_ENTRIES]! >> 2) + HEADER_WORDS + k * 3;
}

function keysEqual(stored: Value, key: Value, keyIsStr: boolean): boolean {
  if (stored === key) return true;
  if (keyIsStr && (stored & 1) === 0 && i32[stored >> 2] === T.str) return strEquals(stored, key);
  if (((stored | key) & 1) === 0 && i32[stored >> 2] === T.tuple && i32[key >> 2] === T.tuple && sameItems(stored, key)) {
    return true;
  }
  return richEq(stored, key);
}

/**
 * Two exact tuples whose items are the same objects or equal small ints (a tuple key built
 * anew, `d[x, y]`): equal without the comparison protocol, as tuple == would find item by item
 * (its identity test comes first). False means "compare them properly", not "unequal".
 */
function sameItems(a: Ref, b: Ref): boolean {
  const n = tupleLength(a);
  if (tupleLength(b) !== n) return false;
  const pa = tupleBase(a);
  const pb = tupleBase(b);
  for (let i = 0; i < n; i++) if (i32[pa + i] !== i32[pb + i]) return false;
  return true;
}

/**
 * Find `key` (with hash `h`): returns the entry number, or -1. `slotOut[0]`
 * receives the index-table slot where the key is or would go, `foundIn` the
 * entry array the number is for.
 *
 * Readers take no lock (free-threading mode, as CPython's lock-free dict
 * reads): a writer holding the dict's lock may rebuild the tables meanwhile.
 * It publishes the index table, then the entry array; this reads the entry
 * array, then the index table, and at the end checks that neither changed,
 * starting over if one did. Arrays a writer replaced stay valid until the next
 * collection, which cannot run in the middle of this (only Python code called
 * from here can reach a safepoint, and the check after it notices the change).
 * An entry number past the entry array found is such a change too.
 */
const slotOut = new Int32Array(1);
let foundIn: Ref = NULL;
function lookup(d: Ref, key: Value, h: number): number {
  const w = d >> 2;
  // Free-threading mode: read the tables in order and check them (Atomics); under the GIL
  // nobody else writes meanwhile, and plain reads cost a fraction.
  const checked = freeThreading();
  for (;;) {
    // Plain reads: the probe depends on their values, and the check at the end (Atomics, which
    // the compiler neither moves nor merges) sees any rebuild that happened since.
    const entries = i32[w + D_ENTRIES]!;
    const indices = i32[w + D_INDICES]!;
    const mask = (rawArrayLength(indices) >> 2) - 1;
    const data = rawArrayData(indices) >> 2;
    const limit = valueArrayCapacity(entries);
    const keyIsStr = (key & 1) === 0 && i32[key >> 2] === T.str;
    let perturb = h;
    let i = h & mask;
    let freeSlot = -1;
    let restart = false;
    for (;;) {
      const ix = i32[data + i]!;
      if (ix === EMPTY) {
        if (checked && tablesChanged(w, entries, indices)) {
          restart = true;
          break;
        }
        slotOut[0] = freeSlot >= 0 ? freeSlot : i;
        foundIn = entries;
        return -1;
      }
      if (ix === DUMMY) {
        if (freeSlot < 0) freeSlot = i;
      } else if (ix * 3 + 2 >= limit) {
        restart = true; // an index table newer than the entry array read
        break;
      } else {
        const e = (entries >> 2) + HEADER_WORDS + ix * 3;
        const stored = i32[e + 1]!;
        if (stored === key) {
          if (checked && tablesChanged(w, entries, indices)) {
            restart = true;
            break;
          }
          slotOut[0] = i;
          foundIn = entries;
          return ix;
        }
        if (i32[e]! >> 1 === h && stored !== NULL) {
          if (keyIsStr && (stored & 1) === 0 && i32[stored >> 2] === T.str) {
            if (strEquals(stored, key)) {
              if (checked && tablesChanged(w, entries, indices)) {
                restart = true;
                break;
              }
              slotOut[0] = i;
              foundIn = entries;
              return ix;
            }
          } else {
            const eq = keysEqual(stored, key, keyIsStr);
            // __eq__ may have changed the dict: start over if so.
            if (i32[w + D_INDICES] !== indices || i32[w + D_ENTRIES] !== entries || i32[e + 1] !== stored) {
              restart = true;
              break;
            }
            if (eq) {
              slotOut[0] = i;
              foundIn = entries;
              return ix;
            }
          }
        }
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (!restart) return -1;
  }
}

/** The small hash (hashToSmall's) of `key`; may run Python code (a `__hash__`). */
export function keyHash(key: Value): number {
  if ((key & 1) === 0) {
    const t = i32[key >> 2];
    if (t === T.str) return hashToSmall(strHash(key));
    if (t === T.tuple) {
      // Exact tuples without their hash as a number (see hashWordsToHalves).
      hashWordsToHalves(tupleBase(key), tupleLength(key));
      return tupleHashLo() & 0x3fffffff;
    }
  }
  return hashToSmall(hashValue(key));
}

/** Has another thread replaced d's tables since `entries` and `indices` were read? (w: d's word index) */
function tablesChanged(w: number, entries: Ref, indices: Ref): boolean {
  return Atomics.load(i32, w + D_ENTRIES) !== entries || Atomics.load(i32, w + D_INDICES) !== indices;
}

/** The entry array of the last lookup's result (dictFindStr's entry number is for it). */
export function dictFoundEntries(): Ref {
  return foundIn;
}

/**
 * lookup for a reader (no insertion follows, so slotOut is not needed): -1 at once when the key
 * summary has no bit for `h`, with foundIn the dict's entry array as lookup would leave it (the
 * LOAD_GLOBAL cache remembers a miss by it). The summary's bit is set before an entry is
 * published, so a lock-free reader that could find the key sees the bit.
 */
function lookupToRead(d: Ref, key: Value, h: number): number {
  const w = d >> 2;
  if ((i32[w + D_KEYMASK]! & keyBit(h)) === 0) {
    foundIn = i32[w + D_ENTRIES]!;
    return -1;
  }
  return lookup(d, key, h);
}

/** Entry k's value in the entry array the last lookup found it in (not the dict's current one, which another thread may have replaced). */
function foundValue(ix: number): Value {
  return ix < 0 ? NULL : i32[(foundIn >> 2) + HEADER_WORDS + ix * 3 + 2]!;
}

/** The value for `key`, or NULL (NULL too for an entry another thread is deleting). */
export function dictGet(d: Ref, key: Value): Value {
  return foundValue(lookupToRead(d, key, keyHash(key)));
}

/** Lookup by a str key (no Python code can run). */
export function dictGetStr(d: Ref, key: Ref): Value {
  return foundValue(lookupToRead(d, key, hashToSmall(strHash(key))));
}

export function dictSet(d: Ref, key: Value, value: Value): void {
  dictSetHashed(d, key, keyHash(key), value);
}

/** d[key] = value, `h` being key's hash (as hashToSmall gives). Atomic: under d's lock. */
export function dictSetHashed(d: Ref, key: Value, h: number, value: Value): void {
  // Under the GIL: no lock, and no try/finally around the commonest write.
  if (!freeThreading()) {
    setLocked(d, key, h, value);
    return;
  }
  lockObject(d);
  try {
    setLocked(d, key, h, value);
  } finally {
    unlockObject(d);
  }
}

function setLocked(d: Ref, key: Value, h: number, value: Value): void {
  const ix = lookup(d, key, h);
  if (ix >= 0) {
    i32[dictEntryIndex(d, ix) + 2] = value;
    return;
  }
  const w = d >> 2;
  let n = i32[w + D_NENTRIES]! >> 1;
  if ((n + 1) * 3 > valueArrayCapacity(i32[w + D_ENTRIES]!)) {
    resize(d, (i32[w + D_USED]! >> 1) + 1);
    lookup(d, key, h);
    n = i32[w + D_NENTRIES]! >> 1;
  }
  appendEntry(d, n, slotOut[0]!, h, key, value);
}

/**
 * Entry n of d becomes (key, hash h, value), published at index-table slot `slot`: the insertion
 * of setLocked and of dictAppendAbsentStr.
 */
function appendEntry(d: Ref, n: number, slot: number, h: number, key: Value, value: Value): void {
  const w = d >> 2;
  const e = dictEntryIndex(d, n);
  i32[e] = fromSmallInt(h);
  i32[e + 1] = key;
  i32[e + 2] = value;
  // Before the entry is published: a reader that can find the key sees its bit.
  i32[w + D_KEYMASK] |= keyBit(h);
  // Published last, with a store that keeps the entry's words before it (lock-free readers).
  const at = (rawArrayData(i32[w + D_INDICES]!) >> 2) + slot;
  if (freeThreading()) Atomics.store(i32, at, n);
  else i32[at] = n;
  i32[w + D_NENTRIES] = fromSmallInt(n + 1);
  i32[w + D_USED] = fromSmallInt((i32[w + D_USED]! >> 1) + 1);
}

/** The first slot of hash h's probe sequence in index table `data` (an i32 index; mask: its size - 1) that holds no entry. */
function freeSlot(data: number, mask: number, h: number): number {
  let perturb = h;
  let i = h & mask;
  while (i32[data + i] !== EMPTY && i32[data + i] !== DUMMY) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/**
 * d[key] = value for a str `key` that d's key summary shows absent (no entry ever had a hash
 * with its bit): the entry appended without a lookup, into the first free slot of the key's
 * probe sequence, as setLocked would. Under the GIL only. False (nothing done) when the summary
 * has the bit or the entry array is full: the caller then sets the key generically. For a new
 * instance's first store of each attribute (STORE_ATTR's cache), where the lookup and the calls
 * around it were most of the store.
 */
export function dictAppendAbsentStr(d: Ref, key: Ref, value: Value): boolean {
  const w = d >> 2;
  const h = hashToSmall(strHash(key));
  if ((i32[w + D_KEYMASK]! & keyBit(h)) !== 0) return false;
  const n = i32[w + D_NENTRIES]! >> 1;
  if ((n + 1) * 3 > valueArrayCapacity(i32[w + D_ENTRIES]!)) return false;
  const indices = i32[w + D_INDICES]!;
  appendEntry(d, n, freeSlot(rawArrayData(indices) >> 2, (rawArrayLength(indices) >> 2) - 1, h), h, key, value);
  return true;
}

/** Remove `key`; returns its value, or NULL if it was not there. */
export function dictDel(d: Ref, key: Value): Value {
  const h = keyHash(key);
  if (!freeThreading()) return delLocked(d, key, h);
  lockObject(d);
  try {
    return delLocked(d, key, h);
  } finally {
    unlockObject(d);
  }
}

function delLocked(d: Ref, key: Value, h: number): Value {
  const ix = lookup(d, key, h);
  if (ix < 0) return NULL;
  const w = d >> 2;
  const e = dictEntryIndex(d, ix);
  const old = i32[e + 2]!;
  i32[e + 1] = NULL;
  i32[e + 2] = NULL;
  i32[(rawArrayData(i32[w + D_INDICES]!) >> 2) + slotOut[0]!] = DUMMY;
  i32[w + D_USED] = fromSmallInt((i32[w + D_USED]! >> 1) - 1);
  return old;
}

export function dictClear(d: Ref): void {
  lockObject(d);
  try {
    setTables(d, 0, true);
  } finally {
    unlockObject(d);
  }
}

/** Rebuild the tables for `need` items, dropping deleted entries. */
function resize(d: Ref, need: number): void {
  const w = d >> 2;
  const oldEntries = i32[w + D_ENTRIES]!;
  const n = i32[w + D_NENTRIES]! >> 1;
  let size = MIN_SIZE;
  while (size * 2 < need * 2 * 3) size <<= 1;
  const indices = newRawArrayFilled(size, EMPTY);
  const data = rawArrayData(indices) >> 2;
  const entries = newValueArray(((size * 2) / 3) * 3);
  const mask = size - 1;
  let k = 0;
  const src = (oldEntries >> 2) + HEADER_WORDS;
  const dst = (entries >> 2) + HEADER_WORDS;
  for (let j = 0; j < n; j++) {
    const key = i32[src + j * 3 + 1]!;
    if (key === NULL) continue;
    i32[dst + k * 3] = i32[src + j * 3]!;
    i32[dst + k * 3 + 1] = key;
    i32[dst + k * 3 + 2] = i32[src + j * 3 + 2]!;
    i32[data + freeSlot(data, mask, i32[src + j * 3]! >> 1)] = k;
    k++;
  }
  // The index table first, then the entry array (lookup's order of reading is the reverse), with
  // barriers where lock-free readers on other threads may look (under the GIL none can).
  if (freeThreading()) {
    Atomics.store(i32, w + D_INDICES, indices);
    Atomics.store(i32, w + D_ENTRIES, entries);
  } else {
    i32[w + D_INDICES] = indices;
    i32[w + D_ENTRIES] = entries;
  }
  i32[w + D_NENTRIES] = fromSmallInt(k);
}

/**
 * Iterate: returns the next entry number >= `from` that holds an item, or -1.
 * Use with dictEntryIndex to read the key (+1) and value (+2).
 */
export function dictNextEntry(d: Ref, from: number): number {
  const n = i32[(d >> 2) + D_NENTRIES]! >> 1;
  for (let k = from; k < n; k++) {
    if (i32[dictEntryIndex(d, k) + 1] !== NULL) return k;
  }
  return -1;
}

// ---- more helpers (the containers module) ----------------------------------------------------------

/** A dict or an instance of a subclass of dict. */
export function isDictLike(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  const t = i32[v >> 2]!;
  return t === T.dict || isSubtype(t, T.dict);
}
export function isExactDict(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && i32[v >> 2] === T.dict;
}

/** The stored (small) hash of entry k. */
export function dictEntryHash(d: Ref, k: number): number {
  return i32[dictEntryIndex(d, k)]! >> 1;
}

/** Remove entry k (a live entry): its index slot becomes DUMMY. The caller holds d's lock (free-threading mode). */
export function dictDelEntry(d: Ref, k: number): void {
  const w = d >> 2;
  const e = dictEntryIndex(d, k);
  const h = i32[e]! >> 1;
  const indices = i32[w + D_INDICES]!;
  const mask = (rawArrayLength(indices) >> 2) - 1;
  const data = rawArrayData(indices) >> 2;
  let perturb = h;
  let i = h & mask;
  while (i32[data + i] !== k) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  i32[data + i] = DUMMY;
  i32[e + 1] = NULL;
  i32[e + 2] = NULL;
  i32[w + D_USED] = fromSmallInt((i32[w + D_USED]! >> 1) - 1);
}

/** The last live entry number, or -1 (for popitem). */
export function dictLastEntry(d: Ref): number {
  for (let k = dictEntriesCount(d) - 1; k >= 0; k--) if (i32[dictEntryIndex(d, k) + 1] !== NULL) return k;
  return -1;
}

/** After removing the last entries (popitem), forget the trailing deleted ones so they are reused. */
export function dictTrimEntries(d: Ref): void {
  let n = dictEntriesCount(d);
  while (n > 0 && i32[dictEntryIndex(d, n - 1) + 1] === NULL) n--;
  // No index slot refers to a deleted entry (they are DUMMY), so the tail can simply be reused.
  i32[(d >> 2) + D_NENTRIES] = fromSmallInt(n);
}

/** A new exact dict with the items of `src` (a dict), in order; no key is hashed or compared. */
export function dictCopy(src: Ref): Ref {
  lockObject(src);
  try {
    return copyLocked(src);
  } finally {
    unlockObject(src);
  }
}

function copyLocked(src: Ref): Ref {
  const n = dictSize(src);
  const d = newDict(n);
  const w = d >> 2;
  const indices = i32[w + D_INDICES]!;
  const mask = (rawArrayLength(indices) >> 2) - 1;
  const data = rawArrayData(indices) >> 2;
  let k = 0;
  for (let j = dictNextEntry(src, 0); j >= 0; j = dictNextEntry(src, j + 1)) {
    const from = dictEntryIndex(src, j);
    const to = dictEntryIndex(d, k);
    i32[to] = i32[from]!;
    i32[to + 1] = i32[from + 1]!;
    i32[to + 2] = i32[from + 2]!;
    i32[data + freeSlot(data, mask, i32[from]! >> 1)] = k;
    k++;
  }
  i32[w + D_NENTRIES] = fromSmallInt(k);
  i32[w + D_USED] = fromSmallInt(k);
  i32[w + D_KEYMASK] = i32[(src >> 2) + D_KEYMASK]!;
  return d;
}

/**
 * BUILD_MAP: a dict of the pairs i32[from], i32[from + 1], ... (n pairs).
 * Hashing keys may run Python code: the words must be rooted (they are, on
 * the value stack).
 */
export function dictFromWords(from: number, n: number): Ref {
  const d = newDict(n);
  const mark = handleCount();
  try {
    pushHandle(d);
    for (let k = 0; k < n; k++) dictSet(d, i32[from + 2 * k]!, i32[from + 2 * k + 1]!);
  } finally {
    releaseHandles(mark);
  }
  return d;
}

/** BUILD_CONST_KEY_MAP: keys from the tuple `keys`, values i32[from .. from + n). */
export function dictFromKeysValues(keys: Ref, from: number, n: number): Ref {
  const d = newDict(n);
  const mark = handleCount();
  try {
    pushHandle(d);
    for (let k = 0; k < n; k++) dictSet(d, i32[tupleBase(keys) + k]!, i32[from + k]!);
  } finally {
    releaseHandles(mark);
  }
  return d;
}
