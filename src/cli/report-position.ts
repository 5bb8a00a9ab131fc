/**
 * Where CPython 3.12 *reports* a compile error, which is not always where
 * gilvm's compiler says it is. The compiler reports every error as
 * `compile(str, ...)` would: columns in characters, the line's text
 * attached. CPython's reports depend on how the program came in and on which
 * stage raised the error:
 *
 * | stage | program given as text (`-c`) | given as bytes (script, stdin, py_compile, compileall, dis) |
 * |---|---|---|
 * | tokenizer (`syntaxerror()` in tokenizer.c) | characters | characters |
 * | parser (pegen's `RAISE_*`) | characters | UTF-8 bytes, unless the source declares its encoding (BOM or coding cookie) |
 * | compiler (symtable, codegen) | UTF-8 bytes | UTF-8 bytes |
 *
 * - Parser: `_PyPegen_raise_error_known_location` converts the byte column to
 *   characters only when `tok->encoding` is set, which for bytes input
 *   happens only with a BOM or a PEP 263 cookie.
 * - Compiler: `compiler_error` passes the AST's byte column as it is, and
 *   takes the line's text from the file named in the code
 *   (`PyErr_ProgramTextObject`): none for `<string>` or `<stdin>`.
 *
 * Columns only differ on lines with non-ASCII text before the error; the text
 * differs for every compiler error read from `-c` or stdin.
 */
import { PySyntaxError } from '../compiler/errors.js';
import type { PyCompileError } from '../compiler/errors.js';
import { tokenizeAll } from '../compiler/tokenizer.js';

export type Stage = 'tokenizer' | 'parser' | 'compiler';

export interface ProgramInput {
  /** The program came as bytes (a file or stdin) rather than as text (`-c`). */
  fromBytes: boolean;
  /** The bytes start with a UTF-8 BOM or a PEP 263 coding cookie. */
  declaresEncoding: boolean;
  /** The code's filename names a readable file (a script, not `<string>`/`<stdin>`). */
  filenameIsFile: boolean;
}

/** Errors the tokenizer detects but pegen raises (`_Pypegen_tokenizer_error`, `_PyPegen_set_syntax_error`). */
const RAISED_BY_PEGEN = [
  /^'.' was never closed$/,
  /^unindent does not match any outer indentation level$/,
  /^inconsistent use of tabs and spaces in indentation$/,
  /^too many levels of indentation$/,
  /^unexpected character after line continuation character$/,
  /^unexpected EOF while parsing$/,
];

/** Which stage raised `err`, an error from parsing `source` (not from code generation). */
export function parseErrorStage(err: PySyntaxError, source: string, filename: string): Stage {
  if (RAISED_BY_PEGEN.some((re) => re.test(err.msg))) return 'parser';
  try {
    tokenizeAll(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError && e.msg === err.msg && e.lineno === err.lineno && e.offset === err.offset) {
      return 'tokenizer';
    }
  }
  return 'parser';
}

/** A BOM, or a coding cookie on line 1 or 2 (PEP 263). */
export function declaresEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const lines = head.split(/\r\n|\r|\n/, 2);
  const cookie = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;
  if (cookie.test(lines[0] ?? '')) return true;
  return /^[ \t\f]*(#.*)?$/.test(lines[0] ?? '') && cookie.test(lines[1] ?? '');
}

function sourceLine(source: string, lineno: number): string | null {
  const lines = source.split(/\r\n|\r|\n/);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1]! : null;
}

/** 1-based character column on `line` to 1-based UTF-8 byte column. */
function toByteColumn(line: string | null, col: number): number {
  if (line === null || col <= 1) return col;
  const chars = [...line];
  const before = chars.slice(0, col - 1).join('');
  const extra = col - 1 - chars.length; // columns past the end of the line
  return Buffer.byteLength(before, 'utf8') + Math.max(0, extra) + 1;
}

/** `err` as CPython would report it for a program that came in as `input`. */
export function asCPythonReports(err: PyCompileError, stage: Stage, input: ProgramInput, source: string): PyCompileError {
  if (!(err instanceof PySyntaxError)) return err;
  const bytesColumns = stage === 'compiler' || (stage === 'parser' && input.fromBytes && !input.declaresEncoding);
  const dropText = stage === 'compiler' && !input.filenameIsFile;
  if (!bytesColumns && !dropText) return err;
  let { offset, endOffset } = err;
  if (bytesColumns) {
    offset = toByteColumn(sourceLine(source, err.lineno), err.offset);
    endOffset = err.endOffset > 0 ? toByteColumn(sourceLine(source, err.endLineno), err.endOffset) : err.endOffset;
    if (offset === err.offset && endOffset === err.endOffset && !dropText) return err;
  }
  return new PySyntaxError(
    err.kind,
    err.msg,
    err.filename,
    err.lineno,
    offset,
    dropText ? null : err.text,
    err.endLineno,
    endOffset,
  );
}

/**
 * CPython's file tokenizer checks each line of a source with no declared
 * encoding for UTF-8 as it reads it (tokenizer.c `ensure_utf8`, lenient like
 * its `valid_utf8`): the first bad byte is a SyntaxError without a location.
 * This is what `python x.py` and `python - < x.py` report; `compile(bytes)`
 * (py_compile, dis) decodes differently. Returns that error's message, or
 * null when every line is UTF-8.
 */
export function nonUtf8FileError(bytes: Uint8Array, filename: string): string | null {
  let line = 1;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i]!;
    if (c === 0x0a) {
      line++;
      i++;
      continue;
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    let expected: number;
    if (c < 0xc0) expected = -1;
    else if (c < 0xe0) expected = 1;
    else if (c < 0xf0) expected = 2;
    else if (c < 0xf8) expected = 3;
    else expected = -1;
    let ok = expected > 0;
    for (let k = 1; ok && k <= expected; k++) {
      const b = i + k < n ? bytes[i + k]! : 0;
      if (b < 0x80 || b >= 0xc0) ok = false;
    }
    if (!ok) {
      const hex = c.toString(16).padStart(2, '0');
      return (
        `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, ` +
        'but no encoding declared; see https://peps.python.org/pep-0263/ for details'
      );
    }
    i += expected + 1;
  }
  return null;
}
