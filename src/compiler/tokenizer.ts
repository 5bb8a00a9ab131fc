/**
 * The tokenizer: Python 3.12 source text -> tokens, following CPython 3.12's
 * Parser/tokenizer.c (its token boundaries, its error messages and the
 * positions it reports them at).
 *
 * It is pull-based: `next()` produces one token at a time, so an error late
 * in a file is only raised once the parser has asked for the tokens before
 * it, as in CPython. Comments and non-logical newlines (CPython's NL) are not
 * produced. f-strings are tokenized as PEP 701 describes (FSTRING_START,
 * FSTRING_MIDDLE, ordinary tokens for replacement fields, FSTRING_END), see
 * token.ts.
 *
 * Positions (token.ts): 1-based lines, 0-based columns in UTF-16 code units.
 * Errors (errors.ts): 1-based offsets in code points, as CPython.
 *
 * Differences from the C tokenizer that the parser should know about:
 * - Line endings are normalized to '\n' first (CPython translates them too),
 *   so token values never contain '\r'.
 * - Non-ASCII NAME values are NFKC-normalized (PEP 3131; CPython does it in
 *   the parser); the token's positions still cover the source text.
 * - Consecutive FSTRING_MIDDLE pieces (CPython splits at `{{` and `}}`) are
 *   merged into one token, and empty ones are not produced.
 * - Like CPython, characters that start no token (`$`, `?`, a backquote, a
 *   lone `!` outside f-strings) and `<>` come out as OP tokens: the parser
 *   rejects them with "invalid syntax" at their position.
 * - "unexpected character after line continuation character" is placed on
 *   its own line; CPython counts that offset from the start of its buffer,
 *   which is an earlier line when the statement was already continued.
 * - Errors CPython reports through pegen keep pegen's positions: "'(' was
 *   never closed" has endOffset 0, "unexpected EOF while parsing" and the
 *   unindent IndentationError have endOffset -1, TabError is at offset 1.
 *   `errorCode` says which of CPython's error paths an error took, for the
 *   parser's re-tokenizing after a generic "invalid syntax" error.
 * - The null byte error is the one for files ("source code cannot contain
 *   null bytes", at the line holding it); compile() of a string says
 *   "source code string cannot contain null bytes" without a position.
 */
import type { Token, TokenKind } from './token.js';
import { PySyntaxError, type SyntaxErrorKind } from './errors.js';

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;

const EOF = -1;
const NL = 10;
const SPACE = 32;
const TAB = 9;
const FF = 12;
const HASH = 35;
const BACKSLASH = 92;
const SQUOTE = 39;
const DQUOTE = 34;
const LBRACE = 123;
const RBRACE = 125;

/** Bit 1: identifier start (ASCII); bit 2: identifier char; bit 4: digit; bit 8: hex digit. */
const CLS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let f = 0;
  if (/[A-Za-z_]/.test(ch)) f |= 1 | 2;
  if (/[0-9]/.test(ch)) f |= 2 | 4 | 8;
  if (/[A-Fa-f]/.test(ch)) f |= 8;
  CLS[c] = f;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isXDigit = (c: number): boolean => c >= 0 && c < 128 && (CLS[c]! & 8) !== 0;
/** CPython's is_potential_identifier_char (c >= 128 included). */
const isIdentChar = (c: number): boolean => (c >= 128 ? true : c >= 0 && (CLS[c]! & 2) !== 0);
const isIdentStart = (c: number): boolean => (c >= 128 ? true : c >= 0 && (CLS[c]! & 1) !== 0);

const VALID_IDENT = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Py_UNICODE_ISPRINTABLE. */
function isPrintable(cp: number): boolean {
  if (cp === SPACE) return true;
  if (cp < 128) return cp > SPACE && cp < 127;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : '0000'.slice(h.length) + h;
}

/** Two-character operators (CPython's _PyToken_TwoChars), keyed by c1 * 128 + c2. */
const TWO = new Set<number>();
/** Three-character operators other than '...', keyed by the two-char prefix then c3. */
const THREE = new Map<number, number>();
for (const op of ['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=']) {
  TWO.add(op.charCodeAt(0) * 128 + op.charCodeAt(1));
}
for (const op of ['**=', '//=', '>>=', '<<=']) {
  THREE.set(op.charCodeAt(0) * 128 + op.charCodeAt(1), op.charCodeAt(2));
}

/** CPython's tokenizer error codes (tok->done), see Tokenizer.errorCode. */
export type TokenizerErrorCode = 'E_ERROR' | 'E_EOF' | 'E_DEDENT' | 'E_TABSPACE' | 'E_TOODEEP' | 'E_LINECONT';

export interface TokenizerWarning {
  category: 'SyntaxWarning';
  msg: string;
  lineno: number;
}

