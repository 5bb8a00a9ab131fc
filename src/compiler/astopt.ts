/**
 * The AST optimizer: CPython 3.12's Python/ast_opt.c.
 *
 * Folds, in place:
 * - unary and binary operators on constants, with CPython's safety limits
 *   (MAX_INT_SIZE bits for `*`, `**` and `<<` of ints, MAX_COLLECTION_SIZE and
 *   MAX_TOTAL_ITEMS for tuple repetition, MAX_STR_SIZE for str/bytes
 *   repetition); an operation that would raise in Python (1/0, 'a' - 1,
 *   10.0 ** 400, ...) is left alone;
 * - `not (a is b)` into `a is not b` (likewise `is not`, `in`, `not in`);
 * - `'%s %r' % (a, b)` into an f-string (`optimize_format`);
 * - tuples of constants into a constant tuple, subscripts of constants;
 * - a list or set literal after `in` / `not in` and as the iterable of `for`
 *   and of comprehensions into a tuple (constant tuple) or constant frozenset;
 * - `__debug__` into True (False when optimizing).
 *
 * A folded node takes the position of the node it replaces (CPython's
 * make_const rewrites the node in place). Nothing here throws but the
 * RecursionError CPython raises for too deep nesting.
 */
import type {
  Arguments,
  ConstValue,
  Constant,
  Expr,
  ExceptHandler,
  FormattedValue,
  JoinedStr,
  Keyword,
  Located,
  MatchCase,
  Mod,
  Pattern,
  Stmt,
  Tuple,
  TypeParam,
} from './ast.js';
import { ConstFrozenSet, ConstTuple, PyComplex } from './ast.js';
import { PyCompileRecursionError } from './errors.js';
import { complexPow as runtimeComplexPow } from '../numeric/complex-arith.js';
import { NeedsComplexError, NumericError } from '../numeric/errors.js';
import { floatPow as runtimeFloatPow } from '../numeric/float-arith.js';

const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

/**
 * The recursion limit (1000) * COMPILER_STACK_FRAME_SCALE (3), counted from
 * depth 0 as when a file is compiled: CPython 3.12.1 compiles `x = 1+1+...+1`
 * with 2999 operands (nesting 3000: the statement, 2998 BinOps, a constant)
 * and raises RecursionError for 3000.
 */
const RECURSION_LIMIT = 1000 * 3;

const SSIZE_MAX = (1n << 63n) - 1n;

/** `undefined`: the operation is not folded (it would raise, or is not supported). */
type Folded = ConstValue | undefined;

export interface OptimizeOptions {
  /** For the RecursionError; '<unknown>' when not given. */
  filename?: string;
  /** `from __future__ import annotations` is in effect (annotations are not folded). */
  futureAnnotations?: boolean;
}

/**
 * Optimize `mod` in place (and return it), as CPython's _PyAST_Optimize with
 * the given optimization level (`-O` is 1, `-OO` 2; only `__debug__` depends on it).
 */
export function optimizeAst<T extends Mod>(mod: T, optimize: number, options: OptimizeOptions = {}): T {
  const folder = new Folder(
    optimize,
    options.futureAnnotations ?? hasFutureAnnotations(mod),
    options.filename ?? '<unknown>',
  );
  folder.mod(mod);
  return mod;
}

/** Does a module start (after its docstring) with `from __future__ import annotations`? */
function hasFutureAnnotations(mod: Mod): boolean {
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return false;
  const body = mod.body;
  let i = 0;
  if (mod._type === 'Module' && getDocString(body) !== null) i = 1;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.module !== '__future__' || s.level !== 0) break;
    if (s.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}

function getDocString(body: Stmt[]): string | null {
  const st = body[0];
  if (st === undefined || st._type !== 'Expr') return null;
  const e = st.value;
  return e._type === 'Constant' && typeof e.value === 'string' ? e.value : null;
}

