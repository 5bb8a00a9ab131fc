/**
 * The parser: tokens -> AST (CPython 3.12's Grammar/python.gram, hand-written
 * recursive descent with precedence levels, token lookahead by index into a
 * buffer and a little backtracking).
 *
 * Positions follow CPython's rule: a node spans from the first token its rule
 * matched to the last one (so `(a) + b` starts at the parenthesis while the
 * inner `a` does not). Errors use CPython's wording and locations.
 */
import type * as A from './ast.js';
import { PyComplex } from './ast.js';
import { PyCompileRecursionError, PySyntaxError } from './errors.js';
import type { Token } from './token.js';
import { Tokenizer } from './tokenizer.js';
import {
  ParserBase,
  exprName,
  KEYWORDS,
  type Pos,
} from './parser-base.js';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export function parse(source: string, filename: string, mode: ParseMode): A.Mod {
  const p = new Parser(new Tokenizer(source, filename), filename);
  try {
    return p.parseMode(mode);
  } catch (e) {
    if (e instanceof RangeError) throw new PyCompileRecursionError(filename);
    if (e instanceof PySyntaxError) p.checkRestOfSource(e);
    throw e;
  }
}

const AUGOPS: Record<string, A.Operator> = {
  '+=': 'Add',
  '-=': 'Sub',
  '*=': 'Mult',
  '@=': 'MatMult',
  '/=': 'Div',
  '%=': 'Mod',
  '&=': 'BitAnd',
  '|=': 'BitOr',
  '^=': 'BitXor',
  '<<=': 'LShift',
  '>>=': 'RShift',
  '**=': 'Pow',
  '//=': 'FloorDiv',
};

const COMPOUND_NAMES: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  while: "'while' statement",
  for: "'for' statement",
  with: "'with' statement",
  try: "'try' statement",
  except: "'except' statement",
  'except*': "'except*' statement",
  finally: "'finally' statement",
  def: 'function definition',
  class: 'class definition',
  match: "'match' statement",
  case: "'case' statement",
};

type BlockKind = keyof typeof COMPOUND_NAMES;

class MatchColonError extends Error {
  constructor(readonly tok: Token) {
    super("expected ':'");
  }
}

class Parser extends ParserBase {
  private matchFail: Token | null = null;
  constructor(tz: Tokenizer, filename: string) {
    super(tz, filename);
  }

  parseMode(mode: ParseMode): A.Mod {
    this.noImplicitNewline = mode === 'eval' || mode === 'single';
    switch (mode) {
      case 'exec': {
        const body = this.statementsUntilEnd();
        return { _type: 'Module', body, type_ignores: [] };
      }
      case 'eval': {
        this.emptyInput();
        const body = this.expressions();
        while (this.tok().kind === 'NEWLINE') this.pos++;
        if (this.tok().kind !== 'ENDMARKER') this.fail();
        return { _type: 'Expression', body };
      }
      case 'single': {
        this.emptyInput();
        const body = this.statement();
        if (this.tok().kind === 'NEWLINE') this.pos++;
        if (this.tok().kind !== 'ENDMARKER') {
          const prev = this.toks[this.pos - 1]!;
          this.error('multiple statements found while compiling a single statement', prev.kind === 'NEWLINE' ? prev : this.tok());
        }
        return { _type: 'Interactive', body };
      }
      case 'func_type': {
        this.expectOp('(');
        const argtypes: A.Expr[] = [];
        while (!this.isOp(')')) {
          if (this.isOp('*') || this.isOp('**')) {
            const s = this.next();
            const e = this.expression();
            void s;
            argtypes.push(e); // CPython keeps the bare expression of `*x` / `**x`
          } else argtypes.push(this.expression());
          if (!this.eatOp(',')) break;
        }
        this.expectOp(')');
        this.expectOp('->');
        const returns = this.expression();
        while (this.tok().kind === 'NEWLINE') this.pos++;
        if (this.tok().kind !== 'ENDMARKER') this.fail();
        return { _type: 'FunctionType', argtypes, returns };
      }
    }
  }

  /** eval / single mode on an empty source: CPython's "invalid syntax" without a position. */
  private emptyInput(): void {
    let i = this.pos;
    while (this.tok(i).kind === 'NEWLINE') i++;
    if (this.tok(i).kind !== 'ENDMARKER') return;
    const line = this.tz.lines.length ? 1 : 0;
    throw new PySyntaxError('SyntaxError', 'invalid syntax', this.filename, line, 0, line ? this.lineText(1) : null, line, 0);
  }

  // ------------------------------------------------------------ statements

  private statementsUntilEnd(): A.Stmt[] {
    const body: A.Stmt[] = [];
    for (;;) {
      const t = this.tok();
      if (t.kind === 'ENDMARKER') break;
      if (t.kind === 'NEWLINE') {
        this.pos++;
        continue;
      }
      for (const s of this.statement()) body.push(s);
    }
    return body;
  }

