/**
 * set and frozenset objects: CPython's open-addressing hash table (linear
 * probes of 9, then perturbed probing), with the same sizes, resize points,
 * and merge/insert order, so that a set of ints iterates and prints in
 * CPython's order.
 *
 *     set body (values):
 *     +--------+------+------+------+--------+--------+------+--------+
 *     | header | used | fill | mask | finger | hashed | keys | hashes |
 *     +--------+------+------+------+--------+--------+------+--------+
 *
 *   used    small int: live keys
 *   fill    small int: live keys + dummies (deleted slots)
 *   mask    small int: table size - 1 (size a power of two, at least 8)
 *   finger  small int: where set.pop() looks next
 *   hashed  small int: 1 when `hashes` holds the frozenset's cached hash
 *   keys    valuearray of mask + 1 slots: a key, or NULL (unused or dummy)
 *   hashes  rawarray of (mask + 1) * 2 int32 (each slot's 64-bit hash, low word
 *           first) + 8 bytes: the cached frozenset hash (int32 halves, low first)
 *
 * A slot is unused when its key is NULL and its hash 0, a dummy when its key
 * is NULL and its hash -1 (no real hash is -1). Hashes are the exact 64-bit
 * Python hash (read with exactHashLo/Hi right after the `hash` slot returns,
 * since its number is rounded past 2**53), cached so that resizing and
 * merging never hash again; slot and perturbation come from all 64 bits as
 * in CPython, so sets of tuples, floats and big ints iterate in its order.
 * The *Hashed operations take a hash as int32 halves (lo, hi), never as a
 * number.
 *
 * Helpers: newSet(), newFrozenSet(), setAdd(s, v), setContains, setDiscard,
 * setUpdate(s, iterable), setClear, setNextSlot/setKeyAt for iteration.
 */
import { lockPair, stampNew, unlockPair } from '../vm/object-lock.js';
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { getIter, hashValue, iterNext, richEq } from '../vm/abstract.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { newRawArray, newValueArray, rawArrayData } from './arrays.js';
import { onLayouts } from './bootstrap-hooks.js';
import { exactHashHi, exactHashLo, wideHashHalves } from './hash-wide.js';
import { dictEntryIndex, dictNextEntry, dictSize } from './dict.js';
import { T } from './registry.js';
import { strEquals } from './str.js';
import { tupleBase, tupleLength } from './tuple.js';
import { hashWordsToHalves, tupleHashHi, tupleHashLo } from './tuple-hash.js';
import { isSubtype } from './typecheck.js';
import { TP_BASIC, setField } from './typeobject.js';

const ST_USED = HEADER_WORDS;
const ST_FILL = HEADER_WORDS + 1;
const ST_MASK = HEADER_WORDS + 2;
const ST_FINGER = HEADER_WORDS + 3;
const ST_HASHED = HEADER_WORDS + 4;
const ST_KEYS = HEADER_WORDS + 5;
const ST_HASHES = HEADER_WORDS + 6;
export const SET_BODY_WORDS = 7;

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const TWO32 = 4294967296;

onLayouts(() => {
  setField(T.set, TP_BASIC, fromSmallInt(SET_BODY_WORDS));
  setField(T.frozenset, TP_BASIC, fromSmallInt(SET_BODY_WORDS));
});

// ---- layout access ---------------------------------------------------------------------------------

