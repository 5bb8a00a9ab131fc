/**
 * The match statement compiler against the instruction sequences CPython
 * 3.12's compile.c emits (before the flow-graph optimizations: jumps are the
 * pseudo JUMP and labels, COPY/LOAD_CONST None/IS_OP are not yet folded into
 * POP_JUMP_IF_NONE, SWAPs are not yet simplified), through a fake
 * CodegenContext that records what it is asked to emit.
 */
import { describe, expect, it } from 'vitest';
import type { ConstValue, Expr, ExprContext, Located, Match, Stmt } from '../../src/compiler/ast.js';
import { ConstTuple, Ellipsis, PyComplex } from '../../src/compiler/ast.js';
import { optimizeAst } from '../../src/compiler/astopt.js';
import type { CodegenContext } from '../../src/compiler/codegen-context.js';
import { compileMatch, pyRepr } from '../../src/compiler/codegen-match.js';
import { Label, type Location } from '../../src/compiler/instructions.js';
import { BINARY_OPS, CMP_OP, OPCODES } from '../../src/bytecode/opcodes.js';

type J = unknown;

function decodeConst(j: J): ConstValue {
  if (j === null || typeof j === 'boolean' || typeof j === 'string') return j;
  const o = j as Record<string, J>;
  if ('$int' in o) return BigInt(o.$int as string);
  if ('$float' in o) return Number(o.$float as string);
  if ('$complex' in o) {
    const [re, im] = o.$complex as string[];
    return new PyComplex(Number(re), Number(im));
  }
  if ('$bytes' in o) return new Uint8Array(o.$bytes as number[]);
  if ('$ellipsis' in o) return Ellipsis;
  if ('$tuple' in o) return new ConstTuple((o.$tuple as J[]).map(decodeConst));
  throw new Error(`bad constant ${JSON.stringify(j)}`);
}

/** JSON (tools/pyast2json.py convention, some positions left out) to AST nodes. */
function decode(j: J): any {
  if (Array.isArray(j)) return j.map(decode);
  if (j === null || typeof j !== 'object') return j;
  const o = j as Record<string, J>;
  if (!('_type' in o)) return j;
  const n: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    n[k] = o._type === 'Constant' && k === 'value' ? decodeConst(v) : decode(v);
  }
  if (o._type === 'Constant') n.kind = null;
  if ('lineno' in o) {
    n.end_lineno ??= o.lineno;
    n.col_offset ??= 0;
    n.end_col_offset ??= (n.col_offset as number) + 1;
  }
  return n;
}

class Recorded extends Error {}

/** A CodegenContext that writes what it is asked to do as `dis`-like lines. */
class FakeContext implements CodegenContext {
  readonly lines: string[] = [];
  readonly lineOf: number[] = [];
  private labels = 0;
  private readonly labelNames = new Map<Label, string>();
  errorAt: Located | null = null;

  loc(node: Located): Location {
    return { lineno: node.lineno, end_lineno: node.end_lineno, col_offset: node.col_offset, end_col_offset: node.end_col_offset };
  }
  private name(l: Label): string {
    let s = this.labelNames.get(l);
    if (s === undefined) {
      s = `L${this.labelNames.size + 1}`;
      this.labelNames.set(l, s);
    }
    return s;
  }
  emit(opcode: number, oparg: number, loc: Location): void {
    const info = OPCODES.get(opcode)!;
    let arg = '';
    if (info.arg === 'const') arg = ` ${pyRepr(this.consts[oparg]!)}`;
    else if (info.arg === 'compare') arg = ` ${CMP_OP[oparg >> 4]}|${oparg & 15}`;
    else if (info.arg === 'binop') arg = ` ${BINARY_OPS[oparg]}`;
    else if (info.arg === 'name' || info.arg === 'attr') arg = ` ${this.names[info.arg === 'attr' ? oparg >> 1 : oparg]}`;
    else if (info.hasArg) arg = ` ${oparg}`;
    this.lines.push(info.name + arg);
    this.lineOf.push(loc.lineno);
  }
  emitJump(opcode: number, target: Label, loc: Location): void {
    this.lines.push(`${OPCODES.get(opcode)!.name} ${this.name(target)}`);
    this.lineOf.push(loc.lineno);
  }
  newLabel(): Label {
    return new Label(this.labels++);
  }
  useLabel(label: Label): void {
    this.lines.push(`${this.name(label)}:`);
    this.lineOf.push(0);
  }
  readonly consts: ConstValue[] = [];
  addConst(value: ConstValue): number {
    this.consts.push(value);
    return this.consts.length - 1;
  }
  readonly names: string[] = [];
  addName(name: string): number {
    this.names.push(name);
    return this.names.length - 1;
  }
  visitExpr(e: Expr): void {
    const loc = this.loc(e);
    switch (e._type) {
      case 'Name':
        return this.nameOp(e.id, 'Load', loc);
      case 'Constant':
        return this.emit(100, this.addConst(e.value), loc);
      case 'Attribute':
        this.visitExpr(e.value);
        return this.emit(106, this.addName(e.attr) << 1, loc);
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExpr(e.comparators[0]!);
        {
          const c = ['Lt', 'LtE', 'Eq', 'NotEq', 'Gt', 'GtE'].indexOf(e.ops[0]!);
          return this.emit(107, (c << 4) | [2, 10, 8, 7, 4, 12][c]!, loc);
        }
      case 'Call':
        this.lines.push('PUSH_NULL');
        this.lineOf.push(loc.lineno);
        this.visitExpr(e.func);
        for (const a of e.args) this.visitExpr(a);
        return this.emit(171, e.args.length, loc);
      default:
        throw new Error(`fake context: cannot compile ${e._type}`);
    }
  }
  visitStmts(body: Stmt[]): void {
    for (const s of body) {
      if (s._type === 'Pass') {
        this.emit(9, 0, this.loc(s)); // NOP
        continue;
      }
      if (s._type === 'Expr') {
        this.visitExpr(s.value);
        this.emit(1, 0, this.loc(s));
      } else throw new Error(`fake context: cannot compile ${s._type}`);
    }
  }
  nameOp(name: string, ctx: ExprContext, loc: Location): void {
    this.emit(ctx === 'Load' ? 101 : 90, this.addName(name), loc);
  }
  error(msg: string, node: Located): never {
    this.errorAt = node;
    throw new Recorded(msg);
  }
}

