/**
 * The code generator: CPython 3.12's Python/compile.c (the AST -> instruction
 * sequence half; flowgraph.c/assemble.c live in assembler.ts).
 *
 * One `Unit` per code object being compiled, a stack of them for nesting. The
 * instructions emitted, their order, arguments, locations, and the order in
 * which constants and names are added, follow compile.c so that the
 * assembled code objects look like CPython's (`_testinternalcapi.
 * compiler_codegen` shows the same sequence for the same AST).
 */
import type * as A from './ast.js';
import { ConstTuple, ConstFrozenSet, Ellipsis, PyComplex } from './ast.js';
import type { ConstCode, ConstValue } from './ast.js';
import { Instr, InstructionSequence, NO_LOCATION } from './instructions.js';
import type { Label, Location, UnitInfo } from './instructions.js';
import { Op, NB } from '../bytecode/opcodes.js';
import type { CodegenContext } from './codegen-context.js';
import type { CodeObject } from '../bytecode/code.js';
import {
  CELL,
  CO_FUTURE_ANNOTATIONS,
  CO_FUTURE_BARRY_AS_BDFL,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_MASK,
  SCOPE_OFFSET,
  getDocString,
  makeSyntaxError,
  mangle,
} from './symtable.js';
import type { SymbolTable, SymbolTableEntry } from './symtable.js';
import { unparseExpr } from './codegen-unparse.js';
import { compileMatch } from './codegen-match.js';

export type AssembleFn = (seq: InstructionSequence, unit: UnitInfo) => ConstCode;

// CO_* flags the code generator computes (compute_code_flags).
const CO_OPTIMIZED = 0x1;
const CO_NEWLOCALS = 0x2;
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

const STACK_USE_GUIDELINE = 30;

// MAKE_FUNCTION flags
const MF_DEFAULTS = 1;
const MF_KWDEFAULTS = 2;
const MF_ANNOTATIONS = 4;
const MF_CLOSURE = 8;

// CALL_INTRINSIC_1 / _2
const INTRINSIC_PRINT = 1;
const INTRINSIC_IMPORT_STAR = 2;
const INTRINSIC_STOPITERATION_ERROR = 3;
const INTRINSIC_ASYNC_GEN_WRAP = 4;
const INTRINSIC_UNARY_POSITIVE = 5;
const INTRINSIC_LIST_TO_TUPLE = 6;
const INTRINSIC_TYPEVAR = 7;
const INTRINSIC_PARAMSPEC = 8;
const INTRINSIC_TYPEVARTUPLE = 9;
const INTRINSIC_SUBSCRIPT_GENERIC = 10;
const INTRINSIC_TYPEALIAS = 11;
const INTRINSIC_PREP_RERAISE_STAR = 1;
const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

type ScopeType = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension' | 'typeparams';

const enum FB {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

interface FBlock {
  type: FB;
  block: Label | null;
  exit: Label | null;
  datum: unknown;
}

const BINOP: Record<A.Operator, number> = {
  Add: NB.ADD,
  Sub: NB.SUBTRACT,
  Mult: NB.MULTIPLY,
  MatMult: NB.MATRIX_MULTIPLY,
  Div: NB.TRUE_DIVIDE,
  Mod: NB.REMAINDER,
  Pow: NB.POWER,
  LShift: NB.LSHIFT,
  RShift: NB.RSHIFT,
  BitOr: NB.OR,
  BitXor: NB.XOR,
  BitAnd: NB.AND,
  FloorDiv: NB.FLOOR_DIVIDE,
};
const INPLACE: Record<A.Operator, number> = {
  Add: NB.INPLACE_ADD,
  Sub: NB.INPLACE_SUBTRACT,
  Mult: NB.INPLACE_MULTIPLY,
  MatMult: NB.INPLACE_MATRIX_MULTIPLY,
  Div: NB.INPLACE_TRUE_DIVIDE,
  Mod: NB.INPLACE_REMAINDER,
  Pow: NB.INPLACE_POWER,
  LShift: NB.INPLACE_LSHIFT,
  RShift: NB.INPLACE_RSHIFT,
  BitOr: NB.INPLACE_OR,
  BitXor: NB.INPLACE_XOR,
  BitAnd: NB.INPLACE_AND,
  FloorDiv: NB.INPLACE_FLOOR_DIVIDE,
};
// Py_LT.. Py_GE, and the 3.12 COMPARE_OP low-bit masks
const CMP: Partial<Record<A.CmpOp, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
const CMP_MASK = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8];

// ------------------------------------------------------------ constant keys

let codeIdCounter = 0;

/** A key that tells apart every constant CPython keeps apart (_PyCode_ConstantKey). */
export function constKey(v: ConstValue): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'bigint':
      return 'i' + v.toString();
    case 'number':
      // Every NaN constant is its own object in CPython, so none are merged.
      if (v !== v) return 'fNaN' + ++nanCounter;
      return Object.is(v, -0) ? 'f-0' : 'f' + String(v);
    case 'string':
      return 's' + v;
    case 'symbol':
      return 'E';
  }
  if (v instanceof Uint8Array) {
    let s = 'b';
    for (let i = 0; i < v.length; i++) s += String.fromCharCode(v[i]!);
    return s;
  }
  if (v instanceof PyComplex) {
    return 'c' + (Object.is(v.real, -0) ? '-0' : String(v.real)) + ',' + (Object.is(v.imag, -0) ? '-0' : String(v.imag));
  }
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
    let s = v instanceof ConstTuple ? '(' : '{';
    for (const it of v.items) {
      const k = constKey(it);
      s += k.length + ':' + k;
    }
    return s + ')';
  }
  return identityKey(v as object);
}

let nanCounter = 0;
const codeIds = new WeakMap<object, number>();

function identityKey(o: object): string {
  let id = codeIds.get(o);
  if (id === undefined) {
    id = ++codeIdCounter;
    codeIds.set(o, id);
  }
  return 'o' + id;
}

function isCodeObject(v: ConstValue): v is CodeObject & ConstCode {
  return typeof v === 'object' && v !== null && (v as Partial<CodeObject>).co_code instanceof Uint8Array;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function arraysEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Code objects compare by value in CPython (code_richcompare), so two
 * compilations of the same code (the test of a `while` loop is compiled
 * twice) share one constant.
 */
function codeEquals(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  if (
    a.co_name !== b.co_name ||
    a.co_argcount !== b.co_argcount ||
    a.co_posonlyargcount !== b.co_posonlyargcount ||
    a.co_kwonlyargcount !== b.co_kwonlyargcount ||
    a.co_flags !== b.co_flags ||
    a.co_firstlineno !== b.co_firstlineno ||
    !bytesEqual(a.co_code, b.co_code) ||
    a.co_consts.length !== b.co_consts.length ||
    !arraysEqual(a.co_names, b.co_names) ||
    !arraysEqual(a.co_localsplusnames, b.co_localsplusnames) ||
    !bytesEqual(a.co_linetable, b.co_linetable) ||
    !bytesEqual(a.co_exceptiontable, b.co_exceptiontable)
  ) {
    return false;
  }
  for (let i = 0; i < a.co_consts.length; i++) {
    const x = a.co_consts[i]!;
    const y = b.co_consts[i]!;
    if (isCodeObject(x) || isCodeObject(y)) {
      if (!(isCodeObject(x) && isCodeObject(y) && codeEquals(x, y))) return false;
    } else if (constKey(x) !== constKey(y)) {
      return false;
    }
  }
  return true;
}

/** A key equal for constants that are equal in Python (1 == 1.0 == True). */
function pyEqKey(v: ConstValue): string {
  if (typeof v === 'boolean') return 'n' + (v ? 1 : 0);
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return 'n' + BigInt(v).toString();
    return v !== v ? 'fNaN' + ++nanCounter : 'n' + String(v);
  }
  if (v instanceof PyComplex) {
    if (v.imag === 0) return pyEqKey(v.real);
    return 'c' + v.real + ',' + v.imag;
  }
  if (v instanceof ConstTuple) return '(' + v.items.map((x) => pyEqKey(x)).join(',') + ')';
  return constKey(v);
}

/** The items of a frozenset display, equal items once (first wins, as a set). */
function dedupeSetItems(vals: ConstValue[]): ConstValue[] {
  const seen = new Set<string>();
  const out: ConstValue[] = [];
  for (const v of vals) {
    const k = pyEqKey(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

// ------------------------------------------------------------------- units

class Unit {
  readonly seq = new InstructionSequence();
  readonly consts: ConstValue[] = [];
  readonly constMap = new Map<string, number>();
  readonly names: string[] = [];
  readonly nameMap = new Map<string, number>();
  readonly varnames: string[] = [];
  readonly varMap = new Map<string, number>();
  readonly cellvars: string[] = [];
  readonly cellMap = new Map<string, number>();
  readonly freevars: string[] = [];
  readonly freeMap = new Map<string, number>();
  readonly fasthidden = new Map<string, boolean>();
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  qualname = '';
  priv: string | null = null;
  fblocks: FBlock[] = [];
  inInlinedComp = 0;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {
    for (const v of ste.varnames) this.addVar(v);
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, flags] of ste.symbols) {
      const scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK;
      if (scope === CELL || flags & DEF_COMP_CELL) cells.push(name);
      if (scope === FREE || flags & DEF_FREE_CLASS) frees.push(name);
    }
    cells.sort(cmpStr);
    frees.sort(cmpStr);
    for (const c of cells) this.addCell(c);
    if (ste.needsClassClosure) this.addCell('__class__');
    if (ste.needsClassdict) this.addCell('__classdict__');
    for (const f of frees) {
      if (!this.freeMap.has(f)) {
        this.freeMap.set(f, this.cellvars.length + this.freevars.length);
        this.freevars.push(f);
      }
    }
  }

  addVar(name: string): number {
    let i = this.varMap.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varMap.set(name, i);
    }
    return i;
  }

  addCell(name: string): number {
    let i = this.cellMap.get(name);
    if (i === undefined) {
      i = this.cellvars.length;
      this.cellvars.push(name);
      this.cellMap.set(name, i);
    }
    return i;
  }

  addName(name: string): number {
    let i = this.nameMap.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameMap.set(name, i);
    }
    return i;
  }

  private codeConsts: Map<string, number[]> | null = null;

  /** str constants by value: their own map saves building a key (a copy of a docstring) per use. */
  private readonly strConstMap = new Map<string, number>();

  addConst(v: ConstValue): number {
    if (typeof v === 'string') {
      let i = this.strConstMap.get(v);
      if (i === undefined) {
        i = this.consts.length;
        this.consts.push(v);
        this.strConstMap.set(v, i);
      }
      return i;
    }
    if (isCodeObject(v)) return this.addCodeConst(v);
    const k = constKey(v);
    let i = this.constMap.get(k);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constMap.set(k, i);
    }
    return i;
  }

  private addCodeConst(c: CodeObject & ConstCode): number {
    const coarse = c.co_name + '\0' + c.co_firstlineno + '\0' + c.co_code.length;
    this.codeConsts ??= new Map();
    let cands = this.codeConsts.get(coarse);
    if (cands) {
      for (const i of cands) if (codeEquals(this.consts[i] as CodeObject, c)) return i;
    } else {
      cands = [];
      this.codeConsts.set(coarse, cands);
    }
    const i = this.consts.length;
    this.consts.push(c);
    cands.push(i);
    return i;
  }
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A node's location. AST nodes have the four Location fields, so the node
 * itself serves (no allocation per instruction); locations are never mutated.
 */
function loc(n: A.Located): Location {
  return n;
}

function locFrom(lineno: number, endLineno: number, col: number, endCol: number): Location {
  return { lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol };
}

function isTwoElementSlice(e: A.Expr): boolean {
  return e._type === 'Slice' && e.step === null;
}

function hasStarred(elts: A.Expr[]): boolean {
  for (const e of elts) if (e._type === 'Starred') return true;
  return false;
}

