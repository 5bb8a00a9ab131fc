/**
 * `match` statements: CPython 3.12's compiler_match and its pattern helpers
 * (Python/compile.c), instruction for instruction.
 *
 * How a pattern is compiled: the subject is on top of the stack; a pattern
 * consumes it, and on success leaves the objects its names capture on the
 * stack (the last one captured deepest; `stores` lists the names, first
 * captured first, so storing them in order pops them in order). On failure
 * it jumps to `failPop[n]`, where n is the number of objects to pop: the
 * items the pattern keeps on top (`onTop`) plus the captures so far. The
 * fail_pop blocks are POP_TOPs falling through into each other, emitted after
 * the case.
 */
import type {
  CmpOp,
  ConstValue,
  Expr,
  Located,
  Match,
  MatchAs,
  MatchClass,
  MatchMapping,
  MatchOr,
  MatchSequence,
  Pattern,
} from './ast.js';
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex } from './ast.js';
import type { CodegenContext } from './codegen-context.js';
import type { Label, Location } from './instructions.js';
import { NO_LOCATION } from './instructions.js';
import { Op, NB } from '../bytecode/opcodes.js';

interface PatternContext {
  /** The names captured so far, in capture order. */
  stores: string[];
  /** If false, an irrefutable pattern (a capture or wildcard) is an error. */
  allowIrrefutable: boolean;
  /** Jumping to failPop[i] pops i items. */
  failPop: Label[];
  /** Items on top of the stack that must stay there (captures go beneath them). */
  onTop: number;
}

/** Compile a `match` statement (compiler_match). */
export function compileMatch(ctx: CodegenContext, node: Match): void {
  new MatchCompiler(ctx).match(node);
}

const CMP_INDEX: Partial<Record<CmpOp, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
/** compare_masks: the low bits of COMPARE_OP's argument (LT 2, GT 4, EQ 8, unordered 1). */
const CMP_MASK = [2, 10, 8, 7, 4, 12];

function isWildcard(p: Pattern): boolean {
  return p._type === 'MatchAs' && p.name === null;
}

