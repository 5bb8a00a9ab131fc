/**
 * The frame objects that tracebacks hand out as `tb_frame`: a snapshot of
 * what the traceback entry knows about its frame, since gilvm's frames live
 * in per-thread stack areas and are gone once they return. f_code, f_globals,
 * f_lineno and f_lasti are the frame's; f_back is None and f_locals is the
 * globals for module-level code, else an empty dict (the locals are not kept).
 *
 *     frame body (values): | code | globals | lineno | lasti |
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { CO_FILENAME, CO_NAME } from './code.js';
import { defineGetter } from './descriptors-getset.js';
import { newDict } from './dict.js';
import { S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { declareSlots, getField, setField } from './typeobject.js';
import { repr } from '../vm/abstract.js';

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

const orNone = (v: Value): Value => (v === NULL ? S.None : v);
defineGetter('frame', 'f_code', (f) => getField(f, FR_CODE));
defineGetter('frame', 'f_globals', (f) => orNone(getField(f, FR_GLOBALS)));
defineGetter('frame', 'f_lineno', (f) => getField(f, FR_LINENO));
defineGetter('frame', 'f_lasti', (f) => getField(f, FR_LASTI));
defineGetter('frame', 'f_back', () => S.None);
defineGetter('frame', 'f_locals', (f) => {
  const code = getField(f, FR_CODE);
  const globals = getField(f, FR_GLOBALS);
  return strValue(getField(code, CO_NAME)) === '<module>' && globals !== NULL ? globals : newDict();
});

declareSlots('frame', {
  repr(f) {
    const code = getField(f, FR_CODE);
    const file = strValue(repr(getField(code, CO_FILENAME)));
    const line = getField(f, FR_LINENO);
    const lineText = (line & 1) !== 0 ? `${line >> 1}` : 'None';
    return newStr(`<frame at 0x${f.toString(16).padStart(12, '0')}, file ${file}, line ${lineText}, code ${strValue(getField(code, CO_NAME))}>`);
  },
});
