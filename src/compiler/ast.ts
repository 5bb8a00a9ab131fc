/**
 * The abstract syntax tree: a one-to-one mirror of CPython 3.12's `ast`
 * module (Parser/Python.asdl). Every node is a plain object whose `_type` is
 * the Python class name and whose other fields carry the Python field names,
 * so `ast.dump()` output and this tree can be compared field by field
 * (tools/pyast2json.py does that against `python3`).
 *
 * Conventions:
 * - Optional fields (`expr?` in the ASDL) are `null`, never `undefined`.
 * - Operators, comparison operators and contexts are string literals
 *   ('Add', 'Eq', 'Load'), not nodes.
 * - Positions: `lineno`/`end_lineno` 1-based; `col_offset`/`end_col_offset`
 *   0-based UTF-16 offsets into the line (CPython counts UTF-8 bytes; the
 *   comparison tool converts).
 * - Constant values use `ConstValue` below.
 */

/** A Python constant as the compiler sees it. */
export type ConstValue =
  | null // None
  | boolean
  | bigint // int
  | number // float
  | string // str
  | Uint8Array // bytes
  | PyComplex
  | typeof Ellipsis
  | ConstTuple
  | ConstFrozenSet
  | ConstCode;

export class PyComplex {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {}
}

/** The `...` singleton. */
export const Ellipsis: unique symbol = Symbol('Ellipsis');

/** A tuple of constants (made by constant folding and by the code generator). */
export class ConstTuple {
  constructor(readonly items: readonly ConstValue[]) {}
}

/** A frozenset of constants (`x in {1, 2}` is compiled to one). */
export class ConstFrozenSet {
  constructor(readonly items: readonly ConstValue[]) {}
}

/**
 * A code object inside a constants table. The concrete class lives in
 * src/bytecode/code.ts; this marker interface keeps the AST free of a
 * dependency on it.
 */
export interface ConstCode {
  readonly isCodeObject: true;
}

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------- modules

export interface Module {
  _type: 'Module';
  body: Stmt[];
  type_ignores: TypeIgnore[];
}
export interface Interactive {
  _type: 'Interactive';
  body: Stmt[];
}
export interface Expression {
  _type: 'Expression';
  body: Expr;
}
export interface FunctionType {
  _type: 'FunctionType';
  argtypes: Expr[];
  returns: Expr;
}
export type Mod = Module | Interactive | Expression | FunctionType;

export interface TypeIgnore {
  _type: 'TypeIgnore';
  lineno: number;
  tag: string;
}

// ------------------------------------------------------------- statements