function pos(node: Located): Located {
  return {
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}

function makeConst(node: Located, value: ConstValue): Constant {
  return { _type: 'Constant', value, kind: null, ...pos(node) };
}

const NOWHERE: Located = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

class Folder {
  private depth = 0;

  constructor(
    private readonly optimize: number,
    private readonly futureAnnotations: boolean,
    private readonly filename: string,
  ) {}

  private enter(): void {
    if (++this.depth > RECURSION_LIMIT) throw new PyCompileRecursionError(this.filename);
  }

  mod(m: Mod): void {
    switch (m._type) {
      case 'Module':
        this.body(m.body);
        break;
      case 'Interactive':
        this.stmts(m.body);
        break;
      case 'Expression':
        m.body = this.expr(m.body);
        break;
      case 'FunctionType':
        break;
    }
  }

  private stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  /** astfold_body: a string made constant by folding must not become a docstring. */
  private body(body: Stmt[]): void {
    const docstring = getDocString(body) !== null;
    this.stmts(body);
    if (!docstring && getDocString(body) !== null) {
      const st = body[0]!;
      if (st._type === 'Expr') {
        const js: JoinedStr = { _type: 'JoinedStr', values: [st.value], ...pos(st) };
        st.value = js;
      }
    }
  }

  private exprs(list: Expr[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.expr(list[i]!);
  }

  private optExpr(e: Expr | null): Expr | null {
    return e === null ? null : this.expr(e);
  }

  private annotation(e: Expr | null): Expr | null {
    return this.futureAnnotations ? e : this.optExpr(e);
  }

  private stmt(s: Stmt): void {
    this.enter();
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.typeParams(s.type_params);
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        s.returns = this.annotation(s.returns);
        break;
      case 'ClassDef':
        this.typeParams(s.type_params);
        this.exprs(s.bases);
        this.keywords(s.keywords);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        s.value = this.optExpr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        s.value = this.expr(s.value);
        break;
      case 'TypeAlias':
        s.name = this.expr(s.name);
        this.typeParams(s.type_params);
        s.value = this.expr(s.value);
        break;
      case 'AugAssign':
        s.target = this.expr(s.target);
        s.value = this.expr(s.value);
        break;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        if (!this.futureAnnotations) s.annotation = this.expr(s.annotation);
        s.value = this.optExpr(s.value);
        break;
      case 'For':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        s.iter = foldIter(s.iter);
        break;
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          item.context_expr = this.expr(item.context_expr);
          item.optional_vars = this.optExpr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const c of s.cases) this.matchCase(c);
        break;
      case 'Raise':
        s.exc = this.optExpr(s.exc);
        s.cause = this.optExpr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) this.handler(h);
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        s.msg = this.optExpr(s.msg);
        break;
      case 'Expr':
        s.value = this.expr(s.value);
        break;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
    this.depth--;
  }

  private handler(h: ExceptHandler): void {
    h.type = this.optExpr(h.type);
    this.stmts(h.body);
  }

  private typeParams(tps: TypeParam[]): void {
    for (const tp of tps) {
      if (tp._type === 'TypeVar') tp.bound = this.optExpr(tp.bound);
    }
  }

  private arguments(a: Arguments): void {
    for (const arg of a.posonlyargs) arg.annotation = this.annotation(arg.annotation);
    for (const arg of a.args) arg.annotation = this.annotation(arg.annotation);
    if (a.vararg) a.vararg.annotation = this.annotation(a.vararg.annotation);
    for (const arg of a.kwonlyargs) arg.annotation = this.annotation(arg.annotation);
    for (let i = 0; i < a.kw_defaults.length; i++) a.kw_defaults[i] = this.optExpr(a.kw_defaults[i] ?? null);
    if (a.kwarg) a.kwarg.annotation = this.annotation(a.kwarg.annotation);
    this.exprs(a.defaults);
  }

  private keywords(kws: Keyword[]): void {
    for (const k of kws) k.value = this.expr(k.value);
  }

  private matchCase(c: MatchCase): void {
    this.pattern(c.pattern);
    c.guard = this.optExpr(c.guard);
    this.stmts(c.body);
  }

  private pattern(p: Pattern): void {
    this.enter();
    switch (p._type) {
      case 'MatchValue':
        p.value = this.expr(p.value);
        break;
      case 'MatchSingleton':
      case 'MatchStar':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        p.cls = this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
    }
    this.depth--;
  }

  private comprehensions(gens: { target: Expr; iter: Expr; ifs: Expr[] }[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.expr(g.iter);
      this.exprs(g.ifs);
      g.iter = foldIter(g.iter);
    }
  }

  expr(e: Expr): Expr {
    this.enter();
    let r: Expr = e;
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        r = foldBinOp(e);
        break;
      case 'UnaryOp':
        e.operand = this.expr(e.operand);
        r = foldUnaryOp(e);
        break;
      case 'Lambda':
        this.arguments(e.args);
        e.body = this.expr(e.body);
        break;
      case 'IfExp':
        e.test = this.expr(e.test);
        e.body = this.expr(e.body);
        e.orelse = this.expr(e.orelse);
        break;
      case 'Dict':
        for (let i = 0; i < e.keys.length; i++) e.keys[i] = this.optExpr(e.keys[i] ?? null);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comprehensions(e.generators);
        break;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comprehensions(e.generators);
        break;
      case 'Await':
      case 'YieldFrom':
        e.value = this.expr(e.value);
        break;
      case 'Yield':
        e.value = this.optExpr(e.value);
        break;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        const i = e.ops.length - 1;
        const op = e.ops[i];
        if ((op === 'In' || op === 'NotIn') && e.comparators[i] !== undefined) {
          e.comparators[i] = foldIter(e.comparators[i]!);
        }
        break;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        this.keywords(e.keywords);
        break;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        e.format_spec = this.optExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Attribute':
        e.value = this.expr(e.value);
        break;
      case 'Subscript':
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        if (e.ctx === 'Load' && e.value._type === 'Constant' && e.slice._type === 'Constant') {
          const v = getItem(e.value.value, e.slice.value);
          if (v !== undefined) r = makeConst(e, v);
        }
        break;
      case 'Starred':
        e.value = this.expr(e.value);
        break;
      case 'Slice':
        e.lower = this.optExpr(e.lower);
        e.upper = this.optExpr(e.upper);
        e.step = this.optExpr(e.step);
        break;
      case 'List':
        this.exprs(e.elts);
        break;
      case 'Tuple':
        this.exprs(e.elts);
        r = foldTuple(e);
        break;
      case 'Name':
        if (e.ctx === 'Load' && e.id === '__debug__') r = makeConst(e, !this.optimize);
        break;
      case 'NamedExpr':
        e.value = this.expr(e.value);
        break;
      case 'Constant':
        break;
    }
    this.depth--;
    return r;
  }
}

