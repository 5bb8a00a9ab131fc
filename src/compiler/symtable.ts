/**
 * The symbol table: CPython 3.12's Python/symtable.c in TypeScript.
 *
 * One `SymbolTableEntry` per scope (module, class, function, lambda,
 * comprehension, annotation / type-parameter scopes of PEP 695), keyed by the
 * AST node that opens it. A first pass records how each name is used (flags
 * DEF_*), a second pass (`analyze`) resolves every name to a scope (LOCAL,
 * GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) exactly as CPython does,
 * including PEP 709 inlining of list/set/dict comprehensions.
 */
import type * as A from './ast.js';
import { PySyntaxError } from './errors.js';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType =
  | 'FunctionBlock'
  | 'ClassBlock'
  | 'ModuleBlock'
  | 'AnnotationBlock'
  | 'TypeVarBoundBlock'
  | 'TypeAliasBlock'
  | 'TypeParamBlock';

export type ComprehensionType = 0 | 'list' | 'set' | 'dict' | 'genexp';

export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;

interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  readonly varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  directives: { name: string; loc: Loc }[] | null = null;
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType = 0;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;
  childFree = false;
  free = false;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly lineno: number,
    readonly col_offset: number,
  ) {}

  isFunctionLike(): boolean {
    const t = this.type;
    return t === 'FunctionBlock' || t === 'TypeVarBoundBlock' || t === 'TypeAliasBlock' || t === 'TypeParamBlock';
  }

  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  getScope(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}

export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || ident.charCodeAt(0) !== 95 || ident.charCodeAt(1) !== 95) return ident;
  const n = ident.length;
  if ((ident.charCodeAt(n - 1) === 95 && ident.charCodeAt(n - 2) === 95) || ident.includes('.')) return ident;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return ident;
  return '_' + privateName.slice(i) + ident;
}

export function getDocString(body: A.Stmt[]): string | null {
  if (body.length === 0) return null;
  const st = body[0]!;
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'Constant' && typeof e.value === 'string') return e.value;
  return null;
}

/** Convert a 0-based UTF-16 column into CPython's 1-based code point offset. */
export function utf16ColToOffset(line: string | null, col: number): number {
  if (col < 0) return 0;
  if (line === null) return col + 1;
  let cps = 0;
  const lim = Math.min(col, line.length);
  for (let i = 0; i < lim; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = line.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    cps++;
  }
  return cps + (col - lim) + 1;
}

export function makeSyntaxError(
  msg: string,
  filename: string,
  lines: readonly string[] | null,
  loc: Loc,
): PySyntaxError {
  const lineno = loc.lineno;
  let text: string | null = null;
  if (lines && lineno >= 1 && lineno <= lines.length) text = lines[lineno - 1]!;
  const offset = utf16ColToOffset(text, loc.col_offset);
  let endText: string | null = text;
  if (lines && loc.end_lineno !== lineno && loc.end_lineno >= 1 && loc.end_lineno <= lines.length) {
    endText = lines[loc.end_lineno - 1]!;
  }
  const endOffset = loc.end_col_offset < 0 ? 0 : utf16ColToOffset(endText, loc.end_col_offset);
  const endLineno = loc.end_lineno < 0 ? lineno : loc.end_lineno;
  return new PySyntaxError('SyntaxError', msg, filename, lineno, offset, text, endLineno, endOffset);
}

export class SymbolTable {
  readonly entries = new Map<object, SymbolTableEntry>();
  top!: SymbolTableEntry;
  private stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private global!: Map<string, number>;
  private priv: string | null = null;

  constructor(
    readonly filename: string,
    readonly futureFeatures: number,
    private readonly lines: readonly string[] | null,
  ) {}

  lookup(key: object): SymbolTableEntry {
    const e = this.entries.get(key);
    if (!e) throw new Error('symtable: no entry for node');
    return e;
  }

  error(msg: string, loc: Loc): never {
    throw makeSyntaxError(msg, this.filename, this.lines, loc);
  }

  // ------------------------------------------------------------------ build