export function setSize(s: Ref): number {
  return i32[(s >> 2) + ST_USED]! >> 1;
}
function fill(s: Ref): number {
  return i32[(s >> 2) + ST_FILL]! >> 1;
}
/** Live keys plus dummies. */
export function setFillCount(s: Ref): number {
  return fill(s);
}
export function setMask(s: Ref): number {
  return i32[(s >> 2) + ST_MASK]! >> 1;
}
function setUsed(s: Ref, n: number): void {
  i32[(s >> 2) + ST_USED] = fromSmallInt(n);
}
function setFill(s: Ref, n: number): void {
  i32[(s >> 2) + ST_FILL] = fromSmallInt(n);
}
function keysBase(s: Ref): number {
  return (i32[(s >> 2) + ST_KEYS]! >> 2) + HEADER_WORDS;
}
function hashBase(s: Ref): number {
  return rawArrayData(i32[(s >> 2) + ST_HASHES]!) >> 2;
}
/** The key in slot i (NULL if unused or a dummy). */
export function setKeyAt(s: Ref, i: number): Value {
  return i32[keysBase(s) + i]!;
}
/** The low int32 half of slot i's hash. */
export function setHashLoAt(s: Ref, i: number): number {
  return i32[hashBase(s) + 2 * i]!;
}
/** The high int32 half of slot i's hash. */
export function setHashHiAt(s: Ref, i: number): number {
  return i32[hashBase(s) + 2 * i + 1]!;
}
/** The table's storage, for iterators that must notice a rebuilt table. */
export function setKeysArray(s: Ref): Ref {
  return i32[(s >> 2) + ST_KEYS]!;
}

export function isAnySet(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  const t = i32[v >> 2]!;
  return t === T.set || t === T.frozenset || isSubtype(t, T.set) || isSubtype(t, T.frozenset);
}
export function isFrozenSetLike(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  const t = i32[v >> 2]!;
  return t === T.frozenset || isSubtype(t, T.frozenset);
}

function newTable(s: Ref, size: number): void {
  const w = s >> 2;
  i32[w + ST_KEYS] = newValueArray(size);
  i32[w + ST_HASHES] = newRawArray(size * 8 + 8);
  i32[w + ST_MASK] = fromSmallInt(size - 1);
}

/** Give a freshly allocated set body its empty table. */
export function initSet(s: Ref): void {
  const w = s >> 2;
  i32[w + ST_USED] = fromSmallInt(0);
  i32[w + ST_FILL] = fromSmallInt(0);
  i32[w + ST_FINGER] = fromSmallInt(0);
  i32[w + ST_HASHED] = fromSmallInt(0);
  newTable(s, MINSIZE);
}

export function newSetOfType(type: Ref): Ref {
  const s = allocate(type, HEADER_BYTES + SET_BODY_WORDS * 4, false);
  initSet(s);
  stampNew(s);
  return s;
}
export function newSet(): Ref {
  return newSetOfType(T.set);
}
export function newFrozenSet(): Ref {
  return newSetOfType(T.frozenset);
}

// ---- hashing helpers ----------------------------------------------------------------------------------

let hLo = 0;
let hHi = 0;
/**
 * Put the exact hash of `key` in hLo/hHi (int32 halves). Callers pass them on
 * at once, before any Python code can run and hash something else.
 */
function hashKey(key: Value): void {
  if ((key & 1) === 0 && i32[key >> 2] === T.tuple) {
    // Exact tuples without their hash as a number (see hashWordsToHalves).
    hashWordsToHalves(tupleBase(key), tupleLength(key));
    hLo = tupleHashLo();
    hHi = tupleHashHi();
    return;
  }
  let h = hashValue(key);
  if (Number.isSafeInteger(h)) {
    if (h === -1) h = -2;
    hLo = h | 0;
    hHi = Math.floor(h / TWO32) | 0;
  } else {
    hLo = exactHashLo(h);
    hHi = exactHashHi(h);
  }
}

// ---- probing ------------------------------------------------------------------------------------------

/**
 * Find `key` (hash lo:hi): its slot, or -1 - (the first unused slot met).
 * Comparisons may run Python code; the probe restarts if the table changed.
 */