  private statement(): A.Stmt[] {
    const t = this.tok();
    if (t.kind === 'NAME') {
      switch (t.value) {
        case 'def':
          return [this.funcDef([], null)];
        case 'if':
          return [this.ifStmt('if')];
        case 'class':
          return [this.classDef([])];
        case 'with':
          return [this.withStmt(null)];
        case 'for':
          return [this.forStmt(null)];
        case 'try':
          return [this.tryStmt()];
        case 'while':
          return [this.whileStmt()];
        case 'async': {
          const n = this.tok(this.pos + 1);
          if (n.kind === 'NAME') {
            if (n.value === 'def') {
              this.pos++;
              return [this.funcDef([], t)];
            }
            if (n.value === 'with') {
              this.pos++;
              return [this.withStmt(t)];
            }
            if (n.value === 'for') {
              this.pos++;
              return [this.forStmt(t)];
            }
          }
          this.pos++;
          this.fail();
          break;
        }
        case 'match': {
          this.matchFail = null;
          const m = this.matchStmt();
          if (Array.isArray(m)) return m;
          if (m) return [m];
          const mf = this.matchFail as Token | null;
          if (mf) {
            // as CPython, a generic error is reported at the furthest token either reading reached
            try {
              return this.simpleStmts();
            } catch (e) {
              if (e instanceof PySyntaxError && e.msg === 'invalid syntax' && (mf.line > e.lineno || (mf.line === e.lineno && this.offsetOf(mf.line, mf.col) > e.offset))) {
                this.error('invalid syntax', mf);
              }
              throw e;
            }
          }
          break;
        }
      }
    } else if (t.kind === 'OP' && t.value === '@') {
      return [this.decorated()];
    } else if (t.kind === 'INDENT') {
      this.fail();
    }
    return this.simpleStmts();
  }

  private simpleStmts(): A.Stmt[] {
    const out: A.Stmt[] = [];
    for (;;) {
      out.push(this.simpleStmt());
      if (this.isOp(';')) {
        this.pos++;
        if (this.tok().kind === 'NEWLINE') break;
        continue;
      }
      break;
    }
    const t = this.tok();
    if (t.kind !== 'NEWLINE') {
      this.failAfterStatement();
    }
    this.pos++;
    return out;
  }

  /** A statement ended but more tokens follow on the line. */
  private failAfterStatement(): never {
    this.fail();
  }