  build(mod: A.Mod): this {
    const key = mod;
    this.enterBlock('top', 'ModuleBlock', key, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    switch (mod._type) {
      case 'Module':
      case 'Interactive':
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      case 'FunctionType':
        for (const e of mod.argtypes) this.visitExpr(e);
        this.visitExpr(mod.returns);
        break;
    }
    this.exitBlock();
    this.analyze();
    return this;
  }

  private enterBlock(name: string, type: BlockType, key: object, loc: Loc): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, key, loc.lineno, loc.col_offset);
    if (prev && (prev.nested || prev.isFunctionLike())) ste.nested = true;
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.stack.push(ste);
    this.cur = ste;
    if (type === 'AnnotationBlock') return;
    this.entries.set(key, ste);
    if (type === 'ModuleBlock') this.global = ste.symbols;
    if (prev) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1]!;
  }

  private addDefHelper(name: string, flag: number, ste: SymbolTableEntry, loc: Loc): void {
    const mangled = mangle(this.priv, name);
    const o = ste.symbols.get(mangled);
    let val: number;
    if (o !== undefined) {
      if (flag & DEF_PARAM && o & DEF_PARAM) this.error(`duplicate argument '${name}' in function definition`, loc);
      if (flag & DEF_TYPE_PARAM && o & DEF_TYPE_PARAM) this.error(`duplicate type parameter '${name}'`, loc);
      val = o | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  private recordDirective(name: string, loc: Loc): void {
    const ste = this.cur;
    (ste.directives ??= []).push({ name: mangle(this.priv, name), loc });
  }

  private symLookup(name: string): number {
    return this.cur.getSymbol(mangle(this.priv, name));
  }

  // ------------------------------------------------------------- statements

  private visitStmts(body: A.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(es: (A.Expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  private visitStmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunctionDef(s);
        break;
      case 'ClassDef':
        this.visitClassDef(s);
        break;
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'TypeAlias':
        this.visitTypeAlias(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitGlobalNonlocal(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private visitFunctionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, true, s.args.kw_defaults.some((d) => d !== null), 'func', s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitAnnotations(s, s.args, s.returns);
    this.enterBlock(s.name, 'FunctionBlock', s, s);
    if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitClassDef(s: A.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.decorator_list);
    const tmp = this.priv;
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, false, false, 'class', s);
      this.priv = s.name;
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.enterBlock(s.name, 'ClassBlock', s, s);
    this.priv = s.name;
    if (generic) {
      const tploc = s.type_params[0]!;
      this.addDef('__type_params__', DEF_LOCAL, tploc);
      this.addDef('.type_params', USE, tploc);
    }
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
    this.priv = tmp;
  }

  private visitTypeAlias(s: A.TypeAlias): void {
    this.visitExpr(s.name);
    const name = (s.name as A.Name).id;
    const inClass = this.cur.type === 'ClassBlock';
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(name, s.type_params, false, false, 'alias', s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.enterBlock(name, 'TypeAliasBlock', s, s);
    this.cur.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', USE, s.value);
    this.visitExpr(s.value);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitAnnAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (t._type === 'Name') {
      const cur = this.symLookup(t.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
        this.error(
          cur & DEF_GLOBAL ? `annotated name '${t.id}' can't be global` : `annotated name '${t.id}' can't be nonlocal`,
          s,
        );
      }
      if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
      else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
    } else {
      this.visitExpr(t);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private visitGlobalNonlocal(s: A.Global | A.Nonlocal): void {
    const isGlobal = s._type === 'Global';
    const kw = isGlobal ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.symLookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
        else msg = `name '${name}' is assigned to before ${kw} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private enterTypeParamBlock(
    name: string,
    key: object,
    hasDefaults: boolean,
    hasKwDefaults: boolean,
    kind: 'func' | 'class' | 'alias',
    loc: Loc,
  ): void {
    const currentType = this.cur.type;
    this.enterBlock(name, 'TypeParamBlock', key, loc);
    if (currentType === 'ClassBlock') {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, loc);
    }
    if (kind === 'class') {
      this.addDef('.type_params', DEF_LOCAL, loc);
      this.addDef('.type_params', USE, loc);
      this.priv = name;
      this.addDef('.generic_base', DEF_LOCAL, loc);
      this.addDef('.generic_base', USE, loc);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, loc);
  }

  private visitTypeParam(tp: A.TypeParam): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp._type === 'TypeVar' && tp.bound) {
      const inClass = this.cur.canSeeClassScope;
      this.enterBlock(tp.name, 'TypeVarBoundBlock', tp, tp);
      this.cur.canSeeClassScope = inClass;
      if (inClass) this.addDef('__classdict__', USE, tp.bound);
      this.visitExpr(tp.bound);
      this.exitBlock();
    }
  }

  private visitPattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  private visitAlias(a: A.Alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== 'ModuleBlock') {
      this.error('import * only allowed at module level', a);
    }
  }

  private visitArguments(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitAnnotation(e: A.Expr): void {
    const future = (this.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock('_annotation', 'AnnotationBlock', e, e);
    this.visitExpr(e);
    if (future) this.exitBlock();
  }

  private visitAnnotations(o: Loc & object, a: A.Arguments, returns: A.Expr | null): void {
    const future = (this.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock('_annotation', 'AnnotationBlock', o, o);
    for (const p of a.posonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    for (const p of a.args) if (p.annotation) this.visitExpr(p.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    if (future) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  // ------------------------------------------------------------ expressions

  private raiseIfAnnotationBlock(name: string, e: Loc): void {
    const t = this.cur.type;
    if (t === 'AnnotationBlock') this.error(`${name} cannot be used within an annotation`, e);
    if (t === 'TypeVarBoundBlock') this.error(`${name} cannot be used within a TypeVar bound`, e);
    if (t === 'TypeAliasBlock') this.error(`${name} cannot be used within a type alias`, e);
    if (t === 'TypeParamBlock') this.error(`${name} cannot be used within the definition of a generic`, e);
  }

  private raiseIfComprehensionBlock(e: Loc): void {
    const t = this.cur.comprehension;
    this.error(
      t === 'list'
        ? "'yield' inside list comprehension"
        : t === 'set'
          ? "'yield' inside set comprehension"
          : t === 'dict'
            ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression",
      e,
    );
  }

  private extendNamedExprScope(e: A.Name): void {
    const target = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        if (ste.getSymbol(target) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e);
        }
        continue;
      }
      if (ste.type === 'FunctionBlock') {
        if (ste.getSymbol(target) & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, e);
        else this.addDef(target, DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === 'ModuleBlock') {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      switch (ste.type) {
        case 'ClassBlock':
          this.error('assignment expression within a comprehension cannot be used in a class body', e);
        // falls through (unreachable)
        case 'TypeParamBlock':
          this.error('assignment expression within a comprehension cannot be used within the definition of a generic', e);
        // falls through
        case 'TypeAliasBlock':
          this.error('assignment expression within a comprehension cannot be used in a type alias', e);
        // falls through
        case 'TypeVarBoundBlock':
          this.error('assignment expression within a comprehension cannot be used in a TypeVar bound', e);
        // falls through
        default:
          break;
      }
    }
    throw new Error('symtable: no scope for named expression');
  }

  private visitExpr(e: A.Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        if (this.cur.compIterExpr > 0) {
          this.error('assignment expression cannot be used in a comprehension iterable expression', e);
        }
        if (this.cur.comprehension && e.target._type === 'Name') this.extendNamedExprScope(e.target);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        if (this.cur.canSeeClassScope) this.error('Cannot use lambda in annotation scope within class scope', e);
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'FunctionBlock', e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.isFunctionLike() && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private handleComprehension(
    e: A.Expr,
    scopeName: string,
    generators: A.Comprehension[],
    elt: A.Expr,
    value: A.Expr | null,
  ): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0]!;
    if (this.cur.canSeeClassScope) this.error('Cannot use comprehension in annotation scope within class scope', e);
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'FunctionBlock', e, e);
    const ste = this.cur;
    ste.comprehension =
      e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set' : e._type === 'DictComp' ? 'dict' : 'genexp';
    if (outermost.is_async) ste.coroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i]!;
      ste.compIterTarget = true;
      this.visitExpr(lc.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.visitExpr(lc.iter);
      ste.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) ste.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    ste.generator = isGenerator;
    const isAsync = ste.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  // --------------------------------------------------------------- analysis

  private errorAtDirective(ste: SymbolTableEntry, name: string): never {
    for (const d of ste.directives ?? []) {
      if (d.name === name) this.error(this.pendingMsg, d.loc);
    }
    throw new Error('symtable: internal directive bookkeeping broken');
  }
  private pendingMsg = '';

  private analyze(): void {
    this.analyzeBlock(this.top, null, new Set(), new Set(), new Set(), null);
  }

  private analyzeName(
    ste: SymbolTableEntry,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: SymbolTableEntry | null,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) {
        this.pendingMsg = `name '${name}' is nonlocal and global`;
        this.errorAtDirective(ste, name);
      }
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) {
        this.pendingMsg = 'nonlocal declaration not allowed at module level';
        this.errorAtDirective(ste, name);
      }
      if (!bound.has(name)) {
        this.pendingMsg = `no binding for nonlocal '${name}' found`;
        this.errorAtDirective(ste, name);
      }
      if (typeParams.has(name)) {
        this.pendingMsg = `nonlocal binding not allowed for type parameter '${name}'`;
        this.errorAtDirective(ste, name);
      }
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    if (classEntry) {
      const cf = classEntry.getSymbol(name);
      if (cf & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      } else if (cf & DEF_BOUND && !(cf & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private analyzeBlock(
    ste: SymbolTableEntry,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: SymbolTableEntry | null,
  ): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    const inlinedCells = new Set<string>();

    if (ste.type === 'ClassBlock') {
      for (const n of global) newglobal.add(n);
      if (bound) for (const n of bound) newbound.add(n);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
    }
    if (ste.type !== 'ClassBlock') {
      if (ste.isFunctionLike()) for (const n of local) newbound.add(n);
      if (bound) for (const n of bound) newbound.add(n);
      for (const n of global) newglobal.add(n);
    } else {
      newbound.add('__class__');
      newbound.add('__classdict__');
    }

    const allfree = new Set<string>();
    for (const entry of ste.children) {
      let newClassEntry: SymbolTableEntry | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type === 'ClassBlock') newClassEntry = ste;
        else if (classEntry) newClassEntry = classEntry;
      }
      const inlineComp = entry.comprehension !== 0 && !entry.generator && !ste.canSeeClassScope;
      const childFree = new Set<string>(newfree);
      this.analyzeBlock(
        entry,
        new Set(newbound),
        childFree,
        new Set(newglobal),
        new Set(typeParams),
        newClassEntry,
      );
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      for (const n of childFree) allfree.add(n);
      if (entry.free || entry.childFree) ste.childFree = true;
    }
    for (const n of allfree) newfree.add(n);

    // Splice children of inlined comprehensions into our children list.
    if (ste.children.some((c) => c.compInlined)) {
      const out: SymbolTableEntry[] = [];
      const splice = (list: SymbolTableEntry[]) => {
        for (const c of list) {
          if (c.compInlined) out.push(...c.children);
          else out.push(c);
        }
      };
      splice(ste.children);
      ste.children = out;
    }

    if (ste.isFunctionLike()) this.analyzeCells(scopes, newfree, inlinedCells);
    else if (ste.type === 'ClassBlock') this.dropClassFree(ste, newfree);

    this.updateSymbols(
      ste.symbols,
      scopes,
      bound,
      newfree,
      inlinedCells,
      ste.type === 'ClassBlock' || ste.canSeeClassScope,
    );
    for (const n of newfree) free.add(n);
  }

  private isFreeInAnyChild(entry: SymbolTableEntry, key: string): boolean {
    for (const c of entry.children) {
      if (c.getScope(key) === FREE) return true;
    }
    return false;
  }

  private inlineComprehension(
    ste: SymbolTableEntry,
    comp: SymbolTableEntry,
    scopes: Map<string, number>,
    compFree: Set<string>,
    inlinedCells: Set<string>,
  ): void {
    for (const [k, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue;
      let scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
      let onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
      const existing = ste.symbols.get(k);
      if (existing === undefined) {
        // 3.12.1 crashes (SystemError) compiling `class C: [__class__ for _ in ()]`;
        // later releases do not inline __class__ into the class scope: so do we.
        if (scope === FREE && ste.type === 'ClassBlock' && k === '__class__') {
          scope = GLOBAL_IMPLICIT;
          onlyFlags &= ~DEF_FREE;
          compFree.delete(k);
        }
        ste.symbols.set(k, onlyFlags);
        scopes.set(k, scope);
      } else {
        if (existing & DEF_BOUND && !this.isFreeInAnyChild(comp, k) && ste.type !== 'ClassBlock') {
          compFree.delete(k);
        }
      }
    }
  }

  private analyzeCells(scopes: Map<string, number>, free: Set<string>, inlinedCells: Set<string>): void {
    for (const [name, scope] of scopes) {
      if (scope !== LOCAL) continue;
      if (!free.has(name) && !inlinedCells.has(name)) continue;
      scopes.set(name, CELL);
      free.delete(name);
    }
  }

  private dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
    if (free.delete('__class__')) ste.needsClassClosure = true;
    if (free.delete('__classdict__')) ste.needsClassdict = true;
  }

  private updateSymbols(
    symbols: Map<string, number>,
    scopes: Map<string, number>,
    bound: Set<string> | null,
    free: Set<string>,
    inlinedCells: Set<string>,
    classflag: boolean,
  ): void {
    for (const [name, v] of symbols) {
      let flags = v;
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      const scope = scopes.get(name) ?? 0;
      symbols.set(name, flags | (scope << SCOPE_OFFSET));
    }
    const vFree = FREE << SCOPE_OFFSET;
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      symbols.set(name, vFree);
    }
  }
}

export function buildSymtable(
  mod: A.Mod,
  filename: string,
  futureFeatures: number,
  lines: readonly string[] | null = null,
): SymbolTable {
  return new SymbolTable(filename, futureFeatures, lines).build(mod);
}