// ------------------------------------------------------------------ folders

function foldUnaryOp(e: Expr & { _type: 'UnaryOp' }): Expr {
  const arg = e.operand;
  if (arg._type !== 'Constant') {
    // Fold `not` into a comparison (only the ones that invert safely).
    if (e.op === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inv = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' } as const;
      const op = arg.ops[0]!;
      if (op === 'Is' || op === 'IsNot' || op === 'In' || op === 'NotIn') {
        arg.ops[0] = inv[op];
        return arg; // COPY_NODE: the comparison keeps its own position
      }
    }
    return e;
  }
  const v = unaryOp(e.op, arg.value);
  return v === undefined ? e : makeConst(e, v);
}

function foldTuple(e: Tuple): Expr {
  if (e.ctx !== 'Load') return e;
  const t = constTuple(e.elts);
  return t === undefined ? e : makeConst(e, t);
}

function constTuple(elts: Expr[]): ConstTuple | undefined {
  const items: ConstValue[] = [];
  for (const x of elts) {
    if (x._type !== 'Constant') return undefined;
    items.push(x.value);
  }
  return new ConstTuple(items);
}

/**
 * fold_iter: a list literal becomes a tuple (a constant one when it can), a
 * set literal of constants a constant frozenset.
 */
function foldIter(arg: Expr): Expr {
  if (arg._type === 'List') {
    if (arg.elts.some((x) => x._type === 'Starred')) return arg;
    const tuple: Tuple = { _type: 'Tuple', elts: arg.elts, ctx: arg.ctx, ...pos(arg) };
    const t = constTuple(arg.elts);
    return t === undefined ? tuple : makeConst(arg, t);
  }
  if (arg._type === 'Set') {
    const t = constTuple(arg.elts);
    if (t === undefined) return arg;
    const fs = makeFrozenSet(t.items);
    return fs === undefined ? arg : makeConst(arg, fs);
  }
  return arg;
}

function foldBinOp(e: Expr & { _type: 'BinOp' }): Expr {
  const lhs = e.left;
  const rhs = e.right;
  if (lhs._type !== 'Constant') return e;
  const lv = lhs.value;
  if (e.op === 'Mod' && rhs._type === 'Tuple' && typeof lv === 'string' && !rhs.elts.some((x) => x._type === 'Starred')) {
    return optimizeFormat(e, lv, rhs.elts) ?? e;
  }
  if (rhs._type !== 'Constant') return e;
  const v = binaryOp(e.op, lv, rhs.value);
  return v === undefined ? e : makeConst(e, v);
}

// ------------------------------------------------------ %-format to f-string

const F_LJUST = 1;

/** parse_literal: the text up to the next lone `%`, with `%%` turned into `%`. */
function parseLiteral(fmt: string, p: { pos: number }): Constant | null {
  const start = p.pos;
  let q = start;
  let hasPercents = false;
  while (q < fmt.length) {
    if (fmt[q] !== '%') q++;
    else if (q + 1 < fmt.length && fmt[q + 1] === '%') {
      hasPercents = true;
      q += 2;
    } else break;
  }
  p.pos = q;
  if (q === start) return null;
  let s = fmt.slice(start, q);
  if (hasPercents) s = s.replaceAll('%%', '%');
  return makeConst(NOWHERE, s);
}

