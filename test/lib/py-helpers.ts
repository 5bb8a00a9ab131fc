/**
 * Running Python source in-process for the src/lib tests: a fresh heap, a
 * module namespace, the source compiled and run by the interpreter.
 */
import { NULL, type Ref, type Value } from '../../src/heap/layout.js';
import { dictGetStr, dictSet, newDict } from '../../src/objects/dict.js';
import { intern } from '../../src/objects/intern.js';
import { rootGet, ROOT_BUILTINS } from '../../src/objects/roots.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { compileToHeap } from '../../src/lib/builtins-exec.js';
import { runCode } from '../../src/vm/interpreter.js';
import { PY_ERROR } from '../../src/vm/errors.js';
import { getCurrentException, setCurrentException } from '../../src/vm/thread-state.js';
import { formatExceptionOnly } from '../../src/vm/traceback.js';

/** A module namespace (`__name__` = '__main__'). */
export function namespace(): Ref {
  const g = newDict();
  dictSet(g, intern('__name__'), intern('__main__'));
  dictSet(g, intern('__builtins__'), rootGet(ROOT_BUILTINS));
  return g;
}

/** Run `src` in `g`; a Python exception escaping it is returned as `Type: message`, else null. */
export function runPy(src: string, g: Ref = namespace()): string | null {
  try {
    const code = compileToHeap(src, '<test>', 'exec');
    runCode(code, g, g, rootGet(ROOT_BUILTINS));
    return null;
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    const exc = getCurrentException();
    setCurrentException(NULL);
    return formatExceptionOnly(exc).trimEnd();
  }
}

/** The str value of global `name` after running `src`. */
export function pyStr(src: string, name = 'r'): string {
  const g = namespace();
  const err = runPy(src, g);
  if (err !== null) return `uncaught ${err}`;
  const v: Value = dictGetStr(g, intern(name));
  return v === NULL ? '<unset>' : strValue(v);
}

/** repr(eval(expr)), or `Type: message` as the generated fixtures write them. */
export function evalRepr(expr: string): string {
  return pyStr(
    `try:\n    r = repr(${expr})\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n`,
  );
}

export { newStr };
