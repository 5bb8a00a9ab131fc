/**
 * The parser's token buffer, error reporting and expression grammar
 * (statements are in parser.ts).
 */
import type * as A from './ast.js';
import { Ellipsis, PyComplex } from './ast.js';
import { PyCompileRecursionError, PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { LiteralError, decodeFStringMiddle, decodeStringToken, fstringStartIsRaw, parseNumber } from './strings.js';
import type { Token } from './token.js';
import type { Tokenizer } from './tokenizer.js';

export const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

export interface Pos {
  end_lineno: number;
  end_col_offset: number;
}

/** Parser nesting past this raises CPython's RecursionError-like error. */
const MAX_DEPTH = 3000;

/** Literal text of a string or f-string, with its source span. */
interface TextPart {
  s: string;
  l1: number;
  c1: number;
  l2: number;
  c2: number;
}
type Part = TextPart | A.Expr;

function textPart(s: string, l1: number, c1: number, l2: number, c2: number): TextPart {
  return { s, l1, c1, l2, c2 };
}

const BINOPS_TERM: Record<string, A.Operator> = { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' };
const CMPOPS: Record<string, A.CmpOp> = {
  '==': 'Eq',
  '!=': 'NotEq',
  '<': 'Lt',
  '<=': 'LtE',
  '>': 'Gt',
  '>=': 'GtE',
  in: 'In',
  is: 'Is',
};

/** CPython's _PyPegen_get_expr_name. */
export function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (v === Ellipsis) return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export class ParserBase {
  protected toks: Token[] = [];
  protected pos = 0;
  protected depth = 0;
  /** Nesting of (), [], {} around the current position (for "Perhaps you forgot a comma?"). */
  protected parenLevel = 0;
  private tokError: unknown = null;
  /** "unexpected indent": CPython does not look for tokenizer errors further on. */
  private noRestCheck = false;
  /**
   * eval and single mode: CPython's tokenizer adds no newline at the end of such a source, so
   * where ours synthesized one, CPython's parser stood at ENDMARKER, which has no column.
   */
  protected noImplicitNewline = false;

  constructor(
    protected readonly tz: Tokenizer,
    protected readonly filename: string,
  ) {}

  // ---------------------------------------------------------------- tokens

  protected tok(i: number = this.pos): Token {
    const toks = this.toks;
    // The common case, kept small so that it inlines: the token is already read.
    if (i < toks.length) return toks[i]!;
    return this.readTo(i);
  }

  /** Tokenize on until token `i` is read. */
  private readTo(i: number): Token {
    const toks = this.toks;
    while (i >= toks.length) {
      if (this.tokError) throw this.tokError;
      try {
        const t = this.tz.next();
        if (t.kind === 'NAME' && !isAscii(t.value)) {
          toks.push({ ...t, value: t.value.normalize('NFKC') });
        } else toks.push(t);
      } catch (e) {
        this.tokError = e;
        throw e;
      }
    }
    return toks[i]!;
  }

  protected next(): Token {
    const t = this.tok();
    this.pos++;
    return t;
  }

  protected isOp(v: string): boolean {
    const t = this.tok();
    return t.kind === 'OP' && t.value === v;
  }

  protected isKw(v: string): boolean {
    const t = this.tok();
    return t.kind === 'NAME' && t.value === v;
  }

  protected eatOp(v: string): boolean {
    const t = this.tok();
    if (t.kind === 'OP' && t.value === v) {
      this.pos++;
      return true;
    }
    return false;
  }

  protected eatKw(v: string): boolean {
    const t = this.tok();
    if (t.kind === 'NAME' && t.value === v) {
      this.pos++;
      return true;
    }
    return false;
  }

  protected expectOp(v: string): Token {
    const t = this.tok();
    if (t.kind === 'OP' && t.value === v) {
      this.pos++;
      return t;
    }
    if (v === ':') this.error("expected ':'", t);
    return this.fail();
  }

  protected expectName(): Token {
    const t = this.tok();
    if (t.kind === 'NAME' && !KEYWORDS.has(t.value)) {
      this.pos++;
      return t;
    }
    return this.fail();
  }

  /** Index of the token closing the bracket opened at index `i`, or -1 (scans the buffer, tokenizing on). */
  protected matchingClose(i: number): number {
    let level = 0;
    for (let j = i; ; j++) {
      const t = this.tok(j);
      if (t.kind === 'ENDMARKER') return -1;
      if (t.kind === 'OP') {
        const v = t.value;
        if (v === '(' || v === '[' || v === '{') level++;
        else if (v === ')' || v === ']' || v === '}') {
          level--;
          if (level === 0) return j;
        }
      } else if (t.kind === 'NEWLINE' && level <= 0) return -1;
    }
  }

  /** Runs `fn`; on a parse failure (not a tokenizer error) restores the position and returns null. */
  protected tryParse<T>(fn: () => T): T | null {
    const save = this.pos;
    const depth = this.depth;
    const level = this.parenLevel;
    try {
      return fn();
    } catch (e) {
      if (e instanceof PySyntaxError && e !== this.tokError) {
        this.pos = save;
        this.depth = depth;
        this.parenLevel = level;
        return null;
      }
      throw e;
    }
  }

  protected enter(): void {
    if (++this.depth > MAX_DEPTH) throw new PyCompileRecursionError(this.filename);
  }

  // ------------------------------------------------------------- positions

  protected loc(s: Token): A.Located {
    const e = this.toks[this.pos - 1]!;
    return { lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** End line / column of the last token consumed. */
  protected el(): number {
    return this.toks[this.pos - 1]!.endLine;
  }

  protected ec(): number {
    return this.toks[this.pos - 1]!.endCol;
  }

  protected locTok(t: Token): A.Located {
    return { lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
  }

  protected start(s: Token): { lineno: number; col_offset: number } {
    return { lineno: s.line, col_offset: s.col };
  }

  protected locNodes(a: A.Located, b: A.Located): A.Located {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }

  // ---------------------------------------------------------------- errors

  protected lineText(line: number): string | null {
    const l = this.tz.lines[line - 1];
    if (l === undefined) return null;
    return l.replace(/\r?\n$|\r$/, '');
  }

  /** 1-based code point column from a 0-based UTF-16 column. */
  protected offsetOf(line: number, col: number): number {
    const l = this.tz.lines[line - 1];
    if (l === undefined) return col + 1;
    let n = 0;
    for (let i = 0; i < col && i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < col) i++;
      n++;
    }
    return n + (col > l.length ? col - l.length : 0) + 1;
  }

  protected raise(
    kind: SyntaxErrorKind,
    msg: string,
    line: number,
    col: number,
    endLine: number,
    endCol: number,
  ): never {
    throw new PySyntaxError(
      kind,
      msg,
      this.filename,
      line,
      this.offsetOf(line, col),
      this.lineText(line),
      endLine,
      this.offsetOf(endLine, endCol),
    );
  }

  protected error(msg: string, t: Token, kind: SyntaxErrorKind = 'SyntaxError'): never {
    if (t.kind === 'DEDENT' || t.kind === 'ENDMARKER') {
      // CPython locates DEDENT at the next real token, and EOF at the end of the last line (no end column)
      let i = this.toks.indexOf(t);
      while (i >= 0 && this.tok(i).kind === 'DEDENT') i++;
      const n = i >= 0 ? this.tok(i) : t;
      if (n.kind === 'ENDMARKER') {
        const lines = this.tz.lines;
        const ln = Math.max(1, lines.length);
        const len = (lines[ln - 1] ?? '').length;
        throw new PySyntaxError(kind, msg, this.filename, ln, this.offsetOf(ln, len), this.lineText(ln), ln, -1);
      }
      t = n;
    }
    this.raise(kind, msg, t.line, t.col, t.endLine, t.endCol);
  }

  /** CPython's location for errors at INDENT/DEDENT: the width of the line's indentation, no end. */
  protected indentAtLineStart(msg: string, line: number): never {
    const text = this.lineText(line) ?? '';
    const ind = /^[ \t\f]*/.exec(text)![0].length;
    throw new PySyntaxError('IndentationError', msg, this.filename, line, ind, text, line, -1);
  }

  protected indentError(msg: string, t: Token): never {
    if (t.kind === 'DEDENT') {
      let i = this.toks.indexOf(t);
      while (i >= 0 && this.tok(i).kind === 'DEDENT') i++;
      const n = i >= 0 ? this.tok(i) : t;
      if (n.kind !== 'ENDMARKER') this.indentAtLineStart(msg, n.line);
    }
    this.error(msg, t, 'IndentationError');
  }

  protected errorNode(msg: string, n: A.Located): never {
    this.raise('SyntaxError', msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  protected errorRange(msg: string, a: A.Located, b: A.Located): never {
    this.raise('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  protected errorRangeTok(msg: string, a: Token, b: A.Located): never {
    this.raise('SyntaxError', msg, a.line, a.col, b.end_lineno, b.end_col_offset);
  }

  /** `invalid syntax` at the current token (or the indentation errors CPython gives there). */
  /**
   * After a parser error, CPython tokenizes the rest of the source and
   * reports a tokenizer error instead if there is one (an unclosed bracket
   * only when it was opened before the line of the parser's error).
   */
  checkRestOfSource(e: PySyntaxError): void {
    if (this.tokError || this.noRestCheck) return;
    const errLine = Math.max(e.lineno, e.endLineno);
    try {
      for (let n = 0; n < 10_000_000; n++) {
        if (this.tz.next().kind === 'ENDMARKER') break;
      }
    } catch (te) {
      if (!(te instanceof PySyntaxError)) return;
      // errors CPython's tokenizer reports through tok->done, not as exceptions, do not win
      if (
        te.kind === 'TabError' ||
        te.msg === 'unindent does not match any outer indentation level' ||
        te.msg === 'too many levels of indentation' ||
        te.msg === 'unexpected character after line continuation character' ||
        te.msg === 'unexpected EOF while parsing'
      ) {
        return;
      }
      // (CPython's parser has read past a bracket it failed on, so that one counts too)
      let atBracket = te.lineno === e.lineno && te.offset === e.offset;
      if (atBracket) {
        const i = this.toks.findIndex((t) => t.line === e.lineno && this.offsetOf(t.line, t.col) === e.offset);
        const prev = i > 0 ? this.toks[i - 1]! : null;
        if (prev && prev.kind === 'NAME' && (prev.value === 'from' || prev.value === 'import' || prev.value === 'def' || prev.value === 'class' || prev.value === 'as')) {
          atBracket = false;
        }
      }
      if (/ was never closed$/.test(te.msg) && !(errLine > te.lineno) && !atBracket) return;
      throw te;
    }
  }

  /** CPython's RAISE_SYNTAX_ERROR without a location: the furthest token fetched. */
  protected errorLast(msg: string): never {
    const t = this.toks[this.toks.length - 1]!;
    this.error(msg, t);
  }

  protected fail(): never {
    const t = this.tok();
    if (t.kind === 'INDENT') {
      this.noRestCheck = true;
      this.indentAtLineStart('unexpected indent', t.endLine);
    }
    if (t.kind === 'DEDENT') {
      this.noRestCheck = true;
      this.indentError('unexpected unindent', t);
    }
    if (t.kind === 'ENDMARKER' || (t.kind === 'NEWLINE' && t.value === '')) {
      if (this.noImplicitNewline) {
        // RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token with col_offset -1: offset and end offset 0
        throw new PySyntaxError('SyntaxError', 'invalid syntax', this.filename, t.line, 0, this.lineText(t.line), t.line, 0);
      }
      // the synthesized newline spans one column, as CPython's implicit NEWLINE token
      this.raise('SyntaxError', 'invalid syntax', t.line, t.col, t.line, t.kind === 'NEWLINE' ? t.col + 1 : t.col);
    }
    this.error('invalid syntax', t);
  }

  // ------------------------------------------------------------- contexts

  protected setCtx(e: A.Expr, ctx: A.ExprContext): void {
    switch (e._type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        e.ctx = ctx;
        break;
      case 'Starred':
        e.ctx = ctx;
        this.setCtx(e.value, ctx);
        break;
      case 'Tuple':
      case 'List':
        e.ctx = ctx;
        for (const x of e.elts) this.setCtx(x, ctx);
        break;
      default:
        break;
    }
  }

  /** CPython's _PyPegen_get_invalid_target. */
  protected invalidTarget(e: A.Expr, kind: 'Store' | 'Del' | 'For'): A.Expr | null {
    switch (e._type) {
      case 'List':
      case 'Tuple':
        for (const x of e.elts) {
          const c = this.invalidTarget(x, kind);
          if (c) return c;
        }
        return null;
      case 'Starred':
        if (kind === 'Del') return e;
        return this.invalidTarget(e.value, kind);
      case 'Compare':
        if (kind === 'For') {
          if (e.ops[0] === 'In') return this.invalidTarget(e.left, kind);
          return null;
        }
        return e;
      case 'Name':
      case 'Subscript':
      case 'Attribute':
        return null;
      default:
        return e;
    }
  }

  protected checkTarget(e: A.Expr, ctx: 'Store' | 'Del'): void {
    const bad = this.invalidTarget(e, ctx);
    if (bad) this.errorNode(`cannot ${ctx === 'Del' ? 'delete' : 'assign to'} ${exprName(bad)}`, bad);
    this.setCtx(e, ctx);
  }

  // ---------------------------------------------------------- expressions

  protected startsExpression(t: Token): boolean {
    switch (t.kind) {
      case 'NAME':
        if (!KEYWORDS.has(t.value)) return true;
        switch (t.value) {
          case 'None':
          case 'True':
          case 'False':
          case 'not':
          case 'lambda':
          case 'await':
            return true;
        }
        return false;
      case 'NUMBER':
      case 'STRING':
      case 'FSTRING_START':
        return true;
      case 'OP':
        switch (t.value) {
          case '(':
          case '[':
          case '{':
          case '-':
          case '+':
          case '~':
          case '...':
            return true;
        }
        return false;
      default:
        return false;
    }
  }

  /** After a complete expression inside brackets, another expression follows: CPython's "forgot a comma". */
  protected maybeForgotComma(a: A.Expr, s: Token): void {
    if (this.parenLevel === 0) return;
    const t = this.tok();
    if (!this.startsExpression(t)) return;
    if (s.kind === 'NAME' && (s.value === 'match' || s.value === 'case' || s.value === 'type' || s.value === '_')) return;
    if (s.kind === 'NAME' && this.tok(this.toks.indexOf(s) + 1).kind === 'STRING') return;
    if (a._type === 'Lambda' || a._type === 'IfExp' || a._type === 'Starred' || a._type === 'NamedExpr') return;
    const save = this.pos;
    const b = this.tryParse(() => this.expression());
    this.pos = save;
    if (b) this.errorRange('invalid syntax. Perhaps you forgot a comma?', a, b);
  }

  /** expressions (eval mode): expression (',' expression)* [','] */
  protected expressions(): A.Expr {
    const s = this.tok();
    const first = this.expression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression(this.tok())) break;
      elts.push(this.expression());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  /** star_expressions: a Tuple when there is a comma. */
  protected starExpressions(): A.Expr {
    const s = this.tok();
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      const t = this.tok();
      if (!this.startsExpression(t) && !(t.kind === 'OP' && t.value === '*')) break;
      elts.push(this.starExpression());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  protected starExpression(): A.Expr {
    const s = this.tok();
    if (s.kind === 'OP' && s.value === '*') {
      this.pos++;
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return this.expression();
  }

  protected starNamedExpression(): A.Expr {
    const s = this.tok();
    if (s.kind === 'OP' && s.value === '*') {
      this.pos++;
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return this.namedExpression();
  }

  protected namedExpression(checkEquals = true): A.Expr {
    const s = this.tok();
    if (s.kind === 'NAME' && !KEYWORDS.has(s.value)) {
      const n = this.tok(this.pos + 1);
      if (n.kind === 'OP' && n.value === ':=') {
        this.pos += 2;
        const value = this.expression();
        const target: A.Expr = { _type: 'Name', id: s.value, ctx: 'Store', lineno: s.line, col_offset: s.col, end_lineno: s.endLine, end_col_offset: s.endCol };
        return { _type: 'NamedExpr', target, value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
    }
    const e = this.expression();
    if (this.isOp(':=')) {
      if (!checkEquals) this.fail();
      this.errorNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    }
    if (checkEquals && this.isOp('=')) this.invalidNamedEquals(e, s);
    return e;
  }

  /** `(a = 1)` or `if x = 1:`: CPython's invalid_named_expression. */
  protected invalidNamedEquals(e: A.Expr, s: Token): void {
    const save = this.pos;
    this.pos++;
    const b = this.tryParse(() => this.bitwiseOr());
    const after = this.tok();
    this.pos = save;
    if (!b || (after.kind === 'OP' && (after.value === '=' || after.value === ':='))) return;
    if (e._type === 'Name' && s.kind === 'NAME') {
      this.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
    }
    if (
      !(s.kind === 'OP' && (s.value === '(' || s.value === '[')) &&
      !(s.kind === 'NAME' && (s.value === 'True' || s.value === 'False' || s.value === 'None'))
    ) {
      this.errorNode(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    }
  }

  protected expression(): A.Expr {
    const t = this.tok();
    if (t.kind === 'NAME' && t.value === 'lambda') return this.lambdef();
    this.enter();
    const body = this.disjunction();
    if (this.isKw('if')) {
      this.pos++;
      const test = this.disjunction();
      if (!this.isKw('else')) {
        if (this.isOp(':')) this.fail();
        this.errorRange("expected 'else' after 'if' expression", body, test);
      }
      this.pos++;
      const orelse = this.expression();
      this.depth--;
      return { _type: 'IfExp', test, body, orelse, lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    this.depth--;
    return body;
  }

  protected lambdef(): A.Expr {
    const s = this.next();
    this.enter();
    const args = (this as unknown as { parameters(close: string, ann: boolean): A.Arguments }).parameters(':', false);
    this.expectOp(':');
    const body = this.expression();
    this.depth--;
    return { _type: 'Lambda', args, body, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  protected yieldExpr(): A.Expr {
    const s = this.next();
    if (this.eatKw('from')) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    const t = this.tok();
    const value = this.startsExpression(t) || (t.kind === 'OP' && t.value === '*') ? this.starExpressions() : null;
    return { _type: 'Yield', value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  protected disjunction(): A.Expr {
    const s = this.tok();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return { _type: 'BoolOp', op: 'Or', values, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  protected conjunction(): A.Expr {
    const s = this.tok();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return { _type: 'BoolOp', op: 'And', values, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  protected inversion(): A.Expr {
    const s = this.tok();
    if (s.kind === 'NAME' && s.value === 'not') {
      this.pos++;
      this.enter();
      const operand = this.inversion();
      this.depth--;
      return { _type: 'UnaryOp', op: 'Not', operand, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return this.comparison();
  }

  protected comparison(): A.Expr {
    const s = this.tok();
    const left = this.bitwiseOr();
    let ops: A.CmpOp[] | null = null;
    let comparators: A.Expr[] | null = null;
    for (;;) {
      const t = this.tok();
      let op: A.CmpOp | undefined;
      if (t.kind === 'OP') {
        op = CMPOPS[t.value];
        if (op) this.pos++;
        else if (t.value === '<>') this.fail();
      } else if (t.kind === 'NAME') {
        if (t.value === 'in') {
          op = 'In';
          this.pos++;
        } else if (t.value === 'is') {
          this.pos++;
          if (this.eatKw('not')) op = 'IsNot';
          else op = 'Is';
        } else if (t.value === 'not') {
          const n = this.tok(this.pos + 1);
          if (n.kind === 'NAME' && n.value === 'in') {
            this.pos += 2;
            op = 'NotIn';
          } else {
            this.pos++;
            this.fail();
          }
        }
      }
      if (!op) break;
      (ops ??= []).push(op);
      (comparators ??= []).push(this.bitwiseOr());
    }
    if (!ops) return left;
    return { _type: 'Compare', left, ops, comparators: comparators!, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  protected bitwiseOr(): A.Expr {
    const s = this.tok();
    let left = this.bitwiseXor();
    while (this.isOp('|')) {
      this.pos++;
      const right = this.bitwiseXor();
      left = { _type: 'BinOp', left, op: 'BitOr', right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  private bitwiseXor(): A.Expr {
    const s = this.tok();
    let left = this.bitwiseAnd();
    while (this.isOp('^')) {
      this.pos++;
      const right = this.bitwiseAnd();
      left = { _type: 'BinOp', left, op: 'BitXor', right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  private bitwiseAnd(): A.Expr {
    const s = this.tok();
    let left = this.shiftExpr();
    while (this.isOp('&')) {
      this.pos++;
      const right = this.shiftExpr();
      left = { _type: 'BinOp', left, op: 'BitAnd', right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  private shiftExpr(): A.Expr {
    const s = this.tok();
    let left = this.sum();
    for (;;) {
      const t = this.tok();
      if (t.kind !== 'OP' || (t.value !== '<<' && t.value !== '>>')) break;
      this.pos++;
      const right = this.sum();
      left = { _type: 'BinOp', left, op: t.value === '<<' ? 'LShift' : 'RShift', right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  private sum(): A.Expr {
    const s = this.tok();
    let left = this.term();
    for (;;) {
      const t = this.tok();
      if (t.kind !== 'OP' || (t.value !== '+' && t.value !== '-')) break;
      this.pos++;
      const right = this.term();
      left = { _type: 'BinOp', left, op: t.value === '+' ? 'Add' : 'Sub', right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  private term(): A.Expr {
    const s = this.tok();
    let left = this.factor();
    for (;;) {
      const t = this.tok();
      if (t.kind !== 'OP') break;
      const op = BINOPS_TERM[t.value];
      if (!op) break;
      this.pos++;
      const right = this.factor();
      left = { _type: 'BinOp', left, op, right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  private factor(): A.Expr {
    const s = this.tok();
    if (s.kind === 'OP' && (s.value === '-' || s.value === '+' || s.value === '~')) {
      this.pos++;
      this.enter();
      const operand = this.factor();
      this.depth--;
      const op: A.UnaryOpKind = s.value === '-' ? 'USub' : s.value === '+' ? 'UAdd' : 'Invert';
      return { _type: 'UnaryOp', op, operand, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return this.power();
  }

  private power(): A.Expr {
    const s = this.tok();
    let left: A.Expr;
    if (s.kind === 'NAME' && s.value === 'await') {
      this.pos++;
      const value = this.primary();
      left = { _type: 'Await', value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    } else left = this.primary();
    if (this.isOp('**')) {
      this.pos++;
      this.enter();
      const right = this.factor();
      this.depth--;
      return { _type: 'BinOp', left, op: 'Pow', right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  protected primary(): A.Expr {
    const s = this.tok();
    let e = this.atom();
    for (;;) {
      const t = this.tok();
      if (t.kind !== 'OP') break;
      if (t.value === '.') {
        this.pos++;
        const n = this.expectName();
        e = { _type: 'Attribute', value: e, attr: n.value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      } else if (t.value === '(') {
        this.pos++;
        const { args, keywords } = this.callArgs(t);
        e = { _type: 'Call', func: e, args, keywords, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      } else if (t.value === '[') {
        this.pos++;
        this.parenLevel++;
        const slice = this.slices();
        if (!this.isOp(']')) {
          this.maybeForgotComma(slice, t);
          this.fail();
        }
        this.pos++;
        this.parenLevel--;
        e = { _type: 'Subscript', value: e, slice, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      } else break;
    }
    return e;
  }

  private slices(): A.Expr {
    const s = this.tok();
    const first = this.sliceOrStarred();
    if (!this.isOp(',')) {
      if (first._type === 'Starred') return { _type: 'Tuple', elts: [first], ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.sliceOrStarred());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  private sliceOrStarred(): A.Expr {
    const s = this.tok();
    if (s.kind === 'OP' && s.value === '*') {
      this.pos++;
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    let lower: A.Expr | null = null;
    if (!(s.kind === 'OP' && s.value === ':')) {
      lower = this.namedExpression();
      if (!this.isOp(':')) return lower;
      if (lower._type === 'NamedExpr' && s.kind === 'NAME') {
        // `a[x := 1 : 2]` is invalid: slice bounds are plain expressions
        this.fail();
      }
    }
    this.pos++; // ':'
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    const t = this.tok();
    if (this.startsExpression(t)) upper = this.expression();
    if (this.eatOp(':')) {
      if (this.startsExpression(this.tok())) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  /** Call arguments after '(' (consumed), through ')' (consumed). */
  protected callArgs(open: Token, genexpOk = true): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    this.parenLevel++;
    let sawKw = false;
    let sawDoubleStar = false;
    let pending: string | null = null;
    while (!this.isOp(')')) {
      const s = this.tok();
      if (s.kind === 'OP' && s.value === '*') {
        this.pos++;
        if (sawDoubleStar) this.error('iterable argument unpacking follows keyword argument unpacking', s);
        const value = this.expression();
        if (this.atComp()) {
          this.errorRangeTok('iterable unpacking cannot be used in comprehension', s, value);
        }
        if (this.isOp('=')) {
          this.pos++;
          const v = this.tryParse(() => this.expression());
          if (v) this.errorRangeTok('cannot assign to iterable argument unpacking', s, v);
          this.pos--;
        }
        if (sawDoubleStar) {
          this.error('iterable argument unpacking follows keyword argument unpacking', s);
        }
        args.push({ _type: 'Starred', value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() });
      } else if (s.kind === 'OP' && s.value === '**') {
        this.pos++;
        const value = this.expression();
        if (this.isOp('=')) {
          this.pos++;
          const v = this.tryParse(() => this.expression());
          if (v) this.errorRangeTok('cannot assign to keyword argument unpacking', s, v);
          this.pos--;
        }
        keywords.push({ _type: 'keyword', arg: null, value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() });
        sawDoubleStar = true;
      } else {
        const n = this.tok(this.pos + 1);
        if (s.kind === 'NAME' && n.kind === 'OP' && n.value === '=') {
          if (KEYWORDS.has(s.value)) {
            if (s.value === 'True' || s.value === 'False' || s.value === 'None') {
              this.raise('SyntaxError', `cannot assign to ${s.value}`, s.line, s.col, n.endLine, n.endCol);
            }
            this.fail();
          }
          this.pos += 2;
          if (this.isOp(')') || this.isOp(',')) {
            this.raise('SyntaxError', 'expected argument value expression', s.line, s.col, n.endLine, n.endCol);
          }
          const value = this.expression();
          keywords.push({ _type: 'keyword', arg: s.value, value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() });
          sawKw = true;
        } else {
          const e = this.namedExpression(false);
          const t = this.tok();
          if (this.atComp()) {
            if (!genexpOk) this.fail();
            const generators = this.forIfClauses();
            const only = args.length === 0 && keywords.length === 0 && this.isOp(')');
            if (!only) {
              const g: A.Expr = { _type: 'GeneratorExp', elt: e, generators, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
              this.errorNode('Generator expression must be parenthesized', g);
            }
            this.pos++;
            this.parenLevel--;
            args.push({ _type: 'GeneratorExp', elt: e, generators, lineno: open.line, col_offset: open.col, end_lineno: this.el(), end_col_offset: this.ec() });
            return { args, keywords };
          }
          if (t.kind === 'OP' && t.value === '=') {
            this.raise('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', e.lineno, e.col_offset, t.endLine, t.endCol);
          }
          if (sawDoubleStar || sawKw) this.maybeForgotComma(e, s);
          // CPython reports these once the whole argument list has parsed, at its last token
          if (sawDoubleStar) pending ??= 'positional argument follows keyword argument unpacking';
          else if (sawKw) pending ??= 'positional argument follows keyword argument';
          args.push(e);
        }
      }
      if (!this.eatOp(',')) {
        if (!this.isOp(')')) {
          const last = args.length && (!keywords.length || this.after(args[args.length - 1]!, keywords[keywords.length - 1]!))
            ? args[args.length - 1]!
            : keywords[keywords.length - 1]!.value;
          this.maybeForgotComma(last, s);
        }
        break;
      }
    }
    if (pending) this.error(pending, this.tok());
    if (!this.isOp(')')) this.fail();
    this.pos++;
    this.parenLevel--;
    return { args, keywords };
  }

  private after(a: A.Located, b: A.Located): boolean {
    return a.lineno > b.lineno || (a.lineno === b.lineno && a.col_offset > b.col_offset);
  }

  /** At `for` or `async for`. */
  protected atComp(): boolean {
    const t = this.tok();
    if (t.kind !== 'NAME') return false;
    if (t.value === 'for') return true;
    if (t.value !== 'async') return false;
    const n = this.tok(this.pos + 1);
    return n.kind === 'NAME' && n.value === 'for';
  }

  protected forIfClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (;;) {
      let is_async = 0;
      if (this.isKw('async')) {
        const n = this.tok(this.pos + 1);
        if (!(n.kind === 'NAME' && n.value === 'for')) break;
        this.pos++;
        is_async = 1;
      }
      if (!this.isKw('for')) break;
      this.pos++;
      const target = (this as unknown as { starTargets(): A.Expr }).starTargets();
      if (!this.isKw('in')) this.fail();
      this.pos++;
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.isKw('if')) {
        this.pos++;
        ifs.push(this.disjunction());
      }
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async });
    }
    return gens;
  }

  protected atom(): A.Expr {
    const t = this.tok();
    switch (t.kind) {
      case 'NAME':
        if (KEYWORDS.has(t.value)) {
          switch (t.value) {
            case 'None':
              this.pos++;
              return { _type: 'Constant', value: null, kind: null, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
            case 'True':
              this.pos++;
              return { _type: 'Constant', value: true, kind: null, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
            case 'False':
              this.pos++;
              return { _type: 'Constant', value: false, kind: null, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
          }
          return this.fail();
        }
        this.pos++;
        return { _type: 'Name', id: t.value, ctx: 'Load', lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
      case 'NUMBER':
        this.pos++;
        return this.numberConst(t);
      case 'STRING':
      case 'FSTRING_START':
        return this.strings();
      case 'OP':
        switch (t.value) {
          case '(':
            return this.parenAtom();
          case '[':
            return this.listAtom();
          case '{':
            return this.dictOrSetAtom();
          case '...':
            this.pos++;
            return { _type: 'Constant', value: Ellipsis, kind: null, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
        }
        return this.fail();
      default:
        return this.fail();
    }
  }

  protected numberConst(t: Token): A.Expr {
    const v = parseNumber(t.value);
    if (typeof v === 'bigint' && t.value.length > 4300 && !/^0[xXoObB]/.test(t.value)) {
      const digits = t.value.replace(/_/g, '').length;
      if (digits > 4300) {
        throw new PySyntaxError(
          'SyntaxError',
          `Exceeds the limit (4300 digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
          this.filename,
          t.line,
          0,
          this.lineText(t.line),
          t.line,
          0,
        );
      }
    }
    const value: A.ConstValue = typeof v === 'object' ? new PyComplex(0, v.imag) : v;
    return { _type: 'Constant', value, kind: null, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
  }

  private parenAtom(): A.Expr {
    const s = this.next();
    this.enter();
    this.parenLevel++;
    try {
      if (this.isOp(')')) {
        this.pos++;
        return { _type: 'Tuple', elts: [], ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      if (this.isOp('**')) this.error('cannot use double starred expression here', this.tok());
      if (this.isKw('yield')) {
        const y = this.yieldExpr();
        if (!this.isOp(')')) this.fail();
        this.pos++;
        return y;
      }
      const fs = this.tok();
      const first = this.starNamedExpression();
      const t = this.tok();
      if (t.kind === 'OP' && t.value === ')') {
        this.pos++;
        if (first._type === 'Starred') this.errorNode('cannot use starred expression here', first);
        return first;
      }
      if (this.atComp() && first._type !== 'Starred') {
        const generators = this.forIfClauses();
        if (!this.isOp(')')) this.fail();
        this.pos++;
        return { _type: 'GeneratorExp', elt: first, generators, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      if (t.kind === 'OP' && t.value === ',') {
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.isOp(')')) break;
          elts.push(this.starNamedExpression());
        }
        if (!this.isOp(')')) {
          this.maybeForgotComma(elts[elts.length - 1]!, fs);
          this.fail();
        }
        this.pos++;
        return { _type: 'Tuple', elts, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      this.maybeForgotComma(first, fs);
      return this.fail();
    } finally {
      this.parenLevel--;
      this.depth--;
    }
  }

  private listAtom(): A.Expr {
    const s = this.next();
    this.enter();
    this.parenLevel++;
    try {
      if (this.isOp(']')) {
        this.pos++;
        return { _type: 'List', elts: [], ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      const fs = this.tok();
      const first = this.starNamedExpression();
      if (this.atComp() && first._type !== 'Starred') {
        const generators = this.forIfClauses();
        if (!this.isOp(']')) this.fail();
        this.pos++;
        return { _type: 'ListComp', elt: first, generators, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      if (first._type === 'Starred' && (this.atComp())) {
        this.errorNode('iterable unpacking cannot be used in comprehension', first);
      }
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(']')) break;
        elts.push(this.starNamedExpression());
      }
      if (this.atComp()) this.comprehensionTarget(elts);
      if (!this.isOp(']')) {
        this.maybeForgotComma(elts[elts.length - 1]!, fs);
        this.fail();
      }
      this.pos++;
      return { _type: 'List', elts, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    } finally {
      this.parenLevel--;
      this.depth--;
    }
  }

  private dictOrSetAtom(): A.Expr {
    const s = this.next();
    this.enter();
    this.parenLevel++;
    try {
      if (this.isOp('}')) {
        this.pos++;
        return { _type: 'Dict', keys: [], values: [], lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      if (this.isOp('**')) {
        const ds = this.next();
        keys.push(null);
        values.push(this.bitwiseOr());
        if (this.atComp()) {
          this.error('dict unpacking cannot be used in dict comprehension', ds);
        }
      } else {
        const fs = this.tok();
        const first = this.starNamedExpression();
        const t = this.tok();
        if (t.kind === 'OP' && t.value === ':' && first._type !== 'Starred') {
          this.pos++;
          if (this.isOp('}') || this.isOp(',')) this.error("expression expected after dictionary key and ':'", t);
          const v = this.dictValue();
          if (this.atComp()) {
            const generators = this.forIfClauses();
            if (!this.isOp('}')) this.fail();
            this.pos++;
            return { _type: 'DictComp', key: first, value: v, generators, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
          }
          keys.push(first);
          values.push(v);
        } else {
          // a set
          if (this.atComp() && first._type !== 'Starred') {
            const generators = this.forIfClauses();
            if (!this.isOp('}')) this.fail();
            this.pos++;
            return { _type: 'SetComp', elt: first, generators, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
          }
          if (first._type === 'Starred' && (this.atComp())) {
            this.errorNode('iterable unpacking cannot be used in comprehension', first);
          }
          const elts = [first];
          while (this.eatOp(',')) {
            if (this.isOp('}')) break;
            elts.push(this.starNamedExpression());
          }
          if (this.atComp()) this.comprehensionTarget(elts);
          if (!this.isOp('}')) {
            this.maybeForgotComma(elts[elts.length - 1]!, fs);
            this.fail();
          }
          this.pos++;
          return { _type: 'Set', elts, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
        }
      }
      while (this.eatOp(',')) {
        if (this.isOp('}')) break;
        if (this.eatOp('**')) {
          keys.push(null);
          values.push(this.bitwiseOr());
        } else {
          const ks = this.tok();
          const k = this.expression();
          if (!this.isOp(':')) {
            this.maybeForgotComma(k, ks);
            const ec = Math.max(0, k.end_col_offset - 1);
            throw new PySyntaxError('SyntaxError', "':' expected after dictionary key", this.filename, k.lineno, this.offsetOf(k.end_lineno, ec), this.lineText(k.lineno), k.end_lineno, 0);
            this.fail();
          }
          const colon = this.next();
          if (this.isOp('}') || this.isOp(',')) this.error("expression expected after dictionary key and ':'", colon);
          keys.push(k);
          values.push(this.dictValue());
        }
      }
      if (!this.isOp('}')) {
        const v = values[values.length - 1]!;
        this.maybeForgotComma(v, this.tokAtNode(v));
        this.fail();
      }
      this.pos++;
      return { _type: 'Dict', keys, values, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    } finally {
      this.parenLevel--;
      this.depth--;
    }
  }

  /** `[a, b for ...]`: CPython's invalid_comprehension. */
  private comprehensionTarget(elts: A.Expr[]): void {
    const last = elts.length > 1 ? elts[elts.length - 1]! : this.locTok(this.toks[this.pos - 1]!);
    this.errorRange('did you forget parentheses around the comprehension target?', elts[0]!, last);
  }

  private dictValue(): A.Expr {
    const s = this.tok();
    if (s.kind === 'OP' && s.value === '*') {
      this.pos++;
      const v = this.bitwiseOr();
      this.errorRangeTok('cannot use a starred expression in a dictionary value', s, v);
    }
    return this.expression();
  }

  /** The first token of a node (for error ranges). */
  protected tokAtNode(n: A.Located): Token {
    for (let i = this.pos - 1; i >= 0; i--) {
      const t = this.toks[i]!;
      if (t.line === n.lineno && t.col === n.col_offset) return t;
      if (t.line < n.lineno) break;
    }
    return this.tok();
  }

  // --------------------------------------------------------------- strings

  /** Adjacent STRING / f-string tokens, concatenated. */
  protected strings(): A.Expr {
    const s = this.tok();
    const parts: Part[] = [];
    let sawF = false;
    let sawBytes = false;
    let sawStr = false;
    let bytesParts: Uint8Array[] | null = null;
    let kindU = false;
    let first = true;
    for (;;) {
      const t = this.tok();
      if (t.kind === 'STRING') {
        this.pos++;
        let lit;
        try {
          lit = decodeStringToken(t.value);
        } catch (e) {
          if (e instanceof LiteralError) this.error(e.msg, t);
          throw e;
        }
        if (first) kindU = lit.u;
        if (lit.bytes) {
          sawBytes = true;
          (bytesParts ??= []).push(lit.value as Uint8Array);
        } else {
          sawStr = true;
          parts.push(textPart(lit.value as string, t.line, t.col, t.endLine, t.endCol));
        }
      } else if (t.kind === 'FSTRING_START') {
        sawF = true;
        sawStr = true;
        this.fstring(parts);
      } else break;
      first = false;
    }
    if (sawBytes && sawStr) {
      this.tok();
      this.errorLast('cannot mix bytes and nonbytes literals');
    }
    if (sawBytes) {
      const bp = bytesParts!;
      let value: Uint8Array;
      if (bp.length === 1) value = bp[0]!;
      else {
        let n = 0;
        for (const b of bp) n += b.length;
        value = new Uint8Array(n);
        let o = 0;
        for (const b of bp) {
          value.set(b, o);
          o += b.length;
        }
      }
      return { _type: 'Constant', value, kind: null, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    if (!sawF) {
      const value = parts.length === 1 ? (parts[0] as TextPart).s : (parts as TextPart[]).map((x) => x.s).join('');
      return { _type: 'Constant', value, kind: kindU ? 'u' : null, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    const loc = this.loc(s);
    return { _type: 'JoinedStr', values: this.mergeParts(parts), ...loc };
  }

  /** Adjacent text merged into one Constant spanning its pieces; empty text dropped (CPython 3.12). */
  private mergeParts(parts: Part[]): A.Expr[] {
    const values: A.Expr[] = [];
    let first: TextPart | null = null;
    let last: TextPart | null = null;
    let buf = '';
    const flush = (): void => {
      if (first && buf) {
        values.push({
          _type: 'Constant',
          value: buf,
          kind: null,
          lineno: first.l1,
          col_offset: first.c1,
          end_lineno: last!.l2,
          end_col_offset: last!.c2,
        });
      }
      first = last = null;
      buf = '';
    };
    for (const p of parts) {
      if ('_type' in p) {
        flush();
        values.push(p);
      } else {
        if (!first) first = p;
        last = p;
        buf += p.s;
      }
    }
    flush();
    return values;
  }

  /** One f-string, FSTRING_START through FSTRING_END; pushes its parts. */
  private fstring(parts: Part[]): void {
    const start = this.next();
    const raw = fstringStartIsRaw(start.value);
    this.enter();
    for (;;) {
      const t = this.tok();
      if (t.kind === 'FSTRING_END') {
        this.pos++;
        break;
      }
      if (t.kind === 'FSTRING_MIDDLE') {
        this.pos++;
        parts.push(textPart(this.decodeMiddle(t, raw), t.line, t.col, t.endLine, t.endCol));
        continue;
      }
      if (t.kind === 'OP' && t.value === '{') {
        this.replacementField(raw, parts);
        continue;
      }
      if (t.kind === 'ENDMARKER' || t.kind === 'NEWLINE') this.fail();
      this.fail();
    }
    this.depth--;
  }

  private decodeMiddle(t: Token, raw: boolean): string {
    try {
      return decodeFStringMiddle(t.value, raw);
    } catch (e) {
      // CPython points just past the literal part
      if (e instanceof LiteralError) this.raise('SyntaxError', e.msg, t.endLine, t.endCol, t.endLine, t.endCol + 1);
      throw e;
    }
  }

  /** An f-string error from the parser: CPython reports it over any tokenizer error further on. */
  private fstringError(msg: string, t: Token): never {
    this.noRestCheck = true;
    this.error(msg, t);
  }

  private replacementField(raw: boolean, parts: Part[]): void {
    const open = this.next();
    const savedLevel = this.parenLevel;
    this.parenLevel = 1;
    let value: A.Expr;
    const t0 = this.tok();
    if (t0.kind === 'OP' && (t0.value === '}' || t0.value === '!' || t0.value === ':' || t0.value === '=')) {
      this.fstringError(`f-string: valid expression required before '${t0.value}'`, t0);
    }
    if (!this.startsExpression(t0) && !(t0.kind === 'OP' && t0.value === '*') && !(t0.kind === 'NAME' && t0.value === 'yield')) {
      this.fstringError("f-string: expecting a valid expression after '{'", t0);
    }
    // `lambda x: ...` at the top level of the field
    for (let i = this.pos, level = 0; ; i++) {
      const x = this.tok(i);
      if (x.kind === 'NEWLINE' || x.kind === 'ENDMARKER' || x.kind === 'FSTRING_END' || x.kind === 'FSTRING_MIDDLE' || x.kind === 'FSTRING_START') break;
      if (x.kind === 'OP') {
        if (x.value === '(' || x.value === '[' || x.value === '{') level++;
        else if (x.value === ')' || x.value === ']' || x.value === '}') {
          if (--level < 0) break;
        } else if (level === 0 && (x.value === ':' || x.value === '!')) break;
      } else if (level === 0 && x.kind === 'NAME' && x.value === 'lambda') {
        let j = i + 1;
        for (;;) {
          const y = this.tok(j);
          if (y.kind === 'NEWLINE' || y.kind === 'ENDMARKER' || y.kind === 'FSTRING_END' || y.kind === 'FSTRING_MIDDLE') break;
          if (y.kind === 'OP' && (y.value === ':' || y.value === '}' || y.value === '!')) break;
          j++;
        }
        const y = this.tok(j);
        if (y.kind === 'OP' && y.value === ':') {
          this.noRestCheck = true;
          this.raise('SyntaxError', 'f-string: lambda expressions are not allowed without parentheses', x.line, x.col, y.endLine, y.endCol);
        }
        break;
      }
    }
    if (this.isKw('yield')) value = this.yieldExpr();
    else value = this.starExpressions();
    if (!this.isOp('=') && !this.isOp('!') && !this.isOp(':') && !this.isOp('}')) {
      this.maybeForgotComma(value, t0);
      this.fstringError("f-string: expecting '=', or '!', or ':', or '}'", this.tok());
    }
    let debugText: string | null = null;
    let debugEnd: Token | null = null;
    if (this.isOp('=')) {
      const eq = this.next();
      const nt = this.tok();
      debugText = this.sourceBetween(open.endLine, open.endCol, nt.line, nt.col);
      debugEnd = nt;
      void eq;
      if (!this.isOp('!') && !this.isOp(':') && !this.isOp('}')) this.fstringError("f-string: expecting '!', or ':', or '}'", nt);
    }
    let conversion = -1;
    if (this.isOp('!')) {
      const bang = this.next();
      const n = this.tok();
      if (n.kind === 'OP' && (n.value === ':' || n.value === '}')) this.fstringError('f-string: missing conversion character', n);
      if (n.kind !== 'NAME') this.fstringError('f-string: invalid conversion character', n);
      if (n.line !== bang.endLine || n.col !== bang.endCol) {
        this.error('f-string: conversion type must come right after the exclamanation mark', n);
      }
      this.pos++;
      if (n.value === 's') conversion = 115;
      else if (n.value === 'r') conversion = 114;
      else if (n.value === 'a') conversion = 97;
      else this.error(`f-string: invalid conversion character '${n.value}': expected 's', 'r', or 'a'`, n);
      if (!this.isOp(':') && !this.isOp('}')) this.fstringError("f-string: expecting ':' or '}'", this.tok());
    }
    let format_spec: A.Expr | null = null;
    if (this.isOp(':')) {
      const colon = this.next();
      const specParts: Part[] = [];
      for (;;) {
        const t = this.tok();
        if (t.kind === 'FSTRING_MIDDLE') {
          this.pos++;
          specParts.push(textPart(this.decodeMiddle(t, raw), t.line, t.col, t.endLine, t.endCol));
        } else if (t.kind === 'OP' && t.value === '{') {
          this.replacementField(raw, specParts);
        } else break;
      }
      const loc = this.loc(colon);
      const values = this.mergeParts(specParts);
      // CPython 3.12 keeps the empty text after a nested field that ends the spec
      if (values.length && values[values.length - 1]!._type === 'FormattedValue') {
        const c = this.tok();
        values.push({ _type: 'Constant', value: '', kind: null, lineno: c.line, col_offset: c.col, end_lineno: c.line, end_col_offset: c.col });
      }
      format_spec = { _type: 'JoinedStr', values, ...loc };
      if (!this.isOp('}')) this.fstringError("f-string: expecting '}', or format specs", this.tok());
    }
    const close = this.tok();
    if (!(close.kind === 'OP' && close.value === '}')) {
      this.fstringError("f-string: expecting '}'", close);
      this.fail();
    }
    this.pos++;
    this.parenLevel = savedLevel;
    if (debugText !== null) {
      if (conversion === -1 && !format_spec) conversion = 114;
    }
    const fv: A.Expr = { _type: 'FormattedValue', value, conversion, format_spec, lineno: open.line, col_offset: open.col, end_lineno: this.el(), end_col_offset: this.ec() };
    if (debugText !== null) parts.push(textPart(debugText, open.endLine, open.endCol, debugEnd!.line, debugEnd!.col));
    parts.push(fv);
  }

  /** Source text between two positions (for `f"{x=}"`). */
  private sourceBetween(l1: number, c1: number, l2: number, c2: number): string {
    const lines = this.tz.lines;
    if (l1 === l2) return (lines[l1 - 1] ?? '').slice(c1, c2);
    let out = (lines[l1 - 1] ?? '').slice(c1);
    if (!/[\r\n]$/.test(out)) out += '\n';
    for (let l = l1 + 1; l < l2; l++) {
      let x = lines[l - 1] ?? '';
      if (!/[\r\n]$/.test(x)) x += '\n';
      out += x;
    }
    return stripComments(out + (lines[l2 - 1] ?? '').slice(0, c2));
  }
}

/** Removes `# comments` (outside string literals) from a multi-line `f"{x=}"` text, as CPython does. */
function stripComments(text: string): string {
  if (text.indexOf('#') < 0) return text;
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (text.startsWith(quote, i)) {
        out += quote;
        i += quote.length - 1;
        quote = '';
        continue;
      }
      out += c;
    } else if (c === '"' || c === "'") {
      quote = text.startsWith(c + c + c, i) ? c + c + c : c;
      out += quote;
      i += quote.length - 1;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      i--;
    } else out += c;
  }
  return out;
}