function errorCodeOf(e: PySyntaxError): TokenizerErrorCode {
  if (e.kind === 'TabError') return 'E_TABSPACE';
  if (e.msg === 'unindent does not match any outer indentation level') return 'E_DEDENT';
  if (e.msg === 'too many levels of indentation') return 'E_TOODEEP';
  if (e.msg === 'unexpected character after line continuation character') return 'E_LINECONT';
  if (e.msg === 'unexpected EOF while parsing' || (e.msg.endsWith("' was never closed") && e.msg.length === 20)) return 'E_EOF';
  return 'E_ERROR';
}

const enum Kind {
  Regular,
  FString,
}

/** One entry of CPython's tok_mode_stack. */
interface Mode {
  kind: Kind;
  quote: number;
  quoteSize: number;
  raw: boolean;
  /** Index of the f-string's first character (its prefix), its line and that line's start. */
  start: number;
  startLine: number;
  startLineStart: number;
  curlyDepth: number;
  exprStartDepth: number;
  inFormatSpec: boolean;
  debug: boolean;
}

function regularMode(): Mode {
  return {
    kind: Kind.Regular,
    quote: 0,
    quoteSize: 0,
    raw: false,
    start: 0,
    startLine: 0,
    startLineStart: 0,
    curlyDepth: 0,
    exprStartDepth: -1,
    inFormatSpec: false,
    debug: false,
  };
}

export class Tokenizer {
  private readonly src: string;
  /** Index where tokenizing stops (the start of a line holding a NUL byte, or the end). */
  private readonly end: number;
  /** Whether the final '\n' of `src` was added by us. */
  private readonly synthesizedNewline: boolean;
  private readonly nulAt: number;
  private linesCache: string[] | null = null;

  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private atBol = true;
  private pendin = 0;
  private indstack: number[] = [0];
  private altindstack: number[] = [0];
  private parenChar: number[] = [];
  private parenLine: number[] = [];
  private parenCol: number[] = [];
  private parenLineStart: number[] = [];
  private modes: Mode[] = [regularMode()];
  private finished: Token | null = null;
  private failed: PySyntaxError | null = null;

  constructor(
    source: string,
    readonly filename: string,
  ) {
    let src = source;
    if (src.indexOf('\r') >= 0) src = src.replace(/\r\n?/g, '\n');
    this.synthesizedNewline = src.length > 0 && src.charCodeAt(src.length - 1) !== NL;
    if (this.synthesizedNewline) src += '\n';
    this.src = src;
    const nul = src.indexOf('\0');
    this.nulAt = nul;
    this.end = nul < 0 ? src.length : src.lastIndexOf('\n', nul) + 1;
  }

  /** The source lines (without line endings), for error messages. */
  get lines(): string[] {
    if (this.linesCache === null) {
      const l = this.src.split('\n');
      l.pop(); // src always ends with '\n' (or is empty)
      this.linesCache = l;
    }
    return this.linesCache;
  }

  // ---------------------------------------------------------------- errors

  private lineText(lineno: number): string {
    return this.lines[lineno - 1] ?? '';
  }

