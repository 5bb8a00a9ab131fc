/**
 * The `gilvm` module: the running program's own counters, so that a lesson
 * can print what the GIL cost it. `gilvm.threads()` gives one dict per thread
 * (live ones, then those that ended) from src/vm/thread-stats.ts's snapshot;
 * `gilvm.mode()` says which lock the program runs under.
 */
import { type Value } from '../heap/layout.js';
import { CB_GIL_ENABLED, i32 } from '../heap/memory.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intern } from '../objects/intern.js';
import { intFromNumber } from '../objects/int.js';
import { listAppend, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { S } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { holdsGil } from '../vm/gil.js';
import { programStats, type ThreadStats } from '../vm/thread-stats.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { noKeywords, unpackCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';

/** The dict's keys and values, in the order Python sees them. */
function entries(t: ThreadStats): [string, () => Value][] {
  return [
    ['ident', () => intFromNumber(t.ident)],
    ['name', () => newStr(t.name)],
    ['native_id', () => intFromNumber(t.nativeId)],
    ['alive', () => (t.alive ? S.True : S.False)],
    ['bytecodes', () => intFromNumber(t.bytecodes)],
    ['gil_wait_s', () => newFloat(t.gilWaitS)],
    ['gil_hold_s', () => newFloat(t.gilHoldS)],
    ['gil_acquisitions', () => intFromNumber(t.gilAcquisitions)],
    ['drop_requests', () => intFromNumber(t.dropRequests)],
    ['forced_switches', () => intFromNumber(t.forcedSwitches)],
    ['blocked_s', () => newFloat(t.blockedS)],
    ['wall_s', () => newFloat(t.wallS)],
  ];
}

defineFunction('gilvm', 'threads', (_s, _argv, argc, kwnames) => {
  noKeywords('threads', kwnames);
  unpackCount('threads', argc, 0, 0);
  const stats = programStats();
  const mark = handleCount();
  try {
    const out = pushHandle(newList(0));
    for (const t of stats.threads) {
      const d = pushHandle(newDict());
      for (const [key, make] of entries(t)) dictSet(getHandle(d), intern(key), make());
      listAppend(getHandle(out), getHandle(d));
    }
    return getHandle(out);
  } finally {
    releaseHandles(mark);
  }
});

// Only the mode: programStats() would gather every thread's figures to say it.
defineFunction('gilvm', 'mode', () => newStr(i32[CB_GIL_ENABLED] !== 0 ? 'gil' : 'free-threading'));

defineFunction('gilvm', 'holds_gil', () => (holdsGil() ? S.True : S.False));

defineBuiltinModule('gilvm', "gilvm's counters of the running program: gilvm.threads(), gilvm.mode().");
