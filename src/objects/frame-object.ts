/**
 * Frame objects (CPython's `frame` type) for Python code. gilvm's frames
 * are words in per-thread stack chunks (src/vm/frame.ts), not objects, so a
 * frame object is a small view made on demand:
 *
 *  - a generator's frame (gi_frame, cr_frame, ag_frame): reads the frame
 *    words wherever they are now, the generator's saved copy while it is
 *    suspended (or finished), the thread's stack while it runs. f_lineno is
 *    the current line; f_back is None unless the generator is running.
 *  - a snapshot (a traceback's tb_frame, a running generator's f_back):
 *    what was known when it was made; f_locals is the globals at module level,
 *    else an empty dict.
 *
 *     frame body (values): | code | globals | lineno | lasti | gen |
 *
 *   lineno, lasti  small ints (snapshot), NULL for a generator's frame
 *   gen            the generator, coroutine or async generator; NULL: snapshot
 *
 * sys._getframe's snapshots (newStackSnapshot) have two more words: back
 * (the caller's snapshot, or NULL) and locals (a dict copied from the frame).
 *
 * src/objects/exceptions-frame.ts makes the traceback snapshots with the first
 * four words only; this module is imported after it and its attributes replace
 * that module's, reading `gen` only when the body has it.
 */
import { allocate } from '../heap/allocator.js';
import { H_GC, HEADER_BYTES, NULL, fromSmallInt, gcSizeBytes, type Ref, type Value } from '../heap/layout.js';
import { lineForOffset } from '../bytecode/linetable.js';
import { syncFastLocals } from '../lib/builtins-frame.js';
import { valueArrayBase } from './arrays.js';
import { CO_FILENAME, CO_NAME, codeObjectOf } from './code.js';
import { defineGetter } from './descriptors-getset.js';
import { newDict } from './dict.js';
import { GEN_CLOSED, GEN_CODE, GEN_FRAME, GEN_FRAMEOBJ, GEN_RUNNING, GEN_STATE, genClose } from './generator.js';
import { defineMethod } from './native.js';
import { E, S, T } from './registry.js';
import { rootGet, ROOT_BUILTINS } from './roots.js';
import { newStr, strValue } from './str.js';
import { declareSlots, getField, setField } from './typeobject.js';
import { repr } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { F_BUILTINS, F_CODE, F_GEN, F_GLOBALS, F_IP, F_PREV } from '../vm/frame.js';
import { currentFrame } from '../vm/thread-state.js';

const FR_CODE = 0;
const FR_GLOBALS = 1;
const FR_LINENO = 2;
const FR_LASTI = 3;
const FR_GEN = 4;
const FR_WORDS = 5;
const FR_BACK = 5;
const FR_LOCALS = 6;
const FR_STACK_WORDS = 7;

/** A snapshot of a live frame for sys._getframe, with its caller's snapshot and a copy of its locals. */
export function newStackSnapshot(code: Ref, globals: Value, lineno: Value, lasti: Value, back: Value, locals: Value): Ref {
  const f = allocate(T.frame, HEADER_BYTES + FR_STACK_WORDS * 4, false);
  setField(f, FR_CODE, code);
  setField(f, FR_GLOBALS, globals);
  setField(f, FR_LINENO, lineno);
  setField(f, FR_LASTI, lasti);
  setField(f, FR_GEN, NULL);
  setField(f, FR_BACK, back);
  setField(f, FR_LOCALS, locals);
  return f;
}

/** The back or locals word of a sys._getframe snapshot; NULL for other frames. */
function stackWord(f: Ref, k: number): Value {
  if (gcSizeBytes(i32[(f >> 2) + H_GC]!) < HEADER_BYTES + FR_STACK_WORDS * 4) return NULL;
  return getField(f, k);
}

function newFrameObject(code: Ref, globals: Value, lineno: Value, lasti: Value, gen: Ref): Ref {
  const f = allocate(T.frame, HEADER_BYTES + FR_WORDS * 4, false);
  setField(f, FR_CODE, code);
  setField(f, FR_GLOBALS, globals);
  setField(f, FR_LINENO, lineno);
  setField(f, FR_LASTI, lasti);
  setField(f, FR_GEN, gen);
  return f;
}

/** The generator whose frame `f` is; NULL for a snapshot (traceback snapshots have no such word). */
function genOf(f: Ref): Ref {
  if (gcSizeBytes(i32[(f >> 2) + H_GC]!) < HEADER_BYTES + FR_WORDS * 4) return NULL;
  return getField(f, FR_GEN);
}

/** g.gi_frame / cr_frame / ag_frame: None once `g` has finished; the same object every time before. */
export function generatorFrame(g: Ref): Value {
  if (getField(g, GEN_STATE) >> 1 === GEN_CLOSED) return S.None;
  let f = getField(g, GEN_FRAMEOBJ);
  if (f === NULL) {
    const storage = getField(g, GEN_FRAME);
    f = newFrameObject(getField(g, GEN_CODE), i32[valueArrayBase(storage) + F_GLOBALS]!, NULL, NULL, g);
    setField(g, GEN_FRAMEOBJ, f);
  }
  return f;
}