function findAnn(stmts: A.Stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const c of st.cases) if (findAnn(c.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** check_is_arg: may this operand of `is` be a literal without a warning? */
function isIsArg(e: A.Expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === null || v === false || v === true || v === Ellipsis;
}

/** infer_type: the Python type name of an expression's value, where the syntax tells. */
function inferType(e: A.Expr): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'NoneType';
      if (v === Ellipsis) return 'ellipsis';
      switch (typeof v) {
        case 'boolean':
          return 'bool';
        case 'bigint':
          return 'int';
        case 'number':
          return 'float';
        case 'string':
          return 'str';
      }
      if (v instanceof Uint8Array) return 'bytes';
      if (v instanceof PyComplex) return 'complex';
      if (v instanceof ConstTuple) return 'tuple';
      if (v instanceof ConstFrozenSet) return 'frozenset';
      return 'code';
    }
    default:
      return null;
  }
}

/** A compile-time warning (CPython issues these with PyErr_WarnExplicit). */
export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
}

export interface CompilerOptions {
  filename: string;
  lines: readonly string[] | null;
  futureFeatures: number;
  /** Location of the last `from __future__` import, or null. */
  futureLocation: Location | null;
  optimize: number;
  interactive: boolean;
  assemble: AssembleFn;
  /** Receives SyntaxWarnings (none are reported without it). */
  warn?: (w: CompileWarning) => void;
  /** True when the whole source is known to be ASCII (saves looking at each line). */
  asciiOnly?: boolean;
}

export class Compiler implements CodegenContext {
  private u!: Unit;
  private readonly stack: Unit[] = [];
  private nestlevel = 0;
  private readonly filename: string;
  private readonly optimize: number;
  private readonly futureFeatures: number;
  private interactive = false;

  /** Per source line: does it hold non-ASCII text (null: the whole source is ASCII). */
  private readonly nonAscii: Uint8Array | null = null;
  private readonly byteMaps = new Map<number, Int32Array>();

  constructor(
    private readonly st: SymbolTable,
    private readonly opts: CompilerOptions,
  ) {
    const lines = opts.lines;
    if (lines && !opts.asciiOnly) {
      let flags: Uint8Array | null = null;
      for (let i = 0; i < lines.length; i++) {
        if (/[^\x00-\x7f]/.test(lines[i]!)) (flags ??= new Uint8Array(lines.length))[i] = 1;
      }
      this.nonAscii = flags;
    }
    this.filename = opts.filename;
    this.optimize = opts.optimize;
    this.futureFeatures = opts.futureFeatures;
  }

  // ------------------------------------------------------ CodegenContext API

