/**
 * `_gilvm_weakref`: the native half of weak references (stdlib/_weakref.py builds the
 * reference, proxy and counting API over it; src/objects/weakref-core.ts is what the
 * collector sees).
 *
 *   cell(obj)       a weak cell to obj (TypeError for objects CPython refuses)
 *   target(cell)    the referent, or None once it was collected
 *   track(ref)      register a weak reference (ReferenceType or proxy) whose _gilvm_cell is set
 *   refs_to(obj)    list of the registered references to obj, oldest first
 *
 * Callbacks: after a collection at a safepoint (and after gc.collect()), the references
 * whose referent died and whose __callback__ is set are taken from the pending list; each
 * one's callback is read, the slot set to None, and callback(ref) called. An exception is
 * reported as CPython's unraisable hook does ("Exception ignored in: <callback>").
 */
import { NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { HEADER_WORDS } from '../heap/layout.js';
import { GS_ID } from '../objects/descriptors-getset.js';
import { listAppend, listLength, listRemoveAt, newList } from '../objects/list.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { ROOT_WEAK_PENDING, rootGet } from '../objects/roots.js';
import { isHeapType } from '../objects/type-layout.js';
import { getField } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { cellTarget, newCell, queueCallbacks, refsTo, setWeakrefSlots, track, weakrefCallbackWord, weakrefSlotsKnown } from '../objects/weakref-core.js';
import { typeNameOf } from '../vm/abstract.js';
import { lookupTypeString } from '../vm/attributes.js';
import { call1 } from '../vm/call.js';
import { PY_ERROR, raise } from '../vm/errors.js';
import { setCollectionHooks } from '../vm/safepoint.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { writeUnraisable } from '../vm/unraisable.js';
import { lockObject, unlockObject } from '../vm/object-lock.js';
import { exactlyOne } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';

/** Built-in types whose instances CPython lets weak references point to. */
const WEAKREFABLE_BUILTINS = [
  'type', 'set', 'frozenset', 'function', 'builtin_function_or_method', 'method', 'code', 'module',
  'generator', 'coroutine', 'async_generator', 'memoryview', 'functools.partial',
  'functools._lru_cache_wrapper', 'collections.deque',
] as const; // prettier-ignore

/** Built-in bases whose subclasses still cannot be weakly referenced (variable-size in CPython). */
const VARSIZE_BASES = ['int', 'str', 'tuple', 'bytes'] as const;

function weakrefable(v: Value): boolean {
  if ((v & 1) !== 0 || v === NULL) return false;
  const t = typeOf(v);
  if (isSubtype(t, T.type)) return true;
  if (isHeapType(t)) {
    for (const b of VARSIZE_BASES) if (isSubtype(t, T[b])) return false;
    return lookupTypeString(t, '__weakref__') !== NULL;
  }
  for (const n of WEAKREFABLE_BUILTINS) if (t === T[n]) return true;
  return false;
}

defineFunction('_gilvm_weakref', 'cell', (_s, argv, argc, kwnames) => {
  exactlyOne('cell', argc, kwnames);
  const obj = i32[argv]!;
  if (!weakrefable(obj)) throw raise(E.TypeError, `cannot create weak reference to '${typeNameOf(obj)}' object`);
  return newCell(obj);
});

defineFunction('_gilvm_weakref', 'weakrefable', (_s, argv, argc, kwnames) => {
  exactlyOne('weakrefable', argc, kwnames);
  return weakrefable(i32[argv]!) ? S.True : S.False;
});

defineFunction('_gilvm_weakref', 'target', (_s, argv, argc, kwnames) => {
  exactlyOne('target', argc, kwnames);
  const t = cellTarget(i32[argv]!);
  return t === NULL ? S.None : t;
});

function slotWord(type: Ref, name: string): number {
  const d = lookupTypeString(type, name);
  if (d === NULL || (d & 1) !== 0 || typeOf(d) !== T.member_descriptor) {
    throw raise(E.TypeError, `'${name}' is not a slot of weak reference types`);
  }
  return smallIntValue(getField(d, GS_ID));
}

defineFunction('_gilvm_weakref', 'track', (_s, argv, argc, kwnames) => {
  exactlyOne('track', argc, kwnames);
  const ref = i32[argv]!;
  if (!weakrefSlotsKnown()) {
    const t = typeOf(ref);
    setWeakrefSlots(slotWord(t, '_gilvm_cell'), slotWord(t, '_gilvm_cb'));
  }
  track(ref);
  return S.None;
});

defineFunction('_gilvm_weakref', 'refs_to', (_s, argv, argc, kwnames) => {
  exactlyOne('refs_to', argc, kwnames);
  const refs = refsTo(i32[argv]!);
  const out = newList(0);
  for (const r of refs) listAppend(out, r);
  return out;
});

defineFunction('_gilvm_weakref', 'pending_count', (_s, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, 'pending_count() takes no arguments');
  const p = rootGet(ROOT_WEAK_PENDING);
  return fromSmallInt(p === NULL ? 0 : listLength(p));
});

let running = false;

/** Run the callbacks of the references cleared by the collections so far (not re-entered). */
export function runWeakCallbacks(): void {
  if (running) return;
  const pending = rootGet(ROOT_WEAK_PENDING);
  if (pending === NULL || listLength(pending) === 0) return;
  running = true;
  const mark = handleCount();
  try {
    const cbWord = weakrefCallbackWord();
    for (;;) {
      // Under the list's lock: another worker's thread may be running callbacks too (free-threading mode).
      lockObject(pending);
      let ref: Ref;
      try {
        if (listLength(pending) === 0) break;
        ref = listRemoveAt(pending, 0);
      } finally {
        unlockObject(pending);
      }
      const word = (ref >> 2) + HEADER_WORDS + cbWord;
      const cb = i32[word]!;
      i32[word] = S.None;
      if (cb === NULL || cb === S.None) continue;
      const h = pushHandle(cb);
      try {
        call1(cb, ref);
      } catch (e) {
        if (e !== PY_ERROR) throw e;
        writeUnraisable('Exception ignored in', getHandle(h));
      }
      releaseHandles(mark);
    }
  } finally {
    releaseHandles(mark);
    running = false;
  }
}

setCollectionHooks(queueCallbacks, runWeakCallbacks);

defineBuiltinModule('_gilvm_weakref', 'Native support for weak references (gilvm).');