/** Word index of the live frame running `g` on this thread's stack; 0 if none. */
function runningFrameWords(g: Ref): number {
  for (let a = currentFrame(); a !== 0; a = (i32[(a >> 2) + F_PREV]! >> 1) << 3) {
    if (i32[(a >> 2) + F_GEN] === g) return a >> 2;
  }
  return 0;
}

/** Word index of generator `g`'s frame words: on the stack while it runs, else its saved copy. */
function genFrameWords(g: Ref): number {
  if (getField(g, GEN_STATE) >> 1 === GEN_RUNNING) {
    const w = runningFrameWords(g);
    if (w !== 0) return w;
  }
  return valueArrayBase(getField(g, GEN_FRAME));
}

/** Offset of the last instruction started in the frame words at `w` (its ip is the next one's). */
function lastiOf(w: number): number {
  return Math.max(0, (i32[w + F_IP]! >> 1) - 2);
}

function lineAt(code: Ref, lasti: number): Value {
  const line = lineForOffset(codeObjectOf(code), lasti);
  return line === null ? S.None : fromSmallInt(line);
}

/** A snapshot of the live frame at word index `w` (a running generator's caller). */
function snapshotOfLive(w: number): Ref {
  const code = i32[w + F_CODE]!;
  const lasti = lastiOf(w);
  return newFrameObject(code, i32[w + F_GLOBALS]!, lineAt(code, lasti), fromSmallInt(lasti), NULL);
}

function lineno(f: Ref): Value {
  const g = genOf(f);
  if (g === NULL) return getField(f, FR_LINENO);
  return lineAt(getField(f, FR_CODE), lastiOf(genFrameWords(g)));
}

defineGetter('frame', 'f_code', (f) => getField(f, FR_CODE));
defineGetter('frame', 'f_globals', (f) => {
  const g = getField(f, FR_GLOBALS);
  return g === NULL ? S.None : g;
});
defineGetter('frame', 'f_builtins', (f) => {
  const g = genOf(f);
  return g === NULL ? rootGet(ROOT_BUILTINS) : i32[genFrameWords(g) + F_BUILTINS]!;
});
defineGetter('frame', 'f_lineno', lineno);
defineGetter('frame', 'f_lasti', (f) => {
  const g = genOf(f);
  return g === NULL ? getField(f, FR_LASTI) : fromSmallInt(lastiOf(genFrameWords(g)));
});
defineGetter('frame', 'f_back', (f) => {
  const back = stackWord(f, FR_BACK);
  if (back !== NULL) return back;
  const g = genOf(f);
  if (g === NULL || getField(g, GEN_STATE) >> 1 !== GEN_RUNNING) return S.None;
  const w = runningFrameWords(g);
  const prev = w === 0 ? 0 : (i32[w + F_PREV]! >> 1) << 3;
  return prev === 0 ? S.None : snapshotOfLive(prev >> 2);
});
defineGetter('frame', 'f_locals', (f) => {
  const g = genOf(f);
  const code = getField(f, FR_CODE);
  if (g === NULL) {
    const locals = stackWord(f, FR_LOCALS);
    if (locals !== NULL) return locals;
    const globals = getField(f, FR_GLOBALS);
    return strValue(getField(code, CO_NAME)) === '<module>' && globals !== NULL ? globals : newDict();
  }
  // A snapshot, as CPython 3.12's f_locals of an optimized frame (PyFrame_FastToLocals).
  const d = newDict();
  syncFastLocals(genFrameWords(g), code, d);
  return d;
});
defineGetter('frame', 'f_trace', () => S.None);
defineGetter('frame', 'f_trace_lines', () => S.True);
defineGetter('frame', 'f_trace_opcodes', () => S.False);

// clear(): a suspended generator's frame finalizes the generator (closes it), as CPython's frame_clear.
defineMethod('frame', 'clear', (f) => {
  const g = genOf(f);
  if (g === NULL) return S.None;
  if (getField(g, GEN_STATE) >> 1 === GEN_RUNNING) throw raise(E.RuntimeError, 'cannot clear an executing frame');
  return genClose(g);
});

for (const [owner, attr] of [['generator', 'gi_frame'], ['coroutine', 'cr_frame'], ['async_generator', 'ag_frame']] as const) {
  defineGetter(owner, attr, generatorFrame);
}

declareSlots('frame', {
  repr(f) {
    const code = getField(f, FR_CODE);
    const file = strValue(repr(getField(code, CO_FILENAME)));
    const line = lineno(f);
    const lineText = (line & 1) !== 0 ? `${line >> 1}` : 'None';
    return newStr(`<frame at 0x${f.toString(16).padStart(12, '0')}, file ${file}, line ${lineText}, code ${strValue(getField(code, CO_NAME))}>`);
  },
});
