/**
 * Creation sites of lockable objects, for free-threading mode's per-object
 * lock counters "by creation site" (src/vm/object-lock.ts).
 *
 * A list, dict, set, bytearray or deque made in free-threading mode carries
 * its site in its header's aux word: a small id naming the line that made
 * it (the function's qualified name, the file and the line, from the frame's
 * saved instruction offset) and the kind of object.
 * Each thread counts acquisitions, contended acquisitions and wait time per
 * site in a raw array of its state (TS_LOCK_SITES: MAX_SITES triples of
 * float64), indexed by the id, so that counting costs one load and an add.
 * Site 0 is "unknown": objects made before any Python code ran, or by a
 * program with more than MAX_SITES sites.
 *
 * The sites themselves are in the heap (every thread's counters refer to
 * them): ROOT_LOCK_SITES, a list of (description, kind) tuples (id k at
 * index k - 1), and ROOT_LOCK_SITE_IDS, a dict from "kind:description" to
 * id, so that every instruction of one line shares the line's id. They change
 * under a leaf lock (CB_SITES_LOCK): registering a site may happen inside a
 * critical section, which must not be suspended by it. Each worker caches
 * (code serial, instruction, kind) -> id, so a known site costs one Map
 * lookup and the line table is read once per instruction that allocates.
 */
import { H_AUX, HEADER_WORDS, NULL, fromSmallInt, type Ref } from '../heap/layout.js';
import { CB_SITES_LOCK } from '../heap/memory.js';
import { lineForOffset } from '../bytecode/linetable.js';
import { codeObjectOf, CO_FILENAME, CO_FIRSTLINENO, CO_QUALNAME, CO_SERIAL } from '../objects/code.js';
import { dictGet, dictSet, newDict } from '../objects/dict.js';
import { listAppend, listGet, listLength, newList } from '../objects/list.js';
import { rootGet, rootSet, ROOT_LOCK_SITE_IDS, ROOT_LOCK_SITES } from '../objects/roots.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleGet } from '../objects/tuple.js';
import { F_CODE, F_IP } from './frame.js';
import { currentFrame } from './thread-state.js';
import { MAX_SITES, setSiteStamp } from './object-lock.js';

export { MAX_SITES };

/** This worker's cache of the heap's table: (code serial, instruction offset, kind) packed in one number -> id. */
const cache = new Map<number, number>();
/** The heap the cache is for (a worker may attach to another). */
let cacheTable: Ref = NULL;

/** Take a leaf lock: its holder takes no other lock and runs no Python code meanwhile, so waiting is short. */
function lockLeaf(w: number): void {
  while (Atomics.compareExchange(i32, w, 0, 1) !== 0) {
    Atomics.wait(i32, w, 1, 1);
  }
}
function unlockLeaf(w: number): void {
  Atomics.store(i32, w, 0);
  Atomics.notify(i32, w, 1);
}

/** "qualname (file:line)" for the instruction at byte offset `lasti` of `code`. */
function describe(code: Ref, lasti: number): string {
  const w = (code >> 2) + HEADER_WORDS;
  const file = strValue(i32[w + CO_FILENAME]!);
  const line = lineForOffset(codeObjectOf(code), lasti) ?? i32[w + CO_FIRSTLINENO]! >> 1;
  return `${strValue(i32[w + CO_QUALNAME]!)} (${file.slice(file.lastIndexOf('/') + 1)}:${line})`;
}

/** The site id for objects of `kind` made by the instruction at byte offset `lasti` of `code` (registered on first use). */
function siteOf(code: Ref, lasti: number, kind: number): number {
  // Serials are small ints (< 2^30) and offsets are kept under 2^20: the key stays below 2^53.
  const key = ((i32[(code >> 2) + HEADER_WORDS + CO_SERIAL]! >> 1) * 0x100000 + Math.min(lasti >> 1, 0xfffff)) * 8 + kind;
  const ids = rootGet(ROOT_LOCK_SITE_IDS);
  if (ids !== cacheTable) {
    cache.clear();
    cacheTable = ids;
  }
  const known = cache.get(key);
  if (known !== undefined) return known;
  const text = describe(code, lasti);
  lockLeaf(CB_SITES_LOCK);
  let id = 0;
  try {
    let table = rootGet(ROOT_LOCK_SITE_IDS);
    let sites = rootGet(ROOT_LOCK_SITES);
    if (table === NULL) {
      table = newDict();
      rootSet(ROOT_LOCK_SITE_IDS, table);
      sites = newList(0);
      rootSet(ROOT_LOCK_SITES, sites);
    }
    const name = newStr(`${kind}:${text}`);
    const found = dictGet(table, name);
    if (found !== NULL) {
      id = found >> 1;
    } else if (listLength(sites) + 1 < MAX_SITES) {
      listAppend(sites, newTuple([newStr(text), fromSmallInt(kind)]));
      id = listLength(sites);
      dictSet(table, name, fromSmallInt(id));
    }
    if (table !== cacheTable) {
      cache.clear();
      cacheTable = table;
    }
  } finally {
    unlockLeaf(CB_SITES_LOCK);
  }
  cache.set(key, id);
  return id;
}

/** Set while this worker registers a site: the table's own list and dict get no site (site 0). */
let registering = false;

/** Stamp a new lockable object with its creation site: the line running now (free-threading mode only). */
export function stampSite(o: Ref, kind: number): void {
  const frame = currentFrame();
  if (frame === 0 || registering) return;
  registering = true;
  try {
    // F_IP is the next instruction's offset, saved before any operation that may allocate.
    const fw = frame >> 2;
    i32[(o >> 2) + H_AUX] = siteOf(i32[fw + F_CODE]!, Math.max(0, (i32[fw + F_IP]! >> 1) - 2), kind);
  } finally {
    registering = false;
  }
}

/** Every registered site as (description, kind), index k for id k + 1. */
export function lockSites(): { text: string; kind: number }[] {
  const sites = rootGet(ROOT_LOCK_SITES);
  if (sites === NULL) return [];
  const out: { text: string; kind: number }[] = [];
  for (let i = 0, n = listLength(sites); i < n; i++) {
    const t = listGet(sites, i);
    out.push({ text: strValue(tupleGet(t, 0)), kind: tupleGet(t, 1) >> 1 });
  }
  return out;
}

setSiteStamp(stampSite);
