/**
 * The `gilvm` module: the running program's own counters, so that a lesson
 * can print what the GIL cost it. `gilvm.threads()` gives one dict per thread
 * (live ones and those that ended), from the counters every thread keeps in
 * the heap (src/vm/thread-state.ts's TC_*, kept by src/vm/gil.ts and the
 * interpreter); `gilvm.mode()` says which lock the program runs under.
 */
import { HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { CB_GIL_ENABLED, f64, i32 } from '../heap/memory.js';
import { newDict, dictSet } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intern } from '../objects/intern.js';
import { intFromNumber } from '../objects/int.js';
import { listAppend, listGet, listLength, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { S } from '../objects/registry.js';
import { rootGet, ROOT_ENDED_THREADS } from '../objects/roots.js';
import { newStr } from '../objects/str.js';
import { tupleGet } from '../objects/tuple.js';
import { rawArrayData } from '../objects/arrays.js';
import { forEachThread } from '../vm/threads.js';
import {
  countersOf,
  getHandle,
  handleCount,
  pushHandle,
  releaseHandles,
  TC_BLOCKED_NS,
  TC_BYTECODES,
  TC_DROP_REQUESTS,
  TC_ENDED_NS,
  TC_FORCED_SWITCHES,
  TC_GIL_ACQUISITIONS,
  TC_GIL_HOLD_NS,
  TC_GIL_WAIT_NS,
  TC_STARTED_NS,
  TS_IDENT,
  TS_NATIVE_ID,
  threadIdent,
} from '../vm/thread-state.js';
import { holdingForNs, holdsGil } from '../vm/gil.js';
import { defineBuiltinModule } from './import-registry.js';
import { noKeywords, unpackCount } from './builtins-args.js';

/** One thread's figures as a dict; `c`: f64 index of its counters; `live`: still running. */
function threadDict(ident: number, nativeId: number, c: number, live: boolean): Ref {
  const now = performance.now() * 1e6;
  const ended = f64[c + TC_ENDED_NS]!;
  const wall = (live ? now : ended) - f64[c + TC_STARTED_NS]!;
  // The calling thread's current hold is not in its counter yet.
  const holdNow = ident === threadIdent() ? holdingForNs() : 0;
  const d = newDict();
  const mark = handleCount();
  try {
    const h = pushHandle(d);
    const put = (key: string, v: Value): void => dictSet(getHandle(h), intern(key), v);
    put('ident', intFromNumber(ident));
    put('native_id', intFromNumber(nativeId));
    put('alive', live ? S.True : S.False);
    put('bytecodes', intFromNumber(f64[c + TC_BYTECODES]!));
    put('gil_wait_s', newFloat(f64[c + TC_GIL_WAIT_NS]! / 1e9));
    put('gil_hold_s', newFloat((f64[c + TC_GIL_HOLD_NS]! + holdNow) / 1e9));
    put('gil_acquisitions', intFromNumber(f64[c + TC_GIL_ACQUISITIONS]!));
    put('drop_requests', intFromNumber(f64[c + TC_DROP_REQUESTS]!));
    put('forced_switches', intFromNumber(f64[c + TC_FORCED_SWITCHES]!));
    put('blocked_s', newFloat(f64[c + TC_BLOCKED_NS]! / 1e9));
    put('wall_s', newFloat(Math.max(0, wall) / 1e9));
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
}

defineFunction('gilvm', 'threads', (_s, _argv, argc, kwnames) => {
  noKeywords('threads', kwnames);
  unpackCount('threads', argc, 0, 0);
  const mark = handleCount();
  try {
    const out = pushHandle(newList(0));
    const states: Ref[] = [];
    forEachThread((t) => states.push(t));
    // No collection can run while this native does not call Python code: the addresses hold.
    for (const t of states) {
      const w = (t >> 2) + HEADER_WORDS;
      listAppend(getHandle(out), threadDict(i32[w + TS_IDENT]! >> 1, i32[w + TS_NATIVE_ID]! >> 1, countersOf(t), true));
    }
    const ended = rootGet(ROOT_ENDED_THREADS);
    if (ended !== NULL) {
      for (let i = 0; i < listLength(ended); i++) {
        const entry = listGet(ended, i);
        const c = rawArrayData(tupleGet(entry, 1)) >> 3;
        listAppend(getHandle(out), threadDict(tupleGet(entry, 0) >> 1, 0, c, false));
      }
    }
    return getHandle(out);
  } finally {
    releaseHandles(mark);
  }
});

defineFunction('gilvm', 'mode', () => newStr(i32[CB_GIL_ENABLED] !== 0 ? 'gil' : 'free-threading'));

defineFunction('gilvm', 'holds_gil', () => (holdsGil() ? S.True : S.False));

defineBuiltinModule('gilvm', "gilvm's counters of the running program: gilvm.threads(), gilvm.mode().");
