/**
 * Expression unparsing for `from __future__ import annotations`: CPython
 * 3.12's Python/ast_unparse.c (annotations are stored as this text).
 */
import type * as A from './ast.js';
import { Ellipsis, PyComplex } from './ast.js';
import { pyRepr } from './codegen-match.js';

const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<A.Operator, [string, number]> = {
  Add: [' + ', PR_ARITH],
  Sub: [' - ', PR_ARITH],
  Mult: [' * ', PR_TERM],
  MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM],
  Mod: [' % ', PR_TERM],
  LShift: [' << ', PR_SHIFT],
  RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR],
  BitXor: [' ^ ', PR_BXOR],
  BitAnd: [' & ', PR_BAND],
  FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};

const CMPOPS: Record<A.CmpOp, string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

export function unparseExpr(e: A.Expr): string {
  return expr(e, PR_TEST);
}

function constRepr(v: A.ConstValue): string {
  if (v === Ellipsis) return '...';
  const r = pyRepr(v);
  if (typeof v === 'number' || v instanceof PyComplex) return r.replace(/inf/g, '1e309');
  return r;
}

function arg(a: A.Arg): string {
  return a.annotation ? `${a.arg}: ${expr(a.annotation, PR_TEST)}` : a.arg;
}

function args(a: A.Arguments): string {
  const parts: string[] = [];
  const np = a.posonlyargs.length;
  const all = [...a.posonlyargs, ...a.args];
  const dc = a.defaults.length;
  for (let i = 0; i < all.length; i++) {
    let s = arg(all[i]!);
    const di = i - all.length + dc;
    if (di >= 0) s += '=' + expr(a.defaults[di]!, PR_TEST);
    if (np > 0 && i + 1 === np) s += ', /';
    parts.push(s);
  }
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    let s = arg(a.kwonlyargs[i]!);
    const d = a.kw_defaults[i];
    if (d) s += '=' + expr(d, PR_TEST);
    parts.push(s);
  }
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comps(gens: A.Comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += g.is_async ? ' async for ' : ' for ';
    s += expr(g.target, PR_TUPLE) + ' in ' + expr(g.iter, PR_TEST + 1);
    for (const c of g.ifs) s += ' if ' + expr(c, PR_TEST + 1);
  }
  return s;
}

function fstringBody(values: A.Expr[]): string {
  let s = '';
  for (const v of values) {
    if (v._type === 'Constant' && typeof v.value === 'string') {
      s += v.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    } else if (v._type === 'FormattedValue') {
      s += formatted(v);
    } else if (v._type === 'JoinedStr') {
      s += fstringBody(v.values);
    }
  }
  return s;
}

function formatted(v: A.FormattedValue): string {
  let inner = expr(v.value, PR_TEST + 1);
  if (inner.startsWith('{')) inner = ' ' + inner;
  let s = '{' + inner;
  if (v.conversion > 0) s += '!' + String.fromCharCode(v.conversion);
  if (v.format_spec) {
    s += ':';
    s += v.format_spec._type === 'JoinedStr' ? fstringBody(v.format_spec.values) : fstringBody([v.format_spec]);
  }
  return s + '}';
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

function expr(e: A.Expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const [op, pr] = e.op === 'And' ? [' and ', PR_AND] : [' or ', PR_OR];
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] =
        e.op === 'Invert' ? ['~', PR_FACTOR] : e.op === 'Not' ? ['not ', PR_NOT] : e.op === 'UAdd' ? ['+', PR_FACTOR] : ['-', PR_FACTOR];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(level > PR_TEST, 'lambda' + (a ? ' ' + a : '') + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(
        level > PR_TEST,
        expr(e.body, PR_TEST + 1) + ' if ' + expr(e.test, PR_TEST + 1) + ' else ' + expr(e.orelse, PR_TEST),
      );
    case 'Dict': {
      const items = e.keys.map((k, i) =>
        k ? expr(k, PR_TEST) + ': ' + expr(e.values[i]!, PR_TEST) : '**' + expr(e.values[i]!, PR_EXPR),
      );
      return '{' + items.join(', ') + '}';
    }
    case 'Set':
      if (!e.elts.length) return '{*()}';
      return '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}';
    case 'ListComp':
      return '[' + expr(e.elt, PR_TEST) + comps(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, PR_TEST) + comps(e.generators) + '}';
    case 'GeneratorExp':
      return '(' + expr(e.elt, PR_TEST) + comps(e.generators) + ')';
    case 'DictComp':
      return '{' + expr(e.key, PR_TEST) + ': ' + expr(e.value, PR_TEST) + comps(e.generators) + '}';
    case 'Yield':
      return e.value ? '(yield ' + expr(e.value, PR_TEST) + ')' : '(yield)';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, PR_TEST) + ')';
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare': {
      let s = expr(e.left, PR_CMP + 1);
      for (let i = 0; i < e.ops.length; i++) s += CMPOPS[e.ops[i]!] + expr(e.comparators[i]!, PR_CMP + 1);
      return paren(level > PR_CMP, s);
    }
    case 'Call': {
      let s = expr(e.func, PR_ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') {
        return s + expr(e.args[0]!, PR_TEST);
      }
      const parts = e.args.map((a) => expr(a, PR_TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + expr(k.value, PR_TEST) : k.arg + '=' + expr(k.value, PR_TEST));
      s += '(' + parts.join(', ') + ')';
      return s;
    }
    case 'Constant':
      if (e.kind === 'u' && typeof e.value === 'string') return 'u' + constRepr(e.value);
      return constRepr(e.value);
    case 'JoinedStr':
      return 'f' + pyRepr(fstringBody(e.values));
    case 'FormattedValue':
      return 'f' + pyRepr(formatted(e));
    case 'Attribute': {
      const v = e.value;
      const period = v._type === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript':
      return expr(e.value, PR_ATOM) + '[' + expr(e.slice, PR_TUPLE) + ']';
    case 'Starred':
      return '*' + expr(e.value, PR_EXPR);
    case 'Slice': {
      let s = '';
      if (e.lower) s += expr(e.lower, PR_TEST);
      s += ':';
      if (e.upper) s += expr(e.upper, PR_TEST);
      if (e.step) s += ':' + expr(e.step, PR_TEST);
      return s;
    }
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (!e.elts.length) return '()';
      let s = e.elts.map((x) => expr(x, PR_TEST)).join(', ');
      if (e.elts.length === 1) s += ',';
      return paren(level > PR_TUPLE, s);
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, expr(e.target, PR_ATOM) + ' := ' + expr(e.value, PR_ATOM));
  }
}