const MAXDIGITS = 3;

/** simple_format_arg_parse: flags, width, precision and the conversion character. */
function simpleFormatArgParse(
  fmt: string,
  p: { pos: number },
): { spec: string; flags: number; width: number; prec: number } | null {
  let q = p.pos;
  let ch = '';
  const next = (): boolean => {
    if (q >= fmt.length) return false;
    ch = fmt[q]!;
    q++;
    return true;
  };
  let flags = 0;
  let width = -1;
  let prec = -1;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') flags |= F_LJUST;
    else if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') flags |= 2;
    else break;
  }
  const isDigit = (c: string): boolean => c >= '0' && c <= '9';
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    if (isDigit(ch)) {
      let digits = 0;
      while (isDigit(ch)) {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  p.pos = q;
  return { spec: ch, flags, width, prec };
}

function parseFormat(fmt: string, p: { pos: number }, arg: Expr): FormattedValue | null {
  const a = simpleFormatArgParse(fmt, p);
  if (a === null) return null;
  if (a.spec !== 's' && a.spec !== 'r' && a.spec !== 'a') return null;
  let buf = '';
  if (!(a.flags & F_LJUST) && a.width > 0) buf += '>';
  if (a.width >= 0) buf += String(a.width);
  if (a.prec >= 0) buf += '.' + String(a.prec);
  return {
    _type: 'FormattedValue',
    value: arg,
    conversion: a.spec.charCodeAt(0),
    format_spec: buf === '' ? null : makeConst(NOWHERE, buf),
    ...pos(arg),
  };
}

/** optimize_format: `'...%s...' % (a, b)` as a JoinedStr, or null to leave it. */
function optimizeFormat(node: Located, fmt: string, elts: Expr[]): JoinedStr | null {
  const p = { pos: 0 };
  let cnt = 0;
  const seq: Expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, p);
    if (lit) seq.push(lit);
    if (p.pos >= fmt.length) break;
    if (cnt >= elts.length) return null; // more format units than items
    p.pos++; // the '%'
    const fv = parseFormat(fmt, p, elts[cnt]!);
    cnt++;
    if (!fv) return null;
    seq.push(fv);
  }
  if (cnt < elts.length) return null; // more items than format units
  return { _type: 'JoinedStr', values: seq, ...pos(node) };
}

// ------------------------------------------------------- Python semantics

function isInt(v: ConstValue): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}

function toBig(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}

function abs(b: bigint): bigint {
  return b < 0n ? -b : b;
}

/** _PyLong_NumBits: bits in |v| (0 for 0). */
function numBits(b: bigint): bigint {
  const a = abs(b);
  return a === 0n ? 0n : BigInt(a.toString(2).length);
}

/** PyLong_AsDouble: undefined on OverflowError. */
function intToFloat(b: bigint): number | undefined {
  const f = Number(b);
  return Number.isFinite(f) ? f : undefined;
}

function toFloat(v: ConstValue): number | undefined {
  if (typeof v === 'number') return v;
  if (isInt(v)) return intToFloat(toBig(v));
  return undefined;
}

function toComplex(v: ConstValue): PyComplex | undefined {
  if (v instanceof PyComplex) return v;
  const f = toFloat(v);
  return f === undefined ? undefined : new PyComplex(f, 0);
}

function isNumber(v: ConstValue): boolean {
  return isInt(v) || typeof v === 'number' || v instanceof PyComplex;
}

/** Python's len() of a str: code points. */
function strLen(s: string): number {
  if (!/[\ud800-\udfff]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function seqLen(v: string | Uint8Array | ConstTuple | ConstFrozenSet): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof Uint8Array) return v.length;
  return v.items.length;
}

function truthy(v: ConstValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0; // NaN is true
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length > 0;
  return true; // Ellipsis, code objects
}

function unaryOp(op: string, v: ConstValue): Folded {
  switch (op) {
    case 'Not':
      return !truthy(v);
    case 'USub':
      if (isInt(v)) return -toBig(v);
      if (typeof v === 'number') return -v;
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return undefined;
    case 'UAdd':
      if (isInt(v)) return toBig(v);
      if (typeof v === 'number') return v;
      if (v instanceof PyComplex) return new PyComplex(v.real, v.imag);
      return undefined;
    case 'Invert':
      // ~True is deprecated in 3.12 (a DeprecationWarning), but still folded.
      if (isInt(v)) return ~toBig(v);
      return undefined;
  }
  return undefined;
}

