/**
 * A snapshot of every thread's counters (live ones and those that ended) as
 * plain JS data: what `gilvm.threads()` gives Python and what the reports at
 * exit are made of (`gilvm --stats`, `--stats-json`, `--trace`, issue 7).
 * Read with the GIL held; it calls no Python code.
 */
import { HEADER_WORDS, NULL, type Ref } from '../heap/layout.js';
import { CB_COLLECTIONS, CB_GIL_ENABLED } from '../heap/memory.js';
import { rawArrayData, rawArrayLength } from '../objects/arrays.js';
import { listGet, listLength } from '../objects/list.js';
import { S } from '../objects/registry.js';
import { rootGet, ROOT_ENDED_THREADS } from '../objects/roots.js';
import { strValue } from '../objects/str.js';
import { tupleGet } from '../objects/tuple.js';
import { getSwitchInterval } from '../lib/sys.js';
import { holdingForNs } from './gil.js';
import { timeline } from './thread-trace.js';
import { monoMs, monoToEpochMs } from './clock.js';
import { forEachThread, withRegistry } from './threads.js';
import { LOCK_KIND_NAMES } from './object-lock.js';
import { lockSites, MAX_SITES } from './lock-sites.js';
import {
  countersOf,
  TC_BLOCKED_NS,
  TC_BYTECODES,
  TC_DROP_REQUESTS,
  TC_ENDED_NS,
  TC_FORCED_SWITCHES,
  TC_GIL_ACQUISITIONS,
  TC_GIL_HOLD_NS,
  TC_GIL_WAIT_NS,
  TC_LOCK_KINDS,
  TC_LOCKS,
  TC_STARTED_NS,
  threadIdent,
  TS_LOCK_SITES,
  TS_IDENT,
  TS_NAME,
  TS_NATIVE_ID,
} from './thread-state.js';

export interface ThreadStats {
  ident: number;
  /** The OS thread id of the worker that ran it (0 if unknown). */
  nativeId: number;
  /** What threading named it (`_thread.set_name`), else 'Thread-<ident>' ('MainThread' for the main one). */
  name: string;
  alive: boolean;
  bytecodes: number;
  gilWaitS: number;
  gilHoldS: number;
  gilAcquisitions: number;
  dropRequests: number;
  forcedSwitches: number;
  blockedS: number;
  /** Start and end (end: now, for a live thread) in ms since the epoch, and the time between. */
  startedMs: number;
  endedMs: number;
  wallS: number;
  /** Its timeline as (time in µs since the epoch, kind) pairs (src/vm/thread-trace.ts), or null when not traced. */
  events: Float64Array | null;
}

/** Per-object lock figures (free-threading mode): by kind of object, or by creation site too. */
export interface LockStats {
  /** The kind of object: list, dict, set, bytearray, collections.deque, other. */
  type: string;
  /** Where such objects were made: 'function (file:first line)', or 'unknown' (src/vm/lock-sites.ts). */
  site: string;
  acquisitions: number;
  contended: number;
  waitS: number;
}

export interface ProgramStats {
  mode: 'gil' | 'free-threading';
  switchIntervalS: number;
  collections: number;
  threads: ThreadStats[];
  /** Free-threading mode: every thread's lock figures summed by kind of object (empty under the GIL). */
  lockTypes: LockStats[];
  /** The same by creation site (empty under the GIL). */
  locks: LockStats[];
}

/** Sums of the lock counters of every thread: by kind (TC_LOCKS slots) and by site (TS_LOCK_SITES arrays). */
class LockTotals {
  readonly kinds = new Float64Array(TC_LOCK_KINDS * 3);
  readonly sites = new Float64Array(MAX_SITES * 3);
  add(counters: number, siteArray: Ref): void {
    for (let i = 0; i < TC_LOCK_KINDS * 3; i++) this.kinds[i]! += f64[counters + TC_LOCKS + i]!;
    if (siteArray === NULL || siteArray === S.None) return;
    const base = rawArrayData(siteArray) >> 3;
    for (let i = 0; i < MAX_SITES * 3; i++) this.sites[i]! += f64[base + i]!;
  }
  byKind(): LockStats[] {
    const out: LockStats[] = [];
    for (let k = 0; k < TC_LOCK_KINDS; k++) {
      const a = this.kinds[k * 3]!;
      if (a > 0) out.push({ type: LOCK_KIND_NAMES[k]!, site: '', acquisitions: a, contended: this.kinds[k * 3 + 1]!, waitS: this.kinds[k * 3 + 2]! / 1e9 });
    }
    return out;
  }
  bySite(): LockStats[] {
    const sites = lockSites();
    const out: LockStats[] = [];
    for (let id = 0; id < MAX_SITES; id++) {
      const a = this.sites[id * 3]!;
      if (a === 0) continue;
      const site = id === 0 ? undefined : sites[id - 1];
      out.push({
        type: site === undefined ? 'any' : LOCK_KIND_NAMES[site.kind]!,
        // Site 0: made with no Python frame running (the runtime's own objects), or past MAX_SITES sites.
        site: site === undefined ? '(runtime, or past the site limit)' : site.text,
        acquisitions: a,
        contended: this.sites[id * 3 + 1]!,
        waitS: this.sites[id * 3 + 2]! / 1e9,
      });
    }
    return out;
  }
}

