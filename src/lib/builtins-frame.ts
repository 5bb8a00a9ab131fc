/**
 * The caller's namespaces for globals(), locals(), vars(), dir(), eval()
 * and exec(). Native functions run without a frame of their own, so the
 * current frame (src/vm/frame.ts) is the Python code that called them.
 *
 * locals() in a function is a new dict built from the frame's fast locals
 * (cells and free variables by their contents, unbound names left out),
 * as CPython 3.12's PyFrame_FastToLocals; at module and class level it is
 * the frame's locals mapping itself.
 */
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN } from '../bytecode/code.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CO_FLAGS, codeObjectOf } from '../objects/code.js';
import { dictDel, dictSet, newDict } from '../objects/dict.js';
import { CELL_CONTENTS } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { rootGet, ROOT_BUILTINS } from '../objects/roots.js';
import { T } from '../objects/registry.js';
import { getField } from '../objects/typeobject.js';
import { F_BUILTINS, F_CODE, F_GLOBALS, F_LOCALS, F_LOCALSPLUS } from '../vm/frame.js';
import { currentFrame } from '../vm/thread-state.js';

const CO_OPTIMIZED = 0x1;

/** The caller's globals dict (an empty dict when no Python code is running). */
export function frameGlobals(): Ref {
  const f = currentFrame();
  if (f === 0) return newDict();
  return i32[(f >> 2) + F_GLOBALS]!;
}

/** The caller's builtins dict. */
export function frameBuiltins(): Ref {
  const f = currentFrame();
  if (f === 0) return rootGet(ROOT_BUILTINS);
  return i32[(f >> 2) + F_BUILTINS]!;
}

/**
 * locals(): the caller's locals mapping; in a function, the frame's locals
 * dict (made on first use and kept in the frame's locals word, as CPython
 * 3.12's frame f_locals) brought up to date with the fast locals: bound
 * names set, unbound ones removed, other keys (set by exec()) kept.
 */
export function frameLocals(): Value {
  const f = currentFrame();
  if (f === 0) return newDict();
  const w = f >> 2;
  const code = i32[w + F_CODE]!;
  const optimized = ((getField(code, CO_FLAGS) >> 1) & CO_OPTIMIZED) !== 0;
  let d = i32[w + F_LOCALS]!;
  if (!optimized) return d !== NULL ? d : i32[w + F_GLOBALS]!;
  if (d === NULL) {
    d = newDict();
    i32[w + F_LOCALS] = d;
  }
  syncFastLocals(w, code, d);
  return d;
}

/**
 * Bring dict `d` up to date with the fast locals of the frame words at word
 * index `w` (a live frame, or a generator's saved copy) running `code`:
 * bound names set (cells and free variables by their contents), unbound ones
 * removed, other keys kept. Allocates: `w` must not move meanwhile (a saved
 * copy is a value array that the collector does not move; no collection runs
 * inside an allocation).
 */
export function syncFastLocals(w: number, code: Ref, d: Ref): void {
  const co = codeObjectOf(code);
  const names = co.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const kind = co.co_localspluskinds[i]!;
    if ((kind & CO_FAST_HIDDEN) !== 0) continue;
    let v = i32[w + F_LOCALSPLUS + i]!;
    if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && v !== NULL && (v & 1) === 0 && i32[v >> 2] === T.cell) {
      v = getField(v, CELL_CONTENTS);
    }
    const key = intern(names[i]!);
    if (v === NULL) dictDel(d, key);
    else dictSet(d, key, v);
  }
}