// ---- ints

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function pyMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** ldexp for an exactly representable result. */
function ldexp(x: number, k: number): number {
  while (k > 1023) {
    x *= 2 ** 1023;
    k -= 1023;
  }
  while (k < -1022) {
    x *= 2 ** -1022;
    k += 1022;
  }
  return x * 2 ** k;
}

/**
 * num / den * 2**exp2 (num >= 0, den > 0) correctly rounded to a double, as
 * long_true_divide rounds; undefined where it overflows.
 */
function ratioToDouble(num: bigint, den: bigint, exp2: bigint): number | undefined {
  if (num === 0n) return 0;
  // Scale so that the quotient has at least 55 bits.
  const shift = 56n - (numBits(num) - numBits(den));
  let n = num;
  let d = den;
  if (shift >= 0n) n <<= shift;
  else d <<= -shift;
  let q = n / d;
  const sticky = n % d !== 0n;
  const L = numBits(q);
  const E = L - 1n - shift + exp2; // exponent of the leading bit
  if (E >= 1024n) return undefined;
  const keep = E >= -1022n ? 53n : 53n - (-1022n - E);
  let drop = L - keep;
  if (drop > 0n) {
    const lower = q & ((1n << drop) - 1n);
    q >>= drop;
    const half = 1n << (drop - 1n);
    if (lower > half || (lower === half && (sticky || (q & 1n) === 1n))) q += 1n;
  } else drop = 0n;
  const k = drop - shift + exp2;
  if (k < -2200n) return 0;
  const r = ldexp(Number(q), Number(k));
  return Number.isFinite(r) ? r : undefined;
}

/** long_true_divide: int / int correctly rounded; undefined on ZeroDivisionError or OverflowError. */
export function intTrueDivide(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const LIM = 1n << 53n;
  if (abs(a) <= LIM && abs(b) <= LIM) return Number(a) / Number(b);
  const negate = (a < 0n) !== (b < 0n);
  const r = ratioToDouble(abs(a), abs(b), 0n);
  if (r === undefined) return undefined;
  return negate ? -r : r;
}

/** A positive finite double as m * 2**e with m an odd integer. */
function decompose(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: bigint;
  if (bexp === 0) e = -1074n;
  else {
    m |= 1n << 52n;
    e = BigInt(bexp) - 1075n;
  }
  while (m !== 0n && (m & 1n) === 0n) {
    m >>= 1n;
    e += 1n;
  }
  return [m, e];
}

function intBinOp(op: string, l: bigint | boolean, r: bigint | boolean): Folded {
  const a = toBig(l);
  const b = toBig(r);
  switch (op) {
    case 'Add':
      return a + b;
    case 'Sub':
      return a - b;
    case 'Mult':
      if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined;
      return a * b;
    case 'Div':
      return intTrueDivide(a, b);
    case 'FloorDiv':
      return b === 0n ? undefined : floorDiv(a, b);
    case 'Mod':
      return b === 0n ? undefined : pyMod(a, b);
    case 'Pow':
      if (a !== 0n && b > 0n) {
        if (b > SSIZE_MAX * 2n + 1n) return undefined;
        if (numBits(a) > MAX_INT_SIZE / b) return undefined;
      }
      if (b >= 0n) return a ** b;
      {
        const fa = intToFloat(a);
        const fb = intToFloat(b);
        if (fa === undefined || fb === undefined) return undefined;
        return floatPow(fa, fb);
      }
    case 'LShift':
      if (a !== 0n && b !== 0n) {
        if (b < 0n) return undefined;
        if (b > MAX_INT_SIZE || numBits(a) > MAX_INT_SIZE - b) return undefined;
      }
      if (b < 0n) return undefined; // negative shift count
      if (a === 0n) return 0n;
      return a << b;
    case 'RShift':
      if (b < 0n) return undefined;
      if (b > numBits(a)) return a < 0n ? -1n : 0n;
      return a >> b;
    case 'BitAnd':
      if (typeof l === 'boolean' && typeof r === 'boolean') return l && r;
      return a & b;
    case 'BitOr':
      if (typeof l === 'boolean' && typeof r === 'boolean') return l || r;
      return a | b;
    case 'BitXor':
      if (typeof l === 'boolean' && typeof r === 'boolean') return l !== r;
      return a ^ b;
  }
  return undefined;
}

// ---- floats

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/**
 * float_pow (Objects/floatobject.c), by the runtime's own code (src/numeric), whose pow is the C
 * library's as CPython's is; a complex result for a negative base and a fractional exponent;
 * undefined where the runtime raises (ZeroDivisionError, OverflowError).
 */
