/**
 * The `gc` module over gilvm's tracing collector (src/heap/collector.ts).
 *
 * There is one generation: collect() runs a full collection whatever generation is asked
 * for, then the weak-reference callbacks it made due (src/lib/weakref-module.ts), and returns
 * how many weak references it cleared, an int like CPython's count of unreachable objects
 * (which counts only cyclic garbage, so no program can rely on its value). disable() drops
 * the automatic collections at safepoints (src/vm/safepoint.ts). The thresholds, the debug
 * flags and freezing are kept for programs that set and read them back; they change nothing.
 * gc.callbacks are called with ("start", info) and ("stop", info) around gc.collect().
 * get_referents follows the same words the collector traces (through the internal item
 * arrays of lists, dicts and sets); get_referrers walks the live heap.
 */
import { GC_FREE, GC_RAW, H_GC, HEADER_WORDS, NULL, fromSmallInt, gcSizeBytes, type Ref, type Value } from '../heap/layout.js';
import { CB_BUMP, CB_COLLECTIONS, CB_GC_DEBUG, CB_GC_FROZEN, CB_GC_THRESHOLDS, CONTROL_BYTES } from '../heap/memory.js';
import { retireAllocationBuffer } from '../heap/allocator.js';
import { dictSet, newDict } from '../objects/dict.js';
import { intValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { listAppend, listGet, listLength, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isHeapType } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { registeredCount } from '../objects/weakref-core.js';
import { getAttrString } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { automaticCollection, collectNow, setAutomaticCollection } from '../vm/safepoint.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { parseClinic } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import { runWeakCallbacks } from './weakref-module.js';

// The thresholds, debug flags and freeze state are the control block's (CB_GC_*), so that every
// thread sees what one of them set.
let lastCollected = 0;

const args: Value[] = [];

function noArgs(name: string, argc: number): void {
  if (argc !== 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
}

function smallArg(v: Value, what: string): number {
  if ((v & 1) !== 0) return v >> 1;
  if (!isSubtype(typeOf(v), T.int)) throw raise(E.TypeError, `'${what}' must be an integer`);
  return Number(intValue(v));
}

/** Call each of gc.callbacks with (phase, info); info says generation, collected, uncollectable. */
function runGcCallbacks(phase: string, generation: number): void {
  const mark = handleCount();
  try {
    const cbs = pushHandle(getAttrString(gcModule(), 'callbacks'));
    if ((getHandle(cbs) & 1) !== 0 || !isSubtype(typeOf(getHandle(cbs)), T.list)) return;
    const info = pushHandle(newDict());
    dictSet(getHandle(info), intern('generation'), fromSmallInt(generation));
    dictSet(getHandle(info), intern('collected'), fromSmallInt(phase === 'stop' ? lastCollected : 0));
    dictSet(getHandle(info), intern('uncollectable'), fromSmallInt(0));
    const ph = pushHandle(newStr(phase));
    for (let i = 0; i < listLength(getHandle(cbs)); i++) {
      callArray(listGet(getHandle(cbs), i), [getHandle(ph), getHandle(info)]);
    }
  } finally {
    releaseHandles(mark);
  }
}

defineFunction('gc', 'collect', (_s, argv, argc, kwnames) => {
  parseClinic('collect', argv, argc, kwnames, ['generation'], 0, 0, [], args);
  const generation = args[0] === NULL ? 2 : smallArg(args[0]!, 'generation');
  if (generation < 0 || generation > 2) throw raise(E.ValueError, 'invalid generation');
  runGcCallbacks('start', generation);
  const before = registeredCount();
  collectNow();
  lastCollected = Math.max(0, before - registeredCount());
  runWeakCallbacks();
  runGcCallbacks('stop', generation);
  return fromSmallInt(lastCollected);
});

defineFunction('gc', 'enable', (_s, _a, argc) => {
  noArgs('enable', argc);
  setAutomaticCollection(true);
  return S.None;
});
defineFunction('gc', 'disable', (_s, _a, argc) => {
  noArgs('disable', argc);
  setAutomaticCollection(false);
  return S.None;
});
defineFunction('gc', 'isenabled', (_s, _a, argc) => {
  noArgs('isenabled', argc);
  return automaticCollection() ? S.True : S.False;
});

defineFunction('gc', 'get_count', (_s, _a, argc) => {
  noArgs('get_count', argc);
  return newTuple([fromSmallInt(0), fromSmallInt(0), fromSmallInt(0)]);
});
defineFunction('gc', 'get_threshold', (_s, _a, argc) => {
  noArgs('get_threshold', argc);
  return newTuple([0, 1, 2].map((k) => fromSmallInt(i32[CB_GC_THRESHOLDS + k]!)));
});
defineFunction('gc', 'set_threshold', (_s, argv, argc, kwnames) => {
  if (kwnames !== NULL) throw raise(E.TypeError, 'set_threshold() takes no keyword arguments');
  if (argc < 1 || argc > 3) {
    throw raise(E.TypeError, argc < 1 ? 'set_threshold() takes at least 1 argument (0 given)' : `set_threshold() takes at most 3 arguments (${argc} given)`);
  }
  const next = [0, 1, 2].map((k) => i32[CB_GC_THRESHOLDS + k]!);
  for (let k = 0; k < argc; k++) next[k] = smallArg(i32[argv + k]!, 'threshold');
  next.forEach((v, k) => (i32[CB_GC_THRESHOLDS + k] = v));
  return S.None;
});
defineFunction('gc', 'get_stats', (_s, _a, argc) => {
  noArgs('get_stats', argc);
  const mark = handleCount();
  try {
    const out = pushHandle(newList(0));
    for (let g = 0; g < 3; g++) {
      const d = pushHandle(newDict());
      dictSet(getHandle(d), intern('collections'), fromSmallInt(g === 2 ? i32[CB_COLLECTIONS]! : 0));
      dictSet(getHandle(d), intern('collected'), fromSmallInt(0));
      dictSet(getHandle(d), intern('uncollectable'), fromSmallInt(0));
      listAppend(getHandle(out), getHandle(d));
    }
    return getHandle(out);
  } finally {
    releaseHandles(mark);
  }
});
defineFunction('gc', 'set_debug', (_s, argv, argc, kwnames) => {
  parseClinic('set_debug', argv, argc, kwnames, ['flags'], 1, 1, [], args);
  i32[CB_GC_DEBUG] = smallArg(args[0]!, 'flags');
  return S.None;
});
defineFunction('gc', 'get_debug', (_s, _a, argc) => {
  noArgs('get_debug', argc);
  return fromSmallInt(i32[CB_GC_DEBUG]!);
});
defineFunction('gc', 'freeze', (_s, _a, argc) => {
  noArgs('freeze', argc);
  i32[CB_GC_FROZEN] = 1;
  return S.None;
});
defineFunction('gc', 'unfreeze', (_s, _a, argc) => {
  noArgs('unfreeze', argc);
  i32[CB_GC_FROZEN] = 0;
  return S.None;
});
defineFunction('gc', 'get_freeze_count', (_s, _a, argc) => {
  noArgs('get_freeze_count', argc);
  return fromSmallInt(i32[CB_GC_FROZEN]!);
});
defineFunction('gc', 'is_finalized', (_s, argv, argc, kwnames) => {
  parseClinic('is_finalized', argv, argc, kwnames, ['obj'], 1, 1, [], args);
  return S.False;
});

/** Types CPython never tracks: atoms that cannot refer to other objects. */
const ATOMS = ['int', 'bool', 'float', 'complex', 'str', 'bytes', 'NoneType', 'NotImplementedType', 'ellipsis', 'range', 'slice'] as const;

function tracked(v: Value): boolean {
  if ((v & 1) !== 0) return false;
  const t = typeOf(v);
  if (isHeapType(t)) return true;
  for (const a of ATOMS) if (t === T[a]) return false;
  if (t === T.tuple || t === T.dict) {
    // CPython untracks tuples and dicts that hold only untracked things.
    for (const r of referents(v)) if (tracked(r)) return true;
    return false;
  }
  return true;
}

defineFunction('gc', 'is_tracked', (_s, argv, argc, kwnames) => {
  parseClinic('is_tracked', argv, argc, kwnames, ['obj'], 1, 1, [], args);
  return tracked(args[0]!) ? S.True : S.False;
});

/** Internal storage types whose words belong to their owner. */
function internal(t: Ref): boolean {
  return t === T.valuearray;
}

/** What `v` refers to: the words the collector traces, through internal arrays. */
function referents(v: Value): Value[] {
  const out: Value[] = [];
  if ((v & 1) !== 0 || v === NULL) return out;
  const t = typeOf(v);
  if (isHeapType(t)) out.push(t);
  const visit = (ref: Ref, depth: number): void => {
    const w = ref >> 2;
    const gc = i32[w + H_GC]!;
    if ((gc & GC_RAW) !== 0) return;
    const end = w + (gcSizeBytes(gc) >> 2);
    for (let i = w + HEADER_WORDS; i < end; i++) {
      const x = i32[i]!;
      if ((x & 1) !== 0 || x === NULL) continue;
      const xt = typeOf(x);
      if (internal(xt)) {
        if (depth < 2) visit(x, depth + 1);
      } else if (xt !== T.rawarray) {
        out.push(x);
      }
    }
  };
  visit(v, 0);
  return out;
}

defineFunction('gc', 'get_referents', (_s, argv, argc, kwnames) => {
  if (kwnames !== NULL) throw raise(E.TypeError, 'get_referents() takes no keyword arguments');
  const mark = handleCount();
  try {
    const out = pushHandle(newList(0));
    for (let k = 0; k < argc; k++) for (const r of referents(i32[argv + k]!)) listAppend(getHandle(out), r);
    return getHandle(out);
  } finally {
    releaseHandles(mark);
  }
});

/** Heap walk: every live user-visible object some word of which (or of whose item array) is a target. */
defineFunction('gc', 'get_referrers', (_s, argv, argc, kwnames) => {
  if (kwnames !== NULL) throw raise(E.TypeError, 'get_referrers() takes no keyword arguments');
  const targets = new Set<number>();
  for (let k = 0; k < argc; k++) targets.add(i32[argv + k]!);
  retireAllocationBuffer();
  // Internal arrays first: which of them hold a target.
  const found: number[] = [];
  const holdingArrays = new Set<number>();
  const bump = i32[CB_BUMP]!;
  for (const pass of [0, 1]) {
    let addr = CONTROL_BYTES;
    while (addr < bump) {
      const w = addr >> 2;
      const gc = i32[w + H_GC]!;
      const size = gcSizeBytes(gc);
      if (size === 0) break;
      if ((gc & (GC_FREE | GC_RAW)) === 0) {
        const t = i32[w]!;
        if ((pass === 0) === internal(t)) {
          for (let i = w + HEADER_WORDS; i < w + (size >> 2); i++) {
            const x = i32[i]!;
            if (targets.has(x) || (pass === 1 && holdingArrays.has(x))) {
              if (pass === 0) holdingArrays.add(addr);
              else found.push(addr);
              break;
            }
          }
        }
      }
      addr += size;
    }
  }
  const out = newList(0);
  for (const r of found) {
    const t = typeOf(r);
    if (t === T.thread_state || t === T.stack || targets.has(r)) continue;
    listAppend(out, r);
  }
  return out;
});

const gcModule = defineBuiltinModule('gc', 'Control of the garbage collector (a tracing one in gilvm).', (d) => {
  dictSet(d, intern('garbage'), newList(0));
  dictSet(d, intern('callbacks'), newList(0));
  for (const [name, value] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) {
    dictSet(d, intern(name), fromSmallInt(value));
  }
});
