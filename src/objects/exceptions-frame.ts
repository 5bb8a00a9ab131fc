/**
 * The frame objects that tracebacks hand out as `tb_frame`: a snapshot of
 * what the traceback entry knows about its frame, since gilvm's frames live
 * in per-thread stack areas and are gone once they return. f_code, f_globals,
 * f_lineno and f_lasti are the frame's; f_locals is the globals for
 * module-level code, else an empty dict (the locals are not kept).
 * tracebackFrame makes tb_frame as a stack snapshot whose f_back is the
 * frame of the caller's traceback entry.
 *
 *     frame body (values): | code | globals | lineno | lasti |
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { T } from './registry.js';
import { getField, setField } from './typeobject.js';
import { TB_CALLER, TB_CODE, TB_FRAME, TB_GLOBALS, TB_LASTI, TB_LINENO } from '../vm/traceback.js';
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
    f = newStackSnapshot(getField(tb, TB_CODE), getField(tb, TB_GLOBALS), getField(tb, TB_LINENO), getField(tb, TB_LASTI), back, NULL);
    setField(tb, TB_FRAME, f);
  }
  return f;
}

// The frame type's attributes and repr are src/objects/frame-object.ts's (they read these snapshots too).