function fromCounters(
  ident: number,
  nativeId: number,
  name: string,
  c: number,
  live: boolean,
  events: Float64Array | null,
  toEpochMs: number,
): ThreadStats {
  const nowNs = monoMs() * 1e6;
  const startedNs = f64[c + TC_STARTED_NS]!;
  const endedNs = live ? nowNs : f64[c + TC_ENDED_NS]!;
  // The calling thread's current hold is not in its counter yet.
  const holdNow = live && ident === threadIdent() ? holdingForNs() : 0;
  if (events !== null) for (let i = 0; i < events.length; i += 2) events[i]! += toEpochMs * 1000;
  return {
    ident,
    nativeId,
    name,
    alive: live,
    bytecodes: f64[c + TC_BYTECODES]!,
    gilWaitS: f64[c + TC_GIL_WAIT_NS]! / 1e9,
    gilHoldS: (f64[c + TC_GIL_HOLD_NS]! + holdNow) / 1e9,
    gilAcquisitions: f64[c + TC_GIL_ACQUISITIONS]!,
    dropRequests: f64[c + TC_DROP_REQUESTS]!,
    forcedSwitches: f64[c + TC_FORCED_SWITCHES]!,
    blockedS: f64[c + TC_BLOCKED_NS]! / 1e9,
    // Start and end are on the clock all workers share (src/vm/clock.ts), shown as epoch times.
    startedMs: startedNs / 1e6 + toEpochMs,
    endedMs: endedNs / 1e6 + toEpochMs,
    wallS: Math.max(0, endedNs - startedNs) / 1e9,
    events,
  };
}

function nameOf(v: Ref, ident: number): string {
  if (v !== NULL && v !== S.None) return strValue(v);
  return ident === 1 ? 'MainThread' : `Thread-${ident}`;
}

/** Every thread's figures: live threads first (in start order), then those that ended. */
export function programStats(): ProgramStats {
  const threads: ThreadStats[] = [];
  const totals = new LockTotals();
  const me = threadIdent();
  const toEpochMs = monoToEpochMs();
  withRegistry(() => {
    forEachThread((t) => {
      const w = (t >> 2) + HEADER_WORDS;
      const ident = i32[w + TS_IDENT]! >> 1;
      // A live thread's timeline is in its own worker's memory: only the caller's is reachable.
      const events = ident === me ? timeline().slice() : null;
      // A thread that has ended but not yet left the list (its worker finishes) is not alive.
      const live = f64[countersOf(t) + TC_ENDED_NS] === 0;
      threads.push(fromCounters(ident, i32[w + TS_NATIVE_ID]! >> 1, nameOf(i32[w + TS_NAME]!, ident), countersOf(t), live, events, toEpochMs));
      totals.add(countersOf(t), i32[w + TS_LOCK_SITES]!);
    });
    collectEnded(threads, totals, toEpochMs);
  });
  return {
    mode: i32[CB_GIL_ENABLED] !== 0 ? 'gil' : 'free-threading',
    switchIntervalS: getSwitchInterval(),
    collections: i32[CB_COLLECTIONS]!,
    threads,
    lockTypes: totals.byKind(),
    locks: totals.bySite(),
  };
}

/** The ended threads' records (ROOT_ENDED_THREADS), after the live ones. */
function collectEnded(threads: ThreadStats[], totals: LockTotals, toEpochMs: number): void {
  const ended = rootGet(ROOT_ENDED_THREADS);
  if (ended !== NULL) {
    for (let i = 0, n = listLength(ended); i < n; i++) {
      const entry = listGet(ended, i);
      const ident = tupleGet(entry, 0) >> 1;
      const c = rawArrayData(tupleGet(entry, 1)) >> 3;
      const ev = tupleGet(entry, 3);
      const events = ev === S.None ? null : f64.slice(rawArrayData(ev) >> 3, (rawArrayData(ev) + rawArrayLength(ev)) >> 3);
      threads.push(fromCounters(ident, 0, nameOf(tupleGet(entry, 2), ident), c, false, events, toEpochMs));
      totals.add(c, tupleGet(entry, 4));
    }
  }
}
