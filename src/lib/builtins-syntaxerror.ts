/**
 * Compiler errors as Python exceptions: a PySyntaxError from src/compiler
 * becomes a SyntaxError (IndentationError, TabError) instance with CPython's
 * args `(msg, (filename, lineno, offset, text, end_lineno, end_offset))` and
 * attributes; a nesting overflow becomes RecursionError. Used by compile(),
 * exec()/eval() of source and the import system.
 */
import { basename } from 'node:path';
import { PySyntaxError, type PyCompileError } from '../compiler/errors.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { EXC_ARGS, EXC_DICT, newExceptionWithArgs } from '../objects/exceptions.js';
import { intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { declareSlots, getField, setField, slotTables, slotIndexForName } from '../objects/typeobject.js';
import { str as strOf } from '../vm/abstract.js';
import { raise, raiseObject, type PyError } from '../vm/errors.js';

/** The SyntaxError instance for a compiler error (not raised). */
export function syntaxErrorObject(e: PySyntaxError, source?: string): Ref {
  const type = e.kind === 'IndentationError' ? E.IndentationError : e.kind === 'TabError' ? E.TabError : E.SyntaxError;
  const text: Value = e.text === null ? S.None : newStr(e.text + (lineHasNewline(source, e.lineno) ? '\n' : ''));
  const filename = newStr(e.filename);
  const details = newTuple([
    filename,
    intFromNumber(e.lineno),
    intFromNumber(e.offset),
    text,
    intFromNumber(e.endLineno),
    intFromNumber(e.endOffset),
  ]);
  const msg = newStr(e.msg);
  const exc = newExceptionWithArgs(type, newTuple([msg, details]));
  const d = newDict();
  setField(exc, EXC_DICT, d);
  dictSet(d, intern('msg'), msg);
  dictSet(d, intern('filename'), filename);
  dictSet(d, intern('lineno'), intFromNumber(e.lineno));
  dictSet(d, intern('offset'), intFromNumber(e.offset));
  dictSet(d, intern('text'), text);
  dictSet(d, intern('end_lineno'), intFromNumber(e.endLineno));
  dictSet(d, intern('end_offset'), intFromNumber(e.endOffset));
  dictSet(d, intern('print_file_and_line'), S.None);
  return exc;
}

/** Does line `lineno` (1-based) of `source` end with a newline? (CPython's .text keeps it.) */
function lineHasNewline(source: string | undefined, lineno: number): boolean {
  if (source === undefined) return false;
  let at = 0;
  for (let n = 1; n < lineno; n++) {
    const i = source.indexOf('\n', at);
    if (i < 0) return false;
    at = i + 1;
  }
  return source.indexOf('\n', at) >= 0;
}

/** Raise the Python form of a compiler error (`source`: the text compiled, for .text's newline). */
export function raiseSyntaxErrorFrom(e: PyCompileError, source?: string): PyError {
  if (e instanceof PySyntaxError) return raiseObject(syntaxErrorObject(e, source));
  return raise(E.RecursionError, e.msg);
}

// str(SyntaxError): "msg (file, line N)" as CPython's SyntaxError_str, unless the exception
// classes' owner defines it.
if (slotTables[slotIndexForName('SyntaxError')]!.str === undefined) {
  declareSlots('SyntaxError', {
    str(self) {
      const d = getField(self, EXC_DICT);
      const get = (k: string): Value => (d === NULL ? NULL : dictGetStr(d, intern(k)));
      let msg = get('msg');
      if (msg === NULL) {
        const args = getField(self, EXC_ARGS);
        msg = tupleLength(args) >= 1 ? tupleGet(args, 0) : S.None;
      }
      const msgText = strValue(strOf(msg));
      const filename = get('filename');
      const lineno = get('lineno');
      const haveFile = filename !== NULL && (filename & 1) === 0 && isSubtype(typeOf(filename), T.str);
      const haveLine = lineno !== NULL && ((lineno & 1) !== 0 || isSubtype(typeOf(lineno), T.int));
      const lineText = haveLine ? strValue(strOf(lineno)) : '';
      if (haveFile && haveLine) return newStr(`${msgText} (${basename(strValue(filename))}, line ${lineText})`);
      if (haveFile) return newStr(`${msgText} (${basename(strValue(filename))})`);
      if (haveLine) return newStr(`${msgText} (line ${lineText})`);
      return newStr(msgText);
    },
  });
}