function floatPow(iv: number, iw: number): Folded {
  try {
    return runtimeFloatPow(iv, iw);
  } catch (e) {
    if (e instanceof NeedsComplexError) return complexPow(new PyComplex(iv, 0), new PyComplex(iw, 0));
    if (e instanceof NumericError) return undefined;
    throw e;
  }
}

/** C's `if (x)`: NaN counts as true. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const sgn = vx / wx;
    floordiv = sgn < 0 || Object.is(sgn, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floatRem(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  return mod;
}

function floatBinOp(op: string, a: number, b: number): Folded {
  switch (op) {
    case 'Add':
      return a + b;
    case 'Sub':
      return a - b;
    case 'Mult':
      return a * b;
    case 'Div':
      return b === 0 ? undefined : a / b;
    case 'FloorDiv':
      return b === 0 ? undefined : floatDivmod(a, b)[0];
    case 'Mod':
      return b === 0 ? undefined : floatRem(a, b);
    case 'Pow':
      return floatPow(a, b);
  }
  return undefined;
}

// ---- complex numbers (Objects/complexobject.c)

function cProd(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/** _Py_c_quot; undefined for a division by zero. */
function cQuot(a: PyComplex, b: PyComplex): PyComplex | undefined {
  const absBr = b.real < 0 ? -b.real : b.real;
  const absBi = b.imag < 0 ? -b.imag : b.imag;
  if (absBr >= absBi) {
    if (absBr === 0.0) return undefined;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN);
}

/** complex ** complex by the runtime's code (src/numeric); undefined where it raises. */
function complexPow(a: PyComplex, b: PyComplex): PyComplex | undefined {
  try {
    const p = runtimeComplexPow({ re: a.real, im: a.imag }, { re: b.real, im: b.imag });
    return new PyComplex(p.re, p.im);
  } catch (e) {
    if (e instanceof NumericError) return undefined;
    throw e;
  }
}

function complexBinOp(op: string, a: PyComplex, b: PyComplex): Folded {
  switch (op) {
    case 'Add':
      return new PyComplex(a.real + b.real, a.imag + b.imag);
    case 'Sub':
      return new PyComplex(a.real - b.real, a.imag - b.imag);
    case 'Mult':
      return cProd(a, b);
    case 'Div':
      return cQuot(a, b);
    case 'Pow':
      return complexPow(a, b);
  }
  return undefined;
}

// ---- sequences

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a, 0);
  r.set(b, a.length);
  return r;
}

/** check_complexity: the limit minus the items of `v` counted recursively (negative: too many). */
function checkComplexity(v: ConstValue, limit: number): number {
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i]!, limit);
  }
  return limit;
}

type Seq = string | Uint8Array | ConstTuple | ConstFrozenSet;

function isSeq(v: ConstValue): v is Seq {
  return typeof v === 'string' || v instanceof Uint8Array || v instanceof ConstTuple || v instanceof ConstFrozenSet;
}

/** sequence * n, as PyNumber_Multiply. */
function repeat(s: Seq, count: bigint): Folded {
  if (s instanceof ConstFrozenSet) return undefined; // TypeError
  if (count > SSIZE_MAX || count < -SSIZE_MAX - 1n) return undefined; // OverflowError
  const n = count < 0n ? 0 : Number(count);
  const len = seqLen(s);
  if (len === 0 || n === 0) {
    if (typeof s === 'string') return '';
    if (s instanceof Uint8Array) return new Uint8Array(0);
    return new ConstTuple([]);
  }
  if (typeof s === 'string') return s.repeat(n);
  if (s instanceof Uint8Array) {
    const r = new Uint8Array(len * n);
    for (let i = 0; i < n; i++) r.set(s, i * len);
    return r;
  }
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) items.push(...s.items);
  return new ConstTuple(items);
}