const SOURCES: Record<string, [string, J]> = {
  "value": ["match x:\n    case 1:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 9}, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "singleton-default": ["match x:\n    case None:\n        a\n    case _:\n        b\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSingleton", "value": null, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Expr", "value": {"_type": "Name", "id": "a", "ctx": "Load", "lineno": 3, "col_offset": 8}, "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Expr", "value": {"_type": "Name", "id": "b", "ctx": "Load", "lineno": 5, "col_offset": 8}, "lineno": 5, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "only-default": ["match x:\n    case _:\n        a\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Expr", "value": {"_type": "Name", "id": "a", "ctx": "Load", "lineno": 3, "col_offset": 8}, "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "capture-last": ["match x:\n    case 1:\n        a\n    case y:\n        b\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 9}, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Expr", "value": {"_type": "Name", "id": "a", "ctx": "Load", "lineno": 3, "col_offset": 8}, "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Expr", "value": {"_type": "Name", "id": "b", "ctx": "Load", "lineno": 5, "col_offset": 8}, "lineno": 5, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "guard": ["match x:\n    case y if y > 1 and f(y):\n        a\n    case _ if not g:\n        b\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 2, "col_offset": 9}, "guard": {"_type": "BoolOp", "op": "And", "values": [{"_type": "Compare", "left": {"_type": "Name", "id": "y", "ctx": "Load", "lineno": 2, "col_offset": 14}, "ops": ["Gt"], "comparators": [{"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 18}], "lineno": 2, "col_offset": 14}, {"_type": "Call", "func": {"_type": "Name", "id": "f", "ctx": "Load", "lineno": 2, "col_offset": 24}, "args": [{"_type": "Name", "id": "y", "ctx": "Load", "lineno": 2, "col_offset": 26}], "keywords": [], "lineno": 2, "col_offset": 24}], "lineno": 2, "col_offset": 14}, "body": [{"_type": "Expr", "value": {"_type": "Name", "id": "a", "ctx": "Load", "lineno": 3, "col_offset": 8}, "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 4, "col_offset": 9}, "guard": {"_type": "UnaryOp", "op": "Not", "operand": {"_type": "Name", "id": "g", "ctx": "Load", "lineno": 4, "col_offset": 18}, "lineno": 4, "col_offset": 14}, "body": [{"_type": "Expr", "value": {"_type": "Name", "id": "b", "ctx": "Load", "lineno": 5, "col_offset": 8}, "lineno": 5, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "as-or": ["match x:\n    case (1 | 2) as q if q > 1:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": {"_type": "MatchOr", "patterns": [{"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 10}, "lineno": 2, "col_offset": 10}, {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "2"}, "lineno": 2, "col_offset": 14}, "lineno": 2, "col_offset": 14}], "lineno": 2, "col_offset": 10}, "name": "q", "lineno": 2, "col_offset": 9}, "guard": {"_type": "Compare", "left": {"_type": "Name", "id": "q", "ctx": "Load", "lineno": 2, "col_offset": 25}, "ops": ["Gt"], "comparators": [{"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 29}], "lineno": 2, "col_offset": 25}, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "seq": ["match x:\n    case [a, b]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 13}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "seq-star": ["match x:\n    case [a, *rest]:\n        pass\n    case [*rest]:\n        pass\n    case [*_]:\n        pass\n    case [_, _]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}, {"_type": "MatchStar", "name": "rest", "lineno": 2, "col_offset": 13}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchStar", "name": "rest", "lineno": 4, "col_offset": 10}], "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 5, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchStar", "name": null, "lineno": 6, "col_offset": 10}], "lineno": 6, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 7, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": null, "lineno": 8, "col_offset": 10}, {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 8, "col_offset": 13}], "lineno": 8, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 9, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "seq-subscr": ["match x:\n    case [a, *_, b]:\n        pass\n    case [1, *_]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}, {"_type": "MatchStar", "name": null, "lineno": 2, "col_offset": 13}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 17}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 4, "col_offset": 10}, "lineno": 4, "col_offset": 10}, {"_type": "MatchStar", "name": null, "lineno": 4, "col_offset": 13}], "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 5, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "mapping": ["match x:\n    case {}:\n        pass\n    case {**rest}:\n        pass\n    case {1: a, \"k\": b, **r}:\n        pass\n    case {C.k: v}:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchMapping", "keys": [], "patterns": [], "rest": null, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchMapping", "keys": [], "patterns": [], "rest": "rest", "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 5, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchMapping", "keys": [{"_type": "Constant", "value": {"$int": "1"}, "lineno": 6, "col_offset": 10}, {"_type": "Constant", "value": "k", "lineno": 6, "col_offset": 16}], "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 6, "col_offset": 13}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 6, "col_offset": 21}], "rest": "r", "lineno": 6, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 7, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchMapping", "keys": [{"_type": "Attribute", "value": {"_type": "Name", "id": "C", "ctx": "Load", "lineno": 8, "col_offset": 10}, "attr": "k", "ctx": "Load", "lineno": 8, "col_offset": 10}], "patterns": [{"_type": "MatchAs", "pattern": null, "name": "v", "lineno": 8, "col_offset": 15}], "rest": null, "lineno": 8, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 9, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "class": ["match x:\n    case C(1, y=2, z=_):\n        pass\n    case D():\n        pass\n    case E(a, _, b=c):\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchClass", "cls": {"_type": "Name", "id": "C", "ctx": "Load", "lineno": 2, "col_offset": 9}, "patterns": [{"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 11}, "lineno": 2, "col_offset": 11}], "kwd_attrs": ["y", "z"], "kwd_patterns": [{"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "2"}, "lineno": 2, "col_offset": 16}, "lineno": 2, "col_offset": 16}, {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 2, "col_offset": 21}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchClass", "cls": {"_type": "Name", "id": "D", "ctx": "Load", "lineno": 4, "col_offset": 9}, "patterns": [], "kwd_attrs": [], "kwd_patterns": [], "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 5, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchClass", "cls": {"_type": "Name", "id": "E", "ctx": "Load", "lineno": 6, "col_offset": 9}, "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 6, "col_offset": 11}, {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 6, "col_offset": 14}], "kwd_attrs": ["b"], "kwd_patterns": [{"_type": "MatchAs", "pattern": null, "name": "c", "lineno": 6, "col_offset": 19}], "lineno": 6, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 7, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "or-reorder": ["match x:\n    case [a, b] | [b, a]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchOr", "patterns": [{"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 13}], "lineno": 2, "col_offset": 9}, {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 19}, {"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 22}], "lineno": 2, "col_offset": 18}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "or-nested": ["match x:\n    case [1, (a, b) | (b, a) | [a, b, _]]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 10}, "lineno": 2, "col_offset": 10}, {"_type": "MatchOr", "patterns": [{"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 14}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 17}], "lineno": 2, "col_offset": 13}, {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 23}, {"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 26}], "lineno": 2, "col_offset": 22}, {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 32}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 35}, {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 2, "col_offset": 38}], "lineno": 2, "col_offset": 31}], "lineno": 2, "col_offset": 13}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "chain-guard": ["match x:\n    case y if 0 < y < 10:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 2, "col_offset": 9}, "guard": {"_type": "Compare", "left": {"_type": "Constant", "value": {"$int": "0"}, "lineno": 2, "col_offset": 14}, "ops": ["Lt", "Lt"], "comparators": [{"_type": "Name", "id": "y", "ctx": "Load", "lineno": 2, "col_offset": 18}, {"_type": "Constant", "value": {"$int": "10"}, "lineno": 2, "col_offset": 22}], "lineno": 2, "col_offset": 14}, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-capture": ["match x:\n    case y:\n        pass\n    case 1:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 4, "col_offset": 9}, "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 5, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-wildcard": ["match x:\n    case _:\n        pass\n    case 1:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 4, "col_offset": 9}, "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 5, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-or-irrefutable": ["match x:\n    case y | 1:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchOr", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 2, "col_offset": 9}, {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 13}, "lineno": 2, "col_offset": 13}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-multiple": ["match x:\n    case [y, y]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 2, "col_offset": 10}, {"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 2, "col_offset": 13}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-or-names": ["match x:\n    case [a] | [b]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchOr", "patterns": [{"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}], "lineno": 2, "col_offset": 9}, {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 16}], "lineno": 2, "col_offset": 15}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-or-count": ["match x:\n    case [a] | [a, b]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchOr", "patterns": [{"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}], "lineno": 2, "col_offset": 9}, {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 16}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 19}], "lineno": 2, "col_offset": 15}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-mapping-dup": ["match x:\n    case {1: a, True: b}:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchMapping", "keys": [{"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 10}, {"_type": "Constant", "value": true, "lineno": 2, "col_offset": 16}], "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 13}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 22}], "rest": null, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-mapping-dup-str": ["match x:\n    case {\"k\": a, \"k\": b}:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchMapping", "keys": [{"_type": "Constant", "value": "k", "lineno": 2, "col_offset": 10}, {"_type": "Constant", "value": "k", "lineno": 2, "col_offset": 18}], "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 15}, {"_type": "MatchAs", "pattern": null, "name": "b", "lineno": 2, "col_offset": 23}], "rest": null, "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-attr-repeat": ["match x:\n    case C(a=1, b=2, a=3):\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchClass", "cls": {"_type": "Name", "id": "C", "ctx": "Load", "lineno": 2, "col_offset": 9}, "patterns": [], "kwd_attrs": ["a", "b", "a"], "kwd_patterns": [{"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 13}, "lineno": 2, "col_offset": 13}, {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "2"}, "lineno": 2, "col_offset": 18}, "lineno": 2, "col_offset": 18}, {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "3"}, "lineno": 2, "col_offset": 23}, "lineno": 2, "col_offset": 23}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-debug": ["match x:\n    case [__debug__]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "__debug__", "lineno": 2, "col_offset": 10}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-debug-kwd": ["match x:\n    case C(__debug__=1):\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchClass", "cls": {"_type": "Name", "id": "C", "ctx": "Load", "lineno": 2, "col_offset": 9}, "patterns": [], "kwd_attrs": ["__debug__"], "kwd_patterns": [{"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 21}, "lineno": 2, "col_offset": 21}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-or-dup": ["match x:\n    case [a, (a | a)]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}, {"_type": "MatchOr", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 14}, {"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 18}], "lineno": 2, "col_offset": 14}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "guarded-capture-ok": ["match x:\n    case y if y:\n        pass\n    case _:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": "y", "lineno": 2, "col_offset": 9}, "guard": {"_type": "Name", "id": "y", "ctx": "Load", "lineno": 2, "col_offset": 14}, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}, {"_type": "match_case", "pattern": {"_type": "MatchAs", "pattern": null, "name": null, "lineno": 4, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 5, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-as-dup": ["match x:\n    case [a, (1 as a)]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}, {"_type": "MatchAs", "pattern": {"_type": "MatchValue", "value": {"_type": "Constant", "value": {"$int": "1"}, "lineno": 2, "col_offset": 14}, "lineno": 2, "col_offset": 14}, "name": "a", "lineno": 2, "col_offset": 14}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
  "err-or-after-dup": ["match x:\n    case [a, ([a] | (a))]:\n        pass\n", {"_type": "Match", "subject": {"_type": "Name", "id": "x", "ctx": "Load", "lineno": 1, "col_offset": 6}, "cases": [{"_type": "match_case", "pattern": {"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 10}, {"_type": "MatchOr", "patterns": [{"_type": "MatchSequence", "patterns": [{"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 15}], "lineno": 2, "col_offset": 14}, {"_type": "MatchAs", "pattern": null, "name": "a", "lineno": 2, "col_offset": 21}], "lineno": 2, "col_offset": 14}], "lineno": 2, "col_offset": 9}, "guard": null, "body": [{"_type": "Pass", "lineno": 3, "col_offset": 8}]}], "lineno": 1, "col_offset": 0}],
};