function isWildcardStar(p: Pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

class MatchCompiler {
  constructor(private readonly ctx: CodegenContext) {}

  // ------------------------------------------------------------- helpers

  private op(opcode: number, oparg: number, loc: Location): void {
    this.ctx.emit(opcode, oparg, loc);
  }

  private loadConst(value: ConstValue, loc: Location): void {
    this.ctx.emit(Op.LOAD_CONST, this.ctx.addConst(value), loc);
  }

  /** compiler_addcompare. */
  private compare(op: CmpOp, loc: Location): void {
    switch (op) {
      case 'Is':
        return this.op(Op.IS_OP, 0, loc);
      case 'IsNot':
        return this.op(Op.IS_OP, 1, loc);
      case 'In':
        return this.op(Op.CONTAINS_OP, 0, loc);
      case 'NotIn':
        return this.op(Op.CONTAINS_OP, 1, loc);
      default: {
        const c = CMP_INDEX[op]!;
        return this.op(Op.COMPARE_OP, (c << 4) | CMP_MASK[c]!, loc);
      }
    }
  }

  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(this.ctx.newLabel());
  }

  /** jump_to_fail_pop: pop what is on top plus the captures, then fail. */
  private jumpToFailPop(pc: PatternContext, opcode: number, loc: Location): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.ctx.emitJump(opcode, pc.failPop[pops]!, loc);
  }

  /** emit_and_reset_fail_pop. */
  private emitAndResetFailPop(pc: PatternContext, loc: Location): void {
    if (pc.failPop.length === 0) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.ctx.useLabel(pc.failPop[i]!);
      this.op(Op.POP_TOP, 0, loc);
    }
    this.ctx.useLabel(pc.failPop[0]!);
    pc.failPop = [];
  }

  /** pattern_helper_rotate: move the top item count-1 places down. */
  private rotate(count: number, loc: Location): void {
    while (count > 1) this.op(Op.SWAP, count--, loc);
  }

  private forbiddenName(name: string, node: Located): void {
    if (name === '__debug__') this.ctx.error('cannot assign to __debug__', node);
  }

  /** pattern_helper_store_name. */
  private storeName(name: string | null, pc: PatternContext, node: Located): void {
    const loc = this.ctx.loc(node);
    if (name === null) {
      this.op(Op.POP_TOP, 0, loc);
      return;
    }
    this.forbiddenName(name, node);
    if (pc.stores.includes(name)) this.ctx.error(`multiple assignments to name ${pyRepr(name)} in pattern`, node);
    // Rotate this object underneath any items we need to preserve:
    this.rotate(pc.onTop + pc.stores.length + 1, loc);
    pc.stores.push(name);
  }

  // ---------------------------------------------------------- the statement

  match(s: Match): void {
    const ctx = this.ctx;
    ctx.visitExpr(s.subject);
    const end = ctx.newLabel();
    const cases = s.cases.length;
    let m = s.cases[cases - 1]!;
    const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i]!;
      const loc = ctx.loc(m.pattern);
      // Only copy the subject if we're *not* on the last case:
      if (i !== cases - hasDefault - 1) this.op(Op.COPY, 1, loc);
      const pc: PatternContext = {
        stores: [],
        // Irrefutable cases must be either guarded, last, or both:
        allowIrrefutable: m.guard !== null || i === cases - 1,
        failPop: [],
        onTop: 0,
      };
      this.pattern(m.pattern, pc);
      // It's a match! Store all of the captured names (they're on the stack).
      for (const name of pc.stores) ctx.nameOp(name, 'Store', loc);
      if (m.guard !== null) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0]!, false);
      }
      // Success! Pop the subject off, we're done with it:
      if (i !== cases - hasDefault - 1) this.op(Op.POP_TOP, 0, loc);
      ctx.visitStmts(m.body);
      ctx.emitJump(Op.JUMP, end, NO_LOCATION);
      // A failed pattern's cleanup belongs to the pattern's line, not the body's.
      this.emitAndResetFailPop(pc, loc);
    }
    if (hasDefault) {
      // A trailing "case _" is common, and saves a bit of pushing and popping:
      m = s.cases[cases - 1]!;
      const loc = ctx.loc(m.pattern);
      if (cases === 1) {
        // No matches. Done with the subject:
        this.op(Op.POP_TOP, 0, loc);
      } else {
        // Show line coverage for default case (it doesn't create bytecode)
        this.op(Op.NOP, 0, loc);
      }
      if (m.guard !== null) this.jumpIf(m.guard, end, false);
      ctx.visitStmts(m.body);
    }
    ctx.useLabel(end);
  }

  /**
   * compiler_jump_if: jump to `next` when `e` is (cond) true / (!cond) false,
   * with CPython's short cuts for not, and/or, conditional expressions and
   * chained comparisons.
   */
  private jumpIf(e: Expr, next: Label, cond: boolean): void {
    const ctx = this.ctx;
    switch (e._type) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = ctx.newLabel();
        for (let i = 0; i < n; i++) this.jumpIf(s[i]!, next2, cond2);
        this.jumpIf(s[n]!, next, cond);
        if (next2 !== next) ctx.useLabel(next2);
        return;
      }
      case 'IfExp': {
        const end = ctx.newLabel();
        const next2 = ctx.newLabel();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        ctx.emitJump(Op.JUMP, end, NO_LOCATION);
        ctx.useLabel(next2);
        this.jumpIf(e.orelse, next, cond);
        ctx.useLabel(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          const loc = ctx.loc(e);
          const cleanup = ctx.newLabel();
          ctx.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            ctx.visitExpr(e.comparators[i]!);
            this.op(Op.SWAP, 2, loc);
            this.op(Op.COPY, 2, loc);
            this.compare(e.ops[i]!, loc);
            ctx.emitJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
          }
          ctx.visitExpr(e.comparators[n]!);
          this.compare(e.ops[n]!, loc);
          ctx.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
          const end = ctx.newLabel();
          ctx.emitJump(Op.JUMP, end, NO_LOCATION);
          ctx.useLabel(cleanup);
          this.op(Op.POP_TOP, 0, loc);
          if (!cond) ctx.emitJump(Op.JUMP, next, NO_LOCATION);
          ctx.useLabel(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    ctx.visitExpr(e);
    ctx.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, ctx.loc(e));
  }

  // ------------------------------------------------------------ patterns

  /** compiler_pattern. */
  private pattern(p: Pattern, pc: PatternContext): void {
    switch (p._type) {
      case 'MatchValue': {
        const value = p.value;
        if (value._type !== 'Constant' && value._type !== 'Attribute') {
          this.ctx.error('patterns may only match literals and attribute lookups', p);
        }
        this.ctx.visitExpr(value);
        const loc = this.ctx.loc(p);
        this.compare('Eq', loc);
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
        return;
      }
      case 'MatchSingleton': {
        const loc = this.ctx.loc(p);
        this.loadConst(p.value, loc);
        this.compare('Is', loc);
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
        return;
      }
      case 'MatchSequence':
        return this.sequence(p, pc);
      case 'MatchMapping':
        return this.mapping(p, pc);
      case 'MatchClass':
        return this.classPattern(p, pc);
      case 'MatchStar':
        return this.storeName(p.name, pc, p);
      case 'MatchAs':
        return this.as(p, pc);
      case 'MatchOr':
        return this.or(p, pc);
    }
  }

  /** compiler_pattern_subpattern: like pattern(), but irrefutable patterns are fine. */
  private subpattern(p: Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private as(p: MatchAs, pc: PatternContext): void {
    if (p.pattern === null) {
      // An irrefutable match:
      if (!pc.allowIrrefutable) {
        if (p.name !== null) {
          this.ctx.error(`name capture ${pyRepr(p.name)} makes remaining patterns unreachable`, p);
        }
        this.ctx.error('wildcard makes remaining patterns unreachable', p);
      }
      this.storeName(p.name, pc, p);
      return;
    }
    // Need to make a copy for (possibly) storing later:
    pc.onTop++;
    this.op(Op.COPY, 1, this.ctx.loc(p));
    this.pattern(p.pattern, pc);
    // Success! Store it:
    pc.onTop--;
    this.storeName(p.name, pc, p);
  }

  private sequence(p: MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    // Find a starred name, if it exists. There may be at most one:
    for (let i = 0; i < size; i++) {
      const q = patterns[i]!;
      if (q._type === 'MatchStar') {
        if (star >= 0) this.ctx.error('multiple starred names in sequence pattern', p);
        starWildcard = isWildcardStar(q);
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(q);
    }
    const loc = this.ctx.loc(p);
    // We need to keep the subject on top during the sequence and length checks:
    pc.onTop++;
    this.op(Op.MATCH_SEQUENCE, 0, loc);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    if (star < 0) {
      // No star: len(subject) == size
      this.op(Op.GET_LEN, 0, loc);
      this.loadConst(BigInt(size), loc);
      this.compare('Eq', loc);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    } else if (size > 1) {
      // Star: len(subject) >= size - 1
      this.op(Op.GET_LEN, 0, loc);
      this.loadConst(BigInt(size - 1), loc);
      this.compare('GtE', loc);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    }
    // Whatever comes next should consume the subject:
    pc.onTop--;
    if (onlyWildcard) {
      // Patterns like: [] / [_] / [_, _] / [*_] / [_, *_] / [_, _, *_] / etc.
      this.op(Op.POP_TOP, 0, loc);
    } else if (starWildcard) {
      this.sequenceSubscr(p, star, pc);
    } else {
      this.sequenceUnpack(p, pc);
    }
  }

  /** pattern_helper_sequence_unpack: UNPACK_SEQUENCE / UNPACK_EX, then each subpattern. */
  private sequenceUnpack(p: MatchSequence, pc: PatternContext): void {
    const loc = this.ctx.loc(p);
    const elts = p.patterns;
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'MatchStar' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
          this.ctx.error('too many expressions in star-unpacking sequence pattern', p);
        }
        this.op(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
        seenStar = true;
      } else if (elt._type === 'MatchStar') {
        this.ctx.error('multiple starred expressions in sequence pattern', p);
      }
    }
    if (!seenStar) this.op(Op.UNPACK_SEQUENCE, n, loc);
    // We've now got a bunch of new subjects on the stack. They need to remain
    // there after each subpattern match:
    pc.onTop += n;
    for (const q of elts) {
      // One less item to keep track of each time we loop through:
      pc.onTop--;
      this.subpattern(q, pc);
    }
  }

  /**
   * pattern_helper_sequence_subscr: with a starred wildcard ([first, *_, last]),
   * index the subject instead of unpacking it.
   */
  private sequenceSubscr(p: MatchSequence, star: number, pc: PatternContext): void {
    const loc = this.ctx.loc(p);
    const patterns = p.patterns;
    const size = patterns.length;
    // We need to keep the subject around for extracting elements:
    pc.onTop++;
    for (let i = 0; i < size; i++) {
      const q = patterns[i]!;
      if (isWildcard(q) || i === star) continue;
      this.op(Op.COPY, 1, loc);
      if (i < star) {
        this.loadConst(BigInt(i), loc);
      } else {
        // The subject may not support negative indexing! Compute a
        // nonnegative index:
        this.op(Op.GET_LEN, 0, loc);
        this.loadConst(BigInt(size - i), loc);
        this.op(Op.BINARY_OP, NB.SUBTRACT, loc);
      }
      this.op(Op.BINARY_SUBSCR, 0, loc);
      this.subpattern(q, pc);
    }
    // Pop the subject, we're done with it:
    pc.onTop--;
    this.op(Op.POP_TOP, 0, loc);
  }

  private mapping(p: MatchMapping, pc: PatternContext): void {
    const ctx = this.ctx;
    const loc = ctx.loc(p);
    const keys = p.keys;
    const patterns = p.patterns;
    let size = keys.length;
    if (size !== patterns.length) {
      ctx.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`, p);
    }
    const starTarget = p.rest;
    // We need to keep the subject on top during the mapping and length checks:
    pc.onTop++;
    this.op(Op.MATCH_MAPPING, 0, loc);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    if (!size && starTarget === null) {
      // If the pattern is just "{}", we're done! Pop the subject:
      pc.onTop--;
      this.op(Op.POP_TOP, 0, loc);
      return;
    }
    if (size) {
      // If the pattern has any keys in it, perform a length check:
      this.op(Op.GET_LEN, 0, loc);
      this.loadConst(BigInt(size), loc);
      this.compare('GtE', loc);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    }
    // Collect all of the keys into a tuple for MATCH_KEYS and **rest. They can
    // either be dotted names or literals; duplicate literals are an error.
    const seen: ConstValue[] = [];
    for (let i = 0; i < size; i++) {
      const key = keys[i]!;
      if (key._type === 'Constant') {
        if (seen.some((v) => keyEquals(v, key.value))) {
          ctx.error(`mapping pattern checks duplicate key (${pyRepr(key.value)})`, p);
        }
        seen.push(key.value);
      } else if (key._type !== 'Attribute') {
        ctx.error('mapping pattern keys may only match literals and attribute lookups', p);
      }
      ctx.visitExpr(key);
    }
    this.op(Op.BUILD_TUPLE, size, loc);
    this.op(Op.MATCH_KEYS, 0, loc);
    // There's now a tuple of keys and a tuple of values on top of the subject:
    pc.onTop += 2;
    this.op(Op.COPY, 1, loc);
    this.loadConst(null, loc);
    this.op(Op.IS_OP, 1, loc);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    // So far so good. Use that tuple of values on the stack to match
    // sub-patterns against:
    this.op(Op.UNPACK_SEQUENCE, size, loc);
    pc.onTop += size - 1;
    for (const q of patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
    // If we get this far, it's a match! Whatever happens next should consume
    // the tuple of keys and the subject:
    pc.onTop -= 2;
    if (starTarget !== null) {
      // rest = dict(subject); for key in keys: del rest[key]
      this.op(Op.BUILD_MAP, 0, loc); // [subject, keys, empty]
      this.op(Op.SWAP, 3, loc); // [empty, keys, subject]
      this.op(Op.DICT_UPDATE, 2, loc); // [copy, keys]
      this.op(Op.UNPACK_SEQUENCE, size, loc); // [copy, keys...]
      while (size) {
        this.op(Op.COPY, 1 + size--, loc); // [copy, keys..., copy]
        this.op(Op.SWAP, 2, loc); // [copy, keys..., copy, key]
        this.op(Op.DELETE_SUBSCR, 0, loc); // [copy, keys...]
      }
      this.storeName(starTarget, pc, p);
    } else {
      this.op(Op.POP_TOP, 0, loc); // Tuple of keys.
      this.op(Op.POP_TOP, 0, loc); // Subject.
    }
  }

  private classPattern(p: MatchClass, pc: PatternContext): void {
    const ctx = this.ctx;
    const patterns = p.patterns;
    const kwdAttrs = p.kwd_attrs;
    const kwdPatterns = p.kwd_patterns;
    const nargs = patterns.length;
    const nattrs = kwdAttrs.length;
    if (nattrs !== kwdPatterns.length) {
      ctx.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`, p);
    }
    // validate_kwd_attrs (errors point at the sub-patterns: the attribute
    // names have no position of their own):
    for (let i = 0; i < nattrs; i++) {
      const attr = kwdAttrs[i]!;
      this.forbiddenName(attr, kwdPatterns[i]!);
      for (let j = i + 1; j < nattrs; j++) {
        if (kwdAttrs[j] === attr) ctx.error(`attribute name repeated in class pattern: ${attr}`, kwdPatterns[j]!);
      }
    }
    ctx.visitExpr(p.cls);
    const loc = ctx.loc(p);
    this.loadConst(new ConstTuple([...kwdAttrs]), loc);
    this.op(Op.MATCH_CLASS, nargs, loc);
    this.op(Op.COPY, 1, loc);
    this.loadConst(null, loc);
    this.op(Op.IS_OP, 1, loc);
    // TOS is now a tuple of (nargs + nattrs) attributes (or None):
    pc.onTop++;
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    this.op(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
      if (isWildcard(q)) {
        this.op(Op.POP_TOP, 0, loc);
        continue;
      }
      this.subpattern(q, pc);
    }
    // Success! The tuple of attributes was consumed by the sub-patterns.
  }

  private or(p: MatchOr, pc: PatternContext): void {
    const ctx = this.ctx;
    const end = ctx.newLabel();
    const size = p.patterns.length;
    // We're going to be messing with pc. Keep the original info handy:
    const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
    // control: the names bound by the first alternative. The others must bind
    // the same set, and are reordered on the stack to match it.
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i]!;
      const altLoc = ctx.loc(alt);
      pc.stores = [];
      // An irrefutable sub-pattern must be last, if it is allowed at all:
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.op(Op.COPY, 1, altLoc);
      this.pattern(alt, pc);
      // Success!
      const nstores = pc.stores.length;
      if (control === null) {
        control = pc.stores;
      } else if (nstores !== control.length) {
        ctx.error('alternative patterns bind different names', p);
      } else if (nstores) {
        // There were captures. Check to see if we differ from control:
        let icontrol = nstores;
        while (icontrol--) {
          const name = control[icontrol]!;
          const istores = pc.stores.indexOf(name);
          if (istores < 0) ctx.error('alternative patterns bind different names', p);
          if (icontrol !== istores) {
            // Reorder the names on the stack to match the order of the names
            // in control:
            let rotations = istores + 1;
            // Perform the same rotation on pc.stores:
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            // Do the same thing to the stack, using several rotations:
            while (rotations--) this.rotate(icontrol + 1, altLoc);
          }
        }
      }
      ctx.emitJump(Op.JUMP, end, altLoc);
      this.emitAndResetFailPop(pc, altLoc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    const loc = ctx.loc(p);
    // No match. Pop the remaining copy of the subject and fail:
    this.op(Op.POP_TOP, 0, loc);
    this.jumpToFailPop(pc, Op.JUMP, loc);

    ctx.useLabel(end);
    const names = control ?? [];
    // Between where the new stores are and where they need to be: the other
    // stores, a copy of the subject, anything else on top of the stack, and
    // the previous stores already stashed away on the stack.
    const nrots = names.length + 1 + pc.onTop + pc.stores.length;
    for (const name of names) {
      // Rotate this capture to its proper place on the stack:
      this.rotate(nrots, loc);
      // Update the list of previous stores with this new name, checking for
      // duplicates:
      if (pc.stores.includes(name)) ctx.error(`multiple assignments to name ${pyRepr(name)} in pattern`, p);
      pc.stores.push(name);
    }
    // Pop the copy of the subject:
    this.op(Op.POP_TOP, 0, loc);
  }
}