/** safe_multiply. */
function safeMultiply(v: ConstValue, w: ConstValue): Folded {
  if (isInt(v) && isInt(w)) return intBinOp('Mult', v, w);
  if (isInt(v) && (w instanceof ConstTuple || w instanceof ConstFrozenSet)) {
    const size = w.items.length;
    const count = toBig(v);
    if (size) {
      if (count < 0n || count > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
      const n = Number(count);
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return undefined;
    }
    return repeat(w, count);
  }
  if (isInt(v) && (typeof w === 'string' || w instanceof Uint8Array)) {
    const size = seqLen(w);
    const count = toBig(v);
    if (size) {
      if (count < 0n || count > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
    }
    return repeat(w, count);
  }
  if (isInt(w) && isSeq(v)) return safeMultiply(w, v);
  return numericBinOp('Mult', v, w);
}

function numericBinOp(op: string, l: ConstValue, r: ConstValue): Folded {
  if (!isNumber(l) || !isNumber(r)) return undefined;
  if (l instanceof PyComplex || r instanceof PyComplex) {
    const a = toComplex(l);
    const b = toComplex(r);
    if (a === undefined || b === undefined) return undefined;
    return complexBinOp(op, a, b);
  }
  if (typeof l === 'number' || typeof r === 'number') {
    const a = toFloat(l);
    const b = toFloat(r);
    if (a === undefined || b === undefined) return undefined;
    return floatBinOp(op, a, b);
  }
  return intBinOp(op, l as bigint | boolean, r as bigint | boolean);
}

/** A binary operator on two constants, or undefined where CPython 3.12 does not fold it. */
export function binaryOp(op: string, l: ConstValue, r: ConstValue): Folded {
  try {
    switch (op) {
      case 'Add':
        if (typeof l === 'string' && typeof r === 'string') return l + r;
        if (l instanceof Uint8Array && r instanceof Uint8Array) return concatBytes(l, r);
        if (l instanceof ConstTuple && r instanceof ConstTuple) return new ConstTuple([...l.items, ...r.items]);
        return numericBinOp(op, l, r);
      case 'Mult':
        return safeMultiply(l, r);
      case 'Mod':
        if (typeof l === 'string' || l instanceof Uint8Array) return undefined; // safe_mod
        return numericBinOp(op, l, r);
      case 'Sub':
      case 'Div':
      case 'FloorDiv':
      case 'Pow':
        return numericBinOp(op, l, r);
      case 'LShift':
      case 'RShift':
      case 'BitAnd':
      case 'BitOr':
      case 'BitXor':
        return isInt(l) && isInt(r) ? intBinOp(op, l, r) : undefined;
      case 'MatMult':
        return undefined;
    }
  } catch {
    // A RangeError from an oversized BigInt or string: CPython would raise too.
    return undefined;
  }
  return undefined;
}

/** PyObject_GetItem on two constants. */
function getItem(container: ConstValue, index: ConstValue): Folded {
  if (!isInt(index)) return undefined;
  if (typeof container !== 'string' && !(container instanceof Uint8Array) && !(container instanceof ConstTuple)) {
    return undefined;
  }
  let i = toBig(index);
  const n = BigInt(seqLen(container));
  if (i < 0n) i += n;
  if (i < 0n || i >= n) return undefined; // IndexError
  const k = Number(i);
  if (typeof container === 'string') {
    if (!/[\ud800-\udfff]/.test(container)) return container[k]!;
    return Array.from(container)[k]!;
  }
  if (container instanceof Uint8Array) return BigInt(container[k]!);
  return container.items[k]!;
}

// ---- frozensets

/** Python's == between two constants (for building a frozenset). */
function constEquals(a: ConstValue, b: ConstValue): boolean {
  if (isNumber(a) && isNumber(b)) {
    if (a instanceof PyComplex || b instanceof PyComplex) {
      const x = a instanceof PyComplex ? a : new PyComplex(numValue(a), 0);
      const y = b instanceof PyComplex ? b : new PyComplex(numValue(b), 0);
      return x.real === y.real && x.imag === y.imag;
    }
    if (isInt(a) && isInt(b)) return toBig(a) === toBig(b);
    // int == float compares exactly
    if (typeof a === 'number' && typeof b === 'number') return a === b;
    const f = (typeof a === 'number' ? a : b) as number;
    const i = toBig((isInt(a) ? a : b) as bigint | boolean);
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (a instanceof ConstTuple && b instanceof ConstTuple) {
    return a.items.length === b.items.length && a.items.every((x, i) => constEquals(x, b.items[i]!));
  }
  if (a instanceof ConstFrozenSet && b instanceof ConstFrozenSet) {
    return (
      a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => constEquals(x, y)))
    );
  }
  return a === b; // None, Ellipsis, code objects: identity
}

function numValue(v: ConstValue): number {
  if (typeof v === 'number') return v;
  if (isInt(v)) return Number(toBig(v));
  return NaN;
}

function isHashable(v: ConstValue): boolean {
  if (v instanceof ConstTuple) return v.items.every(isHashable);
  return true;
}

// ---- CPython's hash() and set layout, for the order of a frozenset's items

const P = (1n << 61n) - 1n; // _PyHASH_MODULUS
const U64 = (1n << 64n) - 1n;

/** As a signed Py_hash_t. */
function signed(x: bigint): bigint {
  x &= U64;
  return x >= 1n << 63n ? x - (1n << 64n) : x;
}

function intHash(v: bigint): bigint {
  const h = abs(v) % P;
  const r = v < 0n ? -h : h;
  return r === -1n ? -2n : r;
}

function floatHash(v: number): bigint | undefined {
  if (Number.isNaN(v)) return undefined; // by identity
  if (v === Infinity) return 314159n;
  if (v === -Infinity) return -314159n;
  if (v === 0) return 0n;
  const [m, e] = decompose(Math.abs(v));
  // m * 2**e mod P, with 2**61 == 1 (mod P)
  const k = ((e % 61n) + 61n) % 61n;
  let h = ((m % P) << k) % P;
  if (v < 0) h = -h;
  return h === -1n ? -2n : h;
}

/**
 * hash() of a constant where it does not depend on the process (ints, floats,
 * complex numbers, None, bools and tuples of those); undefined for str and
 * bytes (randomized in CPython) and the rest.
 */
function constHash(v: ConstValue): bigint | undefined {
  if (v === null) return 0xfca86420n; // 3.12: hash(None) is a constant
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return intHash(v);
  if (typeof v === 'number') return floatHash(v);
  if (v instanceof PyComplex) {
    const r = floatHash(v.real);
    const i = floatHash(v.imag);
    if (r === undefined || i === undefined) return undefined;
    const h = signed(r + 1000003n * i);
    return h === -1n ? -2n : h;
  }
  if (v instanceof ConstTuple) {
    const XXPRIME_1 = 11400714785074694791n;
    const XXPRIME_2 = 14029467366897019727n;
    const XXPRIME_5 = 2870177450012600261n;
    let acc = XXPRIME_5;
    for (const item of v.items) {
      const lane = constHash(item);
      if (lane === undefined) return undefined;
      acc = (acc + (lane & U64) * XXPRIME_2) & U64;
      acc = ((acc << 31n) | (acc >> 33n)) & U64;
      acc = (acc * XXPRIME_1) & U64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
    if (acc === U64) return 1546275796n;
    return signed(acc);
  }
  return undefined;
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** The items of a set built by adding `items` in order, in the set's iteration order (Objects/setobject.c). */
function setOrder(items: readonly ConstValue[], hashes: readonly bigint[]): ConstValue[] {
  let mask = 7;
  let table: (number | undefined)[] = new Array(8).fill(undefined); // indexes into items
  let fill = 0;
  const insertClean = (tbl: (number | undefined)[], msk: number, idx: number): void => {
    const hash = hashes[idx]! & U64;
    let perturb = hash;
    let i = Number(hash & BigInt(msk));
    for (;;) {
      if (tbl[i] === undefined) {
        tbl[i] = idx;
        return;
      }
      if (i + LINEAR_PROBES <= msk) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (tbl[i + j] === undefined) {
            tbl[i + j] = idx;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(msk));
    }
  };
  for (let idx = 0; idx < items.length; idx++) {
    const hash = hashes[idx]!;
    let perturb = hash & U64;
    let i = Number(perturb & BigInt(mask));
    let found = false;
    let slot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const k = table[i + j];
        if (k === undefined) {
          slot = i + j;
          break;
        }
        if (hashes[k] === hash && (items[k] === items[idx] || constEquals(items[k]!, items[idx]!))) {
          found = true;
          break;
        }
      }
      if (found || slot >= 0) break;
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
    if (found) continue;
    table[slot] = idx;
    fill++;
    if (fill * 5 >= mask * 3) {
      // set_table_resize(so, used > 50000 ? used * 2 : used * 4)
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let newsize = 8;
      while (newsize <= minused) newsize <<= 1;
      const old = table;
      table = new Array(newsize).fill(undefined);
      mask = newsize - 1;
      for (const k of old) if (k !== undefined) insertClean(table, mask, k);
    }
  }
  return table.filter((k): k is number => k !== undefined).map((k) => items[k]!);
}

/**
 * PyFrozenSet_New over constants: duplicates (by ==) dropped, the first one
 * kept, in CPython's iteration order where the hashes are deterministic (else
 * in the order written).
 */
function makeFrozenSet(items: readonly ConstValue[]): ConstFrozenSet | undefined {
  if (!items.every(isHashable)) return undefined;
  const hashes = items.map(constHash);
  if (hashes.every((h): h is bigint => h !== undefined)) {
    // The compiler's constant merging (merge_consts_recursive) rebuilds the
    // frozenset from its own iteration order: lay it out a second time.
    const once = setOrder(items, hashes);
    return new ConstFrozenSet(setOrder(once, once.map((x) => constHash(x)!)));
  }
  const out: ConstValue[] = [];
  for (const x of items) {
    if (!out.some((y) => y === x || constEquals(y, x))) out.push(x);
  }
  return new ConstFrozenSet(out);
}