function compile(key: string): FakeContext {
  const match = decode(SOURCES[key]![1]) as Match;
  optimizeAst({ _type: 'Module', body: [match], type_ignores: [] }, 0);
  const ctx = new FakeContext();
  compileMatch(ctx, match);
  return ctx;
}

function dis(key: string): string[] {
  return compile(key).lines;
}

function errorOf(key: string): [string, number, number] {
  const match = decode(SOURCES[key]![1]) as Match;
  optimizeAst({ _type: 'Module', body: [match], type_ignores: [] }, 0);
  const ctx = new FakeContext();
  try {
    compileMatch(ctx, match);
  } catch (e) {
    if (!(e instanceof Recorded)) throw e;
    return [e.message, ctx.errorAt!.lineno, ctx.errorAt!.col_offset + 1];
  }
  throw new Error(`${key}: no error`);
}

const EXPECTED: Record<string, string[]> = {
  "value": [
    "LOAD_NAME x",
    "LOAD_CONST 1",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "NOP",
    "JUMP L2",
    "L1:",
    "L2:",
  ],
  "singleton-default": [
    "LOAD_NAME x",
    "LOAD_CONST None",
    "IS_OP 0",
    "POP_JUMP_IF_FALSE L1",
    "LOAD_NAME a",
    "POP_TOP",
    "JUMP L2",
    "L1:",
    "NOP",
    "LOAD_NAME b",
    "POP_TOP",
    "L2:",
  ],
  "only-default": [
    "LOAD_NAME x",
    "POP_TOP",
    "LOAD_NAME a",
    "POP_TOP",
    "JUMP L1",
    "L1:",
  ],
  "capture-last": [
    "LOAD_NAME x",
    "COPY 1",
    "LOAD_CONST 1",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "POP_TOP",
    "LOAD_NAME a",
    "POP_TOP",
    "JUMP L2",
    "L1:",
    "STORE_NAME y",
    "LOAD_NAME b",
    "POP_TOP",
    "JUMP L2",
    "L2:",
  ],
  "guard": [
    "LOAD_NAME x",
    "STORE_NAME y",
    "LOAD_NAME y",
    "LOAD_CONST 1",
    "COMPARE_OP >|4",
    "POP_JUMP_IF_FALSE L1",
    "PUSH_NULL",
    "LOAD_NAME f",
    "LOAD_NAME y",
    "CALL 1",
    "POP_JUMP_IF_FALSE L1",
    "LOAD_NAME a",
    "POP_TOP",
    "JUMP L2",
    "L1:",
    "NOP",
    "LOAD_NAME g",
    "POP_JUMP_IF_TRUE L2",
    "LOAD_NAME b",
    "POP_TOP",
    "L2:",
  ],
  "as-or": [
    "LOAD_NAME x",
    "COPY 1",
    "COPY 1",
    "LOAD_CONST 1",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "JUMP L2",
    "L1:",
    "COPY 1",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L3",
    "JUMP L2",
    "L3:",
    "POP_TOP",
    "JUMP L4",
    "L2:",
    "POP_TOP",
    "STORE_NAME q",
    "LOAD_NAME q",
    "LOAD_CONST 1",
    "COMPARE_OP >|4",
    "POP_JUMP_IF_FALSE L5",
    "NOP",
    "JUMP L6",
    "L4:",
    "POP_TOP",
    "L5:",
    "L6:",
  ],
  "seq": [
    "LOAD_NAME x",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L1",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "UNPACK_SEQUENCE 2",
    "SWAP 2",
    "SWAP 2",
    "STORE_NAME a",
    "STORE_NAME b",
    "NOP",
    "JUMP L2",
    "L1:",
    "POP_TOP",
    "L3:",
    "L2:",
  ],
  "seq-star": [
    "LOAD_NAME x",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L1",
    "GET_LEN",
    "LOAD_CONST 1",
    "COMPARE_OP >=|12",
    "POP_JUMP_IF_FALSE L1",
    "UNPACK_EX 1",
    "SWAP 2",
    "SWAP 2",
    "STORE_NAME a",
    "STORE_NAME rest",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L1:",
    "POP_TOP",
    "L3:",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L4",
    "UNPACK_EX 0",
    "STORE_NAME rest",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L4:",
    "POP_TOP",
    "L5:",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L6",
    "POP_TOP",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L6:",
    "POP_TOP",
    "L7:",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L8",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L8",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L8:",
    "POP_TOP",
    "L9:",
    "L2:",
  ],
  "seq-subscr": [
    "LOAD_NAME x",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L1",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP >=|12",
    "POP_JUMP_IF_FALSE L1",
    "COPY 1",
    "LOAD_CONST 0",
    "BINARY_SUBSCR",
    "SWAP 2",
    "COPY 1",
    "GET_LEN",
    "LOAD_CONST 1",
    "BINARY_OP -",
    "BINARY_SUBSCR",
    "SWAP 3",
    "SWAP 2",
    "POP_TOP",
    "STORE_NAME a",
    "STORE_NAME b",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L1:",
    "POP_TOP",
    "L3:",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L4",
    "GET_LEN",
    "LOAD_CONST 1",
    "COMPARE_OP >=|12",
    "POP_JUMP_IF_FALSE L4",
    "COPY 1",
    "LOAD_CONST 0",
    "BINARY_SUBSCR",
    "LOAD_CONST 1",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L4",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L4:",
    "POP_TOP",
    "L5:",
    "L2:",
  ],
  "mapping": [
    "LOAD_NAME x",
    "COPY 1",
    "MATCH_MAPPING",
    "POP_JUMP_IF_FALSE L1",
    "POP_TOP",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L1:",
    "POP_TOP",
    "L3:",
    "COPY 1",
    "MATCH_MAPPING",
    "POP_JUMP_IF_FALSE L4",
    "BUILD_TUPLE 0",
    "MATCH_KEYS",
    "COPY 1",
    "LOAD_CONST None",
    "IS_OP 1",
    "POP_JUMP_IF_FALSE L5",
    "UNPACK_SEQUENCE 0",
    "BUILD_MAP 0",
    "SWAP 3",
    "DICT_UPDATE 2",
    "UNPACK_SEQUENCE 0",
    "STORE_NAME rest",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L5:",
    "POP_TOP",
    "L6:",
    "POP_TOP",
    "L4:",
    "POP_TOP",
    "L7:",
    "COPY 1",
    "MATCH_MAPPING",
    "POP_JUMP_IF_FALSE L8",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP >=|12",
    "POP_JUMP_IF_FALSE L8",
    "LOAD_CONST 1",
    "LOAD_CONST 'k'",
    "BUILD_TUPLE 2",
    "MATCH_KEYS",
    "COPY 1",
    "LOAD_CONST None",
    "IS_OP 1",
    "POP_JUMP_IF_FALSE L9",
    "UNPACK_SEQUENCE 2",
    "SWAP 4",
    "SWAP 3",
    "SWAP 2",
    "SWAP 4",
    "SWAP 3",
    "SWAP 2",
    "BUILD_MAP 0",
    "SWAP 3",
    "DICT_UPDATE 2",
    "UNPACK_SEQUENCE 2",
    "COPY 3",
    "SWAP 2",
    "DELETE_SUBSCR",
    "COPY 2",
    "SWAP 2",
    "DELETE_SUBSCR",
    "SWAP 3",
    "SWAP 2",
    "STORE_NAME a",
    "STORE_NAME b",
    "STORE_NAME r",
    "POP_TOP",
    "NOP",
    "JUMP L2",
    "L9:",
    "POP_TOP",
    "L10:",
    "POP_TOP",
    "L8:",
    "POP_TOP",
    "L11:",
    "MATCH_MAPPING",
    "POP_JUMP_IF_FALSE L12",
    "GET_LEN",
    "LOAD_CONST 1",
    "COMPARE_OP >=|12",
    "POP_JUMP_IF_FALSE L12",
    "LOAD_NAME C",
    "LOAD_ATTR k",
    "BUILD_TUPLE 1",
    "MATCH_KEYS",
    "COPY 1",
    "LOAD_CONST None",
    "IS_OP 1",
    "POP_JUMP_IF_FALSE L13",
    "UNPACK_SEQUENCE 1",
    "SWAP 3",
    "SWAP 2",
    "POP_TOP",
    "POP_TOP",
    "STORE_NAME v",
    "NOP",
    "JUMP L2",
    "L13:",
    "POP_TOP",
    "L14:",
    "POP_TOP",
    "L12:",
    "POP_TOP",
    "L15:",
    "L2:",
  ],
  "class": [
    "LOAD_NAME x",
    "COPY 1",
    "LOAD_NAME C",
    "LOAD_CONST ('y', 'z')",
    "MATCH_CLASS 1",
    "COPY 1",
    "LOAD_CONST None",
    "IS_OP 1",
    "POP_JUMP_IF_FALSE L1",
    "UNPACK_SEQUENCE 3",
    "LOAD_CONST 1",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L2",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "POP_TOP",
    "POP_TOP",
    "NOP",
    "JUMP L3",
    "L2:",
    "POP_TOP",
    "L1:",
    "POP_TOP",
    "L4:",
    "COPY 1",
    "LOAD_NAME D",
    "LOAD_CONST ()",
    "MATCH_CLASS 0",
    "COPY 1",
    "LOAD_CONST None",
    "IS_OP 1",
    "POP_JUMP_IF_FALSE L5",
    "UNPACK_SEQUENCE 0",
    "POP_TOP",
    "NOP",
    "JUMP L3",
    "L5:",
    "POP_TOP",
    "L6:",
    "LOAD_NAME E",
    "LOAD_CONST ('b',)",
    "MATCH_CLASS 2",
    "COPY 1",
    "LOAD_CONST None",
    "IS_OP 1",
    "POP_JUMP_IF_FALSE L7",
    "UNPACK_SEQUENCE 3",
    "SWAP 3",
    "SWAP 2",
    "POP_TOP",
    "SWAP 2",
    "STORE_NAME a",
    "STORE_NAME c",
    "NOP",
    "JUMP L3",
    "L7:",
    "POP_TOP",
    "L8:",
    "L3:",
  ],
  "or-reorder": [
    "LOAD_NAME x",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L1",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "UNPACK_SEQUENCE 2",
    "SWAP 2",
    "SWAP 2",
    "JUMP L2",
    "L1:",
    "POP_TOP",
    "L3:",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L4",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L4",
    "UNPACK_SEQUENCE 2",
    "SWAP 2",
    "SWAP 2",
    "SWAP 2",
    "JUMP L2",
    "L4:",
    "POP_TOP",
    "L5:",
    "POP_TOP",
    "JUMP L6",
    "L2:",
    "SWAP 3",
    "SWAP 2",
    "SWAP 3",
    "SWAP 2",
    "POP_TOP",
    "STORE_NAME a",
    "STORE_NAME b",
    "NOP",
    "JUMP L7",
    "L6:",
    "L7:",
  ],
  "or-nested": [
    "LOAD_NAME x",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L1",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "UNPACK_SEQUENCE 2",
    "LOAD_CONST 1",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L1",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L2",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L2",
    "UNPACK_SEQUENCE 2",
    "SWAP 2",
    "SWAP 2",
    "JUMP L3",
    "L2:",
    "POP_TOP",
    "L4:",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L5",
    "GET_LEN",
    "LOAD_CONST 2",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L5",
    "UNPACK_SEQUENCE 2",
    "SWAP 2",
    "SWAP 2",
    "SWAP 2",
    "JUMP L3",
    "L5:",
    "POP_TOP",
    "L6:",
    "COPY 1",
    "MATCH_SEQUENCE",
    "POP_JUMP_IF_FALSE L7",
    "GET_LEN",
    "LOAD_CONST 3",
    "COMPARE_OP ==|8",
    "POP_JUMP_IF_FALSE L7",
    "UNPACK_SEQUENCE 3",
    "SWAP 3",
    "SWAP 2",
    "SWAP 3",
    "SWAP 2",
    "POP_TOP",
    "JUMP L3",
    "L7:",
    "POP_TOP",
    "L8:",
    "POP_TOP",
    "JUMP L9",
    "L3:",
    "SWAP 3",
    "SWAP 2",
    "SWAP 3",
    "SWAP 2",
    "POP_TOP",
    "STORE_NAME a",
    "STORE_NAME b",
    "NOP",
    "JUMP L10",
    "L1:",
    "POP_TOP",
    "L9:",
    "L10:",
  ],
  "chain-guard": [
    "LOAD_NAME x",
    "STORE_NAME y",
    "LOAD_CONST 0",
    "LOAD_NAME y",
    "SWAP 2",
    "COPY 2",
    "COMPARE_OP <|2",
    "POP_JUMP_IF_FALSE L1",
    "LOAD_CONST 10",
    "COMPARE_OP <|2",
    "POP_JUMP_IF_FALSE L2",
    "JUMP L3",
    "L1:",
    "POP_TOP",
    "JUMP L2",
    "L3:",
    "NOP",
    "JUMP L4",
    "L2:",
    "L4:",
  ],
  "guarded-capture-ok": [
    "LOAD_NAME x",
    "STORE_NAME y",
    "LOAD_NAME y",
    "POP_JUMP_IF_FALSE L1",
    "NOP",
    "JUMP L2",
    "L1:",
    "NOP",
    "NOP",
    "L2:",
  ],
};