export interface FunctionDef extends Located {
  _type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
  type_params: TypeParam[];
}
export interface AsyncFunctionDef extends Located {
  _type: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
  type_params: TypeParam[];
}
export interface ClassDef extends Located {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: TypeParam[];
}
export interface Return extends Located {
  _type: 'Return';
  value: Expr | null;
}
export interface Delete extends Located {
  _type: 'Delete';
  targets: Expr[];
}
export interface Assign extends Located {
  _type: 'Assign';
  targets: Expr[];
  value: Expr;
  type_comment: string | null;
}
export interface TypeAlias extends Located {
  _type: 'TypeAlias';
  name: Expr; // a Name in Store context
  type_params: TypeParam[];
  value: Expr;
}
export interface AugAssign extends Located {
  _type: 'AugAssign';
  target: Expr;
  op: Operator;
  value: Expr;
}
export interface AnnAssign extends Located {
  _type: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** 1 for a plain name target not in parentheses, else 0 (as CPython). */
  simple: number;
}
export interface For extends Located {
  _type: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface AsyncFor extends Located {
  _type: 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface While extends Located {
  _type: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface If extends Located {
  _type: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface With extends Located {
  _type: 'With';
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
export interface AsyncWith extends Located {
  _type: 'AsyncWith';
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
export interface Match extends Located {
  _type: 'Match';
  subject: Expr;
  cases: MatchCase[];
}
export interface Raise extends Located {
  _type: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}
export interface Try extends Located {
  _type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface TryStar extends Located {
  _type: 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Located {
  _type: 'Assert';
  test: Expr;
  msg: Expr | null;
}
export interface Import extends Located {
  _type: 'Import';
  names: Alias[];
}
export interface ImportFrom extends Located {
  _type: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Located {
  _type: 'Global';
  names: string[];
}
export interface Nonlocal extends Located {
  _type: 'Nonlocal';
  names: string[];
}
export interface ExprStmt extends Located {
  _type: 'Expr';
  value: Expr;
}
export interface Pass extends Located {
  _type: 'Pass';
}
export interface Break extends Located {
  _type: 'Break';
}
export interface Continue extends Located {
  _type: 'Continue';
}

export type Stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | TypeAlias
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Match
  | Raise
  | Try
  | TryStar
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

// ------------------------------------------------------------ expressions

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type Operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface BoolOp extends Located {
  _type: 'BoolOp';
  op: BoolOpKind;
  values: Expr[];
}
export interface NamedExpr extends Located {
  _type: 'NamedExpr';
  target: Expr;
  value: Expr;
}
export interface BinOp extends Located {
  _type: 'BinOp';
  left: Expr;
  op: Operator;
  right: Expr;
}
export interface UnaryOp extends Located {
  _type: 'UnaryOp';
  op: UnaryOpKind;
  operand: Expr;
}
export interface Lambda extends Located {
  _type: 'Lambda';
  args: Arguments;
  body: Expr;
}
export interface IfExp extends Located {
  _type: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Dict extends Located {
  _type: 'Dict';
  /** `null` key: a `**mapping` entry. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends Located {
  _type: 'Set';
  elts: Expr[];
}
export interface ListComp extends Located {
  _type: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Located {
  _type: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Located {
  _type: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Located {
  _type: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}
export interface Await extends Located {
  _type: 'Await';
  value: Expr;
}
export interface Yield extends Located {
  _type: 'Yield';
  value: Expr | null;
}
export interface YieldFrom extends Located {
  _type: 'YieldFrom';
  value: Expr;
}
export interface Compare extends Located {
  _type: 'Compare';
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}
export interface Call extends Located {
  _type: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
export interface FormattedValue extends Located {
  _type: 'FormattedValue';
  value: Expr;
  /** -1 none, 115 's', 114 'r', 97 'a' (as CPython). */
  conversion: number;
  /** A JoinedStr, or null. */
  format_spec: Expr | null;
}
export interface JoinedStr extends Located {
  _type: 'JoinedStr';
  values: Expr[];
}
export interface Constant extends Located {
  _type: 'Constant';
  value: ConstValue;
  /** 'u' for a u-prefixed string literal, else null. */
  kind: string | null;
}
export interface Attribute extends Located {
  _type: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends Located {
  _type: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends Located {
  _type: 'Starred';
  value: Expr;
  ctx: ExprContext;
}
export interface Name extends Located {
  _type: 'Name';
  id: string;
  ctx: ExprContext;
}
export interface List extends Located {
  _type: 'List';
  elts: Expr[];
  ctx: ExprContext;
}
export interface Tuple extends Located {
  _type: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}
export interface Slice extends Located {
  _type: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ------------------------------------------------------------ other nodes

export interface Comprehension {
  _type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export interface ExceptHandler extends Located {
  _type: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional (posonly + regular) parameters. */
  defaults: Expr[];
}

export interface Arg extends Located {
  _type: 'arg';
  arg: string;
  annotation: Expr | null;
  type_comment: string | null;
}

export interface Keyword extends Located {
  _type: 'keyword';
  /** null for `**kwargs`. */
  arg: string | null;
  value: Expr;
}

export interface Alias extends Located {
  _type: 'alias';
  name: string;
  asname: string | null;
}

export interface WithItem {
  _type: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface MatchCase {
  _type: 'match_case';
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

// ---------------------------------------------------------------- patterns

export interface MatchValue extends Located {
  _type: 'MatchValue';
  value: Expr;
}
export interface MatchSingleton extends Located {
  _type: 'MatchSingleton';
  value: null | boolean;
}
export interface MatchSequence extends Located {
  _type: 'MatchSequence';
  patterns: Pattern[];
}
export interface MatchMapping extends Located {
  _type: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends Located {
  _type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
export interface MatchStar extends Located {
  _type: 'MatchStar';
  name: string | null;
}
export interface MatchAs extends Located {
  _type: 'MatchAs';
  pattern: Pattern | null;
  name: string | null;
}
export interface MatchOr extends Located {
  _type: 'MatchOr';
  patterns: Pattern[];
}

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

// ------------------------------------------------------------ type params

export interface TypeVar extends Located {
  _type: 'TypeVar';
  name: string;
  bound: Expr | null;
}
export interface ParamSpec extends Located {
  _type: 'ParamSpec';
  name: string;
}
export interface TypeVarTuple extends Located {
  _type: 'TypeVarTuple';
  name: string;
}
export type TypeParam = TypeVar | ParamSpec | TypeVarTuple;

/** Any node with a `_type`. */
export type Node =
  | Mod
  | Stmt
  | Expr
  | Pattern
  | TypeParam
  | TypeIgnore
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase;
