/**
 * Printing compile errors the two ways CPython 3.12 prints them.
 *
 * 1. `formatUncaughtSyntaxError`: an uncaught SyntaxError at the top level
 *    (`python x.py`, `-c`, stdin), printed by C code in
 *    `Python/pythonrun.c` (`print_exception` + `print_error_text`):
 *
 *          File "/abs/x.py", line 2
 *            if x
 *                ^
 *        SyntaxError: expected ':'
 *
 *    The line is shown without its leading spaces/tabs/form feeds, the caret
 *    column shifted to match; `^` repeats from offset to end_offset when the
 *    error ends on the same line (only for SyntaxError itself: its
 *    subclasses IndentationError and TabError always get one caret); no caret
 *    when the offset points left of the shown text.
 *
 * 2. `formatSyntaxErrorOnly`: `traceback.format_exception_only()` (the
 *    `traceback` module's `_format_syntax_error`), which `py_compile` and
 *    `compileall` print. Same shape, slightly different caret rules.
 *
 * Plus `syntaxErrorStr`, `str()` of a SyntaxError:
 * `msg (basename, line N)`.
 */
import { basename } from 'node:path';
import type { PyCompileError } from '../compiler/errors.js';

/** The fields of a SyntaxError the printers read (PySyntaxError has them all). */
export interface SyntaxErrorFields {
  kind: string;
  msg: string;
  filename: string | null;
  /** 0 (or less) when the error has no location (e.g. an unknown encoding). */
  lineno: number;
  /** 1-based column in characters; 0 means none. */
  offset: number;
  text: string | null;
  endLineno?: number;
  endOffset?: number;
}

function fieldsOf(err: PyCompileError | SyntaxErrorFields): SyntaxErrorFields | null {
  if (err.kind === 'RecursionError') return null;
  return err as SyntaxErrorFields;
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export interface UncaughtOptions {
  /**
   * The program's source when it was read from a file (a script, `-m`). For
   * a file CPython re-reads the error's line from the file, newline included,
   * and the newline counts in the caret span of a multi-line error; `-c` and
   * stdin errors carry the line without it.
   */
  fileSource?: string;
}

/** Whether line `lineno` (1-based) of `source` ends with a newline. */
function lineHasNewline(source: string, lineno: number): boolean {
  let pos = 0;
  for (let n = 1; n < lineno; n++) {
    const nl = source.indexOf('\n', pos);
    if (nl < 0) return false;
    pos = nl + 1;
  }
  return source.indexOf('\n', pos) >= 0;
}

/** CPython's `print_exception` for a SyntaxError with no traceback frames. */
export function formatUncaughtSyntaxError(err: PyCompileError | SyntaxErrorFields, opts: UncaughtOptions = {}): string {
  const e = fieldsOf(err);
  if (e === null) return `${err.kind}: ${err.msg}\n`;
  if (!(e.lineno > 0)) {
    // No location: CPython prints the bare `SyntaxError: msg` (the decoder's
    // errors, e.g. "encoding problem: foo", are raised without one).
    return `${e.kind}: ${e.msg}\n`;
  }
  let out = `  File "${e.filename ?? '<string>'}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let offset = e.offset > 0 ? e.offset : -1;
    let endOffset: number;
    let endLineno: number;
    if (e.kind === 'SyntaxError') {
      endLineno = e.endLineno ?? e.lineno;
      endOffset = e.endOffset !== undefined && e.endOffset > 0 ? e.endOffset : -1;
    } else {
      endLineno = e.lineno;
      endOffset = -1;
    }
    // CPython: PyUnicode_AsUTF8AndSize(text) gives line_size in bytes.
    let text = e.text;
    if (opts.fileSource !== undefined && !text.endsWith('\n') && lineHasNewline(opts.fileSource, e.lineno)) text += '\n';
    const lineSize = utf8Length(text);
    if (endLineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += printErrorText(offset, endOffset, text);
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}

/** `print_error_text` from CPython 3.12's pythonrun.c. */
function printErrorText(offsetIn: number, endOffset: number, textIn: string): string {
  const caretRepetitions = endOffset > 0 && endOffset > offsetIn ? endOffset - offsetIn : 1;
  let offset = offsetIn - 1; // 1-based to 0-based
  let text = textIn;
  let k = 0;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\f')) {
    k++;
    offset--;
  }
  text = text.slice(k);
  let len = utf8Length(text);
  if (len > 0 && text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  // Skip past newlines embedded in the text.
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0) break;
    if (nl >= offset) break;
    const inl = nl + 1;
    len -= utf8Length(text.slice(0, inl));
    text = text.slice(inl);
    offset -= inl;
  }
  let out = '    ' + text;
  if (!text.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  out += '    ' + ' '.repeat(offset) + '^'.repeat(caretRepetitions) + '\n';
  return out;
}

/** Python's `str.isspace()` for one character. */
function isPySpace(c: string): boolean {
  return /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(c);
}

/** `traceback.format_exception_only()` for a SyntaxError (CPython 3.12's traceback.py). */
export function formatSyntaxErrorOnly(err: PyCompileError | SyntaxErrorFields): string {
  const e = fieldsOf(err);
  if (e === null) return `${err.kind}: ${err.msg}\n`;
  let filenameSuffix = '';
  let out = '';
  if (e.lineno > 0) {
    out += `  File "${e.filename || '<string>'}", line ${e.lineno}\n`;
  } else if (e.filename !== null) {
    filenameSuffix = ` (${e.filename})`;
  }
  if (e.text !== null) {
    const rtext = e.text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    out += `    ${ltext}\n`;
    if (e.offset > 0) {
      const offset = e.offset;
      // IndentationError/TabError carry end_offset too in the traceback module's view.
      let endOffset = e.endOffset !== undefined && e.endOffset !== 0 ? e.endOffset : offset;
      if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretspace = [...ltext]
          .slice(0, colno)
          .map((c) => (isPySpace(c) ? c : ' '))
          .join('');
        out += `    ${caretspace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  out += `${e.kind}: ${e.msg || '<no detail available>'}${filenameSuffix}\n`;
  return out;
}

/** `str(exc)` of a SyntaxError: `msg (file.py, line 3)` (SyntaxError_str uses the basename). */
export function syntaxErrorStr(err: PyCompileError | SyntaxErrorFields): string {
  const e = fieldsOf(err);
  if (e === null) return err.msg;
  const file = e.filename ? basename(e.filename) : null;
  if (file !== null && e.lineno > 0) return `${e.msg} (${file}, line ${e.lineno})`;
  if (file !== null) return `${e.msg} (${file})`;
  if (e.lineno > 0) return `${e.msg} (line ${e.lineno})`;
  return e.msg;
}

/** Python's `repr()` of a str (quotes chosen and characters escaped as CPython does). */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (isUnprintable(cp)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** Approximates `str.isprintable()` false cases beyond ASCII controls. */
function isUnprintable(cp: number): boolean {
  if (cp >= 0x80 && cp <= 0xa0) return true; // C1 controls and NBSP
  if (cp === 0xad) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // lone surrogates
  return /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u.test(String.fromCodePoint(cp)) && cp !== 0x20;
}
