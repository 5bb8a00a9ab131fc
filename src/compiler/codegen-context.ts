/**
 * What a piece of the code generator that lives in its own file (pattern
 * matching: codegen-match.ts) may ask of the compiler that drives it
 * (codegen.ts). Keeps the big compiler class from leaking its internals.
 */
import type { ConstValue, Expr, ExprContext, Located, Stmt } from './ast.js';
import type { Label, Location } from './instructions.js';

export interface CodegenContext {
  /** The source location of a node, as the line table records it. */
  loc(node: Located): Location;
  emit(opcode: number, oparg: number, loc: Location): void;
  emitJump(opcode: number, target: Label, loc: Location): void;
  newLabel(): Label;
  useLabel(label: Label): void;
  /** Index of a constant in the current unit's co_consts (deduplicated as CPython does). */
  addConst(value: ConstValue): number;
  /** Index of a (mangled where needed) name in the current unit's co_names. */
  addName(name: string): number;
  /** Compile an expression, leaving its value on the stack. */
  visitExpr(e: Expr): void;
  visitStmts(body: Stmt[]): void;
  /** Load, store or delete a variable with the opcode its scope requires. */
  nameOp(name: string, ctx: ExprContext, loc: Location): void;
  /** Raise a SyntaxError located at `node`. */
  error(msg: string, node: Located): never;
}