  /** Number of code points in src[from, to). */
  private cpLen(from: number, to: number): number {
    let n = 0;
    const s = this.src;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > from) {
        const p = s.charCodeAt(i - 1);
        if (p >= 0xd800 && p <= 0xdbff) continue;
      }
      n++;
    }
    return n;
  }

  /** An error whose offset is the number of characters before `cur` on its line (CPython's syntaxerror()). */
  private errorAt(
    msg: string,
    lineno: number,
    lineStart: number,
    cur: number,
    kind: SyntaxErrorKind = 'SyntaxError',
    endOffset?: number,
  ): PySyntaxError {
    const offset = this.cpLen(lineStart, cur);
    return new PySyntaxError(kind, msg, this.filename, lineno, offset, this.lineText(lineno), lineno, endOffset ?? offset);
  }

  /** syntaxerror() at the current position. */
  private error(msg: string, cur = this.pos): PySyntaxError {
    return this.errorAt(msg, this.line, this.lineStart, cur);
  }

  /** Called when scanning reached this.end: a NUL byte stops the tokenizer there. */
  private checkNul(): void {
    if (this.nulAt < 0) return;
    let ln = 1;
    for (let i = 0; i < this.end; i++) if (this.src.charCodeAt(i) === NL) ln++;
    const text = this.src.slice(this.end, this.nulAt);
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', this.filename, ln, 0, text, ln, 0);
  }

  /** E_EOF inside brackets: the innermost open bracket was never closed (no end offset, as CPython). */
  private neverClosed(): PySyntaxError {
    const level = this.parenChar.length;
    const ln = this.parenLine[level - 1]!;
    const ls = this.parenLineStart[level - 1]!;
    const ch = String.fromCharCode(this.parenChar[level - 1]!);
    const offset = this.cpLen(ls, ls + this.parenCol[level - 1]!) + 1;
    return new PySyntaxError('SyntaxError', `'${ch}' was never closed`, this.filename, ln, offset, this.lineText(ln), ln, 0);
  }

  /** E_EOF outside brackets: at tok->cur, which is past the newline of the current line. */
  private unexpectedEof(): PySyntaxError {
    const offset = this.cpLen(this.lineStart, this.pos);
    return new PySyntaxError('SyntaxError', 'unexpected EOF while parsing', this.filename, this.line, offset, this.lineText(this.line), this.line, -1);
  }

  // ---------------------------------------------------------------- tokens

  private tok(kind: TokenKind, start: number, startLine: number, startLineStart: number, end: number): Token {
    return {
      kind,
      value: this.src.slice(start, end),
      line: startLine,
      col: start - startLineStart,
      endLine: this.line,
      endCol: end - this.lineStart,
    };
  }

  /** Consumes a '\n' at this.pos. */
  private newlineAt(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  /** Returns the next token; throws PySyntaxError (again on every later call, once it has failed). */
  next(): Token {
    if (this.finished) return this.finished;
    if (this.failed) throw this.failed;
    try {
      for (;;) {
        const modes = this.modes;
        const m = modes[modes.length - 1]!;
        const t = m.kind === Kind.Regular ? this.normal(m) : this.fstring(m);
        if (t !== null) return t;
      }
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.failed = e;
        this.errorCode = errorCodeOf(e);
      }
      throw e;
    }
  }

  /**
   * For the parser's `_PyPegen_tokenize_full_source_to_check_for_errors`:
   * how the C tokenizer would have reported the error thrown last. 'E_ERROR'
   * errors are raised by the tokenizer itself and replace a generic "invalid
   * syntax" from the parser; the others are error codes that pegen turns into
   * an exception (during that check only an unclosed bracket, see
   * `unclosedBracketError`, replaces the parser's error).
   */
  errorCode: TokenizerErrorCode | null = null;

  /**
   * The warnings CPython's tokenizer issues (with PyErr_WarnExplicit, by line
   * only): a number directly followed by a keyword ("1if x else y": invalid
   * decimal literal) and `\{` / `\}` in a non-raw f-string (invalid escape
   * sequence). The compiler decides how to report them.
   */
  readonly warnings: TokenizerWarning[] = [];

  /** The innermost open bracket (CPython's parenstack top), or null. */
  get openBracket(): { char: string; line: number; col: number } | null {
    const n = this.parenChar.length;
    if (n === 0) return null;
    return { char: String.fromCharCode(this.parenChar[n - 1]!), line: this.parenLine[n - 1]!, col: this.parenCol[n - 1]! };
  }

  /** "'(' was never closed" for the innermost open bracket, or null when none is open. */
  unclosedBracketError(): PySyntaxError | null {
    return this.parenChar.length > 0 ? this.neverClosed() : null;
  }

  /** Whether the tokenizer is inside an f-string (CPython's tok_mode_stack_index > 0). */
  get inFString(): boolean {
    return this.modes.length > 1;
  }

  private endmarker(): Token {
    const t: Token = { kind: 'ENDMARKER', value: '', line: this.line, col: 0, endLine: this.line, endCol: 0 };
    this.finished = t;
    return t;
  }

  /** A backslash at this.pos - 1 has been read: the next character must be a newline (tok_continuation_line). */
  private continuation(): void {
    const s = this.src;
    if (s.charCodeAt(this.pos) !== NL || this.pos >= this.end) {
      if (this.pos >= this.end) this.checkNul();
      // E_LINECONT: the character after the backslash.
      const cur = this.pos < this.end ? this.pos + 1 : this.pos;
      throw this.errorAt('unexpected character after line continuation character', this.line, this.lineStart, cur, 'SyntaxError', 0);
    }
    this.pos++; // the newline: the line counter advances only once the next line is read
    if (this.pos >= this.end) {
      this.checkNul();
      throw this.parenChar.length > 0 ? this.neverClosed() : this.unexpectedEof();
    }
    this.line++;
    this.lineStart = this.pos;
  }

  private normal(mode: Mode): Token | null {
    const s = this.src;
    const end = this.end;
    let c: number;
    let blankline = false;

    // nextline:
    for (;;) {
      blankline = false;
      if (this.atBol) {
        this.atBol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        for (;;) {
          c = this.pos < end ? s.charCodeAt(this.pos) : EOF;
          if (c === SPACE) {
            col++;
            altcol++;
          } else if (c === TAB) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
            altcol = altcol + 1;
          } else if (c === FF) {
            col = altcol = 0;
          } else if (c === BACKSLASH) {
            contLineCol = contLineCol ? contLineCol : col;
            this.pos++;
            this.continuation();
            continue;
          } else break;
          this.pos++;
        }
        if (c === EOF) this.checkNul();
        if (c === HASH || c === NL) blankline = true;
        if (!blankline && this.parenChar.length === 0) {
          if (contLineCol) col = altcol = contLineCol;
          const ind = this.indstack;
          const alt = this.altindstack;
          const top = ind.length - 1;
          if (col === ind[top]) {
            if (altcol !== alt[top]) throw this.tabError();
          } else if (col > ind[top]!) {
            if (top + 1 >= MAXINDENT) {
              throw new PySyntaxError('IndentationError', 'too many levels of indentation', this.filename, this.line, 1, this.lineText(this.line), this.line, 0);
            }
            if (altcol <= alt[top]!) throw this.tabError();
            this.pendin++;
            ind.push(col);
            alt.push(altcol);
          } else {
            while (ind.length > 1 && col < ind[ind.length - 1]!) {
              this.pendin--;
              ind.pop();
              alt.pop();
            }
            if (col !== ind[ind.length - 1]) {
              const text = this.lineText(this.line);
              throw new PySyntaxError(
                'IndentationError',
                'unindent does not match any outer indentation level',
                this.filename,
                this.line,
                this.cpLen(this.lineStart, this.lineStart + text.length) + 1,
                text,
                this.line,
                -1,
              );
            }
            if (altcol !== alt[alt.length - 1]) throw this.tabError();
          }
        }
      }

      if (this.pendin !== 0) {
        const col = this.pos - this.lineStart;
        if (this.pendin < 0) {
          this.pendin++;
          return { kind: 'DEDENT', value: '', line: this.line, col, endLine: this.line, endCol: col };
        }
        this.pendin--;
        return { kind: 'INDENT', value: '', line: this.line, col: 0, endLine: this.line, endCol: col };
      }

      // again:
      for (;;) {
        do {
          c = this.pos < end ? s.charCodeAt(this.pos++) : EOF;
        } while (c === SPACE || c === TAB || c === FF);
        if (c === EOF) break;
        let start = this.pos - 1;

        if (c === HASH) {
          // Skip the comment, not its newline.
          const nl = s.indexOf('\n', this.pos);
          this.pos = nl < 0 || nl >= end ? end : nl;
          start = this.pos;
          c = this.pos < end ? s.charCodeAt(this.pos++) : EOF;
          if (c === EOF) break;
        }

        // Identifier (and string prefixes)
        if (isIdentStart(c)) return this.identifierOrString(c, start);

        if (c === NL) {
          const nlLine = this.line;
          const nlLineStart = this.lineStart;
          this.line++;
          this.lineStart = this.pos;
          this.atBol = true;
          if (blankline || this.parenChar.length > 0) break; // goto nextline
          const synth = this.synthesizedNewline && this.pos === s.length;
          return {
            kind: 'NEWLINE',
            value: synth ? '' : '\n',
            line: nlLine,
            col: start - nlLineStart,
            endLine: nlLine,
            endCol: start - nlLineStart + 1,
          };
        }

        if (c === 46 /* . */) {
          const c2 = s.charCodeAt(this.pos);
          if (isDigit(c2) && this.pos < end) {
            this.pos++;
            return this.number(start, 'fraction', c2);
          }
          if (c2 === 46 && s.charCodeAt(this.pos + 1) === 46 && this.pos + 1 < end) {
            this.pos += 2;
          }
          return this.tok('OP', start, this.line, this.lineStart, this.pos);
        }

        if (isDigit(c)) return this.number(start, 'start', c);

        if (c === SQUOTE || c === DQUOTE) return this.string(start, c);

        if (c === BACKSLASH) {
          this.continuation();
          continue; // goto again
        }

        return this.punctuation(c, start, mode);
      }
      if (c === EOF) {
        this.checkNul();
        if (this.parenChar.length > 0) throw this.neverClosed();
        return this.endmarker();
      }
      // goto nextline
    }
  }

  private tabError(): PySyntaxError {
    return new PySyntaxError('TabError', 'inconsistent use of tabs and spaces in indentation', this.filename, this.line, 1, this.lineText(this.line), this.line, 0);
  }

  private identifierOrString(c: number, start: number): Token | null {
    const s = this.src;
    const end = this.end;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    // Only b, r, u and f (any case) can start a string prefix.
    const lower = c | 32;
    if (lower === 98 || lower === 114 || lower === 117 || lower === 102) for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      c = this.pos < end ? s.charCodeAt(this.pos++) : EOF;
      if (c === SQUOTE || c === DQUOTE) {
        if (sawF) return this.fstringStart(start, c, sawR);
        return this.string(start, c);
      }
    }
    let nonascii = false;
    if (isIdentChar(c)) {
      nonascii = c >= 128;
      let p = this.pos;
      while (p < end) {
        const ch = s.charCodeAt(p);
        if (ch < 128) {
          if ((CLS[ch]! & 2) === 0) break;
        } else nonascii = true;
        p++;
      }
      this.pos = p;
    } else if (c !== EOF) this.pos--;
    if (!nonascii) return this.tok('NAME', start, this.line, this.lineStart, this.pos);
    const name = s.slice(start, this.pos);
    if (!VALID_IDENT.test(name)) {
      let i = 0;
      let first = true;
      for (const ch of name) {
        if (!(first ? XID_START : XID_CONTINUE).test(ch)) {
          const cp = ch.codePointAt(0)!;
          const cur = start + i + ch.length;
          const msg = isPrintable(cp) ? `invalid character '${ch}' (U+${hex4(cp)})` : `invalid non-printable character U+${hex4(cp)}`;
          throw this.error(msg, cur);
        }
        first = false;
        i += ch.length;
      }
    }
    const t = this.tok('NAME', start, this.line, this.lineStart, this.pos);
    t.value = name.normalize('NFKC');
    return t;
  }

  private fstringStart(start: number, quote: number, raw: boolean): Token {
    const s = this.src;
    let quoteSize = 1;
    if (s.charCodeAt(this.pos) === quote && s.charCodeAt(this.pos + 1) === quote && this.pos + 1 < this.end) {
      quoteSize = 3;
      this.pos += 2;
    }
    if (this.modes.length >= MAXFSTRINGLEVEL) throw this.error('too many nested f-strings');
    this.modes.push({
      kind: Kind.FString,
      quote,
      quoteSize,
      raw,
      start,
      startLine: this.line,
      startLineStart: this.lineStart,
      curlyDepth: 0,
      exprStartDepth: -1,
      inFormatSpec: false,
      debug: false,
    });
    return this.tok('FSTRING_START', start, this.line, this.lineStart, this.pos);
  }

  /** A string literal (not an f-string) whose opening quote was just read. */
  private string(start: number, quote: number): Token {
    const s = this.src;
    const end = this.end;
    const firstLine = this.line;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (s.charCodeAt(this.pos) === quote && this.pos < end) {
      if (s.charCodeAt(this.pos + 1) === quote && this.pos + 1 < end) {
        quoteSize = 3;
        this.pos += 2;
      } else {
        this.pos++;
        endQuoteSize = 1; // empty string
      }
    }
    while (endQuoteSize !== quoteSize) {
      if (this.pos >= end) {
        this.checkNul();
        throw this.unterminatedString(start, quote, quoteSize, firstLine, firstLineStart, this.lines.length);
      }
      const c = s.charCodeAt(this.pos);
      if (c === NL) {
        if (quoteSize === 1) throw this.unterminatedString(start, quote, quoteSize, firstLine, firstLineStart, this.line);
        this.newlineAt();
        endQuoteSize = 0;
        continue;
      }
      this.pos++;
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === BACKSLASH && this.pos < end) {
          if (s.charCodeAt(this.pos) === NL) this.newlineAt();
          else this.pos++;
        }
      }
    }
    return this.tok('STRING', start, firstLine, firstLineStart, this.pos);
  }

  private unterminatedString(start: number, quote: number, quoteSize: number, firstLine: number, firstLineStart: number, detected: number): PySyntaxError {
    const modes = this.modes;
    if (modes.length > 1) {
      const m = modes[modes.length - 1]!;
      if (m.quote === quote && m.quoteSize === quoteSize) {
        return this.errorAt("f-string: expecting '}'", firstLine, firstLineStart, start + 1);
      }
    }
    const msg =
      quoteSize === 3
        ? `unterminated triple-quoted string literal (detected at line ${detected})`
        : `unterminated string literal (detected at line ${detected})`;
    return this.errorAt(msg, firstLine, firstLineStart, start + 1);
  }

  private number(start: number, state: 'start' | 'fraction', first: number): Token {
    const s = this.src;
    const end = this.end;
    const next = (): number => (this.pos < end ? s.charCodeAt(this.pos++) : EOF);
    const backup = (ch: number): void => {
      if (ch !== EOF) this.pos--;
    };
    let c = first;
    let goto: 'fraction' | 'exponent' | 'imaginary' | 'done' | 'decimal' = state === 'fraction' ? 'fraction' : 'decimal';
    if (state === 'start') {
      if (c === 48) {
        c = next();
        if (c === 120 || c === 88) {
          c = next();
          do {
            if (c === 95) c = next();
            if (!isXDigit(c)) {
              backup(c);
              throw this.error('invalid hexadecimal literal');
            }
            do c = next();
            while (isXDigit(c));
          } while (c === 95);
          this.verifyEndOfNumber(c, 'hexadecimal');
          goto = 'done';
        } else if (c === 111 || c === 79) {
          c = next();
          do {
            if (c === 95) c = next();
            if (c < 48 || c >= 56) {
              if (isDigit(c)) throw this.error(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
              backup(c);
              throw this.error('invalid octal literal');
            }
            do c = next();
            while (c >= 48 && c < 56);
          } while (c === 95);
          if (isDigit(c)) throw this.error(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
          this.verifyEndOfNumber(c, 'octal');
          goto = 'done';
        } else if (c === 98 || c === 66) {
          c = next();
          do {
            if (c === 95) c = next();
            if (c !== 48 && c !== 49) {
              if (isDigit(c)) throw this.error(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
              backup(c);
              throw this.error('invalid binary literal');
            }
            do c = next();
            while (c === 48 || c === 49);
          } while (c === 95);
          if (isDigit(c)) throw this.error(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
          this.verifyEndOfNumber(c, 'binary');
          goto = 'done';
        } else {
          let nonzero = false;
          for (;;) {
            if (c === 95) {
              c = next();
              if (!isDigit(c)) {
                backup(c);
                throw this.error('invalid decimal literal');
              }
            }
            if (c !== 48) break;
            c = next();
          }
          const zerosEnd = this.pos;
          if (isDigit(c)) {
            nonzero = true;
            c = this.decimalTail();
          }
          if (c === 46) {
            c = next();
            goto = 'fraction';
          } else if (c === 101 || c === 69) {
            goto = 'exponent';
          } else if (c === 106 || c === 74) {
            goto = 'imaginary';
          } else if (nonzero) {
            backup(c);
            const off = this.cpLen(this.lineStart, start) + 1;
            throw new PySyntaxError(
              'SyntaxError',
              'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
              this.filename,
              this.line,
              off,
              this.lineText(this.line),
              this.line,
              this.cpLen(this.lineStart, zerosEnd),
            );
          } else {
            this.verifyEndOfNumber(c, 'decimal');
            goto = 'done';
          }
        }
      } else {
        // Decimal
        this.pos--;
        c = this.decimalTail();
        if (c === 46) {
          c = next();
          goto = 'fraction';
        } else if (c === 101 || c === 69) {
          goto = 'exponent';
        } else if (c === 106 || c === 74) {
          goto = 'imaginary';
        } else {
          this.verifyEndOfNumber(c, 'decimal');
          goto = 'done';
        }
      }
    } else {
      // '.' digit: `c` is the digit, already consumed
      goto = 'fraction';
    }

    if (goto === 'fraction') {
      if (isDigit(c)) {
        this.pos--;
        c = this.decimalTail();
      }
      if (c === 101 || c === 69) goto = 'exponent';
      else if (c === 106 || c === 74) goto = 'imaginary';
      else {
        this.verifyEndOfNumber(c, 'decimal');
        goto = 'done';
      }
    }
    if (goto === 'exponent') {
      const e = c;
      c = next();
      if (c === 43 || c === 45) {
        c = next();
        if (!isDigit(c)) {
          backup(c);
          throw this.error('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        backup(c);
        this.verifyEndOfNumber(e, 'decimal');
        // verifyEndOfNumber consumed nothing; back up the 'e' itself
        this.pos--;
        return this.tok('NUMBER', start, this.line, this.lineStart, this.pos);
      }
      this.pos--;
      c = this.decimalTail();
      if (c === 106 || c === 74) goto = 'imaginary';
      else {
        this.verifyEndOfNumber(c, 'decimal');
        goto = 'done';
      }
    }
    if (goto === 'imaginary') {
      c = next();
      this.verifyEndOfNumber(c, 'imaginary');
    }
    backup(c);
    return this.tok('NUMBER', start, this.line, this.lineStart, this.pos);
  }

  /** tok_decimal_tail: digits with single underscores; returns the character after them (consumed). */
  private decimalTail(): number {
    const s = this.src;
    const end = this.end;
    let c: number;
    for (;;) {
      do c = this.pos < end ? s.charCodeAt(this.pos++) : EOF;
      while (isDigit(c));
      if (c !== 95) break;
      c = this.pos < end ? s.charCodeAt(this.pos++) : EOF;
      if (!isDigit(c)) {
        if (c !== EOF) this.pos--;
        throw this.error('invalid decimal literal');
      }
    }
    return c;
  }

  /**
   * verify_end_of_number: `c` (consumed) follows a number. A number directly
   * followed by a keyword that can follow it in valid code ("1if x else y")
   * is accepted (CPython warns); any other ASCII identifier character is an
   * error.
   */
  private verifyEndOfNumber(c: number, kind: string): void {
    const s = this.src;
    const p = this.pos; // just after c
    const la = (word: string): boolean => {
      if (!s.startsWith(word, p) || p + word.length > this.end) return false;
      const after = p + word.length < this.end ? s.charCodeAt(p + word.length) : EOF;
      return !isIdentChar(after);
    };
    let r = false;
    if (c === 97) r = la('nd');
    else if (c === 101) r = la('lse');
    else if (c === 102) r = la('or');
    else if (c === 105) {
      const c2 = s.charCodeAt(p);
      r = p < this.end && (c2 === 102 || c2 === 110 || c2 === 115);
    } else if (c === 111) r = la('r');
    else if (c === 110) r = la('ot');
    if (r) {
      this.warnings.push({ category: 'SyntaxWarning', msg: `invalid ${kind} literal`, lineno: this.line });
      return;
    }
    if (c >= 0 && c < 128 && isIdentChar(c)) {
      this.pos--;
      throw this.error(`invalid ${kind} literal`);
    }
  }

  private punctuation(c: number, start: number, mode: Mode): Token {
    const s = this.src;
    const end = this.end;
    const inFString = this.modes.length > 1;

    if ((c === 58 || c === RBRACE || c === 33 || c === LBRACE) && inFString && mode.exprStartDepth >= 0) {
      const cursor = mode.curlyDepth - (c !== LBRACE ? 1 : 0);
      if (c === 58 && cursor === mode.exprStartDepth) {
        mode.kind = Kind.FString;
        mode.inFormatSpec = true;
        return this.tok('OP', start, this.line, this.lineStart, this.pos);
      }
    }

    // Two- and three-character operators
    if (this.pos < end) {
      const c2 = s.charCodeAt(this.pos);
      if (c < 128 && c2 < 128 && TWO.has(c * 128 + c2)) {
        this.pos++;
        const c3 = THREE.get(c * 128 + c2);
        if (c3 !== undefined && this.pos < end && s.charCodeAt(this.pos) === c3) this.pos++;
        return this.tok('OP', start, this.line, this.lineStart, this.pos);
      }
    }

    switch (c) {
      case 40:
      case 91:
      case LBRACE: {
        const level = this.parenChar.length;
        if (level >= MAXLEVEL) throw this.error('too many nested parentheses');
        this.parenChar.push(c);
        this.parenLine.push(this.line);
        this.parenCol.push(start - this.lineStart);
        this.parenLineStart.push(this.lineStart);
        if (inFString) mode.curlyDepth++;
        break;
      }
      case 41:
      case 93:
      case RBRACE: {
        if (inFString && mode.curlyDepth === 0 && c === RBRACE) throw this.error("f-string: single '}' is not allowed");
        const level = this.parenChar.length;
        if (level === 0) throw this.error(`unmatched '${String.fromCharCode(c)}'`);
        const opening = this.parenChar.pop()!;
        const openLine = this.parenLine.pop()!;
        this.parenCol.pop();
        this.parenLineStart.pop();
        if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === LBRACE && c === RBRACE))) {
          if (inFString && opening === LBRACE) {
            const previousBracket = mode.curlyDepth - 1;
            if (previousBracket === mode.exprStartDepth) throw this.error(`f-string: unmatched '${String.fromCharCode(c)}'`);
          }
          const cs = String.fromCharCode(c);
          const os = String.fromCharCode(opening);
          if (openLine !== this.line) {
            throw this.error(`closing parenthesis '${cs}' does not match opening parenthesis '${os}' on line ${openLine}`);
          }
          throw this.error(`closing parenthesis '${cs}' does not match opening parenthesis '${os}'`);
        }
        if (inFString) {
          mode.curlyDepth--;
          if (mode.curlyDepth < 0) throw this.error(`f-string: unmatched '${String.fromCharCode(c)}'`);
          if (c === RBRACE && mode.curlyDepth === mode.exprStartDepth) {
            mode.exprStartDepth--;
            mode.kind = Kind.FString;
            mode.debug = false;
          }
        }
        break;
      }
      default:
        break;
    }

    if (!isPrintable(c)) throw this.error(`invalid non-printable character U+${hex4(c)}`);
    if (c === 61 && mode.exprStartDepth >= 0) mode.debug = true;
    return this.tok('OP', start, this.line, this.lineStart, this.pos);
  }

  /** tok_get_fstring_mode; returns null where CPython would produce an empty FSTRING_MIDDLE. */
  private fstring(mode: Mode): Token | null {
    const s = this.src;
    const end = this.end;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;

    if (s.charCodeAt(this.pos) === LBRACE && this.pos < end) {
      const peek1 = this.pos + 1 < end ? s.charCodeAt(this.pos + 1) : EOF;
      if (peek1 !== LBRACE) {
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) throw this.error('f-string: expressions nested too deeply');
        mode.kind = Kind.Regular;
        return this.normal(mode);
      }
    }

    // At the end of the string?
    const q = mode.quote;
    if (
      this.pos + mode.quoteSize <= end &&
      s.charCodeAt(this.pos) === q &&
      (mode.quoteSize === 1 || (s.charCodeAt(this.pos + 1) === q && s.charCodeAt(this.pos + 2) === q))
    ) {
      this.pos += mode.quoteSize;
      this.modes.pop();
      return this.tok('FSTRING_END', start, startLine, startLineStart, this.pos);
    }

    // f_string_middle: the literal text up to the next field, or the end.
    let pieces: string[] | null = null;
    let pieceStart = start;
    let endQuoteSize = 0;
    let unicodeEscape = false;
    const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
    const middle = (stop: number): Token | null => {
      let value = s.slice(pieceStart, stop);
      if (pieces !== null) {
        pieces.push(value);
        value = pieces.join('');
      }
      if (value.length === 0) return null;
      return {
        kind: 'FSTRING_MIDDLE',
        value,
        line: startLine,
        col: start - startLineStart,
        endLine: this.line,
        endCol: stop - this.lineStart,
      };
    };

    while (endQuoteSize !== mode.quoteSize) {
      const c = this.pos < end ? s.charCodeAt(this.pos) : EOF;
      if (c === EOF || (mode.quoteSize === 1 && c === NL)) {
        if (c === EOF) this.checkNul();
        if (inFormatSpec && c === NL) {
          mode.kind = Kind.Regular;
          mode.inFormatSpec = false;
          return middle(this.pos);
        }
        const detected = c === EOF ? this.lines.length : this.line;
        const msg =
          mode.quoteSize === 3
            ? `unterminated triple-quoted f-string literal (detected at line ${detected})`
            : `unterminated f-string literal (detected at line ${detected})`;
        throw this.errorAt(msg, mode.startLine, mode.startLineStart, mode.start + 1);
      }
      if (c === NL) {
        this.newlineAt();
        endQuoteSize = 0;
        continue;
      }
      this.pos++;
      if (c === q) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === LBRACE) {
        const peek = this.pos < end ? s.charCodeAt(this.pos) : EOF;
        if (peek !== LBRACE || inFormatSpec) {
          this.pos--;
          mode.exprStartDepth++;
          if (mode.exprStartDepth >= MAX_EXPR_NESTING) throw this.error('f-string: expressions nested too deeply');
          mode.kind = Kind.Regular;
          return middle(this.pos);
        }
        // '{{': keep one brace, skip the other
        (pieces ??= []).push(s.slice(pieceStart, this.pos));
        this.pos++;
        pieceStart = this.pos;
        unicodeEscape = false;
        continue;
      }
      if (c === RBRACE) {
        if (unicodeEscape) {
          unicodeEscape = false;
          continue;
        }
        const peek = this.pos < end ? s.charCodeAt(this.pos) : EOF;
        if (peek === RBRACE && !inFormatSpec && mode.curlyDepth === 0) {
          (pieces ??= []).push(s.slice(pieceStart, this.pos));
          this.pos++;
          pieceStart = this.pos;
          continue;
        }
        this.pos--;
        mode.kind = Kind.Regular;
        return middle(this.pos);
      }
      if (c === BACKSLASH) {
        let peek = this.pos < end ? s.charCodeAt(this.pos) : EOF;
        if (peek === LBRACE || peek === RBRACE) {
          if (!mode.raw) {
            this.warnings.push({ category: 'SyntaxWarning', msg: `invalid escape sequence '\\${String.fromCharCode(peek)}'`, lineno: this.line });
          }
          continue;
        }
        if (peek === EOF) continue;
        if (peek === NL) {
          this.newlineAt();
          continue;
        }
        this.pos++;
        if (!mode.raw && peek === 78 /* N */) {
          peek = this.pos < end ? s.charCodeAt(this.pos) : EOF;
          if (peek === LBRACE) {
            this.pos++;
            unicodeEscape = true;
          }
        }
      }
    }
    // Back up the closing quotes: FSTRING_END comes next.
    this.pos -= mode.quoteSize;
    return middle(this.pos);
  }
}

export function tokenizeAll(source: string, filename: string): Token[] {
  const t = new Tokenizer(source, filename);
  const out: Token[] = [];
  for (;;) {
    const tok = t.next();
    out.push(tok);
    if (tok.kind === 'ENDMARKER') return out;
  }
}
