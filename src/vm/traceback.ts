/**
 * Traceback entries and the printing of uncaught exceptions in CPython's
 * layout (PyErr_Display): the chain of causes and contexts, then
 * "Traceback (most recent call last):", one `File "...", line N, in name`
 * entry per frame with its source line, and `Type: message`.
 *
 *     traceback body (values): | next | code | lasti | lineno |
 *
 * Entries are prepended as the exception leaves each frame, so the first
 * entry is the outermost frame (tb_next goes inward), as in CPython.
 */
import { readFileSync } from 'node:fs';
import { lineForOffset } from '../bytecode/linetable.js';
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { CO_FILENAME, CO_NAME, codeObjectOf } from '../objects/code.js';
import { dictGetStr } from '../objects/dict.js';
import { EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK } from '../objects/exceptions.js';
import { intern } from '../objects/intern.js';
import { S, T } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { typeOf } from '../objects/typecheck.js';
import { TP_DICT, TP_QUALNAME, getField, setField } from '../objects/typeobject.js';
import { str } from './abstract.js';
import { PY_ERROR } from './errors.js';
import { setCurrentException } from './thread-state.js';

export const TB_NEXT = 0;
export const TB_CODE = 1;
export const TB_LASTI = 2;
export const TB_LINENO = 3;

export function newTraceback(next: Ref, code: Ref, lasti: number): Ref {
  const tb = allocate(T.traceback, HEADER_BYTES + 16, false);
  setField(tb, TB_NEXT, next);
  setField(tb, TB_CODE, code);
  setField(tb, TB_LASTI, fromSmallInt(lasti));
  const line = lineForOffset(codeObjectOf(code), lasti);
  setField(tb, TB_LINENO, line === null ? S.None : fromSmallInt(line));
  return tb;
}

const sourceCache = new Map<string, string[] | null>();
function sourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  const line = lines?.[lineno - 1];
  if (line === undefined) return null;
  const stripped = line.trim();
  return stripped === '' ? null : stripped;
}

/** The traceback entries of `tb`, outermost first. */
export function formatTraceback(tb: Ref): string {
  let out = '';
  for (let t = tb; t !== NULL; t = getField(t, TB_NEXT)) {
    const code = getField(t, TB_CODE);
    const filename = strValue(getField(code, CO_FILENAME));
    const linenoValue = getField(t, TB_LINENO);
    const lineno = linenoValue === S.None ? -1 : smallIntValue(linenoValue);
    out += `  File "${filename}", line ${lineno}, in ${strValue(getField(code, CO_NAME))}\n`;
    const src = lineno > 0 ? sourceLine(filename, lineno) : null;
    if (src !== null) out += `    ${src}\n`;
  }
  return out;
}

/** `Type: message` (module-qualified unless the class is from builtins or __main__). */
export function formatExceptionOnly(exc: Ref): string {
  const type = typeOf(exc);
  let name = strValue(getField(type, TP_QUALNAME));
  const mod = dictGetStr(getField(type, TP_DICT), intern('__module__'));
  if (mod !== NULL && typeOf(mod) === T.str) {
    const m = strValue(mod);
    if (m !== 'builtins' && m !== '__main__') name = `${m}.${name}`;
  }
  let message: string;
  try {
    message = strValue(str(exc));
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setCurrentException(NULL);
    message = '<exception str() failed>';
  }
  return message === '' ? `${name}\n` : `${name}: ${message}\n`;
}

/** The whole report for an uncaught exception, causes and contexts first. */
export function formatException(exc: Ref): string {
  const seen = new Set<number>();
  const walk = (e: Ref): string => {
    seen.add(e);
    let out = '';
    const cause = getField(e, EXC_CAUSE);
    const context = getField(e, EXC_CONTEXT);
    if (cause !== NULL && cause !== S.None && !seen.has(cause)) {
      out += walk(cause);
      out += '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (
      context !== NULL &&
      context !== S.None &&
      !seen.has(context) &&
      getField(e, EXC_SUPPRESS_CONTEXT) !== S.True
    ) {
      out += walk(context);
      out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    const tb = getField(e, EXC_TRACEBACK);
    if (tb !== NULL && tb !== S.None) out += 'Traceback (most recent call last):\n' + formatTraceback(tb);
    out += formatExceptionOnly(e);
    return out;
  };
  return walk(exc);
}

export type { Value };