  private simpleStmt(): A.Stmt {
    const t = this.tok();
    if (t.kind === 'NAME') {
      switch (t.value) {
        case 'pass':
          this.pos++;
          return { _type: 'Pass', lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
        case 'break':
          this.pos++;
          return { _type: 'Break', lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
        case 'continue':
          this.pos++;
          return { _type: 'Continue', lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
        case 'return': {
          this.pos++;
          const value = this.atSimpleStmtEnd() ? null : this.starExpressions();
          return { _type: 'Return', value, lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
        }
        case 'import':
          return this.importName();
        case 'from':
          return this.importFrom();
        case 'raise': {
          this.pos++;
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (!this.atSimpleStmtEnd()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return { _type: 'Raise', exc, cause, lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
        }
        case 'global':
        case 'nonlocal': {
          this.pos++;
          const names: string[] = [];
          do names.push(this.expectName().value);
          while (this.eatOp(','));
          return { _type: t.value === 'global' ? 'Global' : 'Nonlocal', names, lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
        }
        case 'del':
          return this.delStmt();
        case 'assert': {
          this.pos++;
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return { _type: 'Assert', test, msg, lineno: t.line, col_offset: t.col, end_lineno: this.el(), end_col_offset: this.ec() };
        }
        case 'type': {
          const n = this.tok(this.pos + 1);
          if (n.kind === 'NAME' && !KEYWORDS.has(n.value)) {
            const n2 = this.tok(this.pos + 2);
            if (n2.kind === 'OP' && (n2.value === '=' || n2.value === '[')) return this.typeAlias();
            // `type X` then anything else: CPython's type_alias rule reads up to here
            this.pos += 2;
            this.fail();
          }
          break;
        }
      }
    }
    return this.exprOrAssign();
  }

  private atSimpleStmtEnd(): boolean {
    const t = this.tok();
    return t.kind === 'NEWLINE' || (t.kind === 'OP' && t.value === ';') || t.kind === 'ENDMARKER';
  }

  private typeAlias(): A.Stmt {
    const s = this.next();
    const nt = this.next();
    const name: A.Expr = { _type: 'Name', id: nt.value, ctx: 'Store', lineno: nt.line, col_offset: nt.col, end_lineno: nt.endLine, end_col_offset: nt.endCol };
    const type_params = this.isOp('[') ? this.typeParams() : [];
    this.expectOp('=');
    const value = this.expression();
    return { _type: 'TypeAlias', name, type_params, value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  private typeParams(inDef = false): A.TypeParam[] {
    const open = this.next();
    const out: A.TypeParam[] = [];
    if (this.isOp(']')) {
      if (inDef) this.error("expected '('", open);
      this.fail();
    }
    for (;;) {
      const s = this.tok();
      if (this.eatOp('*')) {
        const n = this.expectName();
        if (this.isOp(':')) {
          const colon = this.next();
          const b = this.expression();
          this.errorRangeTok('cannot use bound with TypeVarTuple', colon, b);
        }
        out.push({ _type: 'TypeVarTuple', name: n.value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() });
      } else if (this.eatOp('**')) {
        const n = this.expectName();
        if (this.isOp(':')) {
          const colon = this.next();
          const b = this.expression();
          this.errorRangeTok('cannot use bound with ParamSpec', colon, b);
        }
        out.push({ _type: 'ParamSpec', name: n.value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() });
      } else {
        const n = this.expectName();
        let bound: A.Expr | null = null;
        if (this.eatOp(':')) bound = this.expression();
        out.push({ _type: 'TypeVar', name: n.value, bound, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() });
      }
      if (!this.eatOp(',')) break;
      if (this.isOp(']')) break;
    }
    if (!this.isOp(']')) this.fail();
    this.pos++;
    void open;
    return out;
  }

  private importName(): A.Stmt {
    const s = this.next();
    const names: A.Alias[] = [];
    do {
      const a = this.tok();
      const name = this.dottedName();
      if (this.isKw('from')) {
        this.pos++;
        this.dottedName();
        const last = this.tok();
        throw new PySyntaxError(
          'SyntaxError',
          "Did you mean to use 'from ... import ...' instead?",
          this.filename,
          s.line,
          this.offsetOf(s.line, s.col),
          this.lineText(s.line),
          last.endLine,
          this.offsetOf(last.endLine, last.endCol) - 1,
        );
      }
      let asname: string | null = null;
      if (this.eatKw('as')) asname = this.expectName().value;
      names.push({ _type: 'alias', name, asname, lineno: a.line, col_offset: a.col, end_lineno: this.el(), end_col_offset: this.ec() });
    } while (this.eatOp(','));
    return { _type: 'Import', names, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  private dottedName(): string {
    let name = this.expectName().value;
    while (this.isOp('.')) {
      this.pos++;
      name += '.' + this.expectName().value;
    }
    return name;
  }

  private importFrom(): A.Stmt {
    const s = this.next();
    let level = 0;
    for (;;) {
      if (this.isOp('.')) level++;
      else if (this.isOp('...')) level += 3;
      else break;
      this.pos++;
    }
    let module: string | null = null;
    if (!(level > 0 && this.isKw('import'))) module = this.dottedName();
    if (!this.isKw('import')) this.fail();
    this.pos++;
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const t = this.next();
      names.push({ _type: 'alias', name: '*', asname: null, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol });
    } else {
      const paren = this.eatOp('(');
      for (;;) {
        const a = this.tok();
        const name = this.expectName().value;
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.expectName().value;
        names.push({ _type: 'alias', name, asname, lineno: a.line, col_offset: a.col, end_lineno: this.el(), end_col_offset: this.ec() });
        if (!this.isOp(',')) break;
        this.pos++;
        if (paren && this.isOp(')')) break;
        if (!paren && this.atSimpleStmtEnd()) {
          this.errorLast('trailing comma not allowed without surrounding parentheses');
        }
      }
      if (paren) this.expectOp(')');
    }
    return { _type: 'ImportFrom', module, names, level, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  private delStmt(): A.Stmt {
    const s = this.next();
    const targets: A.Expr[] = [];
    for (;;) {
      const e = this.delTarget();
      targets.push(e);
      if (!this.isOp(',')) break;
      this.pos++;
      if (this.atSimpleStmtEnd()) break;
    }
    if (!this.atSimpleStmtEnd()) this.fail();
    for (const t of targets) this.checkTarget(t, 'Del');
    return { _type: 'Delete', targets, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  private delTarget(): A.Expr {
    const s = this.tok();
    if (this.eatOp('*')) {
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return this.bitwiseOr();
  }

  private exprOrAssign(): A.Stmt {
    const s = this.tok();
    const first = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.tok();
    if (t.kind === 'OP') {
      if (t.value === '=') {
        const exprs: A.Expr[] = [first];
        const starts: Token[] = [s];
        while (this.isOp('=')) {
          this.pos++;
          starts.push(this.tok());
          exprs.push(this.isKw('yield') ? this.yieldExpr() : this.starExpressions());
        }
        const value = exprs.pop()!;
        for (let i = 0; i < exprs.length; i++) {
          this.checkAssignTarget(exprs[i]!, starts[i]!, i === 0 && exprs.length === 1, starts[i + 1]!, value);
        }
        return { _type: 'Assign', targets: exprs, value, type_comment: null, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      if (t.value === ':') {
        this.pos++;
        const target = first;
        const simpleName = target._type === 'Name' && !(s.kind === 'OP' && s.value === '(');
        if (target._type === 'Tuple') {
          const paren = s.kind === 'OP' && s.value === '(';
          this.errorNode('only single target (not tuple) can be annotated', paren ? target : target.elts[0]!);
        }
        if (target._type === 'List') {
          this.errorNode('only single target (not list) can be annotated', target);
        }
        if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
          this.errorNode('illegal target for annotation', target);
        }
        this.setCtx(target, 'Store');
        const annotation = this.expression();
        let value: A.Expr | null = null;
        if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        return { _type: 'AnnAssign', target, annotation, value, simple: simpleName ? 1 : 0, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      const aug = AUGOPS[t.value];
      if (aug) {
        if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
          this.errorNode(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
        }
        this.pos++;
        this.setCtx(first, 'Store');
        const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        return { _type: 'AugAssign', target: first, op: aug, value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
    }
    if (t.kind === 'OP' && t.value === ':=') {
      if (first._type === 'Name') {
        // a valid named expression, but not a statement: a plain error after it
        this.pos++;
        if (this.tryParse(() => this.expression())) this.fail();
        this.pos--;
        this.fail();
      }
      this.errorNode(`cannot use assignment expressions with ${exprName(first)}`, first);
    }
    if (!this.atSimpleStmtEnd()) {
      // `print x`
      if (first._type === 'Name' && (first.id === 'print' || first.id === 'exec') && this.startsExpression(this.tok())) {
        const save = this.pos;
        const b = this.tryParse(() => this.starExpressions());
        if (b) {
          this.errorRange(
            `Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`,
            first,
            b,
          );
        }
        this.pos = save;
      }
      this.maybeForgotComma(first, s);
    }
    return { _type: 'Expr', value: first, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  /**
   * An assignment target: CPython's invalid_assignment, plus its
   * invalid_named_expression ("... here. Maybe you meant '==' ...") for a
   * single `target = value` statement.
   */
  private checkAssignTarget(e: A.Expr, st: Token, single: boolean, vs: Token, value: A.Expr): void {
    const paren = st.kind === 'OP' && st.value === '(' && (e.lineno !== st.line || e.col_offset !== st.col);
    const bad = this.invalidTarget(e, 'Store');
    if (!bad) {
      this.setCtx(e, 'Store');
      return;
    }
    if (single && bad === e) {
      const bitwiseLevel =
        paren ||
        !(
          e._type === 'Compare' ||
          e._type === 'BoolOp' ||
          (e._type === 'UnaryOp' && e.op === 'Not') ||
          e._type === 'IfExp' ||
          e._type === 'Lambda' ||
          e._type === 'Yield' ||
          e._type === 'YieldFrom' ||
          e._type === 'Starred' ||
          e._type === 'Tuple'
        );
      const excluded =
        (st.kind === 'OP' && st.value === '[' && e._type === 'List') ||
        (st.kind === 'OP' && st.value === '(' && !paren && (e._type === 'Tuple' || e._type === 'GeneratorExp')) ||
        (st.kind === 'NAME' && (st.value === 'True' || st.value === 'False' || st.value === 'None'));
      const valueBitwise = !(vs.kind === 'NAME' && (vs.value === 'yield' || vs.value === 'lambda' || vs.value === 'not')) && !(vs.kind === 'OP' && vs.value === '*');
      if (bitwiseLevel && !excluded && valueBitwise && value._type !== 'Yield') {
        this.errorNode(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
      }
    }
    if ((e._type === 'Yield' || e._type === 'YieldFrom') && !paren) {
      this.errorNode('assignment to yield expression not possible', e);
    }
    this.errorNode(`cannot assign to ${exprName(bad)}`, bad);
  }

  // -------------------------------------------------------- compound stmts

  /** ':' then a block; `kind` and `head` make the IndentationError message. */
  private block(kind: BlockKind, head: Token): A.Stmt[] {
    if (!this.isOp(':')) {
      // CPython's forced `&&':'` (def, try, finally, else); elsewhere only before a NEWLINE
      if (kind === 'def' || kind === 'try' || kind === 'finally' || kind === 'else' || this.tok().kind === 'NEWLINE') {
        this.expectedColon();
      }
      this.fail();
    }
    this.pos++;
    return this.blockBody(kind, head);
  }

  private expectedColon(): never {
    this.error("expected ':'", this.tok());
  }

  private blockBody(kind: BlockKind, head: Token): A.Stmt[] {
    const t = this.tok();
    if (t.kind === 'NEWLINE') {
      this.pos++;
      if (this.tok().kind !== 'INDENT') {
        this.indentError(`expected an indented block after ${COMPOUND_NAMES[kind]} on line ${head.line}`, this.tok());
      }
      this.pos++;
      this.enter();
      const body: A.Stmt[] = [];
      while (this.tok().kind !== 'DEDENT') {
        if (this.tok().kind === 'ENDMARKER') break;
        for (const s of this.statement()) body.push(s);
      }
      this.pos++;
      this.depth--;
      return body;
    }
    return this.simpleStmts();
  }

  /** End of the last token consumed that is not NEWLINE, INDENT or DEDENT (CPython's EXTRA). */
  private endLast(): Pos {
    let i = this.pos - 1;
    for (;;) {
      const t = this.toks[i]!;
      if ((t.kind !== 'NEWLINE' && t.kind !== 'INDENT' && t.kind !== 'DEDENT') || i === 0) {
        return { end_lineno: t.endLine, end_col_offset: t.endCol };
      }
      i--;
    }
  }

  private ifStmt(kind: 'if' | 'elif'): A.If {
    const s = this.next();
    const test = this.namedExpression();
    const body = this.block(kind, s);
    let orelse: A.Stmt[] = [];
    if (this.isKw('elif')) {
      orelse = [this.ifStmt('elif')];
    } else if (this.isKw('else')) {
      const e = this.next();
      orelse = this.block('else', e);
    }
    return { _type: 'If', test, body, orelse, ...this.start(s), ...this.endLast() };
  }

  private whileStmt(): A.While {
    const s = this.next();
    const test = this.namedExpression();
    const body = this.block('while', s);
    let orelse: A.Stmt[] = [];
    if (this.isKw('else')) {
      const e = this.next();
      orelse = this.block('else', e);
    }
    return { _type: 'While', test, body, orelse, ...this.start(s), ...this.endLast() };
  }

  private forStmt(asyncTok: Token | null): A.For | A.AsyncFor {
    const f = this.next();
    const target = this.starTargets();
    if (!this.isKw('in')) this.fail();
    this.pos++;
    const iter = this.starExpressions();
    const body = this.block('for', f);
    let orelse: A.Stmt[] = [];
    if (this.isKw('else')) {
      const e = this.next();
      orelse = this.block('else', e);
    }
    return {
      _type: asyncTok ? 'AsyncFor' : 'For',
      target,
      iter,
      body,
      orelse,
      type_comment: null,
      ...this.start(asyncTok ?? f),
      ...this.endLast(),
    };
  }

  /** star_targets: comma-separated targets (a Tuple when a comma is present), in Store context. */
  private starTargets(): A.Expr {
    const s = this.tok();
    const first = this.starTarget();
    let e: A.Expr = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (!this.startsExpression(this.tok()) && !this.isOp('*')) break;
        elts.push(this.starTarget());
      }
      e = { _type: 'Tuple', elts, ctx: 'Store', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    const bad = this.invalidTarget(e, 'For');
    if (bad) this.errorNode(`cannot assign to ${exprName(bad)}`, bad);
    this.setCtx(e, 'Store');
    return e;
  }

  private starTarget(): A.Expr {
    const s = this.tok();
    if (this.eatOp('*')) {
      if (this.isOp('*')) this.fail();
      const v = this.starTarget();
      return { _type: 'Starred', value: v, ctx: 'Store', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return this.bitwiseOr();
  }

  private withStmt(asyncTok: Token | null): A.With | A.AsyncWith {
    const w = this.next();
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      // parenthesized form `with (a as b, c):` when the matching ')' is followed by ':'
      const close = this.matchingClose(this.pos);
      const after = close > 0 ? this.tok(close + 1) : null;
      if (after && ((after.kind === 'OP' && after.value === ':') || after.kind === 'NEWLINE')) {
        items = this.tryParse(() => {
          this.pos++;
          const its: A.WithItem[] = [];
          for (;;) {
            its.push(this.withItem(true));
            if (!this.eatOp(',')) break;
            if (this.isOp(')')) break;
          }
          if (!this.isOp(')')) this.fail();
          this.pos++;
          if (!this.isOp(':') && this.tok().kind !== 'NEWLINE') this.fail();
          return its;
        });
      }
    }
    if (!items) {
      items = [];
      for (;;) {
        items.push(this.withItem(false));
        if (!this.eatOp(',')) break;
      }
    }
    const body = this.block('with', w);
    return {
      _type: asyncTok ? 'AsyncWith' : 'With',
      items,
      body,
      type_comment: null,
      ...this.start(asyncTok ?? w),
      ...this.endLast(),
    };
  }

  private withItem(inParens: boolean): A.WithItem {
    const context_expr = this.expression();
    let optional_vars: A.Expr | null = null;
    if (this.eatKw('as')) {
      optional_vars = this.starTarget();
      const n = this.tok();
      if (!(n.kind === 'NEWLINE' || (n.kind === 'OP' && (n.value === ',' || n.value === ':' || (inParens && n.value === ')'))))) this.fail();
      const bad = this.invalidTarget(optional_vars, 'Store');
      if (bad) this.errorNode(`cannot assign to ${exprName(bad)}`, bad);
      this.setCtx(optional_vars, 'Store');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  private tryStmt(): A.Try | A.TryStar {
    const s = this.next();
    const body = this.block('try', s);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const e = this.next();
      const isStar = this.isOp('*');
      if (isStar) this.pos++;
      if (star !== null && star !== isStar) {
        const end = isStar ? this.toks[this.pos - 1]! : e;
        this.raise('SyntaxError', "cannot have both 'except' and 'except*' on the same 'try'", e.line, e.col, end.endLine, end.endCol);
      }
      star = isStar;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (this.tok().kind === 'NEWLINE') this.expectedColon();
      if (!this.isOp(':')) {
        const ts = this.tok();
        type = this.expression();
        if (this.isOp(',')) {
          const save = this.pos;
          let ok = true;
          while (ok && this.eatOp(',')) ok = this.tryParse(() => this.expression()) !== null;
          if (ok && this.eatKw('as')) ok = this.tok().kind === 'NAME' && !!this.next();
          if (ok && this.isOp(':')) {
            this.errorRangeTok('multiple exception types must be parenthesized', ts, this.locTok(this.toks[this.pos - 1]!));
          }
          this.pos = save;
        }
        void ts;
        if (this.eatKw('as')) name = this.expectName().value;
        if (this.tok().kind === 'NEWLINE') this.expectedColon();
      } else if (isStar) {
        this.error('expected one or more exception types', this.tok());
      }
      const hb = this.block(isStar ? 'except*' : 'except', e);
      handlers.push({ _type: 'ExceptHandler', type, name, body: hb, ...this.start(e), ...this.endLast() });
    }
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    if (handlers.length && this.isKw('else')) {
      const e = this.next();
      orelse = this.block('else', e);
    }
    if (this.isKw('finally')) {
      const f = this.next();
      finalbody = this.block('finally', f);
    }
    if (!handlers.length && !finalbody.length) {
      this.error("expected 'except' or 'finally' block", this.tok());
    }
    return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...this.start(s), ...this.endLast() };
  }

  private decorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.isOp('@')) {
      this.pos++;
      decorators.push(this.namedExpression());
      if (this.tok().kind !== 'NEWLINE') this.fail();
      this.pos++;
    }
    const t = this.tok();
    if (this.isKw('def')) return this.funcDef(decorators, null);
    if (this.isKw('class')) return this.classDef(decorators);
    if (this.isKw('async') && this.tok(this.pos + 1).value === 'def' && this.tok(this.pos + 1).kind === 'NAME') {
      this.pos++;
      return this.funcDef(decorators, t);
    }
    return this.fail();
  }

  private funcDef(decorator_list: A.Expr[], asyncTok: Token | null): A.FunctionDef | A.AsyncFunctionDef {
    const d = this.next();
    const name = this.expectName().value;
    let type_params: A.TypeParam[] = [];
    if (this.isOp('[')) {
      const open = this.tok();
      const tp = this.tryParse(() => this.typeParams(true));
      if (!tp) this.error("expected '('", open);
      type_params = tp;
    }
    if (!this.isOp('(')) this.error("expected '('", this.tok());
    this.pos++;
    const args = this.parameters(')', true);
    this.expectOp(')');
    let returns: A.Expr | null = null;
    if (this.eatOp('->')) returns = this.expression();
    const body = this.block('def', d);
    return {
      _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef',
      name,
      args,
      body,
      decorator_list,
      returns,
      type_comment: null,
      type_params,
      ...this.start(asyncTok ?? d),
      ...this.endLast(),
    };
  }

  private classDef(decorator_list: A.Expr[]): A.ClassDef {
    const c = this.next();
    const name = this.expectName().value;
    const type_params = this.isOp('[') ? this.typeParams() : [];
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.isOp('(')) {
      const open = this.next();
      const r = this.callArgs(open, false);
      bases = r.args;
      keywords = r.keywords;
    }
    const body = this.block('class', c);
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list, type_params, ...this.start(c), ...this.endLast() };
  }

  /** Parameters of a def (annotations allowed) or lambda, up to `close`. */
  private parameters(close: string, annotations: boolean): A.Arguments {
    const posonlyargs: A.Arg[] = [];
    const args: A.Arg[] = [];
    let vararg: A.Arg | null = null;
    const kwonlyargs: A.Arg[] = [];
    const kw_defaults: (A.Expr | null)[] = [];
    let kwarg: A.Arg | null = null;
    const defaults: A.Expr[] = [];
    let sawStar = false;
    let sawSlash = false;
    let sawDefault = false;
    while (!this.isOp(close)) {
      const t = this.tok();
      if (kwarg) {
        this.error('arguments cannot follow var-keyword argument', t);
      }
      if (this.isOp('(')) {
        const close = this.matchingClose(this.pos);
        if (close > 0) {
          const c = this.tok(close);
          this.raise(
            'SyntaxError',
            annotations ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized',
            t.line,
            t.col,
            c.endLine,
            c.endCol,
          );
        }
      }
      if (this.isOp('/')) {
        if (sawSlash) this.error('/ may appear only once', t);
        if (sawStar) this.error('/ must be ahead of *', t);
        if (!args.length) {
          const n = this.tok(this.pos + 1);
          if (n.kind === 'OP' && n.value === ',') this.error('at least one argument must precede /', t);
          this.fail();
        }
        this.pos++;
        sawSlash = true;
        posonlyargs.push(...args);
        args.length = 0;
        if (this.isOp('*')) this.error('expected comma between / and *', this.tok());
      } else if (this.isOp('*')) {
        if (sawStar) this.error('* argument may appear only once', t);
        this.pos++;
        sawStar = true;
        if (this.isOp(',') || this.isOp(close)) {
          const n = this.tok(this.pos + 1);
          if (this.isOp(close) || (n.kind === 'OP' && (n.value === close || n.value === '**'))) {
            if (close === ':') this.error('named arguments must follow bare *', this.isOp(close) ? this.tok() : n);
            this.error('named arguments must follow bare *', t);
          }
        } else {
          vararg = this.param(annotations, true);
          if (this.isOp('=')) this.error('var-positional argument cannot have default value', this.tok());
        }
      } else if (this.isOp('**')) {
        this.pos++;
        kwarg = this.param(annotations, false);
        if (this.isOp('=')) this.error('var-keyword argument cannot have default value', this.tok());
      } else {
        const a = this.param(annotations, false);
        let def: A.Expr | null = null;
        if (this.isOp('=')) {
          const eq = this.next();
          if (this.isOp(',') || this.isOp(close)) this.error('expected default value expression', eq);
          def = this.expression();
        }
        if (sawStar) {
          kwonlyargs.push(a);
          kw_defaults.push(def);
        } else {
          args.push(a);
          if (def) {
            defaults.push(def);
            sawDefault = true;
          } else if (sawDefault) {
            if (!this.isOp(',') && !this.isOp(close)) this.fail();
            this.errorNode('parameter without a default follows parameter with a default', a);
          }
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(close)) {
      if (this.isOp('=') || this.isOp(':')) this.fail();
      this.fail();
    }
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
  }

  private param(annotations: boolean, star: boolean): A.Arg {
    const n = this.expectName();
    let annotation: A.Expr | null = null;
    if (annotations && this.eatOp(':')) {
      if (star && this.isOp('*')) {
        const s = this.next();
        const v = this.bitwiseOr();
        annotation = { _type: 'Starred', value: v, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      } else annotation = this.expression();
    }
    return { _type: 'arg', arg: n.value, annotation, type_comment: null, lineno: n.line, col_offset: n.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  // ------------------------------------------------------------------ match

  private matchStmt(): A.Match | A.Stmt[] | null {
    const m = this.tok();
    const save = this.pos;
    const saveDepth = this.depth;
    let subject: A.Expr | null;
    try {
    subject = this.tryParse(() => {
      this.pos++;
      const t = this.tok();
      if (!this.startsExpression(t) && !(t.kind === 'OP' && t.value === '*')) this.fail();
      const subj = this.subjectExpr();
      if (!this.isOp(':') && this.tok().kind !== 'NEWLINE') this.matchFail = this.tok();
      if (this.tok().kind === 'NEWLINE') {
        const nl = this.tok();
        throw new MatchColonError(nl);
      }
      if (!this.isOp(':')) this.fail();
      return subj;
    });
    } catch (e) {
      if (!(e instanceof MatchColonError)) throw e;
      // `match x` NEWLINE: fine as an expression statement (`match(x)`), else "expected ':'"
      this.pos = save;
      this.depth = saveDepth;
      this.parenLevel = 0;
      const stmts = this.tryParse(() => this.simpleStmts());
      if (stmts) return stmts;
      this.error("expected ':'", e.tok);
    }
    if (!subject) {
      this.pos = save;
      return null;
    }
    this.pos++;
    if (this.tok().kind !== 'NEWLINE') this.fail();
    this.pos++;
    if (this.tok().kind !== 'INDENT') {
      this.indentError(`expected an indented block after 'match' statement on line ${m.line}`, this.tok());
    }
    this.pos++;
    this.enter();
    const cases: A.MatchCase[] = [];
    while (this.tok().kind !== 'DEDENT' && this.tok().kind !== 'ENDMARKER') {
      if (!this.isKw('case')) this.fail();
      const c = this.next();
      const pattern = this.patterns();
      const guard = this.eatKw('if') ? this.namedExpression() : null;
      if (!this.isOp(':') && this.tok().kind !== 'NEWLINE') this.fail();
      const body = this.block('case', c);
      cases.push({ _type: 'match_case', pattern, guard, body });
    }
    this.pos++;
    this.depth--;
    return { _type: 'Match', subject, cases, ...this.start(m), ...this.endLast() };
  }

  private subjectExpr(): A.Expr {
    const s = this.tok();
    const first = this.starNamedExpression();
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(':')) break;
        elts.push(this.starNamedExpression());
      }
      return { _type: 'Tuple', elts, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    if (first._type === 'Starred') this.fail();
    return first;
  }

  private patterns(): A.Pattern {
    const s = this.tok();
    const first = this.maybeStarPattern();
    if (this.isOp(',')) {
      const pats = [first];
      while (this.eatOp(',')) {
        if (this.isOp(':') || this.isKw('if')) break;
        pats.push(this.maybeStarPattern());
      }
      return { _type: 'MatchSequence', patterns: pats, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    if (first._type === 'MatchStar') this.fail();
    return first;
  }

  private maybeStarPattern(): A.Pattern {
    const s = this.tok();
    if (this.eatOp('*')) {
      const n = this.expectName();
      const name = n.value === '_' ? null : n.value;
      return { _type: 'MatchStar', name, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return this.pattern();
  }

  private pattern(): A.Pattern {
    const s = this.tok();
    const or = this.orPattern();
    if (this.isKw('as')) {
      this.pos++;
      const n = this.tok();
      if (n.kind !== 'NAME' || KEYWORDS.has(n.value)) {
        if (this.startsExpression(n)) {
          const bad = this.tryParse(() => this.bitwiseOr());
          if (bad) this.errorNode('invalid pattern target', bad);
          this.error('invalid pattern target', n);
        }
        this.fail();
      }
      if (n.value === '_') this.error("cannot use '_' as a target", n);
      this.pos++;
      const nx = this.tok();
      if (nx.kind === 'OP' && (nx.value === '.' || nx.value === '(' || nx.value === '=')) this.fail();
      return { _type: 'MatchAs', pattern: or, name: n.value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return or;
  }

  private orPattern(): A.Pattern {
    const s = this.tok();
    const first = this.closedPattern();
    if (!this.isOp('|')) return first;
    const patterns = [first];
    while (this.eatOp('|')) patterns.push(this.closedPattern());
    return { _type: 'MatchOr', patterns, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  private closedPattern(): A.Pattern {
    this.enter();
    try {
      return this.closedPatternInner();
    } finally {
      this.depth--;
    }
  }

  private closedPatternInner(): A.Pattern {
    const s = this.tok();
    if (s.kind === 'NUMBER' || (s.kind === 'OP' && s.value === '-')) {
      const value = this.signedNumberOrComplex();
      return { _type: 'MatchValue', value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    if (s.kind === 'STRING' || s.kind === 'FSTRING_START') {
      const value = this.strings();
      return { _type: 'MatchValue', value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    if (s.kind === 'NAME') {
      if (s.value === 'None' || s.value === 'True' || s.value === 'False') {
        this.pos++;
        return { _type: 'MatchSingleton', value: s.value === 'None' ? null : s.value === 'True', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      if (KEYWORDS.has(s.value)) this.fail();
      this.pos++;
      let value: A.Expr = { _type: 'Name', id: s.value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: s.endLine, end_col_offset: s.endCol };
      let dotted = false;
      while (this.isOp('.')) {
        this.pos++;
        const a = this.expectName();
        value = { _type: 'Attribute', value, attr: a.value, ctx: 'Load', lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
        dotted = true;
      }
      if (this.isOp('(')) return this.classPattern(s, value);
      if (dotted) return { _type: 'MatchValue', value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      if (s.value === '_') return { _type: 'MatchAs', pattern: null, name: null, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      return { _type: 'MatchAs', pattern: null, name: s.value, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    if (s.kind === 'OP') {
      if (s.value === '(' || s.value === '[') {
        this.pos++;
        const close = s.value === '(' ? ')' : ']';
        if (this.eatOp(close)) return { _type: 'MatchSequence', patterns: [], lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
        const first = this.maybeStarPattern();
        if (s.value === '(' && this.isOp(')') && first._type !== 'MatchStar') {
          this.pos++;
          return first; // group pattern
        }
        const pats = [first];
        while (this.eatOp(',')) {
          if (this.isOp(close)) break;
          pats.push(this.maybeStarPattern());
        }
        if (!this.isOp(close)) this.fail();
        this.pos++;
        return { _type: 'MatchSequence', patterns: pats, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
      }
      if (s.value === '{') return this.mappingPattern();
    }
    return this.fail();
  }

  private signedNumberOrComplex(): A.Expr {
    const s = this.tok();
    let left: A.Expr;
    if (this.eatOp('-')) {
      const n = this.tok();
      if (n.kind !== 'NUMBER') this.fail();
      this.pos++;
      const operand = this.numberConst(n);
      left = { _type: 'UnaryOp', op: 'USub', operand, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    } else {
      const n = this.next();
      left = this.numberConst(n);
    }
    if (this.isOp('+') || this.isOp('-')) {
      const op = this.next();
      const n = this.tok();
      if (n.kind !== 'NUMBER') this.fail();
      this.pos++;
      const right = this.numberConst(n);
      if (!(right._type === 'Constant' && right.value instanceof PyComplex)) {
        this.errorNode('imaginary number required in complex literal', right);
      }
      if (left._type === 'Constant' && left.value instanceof PyComplex) {
        this.errorNode('real number required in complex literal', left);
      }
      return { _type: 'BinOp', left, op: op.value === '+' ? 'Add' : 'Sub', right, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
    }
    return left;
  }

  private classPattern(s: Token, cls: A.Expr): A.Pattern {
    this.pos++; // (
    const patterns: A.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.Pattern[] = [];
    while (!this.isOp(')')) {
      const t = this.tok();
      const n = this.tok(this.pos + 1);
      if (t.kind === 'NAME' && !KEYWORDS.has(t.value) && n.kind === 'OP' && n.value === '=') {
        this.pos += 2;
        kwd_attrs.push(t.value);
        kwd_patterns.push(this.pattern());
      } else {
        const ps = this.tok();
        const p = this.pattern();
        if (kwd_attrs.length) {
          this.errorRangeTok('positional patterns follow keyword patterns', ps, p);
        }
        patterns.push(p);
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(')')) this.fail();
    this.pos++;
    return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }

  private mappingPattern(): A.Pattern {
    const s = this.next();
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        this.pos++;
        const n = this.expectName();
        if (n.value === '_') {
          this.pos--;
          this.fail();
        }
        rest = n.value;
        this.eatOp(',');
        if (!this.isOp('}')) this.fail();
        break;
      }
      const k = this.tok();
      let key: A.Expr;
      if (k.kind === 'NUMBER' || (k.kind === 'OP' && k.value === '-')) key = this.signedNumberOrComplex();
      else if (k.kind === 'STRING' || k.kind === 'FSTRING_START') {
        key = this.strings();
      } else if (k.kind === 'NAME' && (k.value === 'None' || k.value === 'True' || k.value === 'False')) {
        this.pos++;
        key = { _type: 'Constant', value: k.value === 'None' ? null : k.value === 'True', kind: null, lineno: k.line, col_offset: k.col, end_lineno: k.endLine, end_col_offset: k.endCol };
      } else if (k.kind === 'NAME' && !KEYWORDS.has(k.value)) {
        this.pos++;
        key = { _type: 'Name', id: k.value, ctx: 'Load', lineno: k.line, col_offset: k.col, end_lineno: k.endLine, end_col_offset: k.endCol };
        if (!this.isOp('.')) this.fail();
        while (this.eatOp('.')) {
          const a = this.expectName();
          key = { _type: 'Attribute', value: key, attr: a.value, ctx: 'Load', lineno: k.line, col_offset: k.col, end_lineno: this.el(), end_col_offset: this.ec() };
        }
      } else this.fail();
      if (!this.isOp(':')) this.fail();
      this.pos++;
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp('}')) this.fail();
    this.pos++;
    return { _type: 'MatchMapping', keys, patterns, rest, lineno: s.line, col_offset: s.col, end_lineno: this.el(), end_col_offset: this.ec() };
  }
}

// Expression parsing lives in parser-expr.ts (mixed into ParserBase).
export { Parser as _Parser };