  loc(node: A.Located): Location {
    return loc(node);
  }
  emit(opcode: number, oparg: number, l: Location): void {
    this.u.seq.emit(opcode, oparg, this.nonAscii ? this.byteLoc(l) : l);
  }
  emitJump(opcode: number, target: Label, l: Location): void {
    this.u.seq.emitJump(opcode, target, this.nonAscii ? this.byteLoc(l) : l);
  }
  newLabel(): Label {
    return this.u.seq.newLabel();
  }
  useLabel(label: Label): void {
    this.u.seq.useLabel(label);
  }
  addConst(value: ConstValue): number {
    return this.u.addConst(value);
  }
  addName(name: string): number {
    return this.u.addName(mangle(this.u.priv, name));
  }
  visitExpr(e: A.Expr): void {
    this.expr(e);
  }
  visitStmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }
  error(msg: string, node: A.Located | Location): never {
    throw makeSyntaxError(msg, this.filename, this.opts.lines, node);
  }

  // --------------------------------------------------------------- helpers

  private op(opcode: number, l: Location, oparg = 0): void {
    this.u.seq.emit(opcode, oparg, this.nonAscii ? this.byteLoc(l) : l);
  }
  private jump(opcode: number, target: Label, l: Location): void {
    this.u.seq.emitJump(opcode, target, this.nonAscii ? this.byteLoc(l) : l);
  }

  /**
   * Code objects record columns as CPython does, in UTF-8 bytes; the AST
   * counts UTF-16 units. Only lines with non-ASCII text differ.
   */
  private byteLoc(l: Location): Location {
    const a = this.byteMap(l.lineno);
    const b = l.end_lineno === l.lineno ? a : this.byteMap(l.end_lineno);
    if (!a && !b) return l;
    const col = a && l.col_offset >= 0 ? a[Math.min(l.col_offset, a.length - 1)]! : l.col_offset;
    const endCol = b && l.end_col_offset >= 0 ? b[Math.min(l.end_col_offset, b.length - 1)]! : l.end_col_offset;
    return { lineno: l.lineno, end_lineno: l.end_lineno, col_offset: col, end_col_offset: endCol };
  }

  /** UTF-16 index -> UTF-8 byte offset for a line with non-ASCII text; null for ASCII lines. */
  private byteMap(lineno: number): Int32Array | null {
    const na = this.nonAscii!;
    if (lineno < 1 || lineno > na.length || !na[lineno - 1]) return null;
    let m = this.byteMaps.get(lineno);
    if (m) return m;
    const line = this.opts.lines![lineno - 1]!;
    m = new Int32Array(line.length + 1);
    let n = 0;
    for (let i = 0; i < line.length; i++) {
      m[i] = n;
      const c = line.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
        const d = line.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          m[++i] = n;
          n += 4;
        } else n += 3;
      } else n += 3;
    }
    m[line.length] = n;
    this.byteMaps.set(lineno, m);
    return m;
  }
  private loadConst(v: ConstValue, l: Location): void {
    this.op(Op.LOAD_CONST, l, this.u.addConst(v));
  }
  /** ADDOP_NAME: mangles, and encodes the LOAD_ATTR / LOAD_SUPER_ATTR bits. */
  private opName(opcode: number, name: string, l: Location): void {
    let arg = this.u.addName(mangle(this.u.priv, name));
    switch (opcode) {
      case Op.LOAD_ATTR:
        arg <<= 1;
        break;
      case Op.LOAD_METHOD:
        opcode = Op.LOAD_ATTR;
        arg = (arg << 1) | 1;
        break;
      case Op.LOAD_SUPER_ATTR:
        arg = (arg << 2) | 2;
        break;
      case Op.LOAD_SUPER_METHOD:
        opcode = Op.LOAD_SUPER_ATTR;
        arg = (arg << 2) | 3;
        break;
      case Op.LOAD_ZERO_SUPER_ATTR:
        opcode = Op.LOAD_SUPER_ATTR;
        arg <<= 2;
        break;
      case Op.LOAD_ZERO_SUPER_METHOD:
        opcode = Op.LOAD_SUPER_ATTR;
        arg = (arg << 2) | 1;
        break;
    }
    this.op(opcode, l, arg);
  }
  private opVarname(opcode: number, name: string, l: Location): void {
    this.op(opcode, l, this.u.addVar(mangle(this.u.priv, name)));
  }

  private isFunctionLike(): boolean {
    return this.u.ste.isFunctionLike();
  }

  // ------------------------------------------------------------------ scopes

  private enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    if (this.u) {
      u.priv = this.u.priv;
      this.stack.push(this.u);
    }
    this.u = u;
    this.nestlevel++;
    const l = locFrom(lineno, lineno, 0, 0);
    if (scopeType === 'module') {
      l.lineno = 0;
    } else {
      this.setQualname();
    }
    this.op(Op.RESUME, l, 0);
  }

  private exitScope(): void {
    this.nestlevel--;
    const prev = this.stack.pop();
    this.u = prev as Unit;
  }

  private setQualname(): void {
    const u = this.u;
    const stackSize = this.stack.length;
    let base: string | null = null;
    if (stackSize > 1) {
      let parent = this.stack[stackSize - 1]!;
      if (parent.scopeType === 'typeparams') {
        if (stackSize === 2) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[stackSize - 2]!;
      }
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async' || u.scopeType === 'class') {
        const mangled = mangle(parent.priv, u.name);
        if (parent.ste.getScope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async' || parent.scopeType === 'lambda') {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  private computeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike()) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    // PyCF_MASK: the future features in effect are recorded in every code object.
    flags |= this.futureFeatures & (CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL);
    return flags;
  }

  /** optimize_and_assemble: add the implicit return and hand the unit over. */
  private assembleUnit(addNone: boolean): ConstCode {
    const u = this.u;
    if (addNone) this.loadConst(null, NO_LOCATION);
    this.op(Op.RETURN_VALUE, NO_LOCATION);
    const info: UnitInfo & { fasthidden?: string[] } = {
      name: u.name,
      qualname: u.qualname || u.name,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags: this.computeFlags(),
      consts: u.consts,
      names: u.names,
      varnames: u.varnames,
      cellvars: u.cellvars,
      freevars: u.freevars,
    };
    const hidden: string[] = [];
    for (const [k, v] of u.fasthidden) if (!v || v) hidden.push(k);
    if (hidden.length) info.fasthidden = hidden;
    return this.opts.assemble(u.seq, info);
  }

  private getRefType(name: string): number {
    if (this.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) {
      throw new Error(`codegen: unknown scope for name '${name}' in '${this.u.name}'`);
    }
    return scope;
  }

  private makeClosure(co: ConstCode, freevars: string[], flags: number, l: Location): void {
    if (freevars.length) {
      for (const name of freevars) {
        const reftype = this.getRefType(name);
        let arg: number | undefined;
        if (reftype === CELL) arg = this.u.cellMap.get(name);
        else arg = this.u.freeMap.get(name);
        if (arg === undefined) {
          throw new Error(`codegen: lookup of free variable '${name}' in '${this.u.name}' failed`);
        }
        this.op(Op.LOAD_CLOSURE, l, arg);
      }
      flags |= MF_CLOSURE;
      this.op(Op.BUILD_TUPLE, l, freevars.length);
    }
    this.loadConst(co, l);
    this.op(Op.MAKE_FUNCTION, l, flags);
  }

  // ------------------------------------------------------------- top level

  compileModule(mod: A.Mod): ConstCode {
    this.isImportOriginated({ _type: 'Name', id: '', ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.enterScope('<module>', 'module', mod, 1);
    const l = locFrom(1, 1, 0, 0);
    let addNone = true;
    switch (mod._type) {
      case 'Module':
        this.body(l, mod.body);
        break;
      case 'Interactive':
        if (findAnn(mod.body)) this.op(Op.SETUP_ANNOTATIONS, l);
        this.interactive = true;
        this.visitStmts(mod.body);
        break;
      case 'Expression':
        this.expr(mod.body);
        addNone = false;
        break;
      case 'FunctionType':
        throw new Error('codegen: cannot compile a FunctionType module');
    }
    const co = this.assembleUnit(addNone);
    this.exitScope();
    return co;
  }

  private body(l: Location, stmts: A.Stmt[]): void {
    if (this.u.scopeType === 'module' && stmts.length) l = loc(stmts[0]!);
    if (findAnn(stmts)) this.op(Op.SETUP_ANNOTATIONS, l);
    if (!stmts.length) return;
    let i = 0;
    if (this.optimize < 2) {
      const doc = getDocString(stmts);
      if (doc !== null) {
        i = 1;
        const st = stmts[0] as A.ExprStmt;
        this.expr(st.value);
        this.nameOp('__doc__', 'Store', NO_LOCATION);
      }
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]!);
  }

  // ------------------------------------------------------------ name access

  nameOp(name: string, ctx: A.ExprContext, l: Location): void {
    const u = this.u;
    if (ctx !== 'Load' && name === '__debug__') {
      this.error(ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__', l);
    }
    const mangled = mangle(u.priv, name);
    const scope = u.ste.getScope(mangled);
    let optype: 'name' | 'deref' | 'fast' | 'global' = 'name';
    let isFree = false;
    switch (scope) {
      case FREE:
        optype = 'deref';
        isFree = true;
        break;
      case CELL:
        optype = 'deref';
        break;
      case LOCAL:
        if (u.ste.isFunctionLike() || u.fasthidden.get(mangled) === true) optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike()) optype = 'global';
        break;
      case GLOBAL_EXPLICIT:
        optype = 'global';
        break;
      default:
        break;
    }
    let opcode: number;
    switch (optype) {
      case 'deref': {
        if (ctx === 'Load') {
          if (u.ste.type === 'ClassBlock' && !u.inInlinedComp) {
            opcode = Op.LOAD_FROM_DICT_OR_DEREF;
            this.op(Op.LOAD_LOCALS, l);
          } else if (u.ste.canSeeClassScope) {
            opcode = Op.LOAD_FROM_DICT_OR_DEREF;
            this.op(Op.LOAD_DEREF, l, this.derefIndex('__classdict__', true));
          } else {
            opcode = Op.LOAD_DEREF;
          }
        } else opcode = ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.op(opcode, l, this.derefIndex(mangled, isFree));
        return;
      }
      case 'fast':
        opcode = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.op(opcode, l, u.addVar(mangled));
        return;
      case 'global':
        if (ctx === 'Load') {
          if (u.ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
            this.op(Op.LOAD_DEREF, l, this.derefIndex('__classdict__', true));
            this.op(Op.LOAD_FROM_DICT_OR_GLOBALS, l, u.addName(mangled));
            return;
          }
          this.op(Op.LOAD_GLOBAL, l, u.addName(mangled) << 1);
          return;
        }
        this.op(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, l, u.addName(mangled));
        return;
      case 'name':
        if (ctx === 'Load') {
          if (u.ste.type === 'ClassBlock' && u.inInlinedComp) {
            this.op(Op.LOAD_GLOBAL, l, u.addName(mangled) << 1);
          } else {
            this.op(Op.LOAD_NAME, l, u.addName(mangled));
          }
          return;
        }
        this.op(ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, l, u.addName(mangled));
        return;
    }
  }

  /** Index into cellvars ++ freevars (dict_add_o semantics: adds when missing). */
  private derefIndex(name: string, isFree: boolean): number {
    const u = this.u;
    if (isFree) {
      let i = u.freeMap.get(name);
      if (i === undefined) {
        // A free variable can only appear here if the symbol table said so.
        i = u.cellvars.length + u.freevars.length;
        u.freevars.push(name);
        u.freeMap.set(name, i);
      }
      return i;
    }
    let i = u.cellMap.get(name);
    if (i === undefined) i = u.addCell(name);
    return i;
  }

  // -------------------------------------------------------------- fblocks

  private pushFblock(type: FB, block: Label | null, exit: Label | null, datum: unknown, l: Location): void {
    if (this.u.fblocks.length >= 20) this.error('too many statically nested blocks', l);
    this.u.fblocks.push({ type, block, exit, datum });
  }

  private popFblock(): void {
    this.u.fblocks.pop();
  }

  private callExitWithNones(l: Location): void {
    this.loadConst(null, l);
    this.loadConst(null, l);
    this.loadConst(null, l);
    this.op(Op.CALL, l, 2);
  }

  private addYieldFrom(l: Location, isAwait: boolean): void {
    const send = this.newLabel();
    const fail = this.newLabel();
    const exit = this.newLabel();
    this.useLabel(send);
    this.jump(Op.SEND, exit, l);
    this.jump(Op.SETUP_FINALLY, fail, l);
    this.op(Op.YIELD_VALUE, l, 0);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.op(Op.RESUME, l, isAwait ? 3 : 2);
    this.jump(Op.JUMP_NO_INTERRUPT, send, l);
    this.useLabel(fail);
    this.op(Op.CLEANUP_THROW, l);
    this.useLabel(exit);
    this.op(Op.END_SEND, l);
  }

  private popExceptAndReraise(l: Location): void {
    this.op(Op.COPY, l, 3);
    this.op(Op.POP_EXCEPT, l);
    this.op(Op.RERAISE, l, 1);
  }

  /** Returns the (possibly changed) location through a box. */
  private unwindFblock(ploc: { l: Location }, info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FB.WHILE_LOOP:
      case FB.EXCEPTION_HANDLER:
      case FB.EXCEPTION_GROUP_HANDLER:
      case FB.ASYNC_COMPREHENSION_GENERATOR:
        return;
      case FB.FOR_LOOP:
        if (preserveTos) this.op(Op.SWAP, ploc.l, 2);
        this.op(Op.POP_TOP, ploc.l);
        return;
      case FB.TRY_EXCEPT:
        this.op(Op.POP_BLOCK, ploc.l);
        return;
      case FB.FINALLY_TRY:
        this.op(Op.POP_BLOCK, ploc.l);
        if (preserveTos) this.pushFblock(FB.POP_VALUE, null, null, null, ploc.l);
        this.visitStmts(info.datum as A.Stmt[]);
        if (preserveTos) this.popFblock();
        ploc.l = NO_LOCATION;
        return;
      case FB.FINALLY_END:
        if (preserveTos) this.op(Op.SWAP, ploc.l, 2);
        this.op(Op.POP_TOP, ploc.l);
        if (preserveTos) this.op(Op.SWAP, ploc.l, 2);
        this.op(Op.POP_BLOCK, ploc.l);
        this.op(Op.POP_EXCEPT, ploc.l);
        return;
      case FB.WITH:
      case FB.ASYNC_WITH: {
        ploc.l = loc(info.datum as A.Stmt);
        this.op(Op.POP_BLOCK, ploc.l);
        if (preserveTos) this.op(Op.SWAP, ploc.l, 2);
        this.callExitWithNones(ploc.l);
        if (info.type === FB.ASYNC_WITH) {
          this.op(Op.GET_AWAITABLE, ploc.l, 2);
          this.loadConst(null, ploc.l);
          this.addYieldFrom(ploc.l, true);
        }
        this.op(Op.POP_TOP, ploc.l);
        ploc.l = NO_LOCATION;
        return;
      }
      case FB.HANDLER_CLEANUP: {
        const name = info.datum as string | null;
        if (name) this.op(Op.POP_BLOCK, ploc.l);
        if (preserveTos) this.op(Op.SWAP, ploc.l, 2);
        this.op(Op.POP_BLOCK, ploc.l);
        this.op(Op.POP_EXCEPT, ploc.l);
        if (name) {
          this.loadConst(null, ploc.l);
          this.nameOp(name, 'Store', ploc.l);
          this.nameOp(name, 'Del', ploc.l);
        }
        return;
      }
      case FB.POP_VALUE:
        if (preserveTos) this.op(Op.SWAP, ploc.l, 2);
        this.op(Op.POP_TOP, ploc.l);
        return;
    }
  }

  private unwindFblockStack(ploc: { l: Location }, preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1]!;
    if (top.type === FB.EXCEPTION_GROUP_HANDLER) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block", ploc.l);
    }
    if (wantLoop && (top.type === FB.WHILE_LOOP || top.type === FB.FOR_LOOP)) return top;
    fbs.pop();
    let loop: FBlock | null;
    try {
      this.unwindFblock(ploc, top, preserveTos);
      loop = this.unwindFblockStack(ploc, preserveTos, wantLoop);
    } finally {
      fbs.push(top);
    }
    return loop;
  }

  // -------------------------------------------------------------- statements

  private stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
        return this.functionDef(s, false);
      case 'AsyncFunctionDef':
        return this.functionDef(s, true);
      case 'ClassDef':
        return this.classDef(s);
      case 'TypeAlias':
        return this.typeAlias(s);
      case 'Return':
        return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign':
        return this.assign(s);
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'For':
        return this.forStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'If':
        return this.ifStmt(s);
      case 'Match':
        compileMatch(this, s);
        return;
      case 'Raise':
        return this.raise(s);
      case 'Try':
        if (s.finalbody.length) return this.tryFinally(s, false);
        return this.tryExcept(s);
      case 'TryStar':
        if (s.finalbody.length) return this.tryFinally(s, true);
        return this.tryStarExcept(s);
      case 'Assert':
        return this.assertStmt(s);
      case 'Import':
        return this.importStmt(s);
      case 'ImportFrom':
        return this.fromImport(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        return this.stmtExpr(loc(s), s.value);
      case 'Pass':
        this.op(Op.NOP, loc(s));
        return;
      case 'Break':
        return this.breakStmt(loc(s));
      case 'Continue':
        return this.continueStmt(loc(s));
      case 'With':
        return this.withStmt(s, 0);
      case 'AsyncWith':
        return this.asyncWith(s, 0);
      case 'AsyncFor':
        return this.asyncFor(s);
    }
  }

  private assign(s: A.Assign): void {
    const n = s.targets.length;
    this.expr(s.value);
    for (let i = 0; i < n; i++) {
      if (i < n - 1) this.op(Op.COPY, s, 1);
      this.expr(s.targets[i]!);
    }
  }

  private raise(s: A.Raise): void {
    let n = 0;
    if (s.exc) {
      this.expr(s.exc);
      n++;
      if (s.cause) {
        this.expr(s.cause);
        n++;
      }
    }
    this.op(Op.RAISE_VARARGS, s, n);
  }

  private stmtExpr(l: Location, value: A.Expr): void {
    if (this.interactive && this.nestlevel <= 1) {
      this.expr(value);
      this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_PRINT);
      this.op(Op.POP_TOP, NO_LOCATION);
      return;
    }
    if (value._type === 'Constant') {
      this.op(Op.NOP, l);
      return;
    }
    this.expr(value);
    this.op(Op.POP_TOP, NO_LOCATION);
  }

  private returnStmt(s: A.Return): void {
    let l = loc(s);
    const value = s.value;
    const preserveTos = value !== null && value._type !== 'Constant';
    if (!this.isFunctionLike()) this.error("'return' outside function", l);
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) {
      this.error("'return' with value in async generator", l);
    }
    if (preserveTos) {
      this.expr(value!);
    } else if (value !== null) {
      l = loc(value);
      this.op(Op.NOP, l);
    }
    if (value === null || value.lineno !== s.lineno) {
      l = loc(s);
      this.op(Op.NOP, l);
    }
    const ploc = { l };
    this.unwindFblockStack(ploc, preserveTos, false);
    if (value === null) this.loadConst(null, ploc.l);
    else if (!preserveTos) this.loadConst((value as A.Constant).value, ploc.l);
    this.op(Op.RETURN_VALUE, ploc.l);
  }

  private breakStmt(l: Location): void {
    const origin = l;
    this.op(Op.NOP, l);
    const ploc = { l };
    const loop = this.unwindFblockStack(ploc, false, true);
    if (!loop) this.error("'break' outside loop", origin);
    this.unwindFblock(ploc, loop, false);
    this.jump(Op.JUMP, loop.exit!, ploc.l);
  }

  private continueStmt(l: Location): void {
    const origin = l;
    this.op(Op.NOP, l);
    const ploc = { l };
    const loop = this.unwindFblockStack(ploc, false, true);
    if (!loop) this.error("'continue' not properly in loop", origin);
    this.jump(Op.JUMP, loop.block!, ploc.l);
  }

  private ifStmt(s: A.If): void {
    const end = this.newLabel();
    const next = s.orelse.length ? this.newLabel() : end;
    this.jumpIf(loc(s), s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.jump(Op.JUMP, end, NO_LOCATION);
      this.useLabel(next);
      this.visitStmts(s.orelse);
    }
    this.useLabel(end);
  }

  private whileStmt(s: A.While): void {
    const loop = this.newLabel();
    const body = this.newLabel();
    const end = this.newLabel();
    const anchor = this.newLabel();
    this.useLabel(loop);
    this.pushFblock(FB.WHILE_LOOP, loop, end, null, loc(s));
    this.jumpIf(loc(s), s.test, anchor, false);
    this.useLabel(body);
    this.visitStmts(s.body);
    this.jumpIf(loc(s), s.test, body, true);
    this.popFblock();
    this.useLabel(anchor);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private forStmt(s: A.For): void {
    const l = loc(s);
    const start = this.newLabel();
    const body = this.newLabel();
    const cleanup = this.newLabel();
    const end = this.newLabel();
    this.pushFblock(FB.FOR_LOOP, start, end, null, l);
    this.expr(s.iter);
    this.op(Op.GET_ITER, l);
    this.useLabel(start);
    this.jump(Op.FOR_ITER, cleanup, l);
    this.useLabel(body);
    this.expr(s.target);
    this.visitStmts(s.body);
    this.jump(Op.JUMP, start, NO_LOCATION);
    this.useLabel(cleanup);
    this.op(Op.END_FOR, NO_LOCATION);
    this.popFblock();
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private asyncFor(s: A.AsyncFor): void {
    let l = loc(s);
    if (this.u.scopeType !== 'async') this.error("'async for' outside async function", l);
    const start = this.newLabel();
    const except = this.newLabel();
    const end = this.newLabel();
    this.expr(s.iter);
    this.op(Op.GET_AITER, l);
    this.useLabel(start);
    this.pushFblock(FB.FOR_LOOP, start, end, null, l);
    this.jump(Op.SETUP_FINALLY, except, l);
    this.op(Op.GET_ANEXT, l);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.op(Op.POP_BLOCK, l);
    this.expr(s.target);
    this.visitStmts(s.body);
    this.jump(Op.JUMP, start, NO_LOCATION);
    this.popFblock();
    this.useLabel(except);
    l = loc(s.iter);
    this.op(Op.END_ASYNC_FOR, l);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private withExceptFinish(cleanup: Label): void {
    const suppress = this.newLabel();
    this.jump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
    this.op(Op.RERAISE, NO_LOCATION, 2);
    this.useLabel(suppress);
    this.op(Op.POP_TOP, NO_LOCATION);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.op(Op.POP_EXCEPT, NO_LOCATION);
    this.op(Op.POP_TOP, NO_LOCATION);
    this.op(Op.POP_TOP, NO_LOCATION);
    const exit = this.newLabel();
    this.jump(Op.JUMP, exit, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  private withStmt(s: A.With, pos: number): void {
    const item = s.items[pos]!;
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.expr(item.context_expr);
    const l = loc(s);
    this.op(Op.BEFORE_WITH, l);
    this.jump(Op.SETUP_WITH, final, l);
    this.useLabel(block);
    this.pushFblock(FB.WITH, block, final, s, l);
    if (item.optional_vars) this.expr(item.optional_vars);
    else this.op(Op.POP_TOP, l);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.withStmt(s, pos);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.popFblock();
    this.callExitWithNones(l);
    this.op(Op.POP_TOP, l);
    this.jump(Op.JUMP, exit, l);
    this.useLabel(final);
    this.jump(Op.SETUP_CLEANUP, cleanup, l);
    this.op(Op.PUSH_EXC_INFO, l);
    this.op(Op.WITH_EXCEPT_START, l);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private asyncWith(s: A.AsyncWith, pos: number): void {
    const l = loc(s);
    const item = s.items[pos]!;
    if (this.u.scopeType !== 'async') this.error("'async with' outside async function", l);
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.expr(item.context_expr);
    this.op(Op.BEFORE_ASYNC_WITH, l);
    this.op(Op.GET_AWAITABLE, l, 1);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.jump(Op.SETUP_WITH, final, l);
    this.useLabel(block);
    this.pushFblock(FB.ASYNC_WITH, block, final, s, l);
    if (item.optional_vars) this.expr(item.optional_vars);
    else this.op(Op.POP_TOP, l);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.asyncWith(s, pos);
    this.popFblock();
    this.op(Op.POP_BLOCK, l);
    this.callExitWithNones(l);
    this.op(Op.GET_AWAITABLE, l, 2);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.op(Op.POP_TOP, l);
    this.jump(Op.JUMP, exit, l);
    this.useLabel(final);
    this.jump(Op.SETUP_CLEANUP, cleanup, l);
    this.op(Op.PUSH_EXC_INFO, l);
    this.op(Op.WITH_EXCEPT_START, l);
    this.op(Op.GET_AWAITABLE, l, 2);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private tryFinally(s: A.Try | A.TryStar, star: boolean): void {
    let l = loc(s);
    const body = this.newLabel();
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.jump(Op.SETUP_FINALLY, end, l);
    this.useLabel(body);
    this.pushFblock(FB.FINALLY_TRY, body, end, s.finalbody, l);
    if (s.handlers.length) {
      if (star) this.tryStarExcept(s);
      else this.tryExcept(s);
    } else {
      this.visitStmts(s.body);
    }
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.popFblock();
    this.visitStmts(s.finalbody);
    this.jump(Op.JUMP, exit, NO_LOCATION);
    this.useLabel(end);
    l = NO_LOCATION;
    this.jump(Op.SETUP_CLEANUP, cleanup, l);
    this.op(Op.PUSH_EXC_INFO, l);
    this.pushFblock(FB.FINALLY_END, end, null, null, l);
    this.visitStmts(s.finalbody);
    this.popFblock();
    this.op(Op.RERAISE, NO_LOCATION, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  private tryExcept(s: A.Try | A.TryStar): void {
    const l = loc(s);
    const body = this.newLabel();
    let except = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    this.jump(Op.SETUP_FINALLY, except, l);
    this.useLabel(body);
    this.pushFblock(FB.TRY_EXCEPT, body, null, null, l);
    this.visitStmts(s.body);
    this.popFblock();
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.visitStmts(s.orelse);
    this.jump(Op.JUMP, end, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.op(Op.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFblock(FB.EXCEPTION_HANDLER, null, null, null, l);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i]!;
      const hl = loc(handler);
      if (!handler.type && i < n - 1) this.error("default 'except:' must be last", hl);
      except = this.newLabel();
      if (handler.type) {
        this.expr(handler.type);
        this.op(Op.CHECK_EXC_MATCH, hl);
        this.jump(Op.POP_JUMP_IF_FALSE, except, hl);
      }
      if (handler.name) {
        const cleanupEnd = this.newLabel();
        const cleanupBody = this.newLabel();
        this.nameOp(handler.name, 'Store', hl);
        this.jump(Op.SETUP_CLEANUP, cleanupEnd, hl);
        this.useLabel(cleanupBody);
        this.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, handler.name, hl);
        this.visitStmts(handler.body);
        this.popFblock();
        this.op(Op.POP_BLOCK, NO_LOCATION);
        this.op(Op.POP_BLOCK, NO_LOCATION);
        this.op(Op.POP_EXCEPT, NO_LOCATION);
        this.loadConst(null, NO_LOCATION);
        this.nameOp(handler.name, 'Store', NO_LOCATION);
        this.nameOp(handler.name, 'Del', NO_LOCATION);
        this.jump(Op.JUMP, end, NO_LOCATION);
        this.useLabel(cleanupEnd);
        this.loadConst(null, NO_LOCATION);
        this.nameOp(handler.name, 'Store', NO_LOCATION);
        this.nameOp(handler.name, 'Del', NO_LOCATION);
        this.op(Op.RERAISE, NO_LOCATION, 1);
      } else {
        const cleanupBody = this.newLabel();
        this.op(Op.POP_TOP, hl);
        this.useLabel(cleanupBody);
        this.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, null, hl);
        this.visitStmts(handler.body);
        this.popFblock();
        this.op(Op.POP_BLOCK, NO_LOCATION);
        this.op(Op.POP_EXCEPT, NO_LOCATION);
        this.jump(Op.JUMP, end, NO_LOCATION);
      }
      this.useLabel(except);
    }
    this.popFblock();
    this.op(Op.RERAISE, NO_LOCATION, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(end);
  }

  private tryStarExcept(s: A.Try | A.TryStar): void {
    const l = loc(s);
    const body = this.newLabel();
    let except = this.newLabel();
    const orelse = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    const reraiseStar = this.newLabel();
    this.jump(Op.SETUP_FINALLY, except, l);
    this.useLabel(body);
    this.pushFblock(FB.TRY_EXCEPT, body, null, null, l);
    this.visitStmts(s.body);
    this.popFblock();
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.jump(Op.JUMP, orelse, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.op(Op.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFblock(FB.EXCEPTION_GROUP_HANDLER, null, null, 'except handler', l);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i]!;
      const hl = loc(handler);
      except = this.newLabel();
      const exceptWithError = this.newLabel();
      const noMatch = this.newLabel();
      if (i === 0) {
        this.op(Op.BUILD_LIST, hl, 0);
        this.op(Op.COPY, hl, 2);
      }
      if (handler.type) {
        this.expr(handler.type);
        this.op(Op.CHECK_EG_MATCH, hl);
        this.op(Op.COPY, hl, 1);
        this.jump(Op.POP_JUMP_IF_NONE, noMatch, hl);
      }
      const cleanupEnd = this.newLabel();
      const cleanupBody = this.newLabel();
      if (handler.name) this.nameOp(handler.name, 'Store', hl);
      else this.op(Op.POP_TOP, hl);
      this.jump(Op.SETUP_CLEANUP, cleanupEnd, hl);
      this.useLabel(cleanupBody);
      this.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, handler.name, hl);
      this.visitStmts(handler.body);
      this.popFblock();
      this.op(Op.POP_BLOCK, NO_LOCATION);
      if (handler.name) {
        this.loadConst(null, NO_LOCATION);
        this.nameOp(handler.name, 'Store', NO_LOCATION);
        this.nameOp(handler.name, 'Del', NO_LOCATION);
      }
      this.jump(Op.JUMP, except, NO_LOCATION);
      this.useLabel(cleanupEnd);
      if (handler.name) {
        this.loadConst(null, NO_LOCATION);
        this.nameOp(handler.name, 'Store', NO_LOCATION);
        this.nameOp(handler.name, 'Del', NO_LOCATION);
      }
      this.op(Op.LIST_APPEND, NO_LOCATION, 3);
      this.op(Op.POP_TOP, NO_LOCATION);
      this.jump(Op.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(except);
      this.op(Op.NOP, NO_LOCATION);
      this.jump(Op.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(noMatch);
      this.op(Op.POP_TOP, hl);
      this.useLabel(exceptWithError);
      if (i === n - 1) {
        this.op(Op.LIST_APPEND, NO_LOCATION, 1);
        this.jump(Op.JUMP, reraiseStar, NO_LOCATION);
      }
    }
    this.popFblock();
    const reraise = this.newLabel();
    this.useLabel(reraiseStar);
    this.op(Op.CALL_INTRINSIC_2, NO_LOCATION, INTRINSIC_PREP_RERAISE_STAR);
    this.op(Op.COPY, NO_LOCATION, 1);
    this.jump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
    this.op(Op.POP_TOP, NO_LOCATION);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.op(Op.POP_EXCEPT, NO_LOCATION);
    this.jump(Op.JUMP, end, NO_LOCATION);
    this.useLabel(reraise);
    this.op(Op.POP_BLOCK, NO_LOCATION);
    this.op(Op.SWAP, NO_LOCATION, 2);
    this.op(Op.POP_EXCEPT, NO_LOCATION);
    this.op(Op.RERAISE, NO_LOCATION, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(orelse);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private assertStmt(s: A.Assert): void {
    const t = s.test;
    if (
      (t._type === 'Tuple' && t.elts.length > 0) ||
      (t._type === 'Constant' && t.value instanceof ConstTuple && t.value.items.length > 0)
    ) {
      this.warn('assertion is always true, perhaps remove parentheses?', s);
    }
    if (this.optimize) return;
    const l = loc(s);
    const end = this.newLabel();
    this.jumpIf(l, s.test, end, true);
    this.op(Op.LOAD_ASSERTION_ERROR, l);
    if (s.msg) {
      this.expr(s.msg);
      this.op(Op.CALL, l, 0);
    }
    this.op(Op.RAISE_VARARGS, l, 1);
    this.useLabel(end);
  }

  private importStmt(s: A.Import): void {
    const l = loc(s);
    for (const alias of s.names) {
      this.loadConst(0n, l);
      this.loadConst(null, l);
      this.opName(Op.IMPORT_NAME, alias.name, l);
      if (alias.asname) {
        this.importAs(l, alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf('.');
        this.nameOp(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store', l);
      }
    }
  }

  private importAs(l: Location, name: string, asname: string): void {
    let dot = name.indexOf('.');
    if (dot >= 0) {
      for (;;) {
        const pos = dot + 1;
        dot = name.indexOf('.', pos);
        const attr = name.slice(pos, dot >= 0 ? dot : name.length);
        this.op(Op.IMPORT_FROM, l, this.u.addName(attr));
        if (dot < 0) break;
        this.op(Op.SWAP, l, 2);
        this.op(Op.POP_TOP, l);
      }
      this.nameOp(asname, 'Store', l);
      this.op(Op.POP_TOP, l);
      return;
    }
    this.nameOp(asname, 'Store', l);
  }

  private fromImport(s: A.ImportFrom): void {
    const l = loc(s);
    this.loadConst(BigInt(s.level), l);
    const fl = this.opts.futureLocation;
    if (
      fl &&
      (s.lineno > fl.lineno || (s.lineno === fl.lineno && s.col_offset > fl.col_offset)) &&
      s.module === '__future__' &&
      s.level === 0
    ) {
      this.error('from __future__ imports must occur at the beginning of the file', l);
    }
    if (!fl && s.module === '__future__' && s.level === 0) {
      this.error('from __future__ imports must occur at the beginning of the file', l);
    }
    this.loadConst(new ConstTuple(s.names.map((a) => a.name)), l);
    this.opName(Op.IMPORT_NAME, s.module ?? '', l);
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i]!;
      if (i === 0 && alias.name.charCodeAt(0) === 42 /* '*' */) {
        this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_IMPORT_STAR);
        this.op(Op.POP_TOP, NO_LOCATION);
        return;
      }
      this.opName(Op.IMPORT_FROM, alias.name, l);
      this.nameOp(alias.asname ?? alias.name, 'Store', l);
    }
    this.op(Op.POP_TOP, l);
  }

  private augAssign(s: A.AugAssign): void {
    const e = s.target;
    let l = loc(e);
    switch (e._type) {
      case 'Attribute':
        this.expr(e.value);
        this.op(Op.COPY, l, 1);
        l = this.attrLoc(l, e);
        this.opName(Op.LOAD_ATTR, e.attr, l);
        break;
      case 'Subscript':
        this.expr(e.value);
        if (isTwoElementSlice(e.slice)) {
          this.slice(e.slice as A.Slice);
          this.op(Op.COPY, l, 3);
          this.op(Op.COPY, l, 3);
          this.op(Op.COPY, l, 3);
          this.op(Op.BINARY_SLICE, l);
        } else {
          this.expr(e.slice);
          this.op(Op.COPY, l, 2);
          this.op(Op.COPY, l, 2);
          this.op(Op.BINARY_SUBSCR, l);
        }
        break;
      case 'Name':
        this.nameOp(e.id, 'Load', l);
        break;
      default:
        this.error('illegal expression for augmented assignment', e);
    }
    this.expr(s.value);
    this.op(Op.BINARY_OP, loc(s), INPLACE[s.op]);
    l = loc(e);
    switch (e._type) {
      case 'Attribute':
        l = this.attrLoc(l, e);
        this.op(Op.SWAP, l, 2);
        this.opName(Op.STORE_ATTR, e.attr, l);
        break;
      case 'Subscript':
        if (isTwoElementSlice(e.slice)) {
          this.op(Op.SWAP, l, 4);
          this.op(Op.SWAP, l, 3);
          this.op(Op.SWAP, l, 2);
          this.op(Op.STORE_SLICE, l);
        } else {
          this.op(Op.SWAP, l, 3);
          this.op(Op.SWAP, l, 2);
          this.op(Op.STORE_SUBSCR, l);
        }
        break;
      case 'Name':
        this.nameOp(e.id, 'Store', l);
        break;
    }
  }

  private checkAnnExpr(e: A.Expr): void {
    this.expr(e);
    this.op(Op.POP_TOP, loc(e));
  }

  private checkAnnSubscr(e: A.Expr): void {
    switch (e._type) {
      case 'Slice':
        if (e.lower) this.checkAnnExpr(e.lower);
        if (e.upper) this.checkAnnExpr(e.upper);
        if (e.step) this.checkAnnExpr(e.step);
        return;
      case 'Tuple':
        for (const x of e.elts) this.checkAnnSubscr(x);
        return;
      default:
        this.checkAnnExpr(e);
    }
  }

  private futureAnnotations(): boolean {
    return (this.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  private annexpr(e: A.Expr): void {
    this.loadConst(unparseExpr(e), loc(e));
  }

  private annAssign(s: A.AnnAssign): void {
    const l = loc(s);
    const targ = s.target;
    if (s.value) {
      this.expr(s.value);
      this.expr(targ);
    }
    switch (targ._type) {
      case 'Name':
        if (targ.id === '__debug__') this.error('cannot assign to __debug__', l);
        if (s.simple && (this.u.scopeType === 'module' || this.u.scopeType === 'class')) {
          if (this.futureAnnotations()) this.annexpr(s.annotation);
          else this.expr(s.annotation);
          this.op(Op.LOAD_NAME, l, this.u.addName('__annotations__'));
          this.loadConst(mangle(this.u.priv, targ.id), l);
          this.op(Op.STORE_SUBSCR, l);
        }
        break;
      case 'Attribute':
        if (targ.attr === '__debug__') this.error('cannot assign to __debug__', l);
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        this.error('illegal target for annotation', targ);
    }
    if (!s.simple && !this.futureAnnotations()) {
      if (this.u.scopeType === 'module' || this.u.scopeType === 'class') this.checkAnnExpr(s.annotation);
    }
  }

  // --------------------------------------------------------- functions etc

  private checkDebugArgs(args: A.Arguments): void {
    const check = (a: A.Arg | null) => {
      if (a && a.arg === '__debug__') this.error('cannot assign to __debug__', a);
    };
    for (const a of args.posonlyargs) check(a);
    for (const a of args.args) check(a);
    check(args.vararg);
    for (const a of args.kwonlyargs) check(a);
    check(args.kwarg);
  }

  private defaultArguments(l: Location, args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d);
      this.op(Op.BUILD_TUPLE, l, args.defaults.length);
      flags |= MF_DEFAULTS;
    }
    if (args.kwonlyargs.length) {
      const keys: string[] = [];
      for (let i = 0; i < args.kwonlyargs.length; i++) {
        const d = args.kw_defaults[i];
        if (d) {
          keys.push(mangle(this.u.priv, args.kwonlyargs[i]!.arg));
          this.expr(d);
        }
      }
      if (keys.length) {
        this.loadConst(new ConstTuple(keys), l);
        this.op(Op.BUILD_CONST_KEY_MAP, l, keys.length);
        flags |= MF_KWDEFAULTS;
      }
    }
    return flags;
  }

  private visitArgAnnotation(id: string, ann: A.Expr | null, l: Location, count: { n: number }): void {
    if (!ann) return;
    this.loadConst(mangle(this.u.priv, id), l);
    if (this.futureAnnotations()) {
      this.annexpr(ann);
    } else if (ann._type === 'Starred') {
      this.expr(ann.value);
      this.op(Op.UNPACK_SEQUENCE, l, 1);
    } else {
      this.expr(ann);
    }
    count.n += 2;
  }

  private visitAnnotations(l: Location, args: A.Arguments, returns: A.Expr | null): boolean {
    const c = { n: 0 };
    for (const a of args.args) this.visitArgAnnotation(a.arg, a.annotation, l, c);
    for (const a of args.posonlyargs) this.visitArgAnnotation(a.arg, a.annotation, l, c);
    if (args.vararg && args.vararg.annotation) this.visitArgAnnotation(args.vararg.arg, args.vararg.annotation, l, c);
    for (const a of args.kwonlyargs) this.visitArgAnnotation(a.arg, a.annotation, l, c);
    if (args.kwarg && args.kwarg.annotation) this.visitArgAnnotation(args.kwarg.arg, args.kwarg.annotation, l, c);
    this.visitArgAnnotation('return', returns, l, c);
    if (c.n) {
      this.op(Op.BUILD_TUPLE, l, c.n);
      return true;
    }
    return false;
  }

  private applyDecorators(decos: A.Expr[]): void {
    for (let i = decos.length - 1; i >= 0; i--) this.op(Op.CALL, loc(decos[i]!), 0);
  }

  private typeParams(tps: A.TypeParam[]): void {
    for (const tp of tps) {
      const l = loc(tp);
      this.loadConst(tp.name, l);
      switch (tp._type) {
        case 'TypeVar':
          if (tp.bound) {
            const bound = tp.bound;
            this.enterScope(tp.name, 'typeparams', tp, bound.lineno);
            this.expr(bound);
            this.op(Op.RETURN_VALUE, l);
            const co = this.assembleUnit(true);
            const fv = this.u.freevars;
            this.exitScope();
            this.makeClosure(co, fv, 0, l);
            this.op(
              Op.CALL_INTRINSIC_2,
              l,
              bound._type === 'Tuple' ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND,
            );
          } else {
            this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_TYPEVAR);
          }
          break;
        case 'TypeVarTuple':
          this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_TYPEVARTUPLE);
          break;
        case 'ParamSpec':
          this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_PARAMSPEC);
          break;
      }
      this.op(Op.COPY, l, 1);
      this.nameOp(tp.name, 'Store', l);
    }
    this.op(Op.BUILD_TUPLE, loc(tps[0]!), tps.length);
  }

  private functionDef(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
    const args = s.args;
    const decos = s.decorator_list;
    this.checkDebugArgs(args);
    for (const d of decos) this.expr(d);
    let firstlineno = s.lineno;
    if (decos.length) firstlineno = decos[0]!.lineno;
    const l = loc(s);
    const isGeneric = s.type_params.length > 0;
    if (isGeneric) this.op(Op.PUSH_NULL, l);
    let funcflags = this.defaultArguments(l, args);
    let numTypeparamArgs = 0;
    if (isGeneric) {
      if (funcflags & MF_DEFAULTS) numTypeparamArgs++;
      if (funcflags & MF_KWDEFAULTS) numTypeparamArgs++;
      if (numTypeparamArgs === 2) this.op(Op.SWAP, l, 2);
      this.enterScope(`<generic parameters of ${s.name}>`, 'typeparams', s.type_params, firstlineno);
      this.typeParams(s.type_params);
      for (let i = 0; i < numTypeparamArgs; i++) this.op(Op.LOAD_FAST, l, i);
    }
    if (this.visitAnnotations(l, args, s.returns)) funcflags |= MF_ANNOTATIONS;
    this.functionBody(s, isAsync, funcflags, firstlineno);
    if (isGeneric) {
      this.op(Op.SWAP, l, 2);
      this.op(Op.CALL_INTRINSIC_2, l, INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
      this.u.argcount = numTypeparamArgs;
      const co = this.assembleUnit(false);
      const fv = this.u.freevars;
      this.exitScope();
      this.makeClosure(co, fv, 0, l);
      if (numTypeparamArgs > 0) this.op(Op.SWAP, l, numTypeparamArgs + 1);
      this.op(Op.CALL, l, numTypeparamArgs);
    }
    this.applyDecorators(decos);
    this.nameOp(s.name, 'Store', l);
  }

  private functionBody(
    s: A.FunctionDef | A.AsyncFunctionDef,
    isAsync: boolean,
    funcflags: number,
    firstlineno: number,
  ): void {
    const args = s.args;
    const body = s.body;
    this.enterScope(s.name, isAsync ? 'async' : 'function', s, firstlineno);
    let docstring: string | null = null;
    if (this.optimize < 2) docstring = getDocString(body);
    this.u.addConst(docstring);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = docstring !== null ? 1 : 0; i < body.length; i++) this.stmt(body[i]!);
    if (this.u.ste.coroutine || this.u.ste.generator) this.wrapInStopIterationHandler();
    const co = this.assembleUnit(true);
    const fv = this.u.freevars;
    this.exitScope();
    this.makeClosure(co, fv, funcflags, loc(s));
  }

  private wrapInStopIterationHandler(): void {
    const handler = this.newLabel();
    this.u.seq.items.unshift(new Instr(Op.SETUP_CLEANUP, 0, handler, NO_LOCATION));
    this.loadConst(null, NO_LOCATION);
    this.op(Op.RETURN_VALUE, NO_LOCATION);
    this.useLabel(handler);
    this.op(Op.CALL_INTRINSIC_1, NO_LOCATION, INTRINSIC_STOPITERATION_ERROR);
    this.op(Op.RERAISE, NO_LOCATION, 1);
  }

  private classDef(s: A.ClassDef): void {
    const decos = s.decorator_list;
    for (const d of decos) this.expr(d);
    let firstlineno = s.lineno;
    if (decos.length) firstlineno = decos[0]!.lineno;
    const l = loc(s);
    const isGeneric = s.type_params.length > 0;
    if (isGeneric) {
      this.u.priv = s.name;
      this.op(Op.PUSH_NULL, l);
      this.enterScope(`<generic parameters of ${s.name}>`, 'typeparams', s.type_params, firstlineno);
      this.typeParams(s.type_params);
      this.nameOp('.type_params', 'Store', l);
    }
    this.classBody(s, firstlineno);
    if (isGeneric) {
      this.nameOp('.type_params', 'Load', l);
      this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_SUBSCRIPT_GENERIC);
      this.nameOp('.generic_base', 'Store', l);
      const nameNode: A.Name = {
        _type: 'Name',
        id: '.generic_base',
        ctx: 'Load',
        lineno: l.lineno,
        col_offset: l.col_offset,
        end_lineno: l.end_lineno,
        end_col_offset: l.end_col_offset,
      };
      this.callHelper(l, 2, [...s.bases, nameNode], s.keywords);
      const co = this.assembleUnit(false);
      const fv = this.u.freevars;
      this.exitScope();
      this.makeClosure(co, fv, 0, l);
      this.op(Op.CALL, l, 0);
    } else {
      this.callHelper(l, 2, s.bases, s.keywords);
    }
    this.applyDecorators(decos);
    this.nameOp(s.name, 'Store', l);
  }

  private classBody(s: A.ClassDef, firstlineno: number): void {
    this.enterScope(s.name, 'class', s, firstlineno);
    let l = locFrom(firstlineno, firstlineno, 0, 0);
    this.u.priv = s.name;
    this.nameOp('__name__', 'Load', l);
    this.nameOp('__module__', 'Store', l);
    this.loadConst(this.u.qualname, l);
    this.nameOp('__qualname__', 'Store', l);
    if (s.type_params.length) {
      this.nameOp('.type_params', 'Load', l);
      this.nameOp('__type_params__', 'Store', l);
    }
    if (this.u.ste.needsClassdict) {
      this.op(Op.LOAD_LOCALS, l);
      this.op(Op.STORE_DEREF, l, this.u.addCell('__classdict__'));
    }
    this.body(l, s.body);
    if (this.u.ste.needsClassdict) {
      this.op(Op.LOAD_CLOSURE, NO_LOCATION, this.u.cellMap.get('__classdict__')!);
      this.nameOp('__classdictcell__', 'Store', NO_LOCATION);
    }
    if (this.u.ste.needsClassClosure) {
      this.op(Op.LOAD_CLOSURE, NO_LOCATION, this.u.cellMap.get('__class__')!);
      this.op(Op.COPY, NO_LOCATION, 1);
      this.nameOp('__classcell__', 'Store', NO_LOCATION);
    } else {
      this.loadConst(null, NO_LOCATION);
    }
    this.op(Op.RETURN_VALUE, NO_LOCATION);
    const co = this.assembleUnit(true);
    const fv = this.u.freevars;
    this.exitScope();
    l = loc(s);
    this.op(Op.PUSH_NULL, l);
    this.op(Op.LOAD_BUILD_CLASS, l);
    this.makeClosure(co, fv, 0, l);
    this.loadConst(s.name, l);
  }

  private typeAlias(s: A.TypeAlias): void {
    const l = loc(s);
    const isGeneric = s.type_params.length > 0;
    const name = (s.name as A.Name).id;
    if (isGeneric) {
      this.op(Op.PUSH_NULL, l);
      this.enterScope(`<generic parameters of ${name}>`, 'typeparams', s.type_params, l.lineno);
      this.loadConst(name, l);
      this.typeParams(s.type_params);
    } else {
      this.loadConst(name, l);
      this.loadConst(null, l);
    }
    this.enterScope(name, 'function', s, l.lineno);
    this.u.addConst(null);
    this.expr(s.value);
    this.op(Op.RETURN_VALUE, l);
    const co = this.assembleUnit(false);
    const fv = this.u.freevars;
    this.exitScope();
    this.makeClosure(co, fv, 0, l);
    this.op(Op.BUILD_TUPLE, l, 3);
    this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_TYPEALIAS);
    if (isGeneric) {
      const co2 = this.assembleUnit(false);
      const fv2 = this.u.freevars;
      this.exitScope();
      this.makeClosure(co2, fv2, 0, l);
      this.op(Op.CALL, l, 0);
    }
    this.nameOp(name, 'Store', l);
  }

  private lambda(e: A.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const l = loc(e);
    const funcflags = this.defaultArguments(l, args);
    this.enterScope('<lambda>', 'lambda', e, e.lineno);
    this.u.addConst(null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    this.expr(e.body);
    let co: ConstCode;
    if (this.u.ste.generator) {
      co = this.assembleUnit(false);
    } else {
      this.op(Op.RETURN_VALUE, locFrom(e.lineno, e.lineno, 0, 0));
      co = this.assembleUnit(true);
    }
    const fv = this.u.freevars;
    this.exitScope();
    this.makeClosure(co, fv, funcflags, l);
  }

  // ------------------------------------------------------------ expressions

  private jumpIf(l: Location, e: A.Expr, next: Label, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(l, e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (!cond2 !== !cond) next2 = this.newLabel();
        for (let i = 0; i < n; i++) this.jumpIf(l, s[i]!, next2, cond2);
        this.jumpIf(l, s[n]!, next, cond);
        if (next2 !== next) this.useLabel(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newLabel();
        const next2 = this.newLabel();
        this.jumpIf(l, e.test, next2, false);
        this.jumpIf(l, e.body, next, cond);
        this.jump(Op.JUMP, end, NO_LOCATION);
        this.useLabel(next2);
        this.jumpIf(l, e.orelse, next, cond);
        this.useLabel(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const el = loc(e);
          const cleanup = this.newLabel();
          this.expr(e.left);
          for (let i = 0; i < n; i++) {
            this.expr(e.comparators[i]!);
            this.op(Op.SWAP, el, 2);
            this.op(Op.COPY, el, 2);
            this.compareOp(el, e.ops[i]!);
            this.jump(Op.POP_JUMP_IF_FALSE, cleanup, el);
          }
          this.expr(e.comparators[n]!);
          this.compareOp(el, e.ops[n]!);
          this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, el);
          const end = this.newLabel();
          this.jump(Op.JUMP, end, NO_LOCATION);
          this.useLabel(cleanup);
          this.op(Op.POP_TOP, el);
          if (!cond) this.jump(Op.JUMP, next, NO_LOCATION);
          this.useLabel(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.expr(e);
    this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc(e));
  }

  private compareOp(l: Location, op: A.CmpOp): void {
    switch (op) {
      case 'Is':
        this.op(Op.IS_OP, l, 0);
        return;
      case 'IsNot':
        this.op(Op.IS_OP, l, 1);
        return;
      case 'In':
        this.op(Op.CONTAINS_OP, l, 0);
        return;
      case 'NotIn':
        this.op(Op.CONTAINS_OP, l, 1);
        return;
      default: {
        const c = CMP[op]!;
        this.op(Op.COMPARE_OP, l, (c << 4) | CMP_MASK[c]!);
      }
    }
  }

  private compare(e: A.Compare): void {
    const l = loc(e);
    this.checkCompare(e);
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.expr(e.comparators[0]!);
      this.compareOp(l, e.ops[0]!);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]!);
      this.op(Op.SWAP, l, 2);
      this.op(Op.COPY, l, 2);
      this.compareOp(l, e.ops[i]!);
      this.op(Op.COPY, l, 1);
      this.jump(Op.POP_JUMP_IF_FALSE, cleanup, l);
      this.op(Op.POP_TOP, l);
    }
    this.expr(e.comparators[n]!);
    this.compareOp(l, e.ops[n]!);
    const end = this.newLabel();
    this.jump(Op.JUMP, end, NO_LOCATION);
    this.useLabel(cleanup);
    this.op(Op.SWAP, l, 2);
    this.op(Op.POP_TOP, l);
    this.useLabel(end);
  }

  private attrLoc(l: Location, attr: A.Attribute): Location {
    if (l.lineno !== attr.end_lineno) {
      l = locFrom(attr.end_lineno, l.end_lineno, l.col_offset, l.end_col_offset);
      const len = attr.attr.length;
      if (len <= attr.end_col_offset) {
        l.col_offset = attr.end_col_offset - len;
      } else {
        l.col_offset = -1;
        l.end_col_offset = -1;
      }
      l.end_lineno = Math.max(l.lineno, l.end_lineno);
      if (l.lineno === l.end_lineno) l.end_col_offset = Math.max(l.col_offset, l.end_col_offset);
    }
    return l;
  }

  /**
   * Compile an expression. A thin dispatcher: the work is in per-node
   * methods so that this frame stays small (deeply nested expressions
   * recurse through it).
   */
  private expr(e: A.Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        return this.namedExpr(e);
      case 'BoolOp':
        return this.boolOp(e);
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.op(Op.BINARY_OP, e, BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        return this.unaryOp(e);
      case 'Lambda':
        return this.lambda(e);
      case 'IfExp':
        return this.ifExp(e);
      case 'Dict':
        return this.dict(e);
      case 'Set':
        return this.starunpackHelper(e, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case 'GeneratorExp':
        return this.comprehension(e, 'genexp', '<genexpr>', e.generators, e.elt, null);
      case 'ListComp':
        return this.comprehension(e, 'list', '<listcomp>', e.generators, e.elt, null);
      case 'SetComp':
        return this.comprehension(e, 'set', '<setcomp>', e.generators, e.elt, null);
      case 'DictComp':
        return this.comprehension(e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        return this.yieldExpr(e);
      case 'YieldFrom':
        return this.yieldFrom(e);
      case 'Await':
        return this.awaitExpr(e);
      case 'Compare':
        return this.compare(e);
      case 'Call':
        return this.call(e);
      case 'Constant':
        return this.loadConst(e.value, e);
      case 'JoinedStr':
        return this.joinedStr(e);
      case 'FormattedValue':
        return this.formattedValue(e);
      case 'Attribute':
        return this.attribute(e);
      case 'Subscript':
        return this.subscript(e);
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple', e);
        return this.error("can't use starred expression here", e);
      case 'Slice':
        return this.op(Op.BUILD_SLICE, e, this.slice(e));
      case 'Name':
        return this.name(e);
      case 'List':
      case 'Tuple':
        return this.listOrTuple(e);
    }
  }

  private namedExpr(e: A.NamedExpr): void {
    this.expr(e.value);
    this.op(Op.COPY, e, 1);
    this.expr(e.target);
  }

  private boolOp(e: A.BoolOp): void {
    const l = loc(e);
    const jumpi = e.op === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
    const end = this.newLabel();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.expr(s[i]!);
      this.op(Op.COPY, l, 1);
      this.jump(jumpi, end, l);
      this.op(Op.POP_TOP, l);
    }
    this.expr(s[n]!);
    this.useLabel(end);
  }

  private unaryOp(e: A.UnaryOp): void {
    switch (e.op) {
      case 'UAdd':
        return this.op(Op.CALL_INTRINSIC_1, e, INTRINSIC_UNARY_POSITIVE);
      case 'Invert':
        return this.op(Op.UNARY_INVERT, e);
      case 'Not':
        return this.op(Op.UNARY_NOT, e);
      case 'USub':
        return this.op(Op.UNARY_NEGATIVE, e);
    }
  }

  private ifExp(e: A.IfExp): void {
    const end = this.newLabel();
    const next = this.newLabel();
    this.jumpIf(e, e.test, next, false);
    this.expr(e.body);
    this.jump(Op.JUMP, end, NO_LOCATION);
    this.useLabel(next);
    this.expr(e.orelse);
    this.useLabel(end);
  }

  private yieldExpr(e: A.Yield): void {
    const l = loc(e);
    if (!this.isFunctionLike()) this.error("'yield' outside function", l);
    if (e.value) this.expr(e.value);
    else this.loadConst(null, l);
    this.addYield(l);
  }

  private yieldFrom(e: A.YieldFrom): void {
    const l = loc(e);
    if (!this.isFunctionLike()) this.error("'yield' outside function", l);
    if (this.u.scopeType === 'async') this.error("'yield from' inside async function", l);
    this.expr(e.value);
    this.op(Op.GET_YIELD_FROM_ITER, l);
    this.loadConst(null, l);
    this.addYieldFrom(l, false);
  }

  private awaitExpr(e: A.Await): void {
    const l = loc(e);
    if (!this.isFunctionLike()) this.error("'await' outside function", l);
    if (this.u.scopeType !== 'async' && this.u.scopeType !== 'comprehension') {
      this.error("'await' outside async function", l);
    }
    this.expr(e.value);
    this.op(Op.GET_AWAITABLE, l, 0);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
  }

  private formattedValue(e: A.FormattedValue): void {
    const l = loc(e);
    this.expr(e.value);
    let oparg: number;
    switch (e.conversion) {
      case 115:
        oparg = 1;
        break;
      case 114:
        oparg = 2;
        break;
      case 97:
        oparg = 3;
        break;
      case -1:
        oparg = 0;
        break;
      default:
        this.error('Unrecognized conversion character ' + e.conversion, l);
    }
    if (e.format_spec) {
      this.expr(e.format_spec);
      oparg |= 4;
    }
    this.op(Op.FORMAT_VALUE, l, oparg);
  }

  private attribute(e: A.Attribute): void {
    const l = loc(e);
    if (e.ctx === 'Load' && this.canOptimizeSuperCall(e)) {
      const v = e.value as A.Call;
      this.loadArgsForSuper(v);
      this.opName(v.args.length ? Op.LOAD_SUPER_ATTR : Op.LOAD_ZERO_SUPER_ATTR, e.attr, l);
      this.op(Op.NOP, this.attrLoc(l, e));
      return;
    }
    this.expr(e.value);
    const al = this.attrLoc(l, e);
    switch (e.ctx) {
      case 'Load':
        this.opName(Op.LOAD_ATTR, e.attr, al);
        break;
      case 'Store':
        if (e.attr === '__debug__') this.error('cannot assign to __debug__', al);
        this.opName(Op.STORE_ATTR, e.attr, al);
        break;
      case 'Del':
        this.opName(Op.DELETE_ATTR, e.attr, al);
        break;
    }
  }

  private name(e: A.Name): void {
    if (e.ctx === 'Load' && e.id === '__debug__') {
      this.loadConst(this.optimize === 0, e);
      return;
    }
    this.nameOp(e.id, e.ctx, e);
  }

  private listOrTuple(e: A.List | A.Tuple): void {
    if (e.ctx === 'Store') return this.assignmentHelper(e, e.elts);
    if (e.ctx === 'Load') {
      return this.starunpackHelper(e, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e._type === 'Tuple');
    }
    for (const x of e.elts) this.expr(x);
  }

  private addYield(l: Location): void {
    if (this.u.ste.generator && this.u.ste.coroutine) {
      this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_ASYNC_GEN_WRAP);
    }
    this.op(Op.YIELD_VALUE, l, 0);
    this.op(Op.RESUME, l, 1);
  }

  private slice(s: A.Slice): number {
    let n = 2;
    if (s.lower) this.expr(s.lower);
    else this.loadConst(null, loc(s));
    if (s.upper) this.expr(s.upper);
    else this.loadConst(null, loc(s));
    if (s.step) {
      n++;
      this.expr(s.step);
    }
    return n;
  }

  private subscript(e: A.Subscript): void {
    const l = loc(e);
    const ctx = e.ctx;
    if (ctx === 'Load') {
      this.checkSubscripter(e.value);
      this.checkIndex(e.value, e.slice);
    }
    this.expr(e.value);
    if (isTwoElementSlice(e.slice) && ctx !== 'Del') {
      this.slice(e.slice as A.Slice);
      this.op(ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, l);
    } else {
      this.expr(e.slice);
      this.op(ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, l);
    }
  }

  private unpackHelper(l: Location, elts: A.Expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
          this.error('too many expressions in star-unpacking assignment', l);
        }
        this.op(Op.UNPACK_EX, l, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt._type === 'Starred') {
        this.error('multiple starred expressions in assignment', l);
      }
    }
    if (!seenStar) this.op(Op.UNPACK_SEQUENCE, l, n);
  }

  private assignmentHelper(l: Location, elts: A.Expr[]): void {
    this.unpackHelper(l, elts);
    for (const elt of elts) this.expr(elt._type === 'Starred' ? elt.value : elt);
  }

  private starunpackHelper(
    l: Location,
    elts: A.Expr[],
    pushed: number,
    build: number,
    add: number,
    extend: number,
    tuple: boolean,
  ): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant')) {
      const vals = elts.map((x) => (x as A.Constant).value);
      if (tuple && !pushed) {
        this.loadConst(new ConstTuple(vals), l);
      } else {
        const folded = add === Op.SET_ADD ? new ConstFrozenSet(dedupeSetItems(vals)) : new ConstTuple(vals);
        this.op(build, l, pushed);
        this.loadConst(folded, l);
        this.op(extend, l, 1);
        if (tuple) this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = hasStarred(elts);
    if (!seenStar && !big) {
      for (const x of elts) this.expr(x);
      this.op(tuple ? Op.BUILD_TUPLE : build, l, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.op(build, l, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred') {
        if (!built) {
          this.op(build, l, i + pushed);
          built = true;
        }
        this.expr(elt.value);
        this.op(extend, l, 1);
      } else {
        this.expr(elt);
        if (built) this.op(add, l, 1);
      }
    }
    if (tuple) this.op(Op.CALL_INTRINSIC_1, l, INTRINSIC_LIST_TO_TUPLE);
  }

  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const l = loc(e);
    if (n > 1 && !big) {
      let allConst = true;
      for (let i = begin; i < end; i++) if (e.keys[i]!._type !== 'Constant') allConst = false;
      if (allConst) {
        for (let i = begin; i < end; i++) this.expr(e.values[i]!);
        const keys: ConstValue[] = [];
        for (let i = begin; i < end; i++) keys.push((e.keys[i] as A.Constant).value);
        this.loadConst(new ConstTuple(keys), l);
        this.op(Op.BUILD_CONST_KEY_MAP, l, n);
        return;
      }
    }
    if (big) this.op(Op.BUILD_MAP, l, 0);
    for (let i = begin; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]!);
      if (big) this.op(Op.MAP_ADD, l, 1);
    }
    if (!big) this.op(Op.BUILD_MAP, l, n);
  }

  private dict(e: A.Dict): void {
    const l = loc(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.op(Op.DICT_UPDATE, l, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.op(Op.BUILD_MAP, l, 0);
          haveDict = true;
        }
        this.expr(e.values[i]!);
        this.op(Op.DICT_UPDATE, l, 1);
      } else {
        if (elements * 2 > STACK_USE_GUIDELINE) {
          this.subdict(e, i - elements, i + 1);
          if (haveDict) this.op(Op.DICT_UPDATE, l, 1);
          haveDict = true;
          elements = 0;
        } else {
          elements++;
        }
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.op(Op.DICT_UPDATE, l, 1);
      haveDict = true;
    }
    if (!haveDict) this.op(Op.BUILD_MAP, l, 0);
  }

  private joinedStr(e: A.JoinedStr): void {
    const l = loc(e);
    const n = e.values.length;
    if (n > STACK_USE_GUIDELINE) {
      this.loadConst('', l);
      this.opName(Op.LOAD_METHOD, 'join', l);
      this.op(Op.BUILD_LIST, l, 0);
      for (const v of e.values) {
        this.expr(v);
        this.op(Op.LIST_APPEND, l, 1);
      }
      this.op(Op.CALL, l, 1);
    } else {
      for (const v of e.values) this.expr(v);
      if (n !== 1) this.op(Op.BUILD_STRING, l, n);
    }
  }

  // --------------------------------------------------------------- warnings

  /** compiler_warn: a SyntaxWarning, reported through the options' hook. */
  private warn(msg: string, l: A.Located): void {
    this.opts.warn?.({ category: 'SyntaxWarning', message: msg, filename: this.filename, lineno: l.lineno });
  }

  private checkCompare(e: A.Compare): void {
    let left = isIsArg(e.left);
    let leftExpr = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!;
      const rightExpr = e.comparators[i]!;
      const right = isIsArg(rightExpr);
      if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
        const literal = !left ? leftExpr : rightExpr;
        const t = inferType(literal);
        this.warn(
          op === 'Is'
            ? `"is" with '${t}' literal. Did you mean "=="?`
            : `"is not" with '${t}' literal. Did you mean "!="?`,
          e,
        );
        return;
      }
      left = right;
      leftExpr = rightExpr;
    }
  }

  private checkCaller(e: A.Expr): void {
    switch (e._type) {
      case 'Constant':
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'Dict':
      case 'DictComp':
      case 'Set':
      case 'SetComp':
      case 'GeneratorExp':
      case 'JoinedStr':
      case 'FormattedValue':
        this.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`, e);
        return;
      default:
        return;
    }
  }

  private checkSubscripter(e: A.Expr): void {
    switch (e._type) {
      case 'Constant': {
        const v = e.value;
        const warns =
          v === null ||
          v === Ellipsis ||
          typeof v === 'bigint' ||
          typeof v === 'boolean' ||
          typeof v === 'number' ||
          v instanceof PyComplex ||
          v instanceof ConstFrozenSet;
        if (!warns) return;
        break;
      }
      case 'Set':
      case 'SetComp':
      case 'GeneratorExp':
      case 'Lambda':
        break;
      default:
        return;
    }
    this.warn(`'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`, e);
  }

  private checkIndex(e: A.Expr, s: A.Expr): void {
    const indexType = inferType(s);
    if (indexType === null || indexType === 'int' || indexType === 'bool' || indexType === 'slice') return;
    switch (e._type) {
      case 'Constant': {
        const v = e.value;
        if (!(typeof v === 'string' || v instanceof Uint8Array || v instanceof ConstTuple)) return;
        break;
      }
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'JoinedStr':
      case 'FormattedValue':
        break;
      default:
        return;
    }
    this.warn(
      `${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
      e,
    );
  }

  // ------------------------------------------------------------------ calls

  private validateKeywords(keywords: A.Keyword[]): void {
    const n = keywords.length;
    for (let i = 0; i < n; i++) {
      const key = keywords[i]!;
      if (key.arg === null) continue;
      if (key.arg === '__debug__') this.error('cannot assign to __debug__', key);
      for (let j = i + 1; j < n; j++) {
        const other = keywords[j]!;
        if (other.arg !== null && other.arg === key.arg) {
          this.error(`keyword argument repeated: ${key.arg}`, other);
        }
      }
    }
  }

  /** Names bound by imports at module level (CPython looks at st_top's flags). */
  private importNames: Set<string> | null = null;

  private isImportOriginated(e: A.Expr): boolean {
    if (e._type !== 'Name') return false;
    if (!this.importNames) {
      // Computed once, before inlined comprehensions can temporarily
      // override the module's symbols.
      this.importNames = new Set();
      for (const [k, v] of this.st.top.symbols) if (v & DEF_IMPORT) this.importNames.add(k);
    }
    return this.importNames.has(e.id);
  }

  private canOptimizeSuperCall(attr: A.Attribute): boolean {
    const e = attr.value;
    if (
      e._type !== 'Call' ||
      e.func._type !== 'Name' ||
      e.func.id !== 'super' ||
      attr.attr === '__class__' ||
      e.keywords.length !== 0
    ) {
      return false;
    }
    const nargs = e.args.length;
    const superName = e.func.id;
    if (this.u.ste.getScope(superName) !== GLOBAL_IMPLICIT) return false;
    if (this.st.top.getScope(superName) !== 0) return false;
    if (nargs === 2) {
      for (const a of e.args) if (a._type === 'Starred') return false;
      return true;
    }
    if (nargs !== 0) return false;
    if (this.u.argcount === 0 && this.u.posonlyargcount === 0) return false;
    if (this.getRefTypeSafe('__class__') === FREE) return true;
    return false;
  }

  private getRefTypeSafe(name: string): number {
    if (this.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) return CELL;
    return this.u.ste.getScope(name);
  }

  private loadArgsForSuper(e: A.Call): void {
    const l = loc(e);
    const fn = e.func as A.Name;
    this.nameOp(fn.id, 'Load', loc(fn));
    if (e.args.length === 2) {
      this.expr(e.args[0]!);
      this.expr(e.args[1]!);
      return;
    }
    this.nameOp('__class__', 'Load', l);
    const first = this.u.varnames[0];
    if (first === undefined) throw new Error('codegen: zero-argument super() without arguments');
    this.nameOp(first, 'Load', l);
  }

  private callSimpleKwHelper(l: Location, keywords: A.Keyword[]): void {
    const names = keywords.map((k) => k.arg as string);
    this.op(Op.KW_NAMES, l, this.u.addConst(new ConstTuple(names)));
  }

  private maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    const args = e.args;
    const kwds = e.keywords;
    if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = args.length;
    const kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    for (const a of args) if (a._type === 'Starred') return false;
    for (const k of kwds) if (k.arg === null) return false;
    let l = loc(meth);
    if (this.canOptimizeSuperCall(meth)) {
      const v = meth.value as A.Call;
      this.loadArgsForSuper(v);
      this.opName(v.args.length ? Op.LOAD_SUPER_METHOD : Op.LOAD_ZERO_SUPER_METHOD, meth.attr, l);
      l = this.attrLoc(l, meth);
      this.op(Op.NOP, l);
    } else {
      this.expr(meth.value);
      l = this.attrLoc(l, meth);
      this.opName(Op.LOAD_METHOD, meth.attr, l);
    }
    for (const a of args) this.expr(a);
    if (kwdsl) {
      for (const k of kwds) this.expr(k.value);
      this.callSimpleKwHelper(l, kwds);
    }
    l = this.attrLoc(loc(e), meth);
    this.op(Op.CALL, l, argsl + kwdsl);
    return true;
  }

  private call(e: A.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.op(Op.PUSH_NULL, loc(e.func));
    this.expr(e.func);
    this.callHelper(loc(e), 0, e.args, e.keywords);
  }

  private subkwargs(l: Location, keywords: A.Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.expr(keywords[i]!.value);
      const keys: string[] = [];
      for (let i = begin; i < end; i++) keys.push(keywords[i]!.arg as string);
      this.loadConst(new ConstTuple(keys), l);
      this.op(Op.BUILD_CONST_KEY_MAP, l, n);
      return;
    }
    if (big) this.op(Op.BUILD_MAP, NO_LOCATION, 0);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.loadConst(kw.arg, l);
      this.expr(kw.value);
      if (big) this.op(Op.MAP_ADD, NO_LOCATION, 1);
    }
    if (!big) this.op(Op.BUILD_MAP, l, n);
  }

  private callHelper(l: Location, n: number, args: A.Expr[], keywords: A.Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    if (!exCall) exCall = hasStarred(args) || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.expr(a);
      if (nkwelts) {
        for (const k of keywords) this.expr(k.value);
        this.callSimpleKwHelper(l, keywords);
      }
      this.op(Op.CALL, l, n + nelts + nkwelts);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') {
      this.expr((args[0] as A.Starred).value);
    } else {
      this.starunpackHelper(l, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(l, keywords, i - nseen, i);
            if (haveDict) this.op(Op.DICT_MERGE, l, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.op(Op.BUILD_MAP, l, 0);
            haveDict = true;
          }
          this.expr(kw.value);
          this.op(Op.DICT_MERGE, l, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(l, keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.op(Op.DICT_MERGE, l, 1);
        haveDict = true;
      }
    }
    this.op(Op.CALL_FUNCTION_EX, l, nkwelts > 0 ? 1 : 0);
  }

  // ---------------------------------------------------------- comprehensions

  private comprehension(
    e: A.Expr,
    type: 'genexp' | 'list' | 'set' | 'dict',
    name: string,
    generators: A.Comprehension[],
    elt: A.Expr,
    val: A.Expr | null,
  ): void {
    const scopeType = this.u.scopeType;
    const entry = this.st.lookup(e);
    const isInlined = entry.compInlined;
    const isAsyncGenerator = entry.coroutine;
    const l = loc(e);
    const outermost = generators[0]!;
    let state: InlineState | null = null;
    if (isInlined) {
      this.comprehensionIter(l, outermost);
      state = this.pushInlinedComprehensionState(l, entry);
    } else {
      this.enterScope(name, 'comprehension', e, e.lineno);
    }
    if (isAsyncGenerator && type !== 'genexp' && scopeType !== 'async' && scopeType !== 'comprehension') {
      this.error('asynchronous comprehension outside of an asynchronous function', l);
    }
    if (type !== 'genexp') {
      const op = type === 'list' ? Op.BUILD_LIST : type === 'set' ? Op.BUILD_SET : Op.BUILD_MAP;
      this.op(op, l, 0);
      if (isInlined) this.op(Op.SWAP, l, 2);
    }
    this.comprehensionGenerator(l, generators, 0, 0, elt, val, type, isInlined);
    if (state) {
      this.popInlinedComprehensionState(l, state);
      return;
    }
    if (type !== 'genexp') this.op(Op.RETURN_VALUE, l);
    else this.wrapInStopIterationHandler();
    const co = this.assembleUnit(true);
    const fv = this.u.freevars;
    this.exitScope();
    this.makeClosure(co, fv, 0, l);
    this.comprehensionIter(l, outermost);
    this.op(Op.CALL, l, 0);
    if (isAsyncGenerator && type !== 'genexp') {
      this.op(Op.GET_AWAITABLE, l, 0);
      this.loadConst(null, l);
      this.addYieldFrom(l, true);
    }
  }

  private comprehensionIter(l: Location, comp: A.Comprehension): void {
    this.expr(comp.iter);
    this.op(comp.is_async ? Op.GET_AITER : Op.GET_ITER, l);
  }

  private comprehensionGenerator(
    l: Location,
    generators: A.Comprehension[],
    genIndex: number,
    depth: number,
    elt: A.Expr,
    val: A.Expr | null,
    type: 'genexp' | 'list' | 'set' | 'dict',
    iterOnStack: boolean,
  ): void {
    const gen = generators[genIndex]!;
    if (gen.is_async) this.asyncComprehensionGenerator(l, generators, genIndex, depth, elt, val, type, iterOnStack);
    else this.syncComprehensionGenerator(l, generators, genIndex, depth, elt, val, type, iterOnStack);
  }

  private comprehensionElement(
    elt: A.Expr,
    val: A.Expr | null,
    type: 'genexp' | 'list' | 'set' | 'dict',
    depth: number,
  ): Location {
    let eltLoc = loc(elt);
    switch (type) {
      case 'genexp':
        this.expr(elt);
        this.addYield(eltLoc);
        this.op(Op.POP_TOP, eltLoc);
        break;
      case 'list':
        this.expr(elt);
        this.op(Op.LIST_APPEND, eltLoc, depth + 1);
        break;
      case 'set':
        this.expr(elt);
        this.op(Op.SET_ADD, eltLoc, depth + 1);
        break;
      case 'dict':
        this.expr(elt);
        this.expr(val!);
        eltLoc = locFrom(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
        this.op(Op.MAP_ADD, eltLoc, depth + 1);
        break;
    }
    return eltLoc;
  }

  private syncComprehensionGenerator(
    l: Location,
    generators: A.Comprehension[],
    genIndex: number,
    depth: number,
    elt: A.Expr,
    val: A.Expr | null,
    type: 'genexp' | 'list' | 'set' | 'dict',
    iterOnStack: boolean,
  ): void {
    let start: Label | null = this.newLabel();
    const ifCleanup = this.newLabel();
    const anchor = this.newLabel();
    const gen = generators[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.op(Op.LOAD_FAST, l, 0);
      } else {
        let elts: A.Expr[] | null = null;
        if (gen.iter._type === 'List' || gen.iter._type === 'Tuple') elts = gen.iter.elts;
        if (elts && elts.length === 1 && elts[0]!._type !== 'Starred') {
          this.expr(elts[0]!);
          start = null;
        }
        if (start) {
          this.expr(gen.iter);
          this.op(Op.GET_ITER, l);
        }
      }
    }
    if (start) {
      depth++;
      this.useLabel(start);
      this.jump(Op.FOR_ITER, anchor, l);
    }
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(l, cond, ifCleanup, false);
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(l, generators, genIndex, depth, elt, val, type, false);
    }
    let eltLoc = loc(elt);
    if (genIndex >= generators.length) eltLoc = this.comprehensionElement(elt, val, type, depth);
    this.useLabel(ifCleanup);
    if (start) {
      this.jump(Op.JUMP, start, eltLoc);
      this.useLabel(anchor);
      this.op(Op.END_FOR, NO_LOCATION);
    }
  }

  private asyncComprehensionGenerator(
    l: Location,
    generators: A.Comprehension[],
    genIndex: number,
    depth: number,
    elt: A.Expr,
    val: A.Expr | null,
    type: 'genexp' | 'list' | 'set' | 'dict',
    iterOnStack: boolean,
  ): void {
    const start = this.newLabel();
    const except = this.newLabel();
    const ifCleanup = this.newLabel();
    const gen = generators[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.op(Op.LOAD_FAST, l, 0);
      } else {
        this.expr(gen.iter);
        this.op(Op.GET_AITER, l);
      }
    }
    this.useLabel(start);
    this.pushFblock(FB.ASYNC_COMPREHENSION_GENERATOR, start, null, null, l);
    this.jump(Op.SETUP_FINALLY, except, l);
    this.op(Op.GET_ANEXT, l);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.op(Op.POP_BLOCK, l);
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(l, cond, ifCleanup, false);
    depth++;
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(l, generators, genIndex, depth, elt, val, type, false);
    }
    let eltLoc = loc(elt);
    if (genIndex >= generators.length) eltLoc = this.comprehensionElement(elt, val, type, depth);
    this.useLabel(ifCleanup);
    this.jump(Op.JUMP, start, eltLoc);
    this.popFblock();
    this.useLabel(except);
    this.op(Op.END_ASYNC_FOR, l);
  }

  private pushInlinedComprehensionState(l: Location, entry: SymbolTableEntry): InlineState {
    const u = this.u;
    const inClassBlock = u.ste.type === 'ClassBlock' && !u.inInlinedComp;
    u.inInlinedComp++;
    const state: InlineState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: null, end: null };
    for (const [k, symbol] of entry.symbols) {
      const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
      const outv = u.ste.symbols.get(k) ?? 0;
      const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
      // __class__ is not inlined into a class scope (see the symbol table):
      // it stays a global there, as in CPython releases after 3.12.1.
      if (inClassBlock && k === '__class__' && scope === FREE && outsc === GLOBAL_IMPLICIT) continue;
      if ((scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) || inClassBlock) {
        (state.tempSymbols ??= new Map()).set(k, outv);
        u.ste.symbols.set(k, symbol);
      }
      if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
        if (!u.ste.isFunctionLike()) {
          if (u.fasthidden.get(k) !== true) {
            u.fasthidden.set(k, true);
            (state.fastHidden ??= []).push(k);
          }
        }
        (state.pushedLocals ??= []).push(k);
        this.op(Op.LOAD_FAST_AND_CLEAR, l, u.addVar(k));
        if (scope === CELL) {
          if (outsc === FREE) this.op(Op.MAKE_CELL, l, this.derefIndex(k, true));
          else this.op(Op.MAKE_CELL, l, this.derefIndex(k, false));
        }
      }
    }
    if (state.pushedLocals) {
      this.op(Op.SWAP, l, state.pushedLocals.length + 1);
      state.cleanup = this.newLabel();
      state.end = this.newLabel();
      this.jump(Op.SETUP_FINALLY, state.cleanup, l);
    }
    return state;
  }

  private restoreInlinedComprehensionLocals(l: Location, state: InlineState): void {
    const pushed = state.pushedLocals!;
    this.op(Op.SWAP, l, pushed.length + 1);
    for (let i = pushed.length - 1; i >= 0; i--) {
      this.op(Op.STORE_FAST_MAYBE_NULL, l, this.u.addVar(pushed[i]!));
    }
  }

  private popInlinedComprehensionState(l: Location, state: InlineState): void {
    const u = this.u;
    u.inInlinedComp--;
    if (state.tempSymbols) {
      for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
    }
    if (state.pushedLocals) {
      this.op(Op.POP_BLOCK, NO_LOCATION);
      this.jump(Op.JUMP, state.end!, NO_LOCATION);
      this.useLabel(state.cleanup!);
      this.op(Op.SWAP, NO_LOCATION, 2);
      this.op(Op.POP_TOP, NO_LOCATION);
      this.restoreInlinedComprehensionLocals(l, state);
      this.op(Op.RERAISE, NO_LOCATION, 0);
      this.useLabel(state.end!);
      this.restoreInlinedComprehensionLocals(l, state);
    }
    if (state.fastHidden) {
      for (const k of state.fastHidden) u.fasthidden.set(k, false);
    }
  }
}

interface InlineState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: string[] | null;
  cleanup: Label | null;
  end: Label | null;
}