const ERRORS: Record<string, [string, number, number]> = {
  "err-capture": ["name capture 'y' makes remaining patterns unreachable", 2, 10],
  "err-wildcard": ["wildcard makes remaining patterns unreachable", 2, 10],
  "err-or-irrefutable": ["name capture 'y' makes remaining patterns unreachable", 2, 10],
  "err-multiple": ["multiple assignments to name 'y' in pattern", 2, 14],
  "err-or-names": ["alternative patterns bind different names", 2, 10],
  "err-or-count": ["alternative patterns bind different names", 2, 10],
  "err-mapping-dup": ["mapping pattern checks duplicate key (True)", 2, 10],
  "err-mapping-dup-str": ["mapping pattern checks duplicate key ('k')", 2, 10],
  "err-attr-repeat": ["attribute name repeated in class pattern: a", 2, 24],
  "err-debug": ["cannot assign to __debug__", 2, 11],
  "err-debug-kwd": ["cannot assign to __debug__", 2, 22],
  "err-or-dup": ["name capture 'a' makes remaining patterns unreachable", 2, 15],
  "err-as-dup": ["multiple assignments to name 'a' in pattern", 2, 15],
  "err-or-after-dup": ["multiple assignments to name 'a' in pattern", 2, 15],
};

describe('match statements, as CPython 3.12 compile.c', () => {
  for (const [key, expected] of Object.entries(EXPECTED)) {
    it(`${key}: ${SOURCES[key]![0].split('\n').slice(1, -1).filter((l) => l.includes('case')).map((l) => l.trim()).join(' / ')}`, () => {
      expect(dis(key)).toEqual(expected);
    });
  }

  it('keeps the stack balanced on every path', () => {
    // Simulate the stack depth along every path, using the opcode table.
    for (const key of Object.keys(EXPECTED)) {
      const lines = dis(key);
      const labels = new Map<string, number>();
      lines.forEach((l, i) => l.endsWith(':') && labels.set(l.slice(0, -1), i));
      const depthAt = new Map<number, number>();
      const work: [number, number][] = [[0, 0]];
      const effect = (line: string, jump: boolean): number => {
        const [name, arg] = line.split(' ') as [string, string | undefined];
        if (name === 'PUSH_NULL') return 1;
        const info = [...OPCODES.values()].find((o) => o.name === name)!;
        const n = arg !== undefined && /^\d+$/.test(arg) ? Number(arg) : 0;
        return info.effect(n, jump);
      };
      while (work.length) {
        const [pc, depth] = work.pop()!;
        if (pc >= lines.length) {
          expect(depth, `${key}: the subject must be gone at the end`).toBe(0);
          continue;
        }
        if (depthAt.has(pc)) {
          expect(depthAt.get(pc), `${key}: stack depth at ${pc}`).toBe(depth);
          continue;
        }
        depthAt.set(pc, depth);
        const line = lines[pc]!;
        expect(depth, `${key}: negative stack at ${pc}`).toBeGreaterThanOrEqual(0);
        if (line.endsWith(':')) {
          work.push([pc + 1, depth]);
          continue;
        }
        const [name, target] = line.split(' ') as [string, string];
        if (name === 'JUMP') {
          work.push([labels.get(target)!, depth]);
        } else if (name.startsWith('POP_JUMP_IF')) {
          work.push([labels.get(target)!, depth - 1]);
          work.push([pc + 1, depth - 1]);
        } else {
          work.push([pc + 1, depth + effect(line, false)]);
        }
      }
    }
  });

  it('attributes the pattern code to the case line and the jump after the body to no line', () => {
    const ctx = compile('capture-last');
    const jump = ctx.lines.indexOf('JUMP L2');
    expect(ctx.lineOf[jump]).toBe(-1);
    expect(ctx.lineOf[ctx.lines.indexOf('COPY 1')]).toBe(2);
    expect(ctx.lineOf[ctx.lines.indexOf('STORE_NAME y')]).toBe(4);
  });

  it('reports CPython\'s errors at CPython\'s positions', () => {
    for (const [key, [msg, line, col]] of Object.entries(ERRORS)) {
      expect(errorOf(key), key).toEqual([msg, line, col]);
    }
  });
});

describe('repr of constants in messages', () => {
  it('writes constants as Python does', () => {
    expect(pyRepr(1n)).toBe('1');
    expect(pyRepr(1.0)).toBe('1.0');
    expect(pyRepr(1e16)).toBe('1e+16');
    expect(pyRepr(1.5e-5)).toBe('1.5e-05');
    expect(pyRepr(0.0001)).toBe('0.0001');
    expect(pyRepr(123456789.25)).toBe('123456789.25');
    expect(pyRepr(-0)).toBe('-0.0');
    expect(pyRepr(new PyComplex(0, 2))).toBe('2j');
    expect(pyRepr(new PyComplex(1, -2.5))).toBe('(1-2.5j)');
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a\n\u00e9\u200b')).toBe("'a\\n\u00e9\\u200b'");
    expect(pyRepr(new Uint8Array([97, 0, 255, 39]))).toBe('b"a\\x00\\xff\'"');
    expect(pyRepr(new Uint8Array([97, 34, 39]))).toBe("b'a\"\\''");
    expect(pyRepr(null)).toBe('None');
    expect(pyRepr(new ConstTuple([1n]))).toBe('(1,)');
  });
});