// ------------------------------------------------------------ constants

function isNum(v: ConstValue): v is boolean | bigint | number | PyComplex {
  return typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplex;
}

function realPart(v: boolean | bigint | number): number | bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}

/** Equality of two mapping-pattern keys as a Python set sees it (1 == 1.0 == True). */
function keyEquals(a: ConstValue, b: ConstValue): boolean {
  if (isNum(a) && isNum(b)) {
    if (a instanceof PyComplex || b instanceof PyComplex) {
      const ca = a instanceof PyComplex ? a : new PyComplex(Number(realPart(a)), 0);
      const cb = b instanceof PyComplex ? b : new PyComplex(Number(realPart(b)), 0);
      return ca.real === cb.real && ca.imag === cb.imag;
    }
    const x = realPart(a);
    const y = realPart(b);
    if (typeof x === 'bigint' && typeof y === 'bigint') return x === y;
    if (typeof x === 'number' && typeof y === 'number') return x === y;
    const f = (typeof x === 'number' ? x : y) as number;
    const i = (typeof x === 'bigint' ? x : y) as bigint;
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((x, k) => x === b[k]);
  }
  return a === b;
}

/** repr() of a float, as Python writes it. */
function floatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (exp < -4 || exp >= 16) {
    s = digits[0]! + (digits.length > 1 ? '.' + digits.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  } else if (exp < 0) {
    s = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    s = digits + '0'.repeat(exp + 1 - digits.length) + (addDot0 ? '.0' : '');
  } else {
    s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return (neg ? '-' : '') + s;
}

function strRepr(s: string, bytes: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f || (bytes && c > 0x7f)) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (!bytes && c > 0x7f && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch)) {
      out += c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return (bytes ? 'b' : '') + quote + out + quote;
}

/** repr() of a constant (for error messages). */
export function pyRepr(v: ConstValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v, false);
  if (v instanceof Uint8Array) return strRepr(String.fromCharCode(...v), true);
  if (v instanceof PyComplex) {
    const im = floatRepr(v.imag, false) + 'j';
    if (v.real === 0 && !Object.is(v.real, -0)) return im;
    const re = floatRepr(v.real, false);
    const neg = v.imag < 0 || Object.is(v.imag, -0);
    return `(${re}${neg ? '' : '+'}${im})`;
  }
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof ConstTuple) {
    const items = v.items.map(pyRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (v instanceof ConstFrozenSet) {
    return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(pyRepr).join(', ')}})`;
  }
  return '<code>';
}
