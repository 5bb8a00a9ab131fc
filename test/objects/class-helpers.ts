/**
 * Running Python snippets in-process for the class-machinery tests: compile,
 * run in a fresh __main__ namespace, and read back what the snippet logged
 * with `p(...)` (a list of lines), an escaping exception's
 * `Type: message` line last. The same snippets run under CPython 3.12
 * (fixtures/gen_class_cases.py) give the expected lines.
 */
import { compileSource } from '../../src/compiler/compile.js';
import { configureSys } from '../../src/lib/sys.js';
import { NULL, type Ref } from '../../src/heap/layout.js';
import { loadCode } from '../../src/objects/code.js';
import { dictGetStr, dictSet, newDict } from '../../src/objects/dict.js';
import { intern } from '../../src/objects/intern.js';
import { listGet, listLength } from '../../src/objects/list.js';
import { rootGet, ROOT_BUILTINS } from '../../src/objects/roots.js';
import { strValue } from '../../src/objects/str.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { str, typeName } from '../../src/vm/abstract.js';
import { fetchException, isPyError } from '../../src/vm/errors.js';
import { runCode } from '../../src/vm/interpreter.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';

/** Defines p(*args): logs the args joined by spaces (str() of each), as the CPython side does. */
export const PRELUDE = `_out = []
def p(*args):
    parts = []
    for a in args:
        parts.append(str(a))
    _out.append(' '.join(parts))
`;

export function runSnippet(src: string): string[] {
  // sys.path as a program gets it, so that snippets can import the stdlib/ modules (abc).
  configureSys({ argv: [''], path0: '', pythonPath: [], dontWriteBytecode: true, verbose: 0 });
  const code = loadCode(compileSource(PRELUDE + src, '<snippet>', 'exec'));
  const mark = handleCount();
  try {
    pushHandle(code);
    const globals = newDict();
    const hg = pushHandle(globals);
    const builtins = rootGet(ROOT_BUILTINS);
    dictSet(globals, intern('__builtins__'), builtins);
    dictSet(globals, intern('__name__'), intern('__main__'));
    let error: string | null = null;
    try {
      runCode(code, globals, globals, builtins);
    } catch (e) {
      if (!isPyError(e)) throw e;
      const exc: Ref = fetchException();
      pushHandle(exc);
      error = `${typeName(typeOf(exc))}: ${strValue(str(exc))}`;
    }
    const out = dictGetStr(getHandle(hg), intern('_out'));
    const lines: string[] = [];
    if (out !== NULL) for (let i = 0; i < listLength(out); i++) lines.push(strValue(listGet(out, i)));
    if (error !== null) lines.push(error);
    return lines;
  } finally {
    releaseHandles(mark);
  }
}

/** Cases that need what gilvm does not have yet. A listed case that passes fails the test. */
export const KNOWN_FAILURES = new Set<string>([]);