function lookup(s: Ref, key: Value, lo: number, hi: number): number {
  const keyIsStr = (key & 1) === 0 && i32[key >> 2] === T.str;
  restart: for (;;) {
    const keys = i32[(s >> 2) + ST_KEYS]!;
    const mask = setMask(s);
    const kb = (keys >> 2) + HEADER_WORDS;
    const hb = hashBase(s);
    let i = lo & mask;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        // The key first, as CPython's set_lookkey: the hash words are read only for an empty slot
        // (unused or dummy) or a key that is not this one, and not when both are small ints, which
        // are equal only when identical (a set of ints probes without its hashes).
        const k = i32[kb + j]!;
        if (k === key) return j;
        if (k === NULL) {
          if (i32[hb + 2 * j] === 0 && i32[hb + 2 * j + 1] === 0) return -1 - j;
        } else if ((k & key & 1) === 0 && i32[hb + 2 * j] === lo && i32[hb + 2 * j + 1] === hi) {
          if (keyIsStr && (k & 1) === 0 && i32[k >> 2] === T.str) {
            if (strEquals(k, key)) return j;
          } else {
            const eq = richEq(k, key);
            if (i32[(s >> 2) + ST_KEYS] !== keys || setKeyAt(s, j) !== k) continue restart;
            if (eq) return j;
          }
        }
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_insert_clean into the current table (no comparisons, no dummies present). */
function insertClean(s: Ref, key: Value, lo: number, hi: number): void {
  const mask = setMask(s);
  const kb = keysBase(s);
  const hb = hashBase(s);
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    if (i32[kb + i] === NULL) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (i32[kb + i + j] === NULL) {
          found = i + j;
          break;
        }
      }
    }
    if (found >= 0) {
      i = found;
      break;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  i32[kb + i] = key;
  i32[hb + 2 * i] = lo;
  i32[hb + 2 * i + 1] = hi;
}

/** set_table_resize: a table of the smallest power of two > minused, live keys reinserted in slot order. */
function resize(s: Ref, minused: number): void {
  let size = MINSIZE;
  while (size <= minused) size <<= 1;
  const oldMask = setMask(s);
  if (size === MINSIZE && oldMask === MINSIZE - 1 && fill(s) === setSize(s)) return;
  const oldKeys = keysBase(s);
  const oldHashes = hashBase(s);
  newTable(s, size);
  for (let i = 0; i <= oldMask; i++) {
    const k = i32[oldKeys + i]!;
    if (k !== NULL) insertClean(s, k, i32[oldHashes + 2 * i]!, i32[oldHashes + 2 * i + 1]!);
  }
  setFill(s, setSize(s));
}

/** set_add_entry with a known hash. */
function addEntry(s: Ref, key: Value, lo: number, hi: number): void {
  // The table's addresses are read outside the probe loop (a comparison that changes the
  // table restarts).
  const keyIsStr = (key & 1) === 0 && i32[key >> 2] === T.str;
  restart: for (;;) {
    const keys = i32[(s >> 2) + ST_KEYS]!;
    const mask = setMask(s);
    const kb = (keys >> 2) + HEADER_WORDS;
    const hb = hashBase(s);
    let i = lo & mask;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = i32[kb + j]!;
        if (k === key) return; // already there (the key first, as in lookup)
        if ((k & key & 1) !== 0) {
          // Two different small ints: never equal, and k is no dummy.
          j++;
          continue;
        }
        const elo = i32[hb + 2 * j]!;
        const ehi = i32[hb + 2 * j + 1]!;
        if (k === NULL) {
          if (elo === 0 && ehi === 0) {
            if (freeslot >= 0) {
              i32[kb + freeslot] = key;
              i32[hb + 2 * freeslot] = lo;
              i32[hb + 2 * freeslot + 1] = hi;
              setUsed(s, setSize(s) + 1);
              return;
            }
            i32[kb + j] = key;
            i32[hb + 2 * j] = lo;
            i32[hb + 2 * j + 1] = hi;
            const f = fill(s) + 1;
            const used = setSize(s) + 1;
            setFill(s, f);
            setUsed(s, used);
            if (f * 5 >= mask * 3) resize(s, used > 50000 ? used * 2 : used * 4);
            return;
          }
          if (elo === -1 && ehi === -1) freeslot = j;
        } else if (elo === lo && ehi === hi) {
          if (keyIsStr && (k & 1) === 0 && i32[k >> 2] === T.str) {
            if (strEquals(k, key)) return;
          } else {
            const eq = richEq(k, key);
            if (eq) return;
            if (i32[(s >> 2) + ST_KEYS] !== keys || setKeyAt(s, j) !== k) continue restart;
          }
        }
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

// ---- public operations ------------------------------------------------------------------------------

/** Add `key` (hashing it: TypeError for unhashable keys). May run Python code (__hash__, __eq__). */
export function setAdd(s: Ref, key: Value): void {
  hashKey(key);
  addEntry(s, key, hLo, hHi);
}

/** Add with a hash already known (its exact int32 halves). */
export function setAddHashed(s: Ref, key: Value, lo: number, hi: number): void {
  addEntry(s, key, lo, hi);
}

/** Is `key` in the set? (hashing it). */
export function setContains(s: Ref, key: Value): boolean {
  hashKey(key);
  return lookup(s, key, hLo, hHi) >= 0;
}
export function setContainsHashed(s: Ref, key: Value, lo: number, hi: number): boolean {
  return lookup(s, key, lo, hi) >= 0;
}

/** Remove `key` if present; true if it was. */
export function setDiscard(s: Ref, key: Value): boolean {
  hashKey(key);
  return discardHashed(s, key, hLo, hHi);
}
export function setDiscardHashed(s: Ref, key: Value, lo: number, hi: number): boolean {
  return discardHashed(s, key, lo, hi);
}
function discardHashed(s: Ref, key: Value, lo: number, hi: number): boolean {
  const j = lookup(s, key, lo, hi);
  if (j < 0) return false;
  const hb = hashBase(s);
  i32[keysBase(s) + j] = NULL;
  i32[hb + 2 * j] = -1;
  i32[hb + 2 * j + 1] = -1;
  setUsed(s, setSize(s) - 1);
  return true;
}

/** set.pop(): a key (the caller checked the set is not empty). */
export function setPop(s: Ref): Value {
  const w = s >> 2;
  const mask = setMask(s);
  let i = (i32[w + ST_FINGER]! >> 1) & mask;
  const kb = keysBase(s);
  while (i32[kb + i] === NULL) {
    i++;
    if (i > mask) i = 0;
  }
  const key = i32[kb + i]!;
  const hb = hashBase(s);
  i32[kb + i] = NULL;
  i32[hb + 2 * i] = -1;
  i32[hb + 2 * i + 1] = -1;
  setUsed(s, setSize(s) - 1);
  i32[w + ST_FINGER] = fromSmallInt(i + 1);
  return key;
}

export function setClear(s: Ref): void {
  initSet(s);
}

/** The next slot >= `from` holding a key, or -1. */
export function setNextSlot(s: Ref, from: number): number {
  const mask = setMask(s);
  const kb = keysBase(s);
  for (let i = from; i <= mask; i++) if (i32[kb + i] !== NULL) return i;
  return -1;
}

/** set_merge: add every key of the set `other` (no hashing, CPython's fast paths and order). */
export function setMerge(s: Ref, other: Ref): void {
  if (other === s) return;
  // Both sets locked in address order (free-threading mode).
  const locks = lockPair(s, other);
  try {
    mergeLocked(s, other);
  } finally {
    unlockPair(locks);
  }
}

function mergeLocked(s: Ref, other: Ref): void {
  const n = setSize(other);
  if (n === 0) return;
  if ((fill(s) + n) * 5 >= setMask(s) * 3) resize(s, (setSize(s) + n) * 2);
  const omask = setMask(other);
  const okb = keysBase(other);
  const ohb = hashBase(other);
  if (fill(s) === 0 && setMask(s) === omask && fill(other) === n) {
    // Same size, no dummies: copy the table as it is.
    i32.copyWithin(keysBase(s), okb, okb + omask + 1);
    i32.copyWithin(hashBase(s), ohb, ohb + 2 * (omask + 1));
    setFill(s, n);
    setUsed(s, n);
    return;
  }
  if (fill(s) === 0) {
    for (let i = 0; i <= omask; i++) {
      const k = i32[okb + i]!;
      if (k !== NULL) insertClean(s, k, i32[ohb + 2 * i]!, i32[ohb + 2 * i + 1]!);
    }
    setFill(s, n);
    setUsed(s, n);
    return;
  }
  for (let i = 0; i <= setMask(other); i++) {
    const k = setKeyAt(other, i);
    if (k === NULL) continue;
    const hb = hashBase(other);
    addEntry(s, k, i32[hb + 2 * i]!, i32[hb + 2 * i + 1]!);
  }
}

/**
 * set_update_internal: a set is merged, a dict's keys added after one
 * resize, anything else iterated. May run Python code: `s` must be rooted.
 */
export function setUpdate(s: Ref, other: Value): void {
  if (isAnySet(other)) {
    setMerge(s, other);
    return;
  }
  const mark = handleCount();
  try {
    const hs = pushHandle(s);
    if ((other & 1) === 0 && i32[other >> 2] === T.dict) {
      pushHandle(other);
      const locks = lockPair(s, other);
      try {
        const n = dictSize(other);
        if ((fill(s) + n) * 5 >= setMask(s) * 3) resize(s, (setSize(s) + n) * 2);
        for (let k = dictNextEntry(other, 0); k >= 0; k = dictNextEntry(other, k + 1)) {
          setAdd(getHandle(hs), i32[dictEntryIndex(other, k) + 1]!);
        }
      } finally {
        unlockPair(locks);
      }
      return;
    }
    const it = getIter(other);
    const hit = pushHandle(it);
    for (;;) {
      const x = iterNext(getHandle(hit));
      if (x === NULL) break;
      setAdd(getHandle(hs), x);
    }
  } finally {
    releaseHandles(mark);
  }
}

/** If more than a quarter of the slots are dummies, rebuild (after difference_update). */
export function setCompactAfterDeletes(s: Ref): void {
  if (fill(s) - setSize(s) <= setMask(s) >>> 2) return;
  const used = setSize(s);
  resize(s, used > 50000 ? used * 2 : used * 4);
}

/** Exchange the contents of two sets (set_swap_bodies), for the *_update methods. */
export function setSwapBodies(a: Ref, b: Ref): void {
  const wa = a >> 2;
  const wb = b >> 2;
  for (const k of [ST_USED, ST_FILL, ST_MASK, ST_KEYS, ST_HASHES]) {
    const t = i32[wa + k]!;
    i32[wa + k] = i32[wb + k]!;
    i32[wb + k] = t;
  }
  i32[wa + ST_HASHED] = fromSmallInt(0);
  i32[wb + ST_HASHED] = fromSmallInt(0);
}

// ---- frozenset hash -----------------------------------------------------------------------------------

const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/**
 * CPython's frozenset hash (order-independent, Objects/setobject.c's algorithm), exact to the
 * 64th bit (the slots keep every element's exact hash) and cached in the table storage as two
 * int32 halves. The result goes through wideHashHalves so that hash() and the tuple hash see
 * every bit.
 */
export function frozenSetHash(s: Ref): number {
  const w = s >> 2;
  const cacheWord = (rawArrayData(i32[w + ST_HASHES]!) >> 2) + 2 * (setMask(s) + 1);
  if (i32[w + ST_HASHED] === fromSmallInt(1)) return wideHashHalves(i32[cacheWord + 1]!, i32[cacheWord]!);
  let h = 0n;
  const mask = setMask(s);
  for (let i = 0; i <= mask; i++) {
    if (setKeyAt(s, i) === NULL) continue;
    const hb = hashBase(s);
    const lane = (BigInt(i32[hb + 2 * i + 1]! >>> 0) << 32n) | BigInt(i32[hb + 2 * i]! >>> 0);
    h ^= shuffleBits(lane);
  }
  h ^= ((BigInt(setSize(s)) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  const hi = Number(h >> 32n);
  const lo = Number(h & 0xffffffffn);
  const c = (rawArrayData(i32[w + ST_HASHES]!) >> 2) + 2 * (setMask(s) + 1);
  i32[c] = lo | 0;
  i32[c + 1] = hi | 0;
  i32[w + ST_HASHED] = fromSmallInt(1);
  return wideHashHalves(hi, lo);
}
