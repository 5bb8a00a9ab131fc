/**
 * The frame objects that tracebacks hand out as `tb_frame`: a snapshot of
 * what the traceback entry knows about its frame, since gilvm's frames live
 * in per-thread stack areas and are gone once they return. f_code, f_globals,
 * f_lineno and f_lasti are the frame's; f_locals is the globals for
 * module-level code, else the function's locals as the exception passed
 * through its frame (the entry's copy of the frame words, TB_LOCALS).
 * tracebackFrame makes tb_frame as a stack snapshot whose f_back is the
 * frame of the caller's traceback entry.
 *
 *     frame body (values): | code | globals | lineno | lasti |
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { T } from './registry.js';
import { getField, setField } from './typeobject.js';
import { TB_CALLER, TB_CODE, TB_FRAME, TB_FRAME_WORDS, TB_GLOBALS, TB_LASTI, TB_LOCALS, tracebackLineno } from '../vm/traceback.js';
import { F_CODE, F_PREV } from '../vm/frame.js';
import { syncFastLocals } from '../lib/builtins-frame.js';
import { valueArrayBase } from './arrays.js';
import { newDict } from './dict.js';
import { currentFrame, getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { newStackSnapshot } from './frame-object.js';

const FR_CODE = 0;
const FR_GLOBALS = 1;
const FR_LINENO = 2;
const FR_LASTI = 3;

export function newFrameSnapshot(code: Ref, globals: Value, lineno: Value, lasti: Value): Ref {
  const f = allocate(T.frame, HEADER_BYTES + 16, false);
  setField(f, FR_CODE, code);
  setField(f, FR_GLOBALS, globals);
  setField(f, FR_LINENO, lineno);
  setField(f, FR_LASTI, lasti);
  return f;
}

/**
 * The word index `w` if the frame there is the one the entry copied and it still runs in this
 * thread (on the chain from the current frame, with the same code and caller), else 0.
 */
function liveFrame(w: number, copy: Ref): number {
  const saved = valueArrayBase(copy);
  for (let f = currentFrame(); f !== 0; f = smallIntValue(i32[(f >> 2) + F_PREV]!) << 3) {
    if (f >> 2 === w) return i32[w + F_CODE] === i32[saved + F_CODE] && i32[w + F_PREV] === i32[saved + F_PREV] ? w : 0;
  }
  return 0;
}

/**
 * tb.tb_frame: the entry's frame snapshot, made on first use and kept in the
 * entry. It is a stack snapshot (src/objects/frame-object.ts) whose back is
 * the frame of the caller's entry (made too), so f_back walks outwards along
 * the traceback as CPython's does; the outermost entry's f_back is None.
 */
export function tracebackFrame(tb: Ref): Ref {
  let f = getField(tb, TB_FRAME);
  if (f === NULL) {
    const caller = getField(tb, TB_CALLER);
    const back = caller === NULL ? NULL : tracebackFrame(caller); // kept alive by the caller's entry
    const mark = handleCount();
    try {
      const hb = pushHandle(back);
      const copy = getField(tb, TB_LOCALS);
      let locals: Value = NULL;
      if (copy !== NULL) {
        locals = newDict();
        pushHandle(locals);
        // The frame itself while it still runs (an except clause reading its own traceback sees
        // the names bound since), else the copy; both stay put while the dict is filled.
        syncFastLocals(liveFrame(getField(tb, TB_FRAME_WORDS) >> 1, copy) || valueArrayBase(copy), getField(tb, TB_CODE), locals);
      }
      f = newStackSnapshot(getField(tb, TB_CODE), getField(tb, TB_GLOBALS), tracebackLineno(tb), getField(tb, TB_LASTI), getHandle(hb), locals);
      setField(tb, TB_FRAME, f);
    } finally {
      releaseHandles(mark);
    }
  }
  return f;
}

// The frame type's attributes and repr are src/objects/frame-object.ts's (they read these snapshots too).
