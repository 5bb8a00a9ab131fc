/**
 * The control flow graph and its optimizations: CPython 3.12's
 * Python/flowgraph.c, pass for pass, so that the bytecode `dis` shows is the
 * same as CPython's.
 *
 * Passes, in the order `optimizeCodeUnit` runs them (as
 * `_PyCfg_OptimizeCodeUnit`):
 *   buildCfg                      instr_sequence_to_cfg + translate_jump_labels_to_targets
 *   markExceptHandlers            mark_except_handlers
 *   labelExceptionTargets         label_exception_targets (handler of each instruction,
 *                                 YIELD_VALUE's oparg = handler depth)
 *   optimizeCfg                   optimize_cfg (small exit inlining, peepholes, tuple
 *                                 folding, jump threading, unreachable code, NOPs)
 *   removeUnusedConsts            remove_unused_consts
 *   addChecksForLoadsOfUninitializedVariables   LOAD_FAST -> LOAD_FAST_CHECK
 *   pushColdBlocksToEnd           push_cold_blocks_to_end
 *   resolveLineNumbers            duplicate_exits_without_lineno, propagate_line_numbers,
 *                                 guarantee_lineno_for_exits
 * and then, from the assembler: stackdepth, convertPseudoOps, resolveJumps.
 *
 * The quirks of the C code are kept on purpose (predecessor counts that go
 * stale, jumps added late without a handler, ...): they show in the output.
 */
import type { ConstValue } from './ast.js';
import { ConstFrozenSet, ConstTuple, PyComplex } from './ast.js';
import { constKey } from './codegen.js';
import { Loc, NO_LOCATION } from './instructions.js';
import type { InstructionSequence, Location } from './instructions.js';
import { OPCODES, Op, opInfo } from '../bytecode/opcodes.js';

// ------------------------------------------------------------ opcode classes

const NUM_OPS = 512;
const F_JUMP = 1; // IS_JUMP_OPCODE
const F_BLOCK_PUSH = 2; // IS_BLOCK_PUSH_OPCODE
const F_SCOPE_EXIT = 4; // IS_SCOPE_EXIT_OPCODE
const F_UNCOND = 8; // IS_UNCONDITIONAL_JUMP_OPCODE
const F_HAS_CONST = 16; // HAS_CONST
const F_BACKWARD = 32; // IS_BACKWARDS_JUMP_OPCODE
const F_KNOWN = 64;

const FLAGS = new Uint8Array(NUM_OPS);
for (const op of [
  Op.FOR_ITER, Op.JUMP_FORWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.SEND,
  Op.POP_JUMP_IF_NOT_NONE, Op.POP_JUMP_IF_NONE, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.JUMP_BACKWARD,
  Op.JUMP, Op.JUMP_NO_INTERRUPT,
]) FLAGS[op]! |= F_JUMP; // prettier-ignore
for (const op of [Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.SETUP_WITH]) FLAGS[op]! |= F_BLOCK_PUSH;
for (const op of [Op.RETURN_VALUE, Op.RETURN_CONST, Op.RAISE_VARARGS, Op.RERAISE]) FLAGS[op]! |= F_SCOPE_EXIT;
for (const op of [Op.JUMP, Op.JUMP_NO_INTERRUPT, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]) {
  FLAGS[op]! |= F_UNCOND;
}
for (const op of [Op.LOAD_CONST, Op.RETURN_CONST, Op.KW_NAMES]) FLAGS[op]! |= F_HAS_CONST;
for (const op of [Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]) FLAGS[op]! |= F_BACKWARD;

const EFFECT_FN: ((oparg: number, jump: boolean) => number)[] = [];
for (let op = 0; op < NUM_OPS; op++) {
  // OPCODES.get, not opInfo: its Error for each of the ~130 unused numbers cost about a
  // millisecond of every worker's start-up (each Error captures a stack).
  const info = OPCODES.get(op);
  if (info === undefined) continue;
  FLAGS[op]! |= F_KNOWN;
  EFFECT_FN[op] = info.effect;
}

export const isJumpOp = (op: number): boolean => (FLAGS[op]! & F_JUMP) !== 0;
export const isBlockPushOp = (op: number): boolean => (FLAGS[op]! & F_BLOCK_PUSH) !== 0;
export const hasTarget = (op: number): boolean => (FLAGS[op]! & (F_JUMP | F_BLOCK_PUSH)) !== 0;
export const isScopeExitOp = (op: number): boolean => (FLAGS[op]! & F_SCOPE_EXIT) !== 0;
export const isUncondJumpOp = (op: number): boolean => (FLAGS[op]! & F_UNCOND) !== 0;
export const hasConst = (op: number): boolean => (FLAGS[op]! & F_HAS_CONST) !== 0;
const isTerminatorOp = (op: number): boolean => (FLAGS[op]! & (F_JUMP | F_SCOPE_EXIT)) !== 0;

function ice(msg: string): Error {
  return new Error(`internal compiler error: ${msg}`);
}

// ------------------------------------------------------------ data

export interface CfgInstr {
  op: number;
  arg: number;
  target: Block | null;
  loc: Location;
  /** The innermost exception handler (label_exception_targets), or null. */
  except: Block | null;
}

export class Block {
  instrs: CfgInstr[] = [];
  next: Block | null = null;
  /** Label id, or -1 (IS_LABEL). */
  label = -1;
  visited = 0;
  predecessors = 0;
  startdepth = -0x80000000;
  exceptHandler = false;
  preserveLasti = false;
  cold = false;
  warm = false;
  /** Offset in code units, once laid out. */
  offset = 0;
  exceptstack: ExceptStack | null = null;
  unsafeLo = 0;
  unsafeHi = 0;

  last(): CfgInstr | null {
    const n = this.instrs.length;
    return n ? this.instrs[n - 1]! : null;
  }
}

interface ExceptStack {
  depth: number;
  handlers: (Block | null)[];
}

/** BB_NO_FALLTHROUGH */
function noFallthrough(b: Block): boolean {
  const last = b.last();
  return last !== null && (FLAGS[last.op]! & (F_SCOPE_EXIT | F_UNCOND)) !== 0;
}
const hasFallthrough = (b: Block): boolean => !noFallthrough(b);

function exitsScope(b: Block): boolean {
  const last = b.last();
  return last !== null && isScopeExitOp(last.op);
}

export class Cfg {
  entry: Block;
  /** Every block ever made (the C code's b_list), to reset flags. */
  all: Block[] = [];
  nextLabel = 0;

  constructor() {
    this.entry = this.newBlock();
  }

  newBlock(): Block {
    const b = new Block();
    this.all.push(b);
    return b;
  }

  /** Blocks in layout order. */
  *blocks(): Generator<Block> {
    for (let b: Block | null = this.entry; b; b = b.next) yield b;
  }

  /** get_max_label() + 1, kept as a counter (labels only grow). */
  newLabelId(): number {
    return this.nextLabel++;
  }
}

// ------------------------------------------------------------ construction

/**
 * instr_sequence_to_cfg + translate_jump_labels_to_targets. Pseudo-ops that
 * the code generator may leave (LOAD_METHOD and the super forms) are lowered
 * to their real instruction here.
 */
export function buildCfg(seq: InstructionSequence): Cfg {
  const g = new Cfg();
  let cur = g.entry;
  let curLabel = -1;
  const labelBlock: (Block | undefined)[] = [];
  const jumps: { instr: CfgInstr; label: number }[] = [];
  let maxLabel = -1;
  let pending: number[] = [];

  const terminated = (): boolean => {
    const last = cur.last();
    if (last && isTerminatorOp(last.op)) return true;
    if (curLabel >= 0) {
      if (last || cur.label >= 0) return true;
      cur.label = curLabel;
      curLabel = -1;
    }
    return false;
  };
  const maybeStartNewBlock = (): void => {
    if (terminated()) {
      const b = g.newBlock();
      b.label = curLabel;
      curLabel = -1;
      cur.next = b;
      cur = b;
    }
  };

  for (const item of seq.items) {
    if (item.kind === 'label') {
      pending.push(item.label.id);
      continue;
    }
    if (pending.length) {
      let lbl = -1;
      for (const l of pending) if (l > lbl) lbl = l;
      curLabel = lbl;
      maybeStartNewBlock();
      for (const l of pending) labelBlock[l] = cur;
      if (lbl > maxLabel) maxLabel = lbl;
      pending = [];
    }
    const src = item.instr;
    let op = src.opcode;
    let arg = src.oparg;
    if (op >= NUM_OPS || !(FLAGS[op]! & F_KNOWN)) throw ice(`unknown opcode ${op}`);
    switch (op) {
      case Op.LOAD_METHOD:
        op = Op.LOAD_ATTR;
        arg = (arg << 1) | 1;
        break;
      case Op.LOAD_SUPER_METHOD:
        op = Op.LOAD_SUPER_ATTR;
        arg = (arg << 2) | 3;
        break;
      case Op.LOAD_ZERO_SUPER_METHOD:
        op = Op.LOAD_SUPER_ATTR;
        arg = (arg << 2) | 1;
        break;
      case Op.LOAD_ZERO_SUPER_ATTR:
        op = Op.LOAD_SUPER_ATTR;
        arg = arg << 2;
        break;
    }
    maybeStartNewBlock();
    const instr: CfgInstr = { op, arg: hasTarget(op) ? 0 : arg, target: null, loc: src.loc, except: null };
    if (hasTarget(op)) {
      if (!src.target) throw ice(`${opInfo(op).name} without a target`);
      jumps.push({ instr, label: src.target.id });
    }
    cur.instrs.push(instr);
  }
  for (const { instr, label } of jumps) {
    const b = labelBlock[label];
    if (!b) throw ice(`jump to label ${label}, which is not bound before an instruction`);
    instr.target = b;
  }
  g.nextLabel = maxLabel + 1;
  if (g.entry.instrs.length === 0 && !g.entry.next) throw ice('empty code unit');
  return g;
}

// ------------------------------------------------------------ exceptions

/** mark_except_handlers */
export function markExceptHandlers(g: Cfg): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const instr = instrs[i]!;
      if (isBlockPushOp(instr.op)) instr.target!.exceptHandler = true;
    }
  }
}

function resetVisited(g: Cfg): void {
  for (const b of g.all) b.visited = 0;
}

/** label_exception_targets */
export function labelExceptionTargets(g: Cfg): void {
  resetVisited(g);
  const todo: Block[] = [g.entry];
  g.entry.visited = 1;
  g.entry.exceptstack = { depth: 0, handlers: [null] };
  while (todo.length) {
    const b = todo.pop()!;
    let stack: ExceptStack | null = b.exceptstack!;
    b.exceptstack = null;
    let handler = stack.handlers[stack.depth]!;
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const instr = instrs[i]!;
      const op = instr.op;
      if (isBlockPushOp(op)) {
        const t = instr.target!;
        if (!t.visited) {
          t.exceptstack = { depth: stack!.depth, handlers: stack!.handlers.slice(0, stack!.depth + 1) };
          todo.push(t);
          t.visited = 1;
        }
        if (op === Op.SETUP_WITH || op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        stack!.handlers[++stack!.depth] = t;
        handler = t;
      } else if (op === Op.POP_BLOCK) {
        if (stack!.depth <= 0) throw ice('POP_BLOCK without a handler block');
        handler = stack!.handlers[--stack!.depth]!;
      } else if (isJumpOp(op)) {
        instr.except = handler;
        const t = instr.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) {
            t.exceptstack = { depth: stack!.depth, handlers: stack!.handlers.slice(0, stack!.depth + 1) };
          } else {
            t.exceptstack = stack;
            stack = null;
          }
          todo.push(t);
          t.visited = 1;
        }
      } else {
        if (op === Op.YIELD_VALUE) instr.arg = stack!.depth;
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptstack = stack;
      todo.push(b.next);
      b.next.visited = 1;
    }
  }
}

// ------------------------------------------------------------ optimizations

/** mark_reachable */
function markReachable(g: Cfg): void {
  resetVisited(g);
  const stack: Block[] = [g.entry];
  g.entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = 1;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (hasTarget(instr.op)) {
        const t = instr.target!;
        if (!t.visited) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

/** eliminate_empty_basic_blocks */
function eliminateEmptyBasicBlocks(g: Cfg): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    let next: Block | null = b.next;
    while (next && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (g.entry.instrs.length === 0) {
    if (!g.entry.next) throw ice('no code left in the code unit');
    g.entry = g.entry.next;
  }
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const instr of b.instrs) {
      if (hasTarget(instr.op)) {
        let t = instr.target!;
        while (t.instrs.length === 0) {
          if (!t.next) throw ice('jump past the end of the code');
          t = t.next;
        }
        if (instr.target !== t) {
          if (t.label < 0) t.label = g.newLabelId();
          instr.target = t;
        }
      }
    }
  }
}

/** remove_redundant_nops: returns the number removed. */
export function removeRedundantNops(bb: Block): number {
  const instrs = bb.instrs;
  const n = instrs.length;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < n; src++) {
    const instr = instrs[src]!;
    const lineno = instr.loc.lineno;
    if (instr.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextInstr = instrs[src + 1]!;
        const nextLineno = nextInstr.loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          nextInstr.loc = instr.loc;
          continue;
        }
      } else {
        let next: Block | null = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next) {
          let nextLoc: Location = NO_LOCATION;
          for (const ni of next.instrs) {
            if (ni.op === Op.NOP && ni.loc.lineno === -1) continue;
            nextLoc = ni.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    if (dest !== src) instrs[dest] = instr;
    dest++;
    prevLineno = lineno;
  }
  const removed = n - dest;
  instrs.length = dest;
  return removed;
}

function setNop(i: CfgInstr): void {
  i.op = Op.NOP;
  i.arg = 0;
  i.target = null;
}

/** remove_redundant_nops_and_pairs */
function removeRedundantNopsAndPairs(g: Cfg): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: CfgInstr | null = null;
    let instr: CfgInstr | null = null;
    for (let b: Block | null = g.entry; b; b = b.next) {
      removeRedundantNops(b);
      if (b.label >= 0) instr = null;
      for (const cur of b.instrs) {
        prev = instr;
        instr = cur;
        const prevOp = prev ? prev.op : 0;
        const prevArg = prev ? prev.arg : 0;
        if (cur.op === Op.POP_TOP && (prevOp === Op.LOAD_CONST || (prevOp === Op.COPY && prevArg === 1))) {
          setNop(prev!);
          setNop(cur);
          done = false;
        }
      }
      if ((instr && isJumpOp(instr.op)) || !hasFallthrough(b)) instr = null;
    }
  }
}

/** remove_redundant_jumps */
function removeRedundantJumps(g: Cfg): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (last === null) throw ice('empty block in remove_redundant_jumps');
    if (isUncondJumpOp(last.op)) {
      if (last.target === null) throw ice('jump with NULL target');
      if (last.target === b.next) setNop(last);
    }
  }
}

const MAX_COPY_SIZE = 4;

function copyInstr(i: CfgInstr): CfgInstr {
  return { op: i.op, arg: i.arg, target: i.target, loc: i.loc, except: i.except };
}

/** inline_small_exit_blocks */
function inlineSmallExitBlocks(bb: Block): boolean {
  const last = bb.last();
  if (last === null || !isUncondJumpOp(last.op)) return false;
  const target = last.target!;
  if (exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE) {
    setNop(last);
    for (const i of target.instrs) bb.instrs.push(copyInstr(i));
    return true;
  }
  return false;
}

/** jump_thread: returns 1 if it changed `inst`. */
function jumpThread(inst: CfgInstr, target: CfgInstr, opcode: number): number {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return 1;
  }
  return 0;
}

/** PyObject_IsTrue for a constant. */
export function constIsTrue(v: ConstValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'symbol':
      return true;
  }
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length > 0;
  return true;
}

/** The unit's constants, with the lookup fold_tuple_on_constants needs. */
export class ConstTable {
  private index: Map<string, number> | null = null;
  constructor(public consts: ConstValue[]) {}

  get(i: number): ConstValue {
    if (i < 0 || i >= this.consts.length) throw ice(`constant index ${i} out of range`);
    return this.consts[i]!;
  }

  /** Index of an equal constant (as the const cache merges them), appending it if new. */
  add(v: ConstValue): number {
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < this.consts.length; i++) {
        const k = constKey(this.consts[i]!);
        if (!this.index.has(k)) this.index.set(k, i);
      }
    }
    const k = constKey(v);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.index.set(k, i);
    }
    return i;
  }

  invalidate(): void {
    this.index = null;
  }
}

/** fold_tuple_on_constants: instrs[start..start+n-1] LOAD_CONSTs, instrs[start+n] BUILD_TUPLE n. */
function foldTupleOnConstants(consts: ConstTable, instrs: CfgInstr[], start: number, n: number): void {
  for (let i = 0; i < n; i++) if (!hasConst(instrs[start + i]!.op)) return;
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) {
    const ins = instrs[start + i]!;
    if (ins.op !== Op.LOAD_CONST) throw ice('Internal error: failed to get value of a constant');
    items.push(consts.get(ins.arg));
  }
  const index = consts.add(new ConstTuple(items));
  for (let i = 0; i < n; i++) setNop(instrs[start + i]!);
  const b = instrs[start + n]!;
  b.op = Op.LOAD_CONST;
  b.arg = index;
}

const VISITED = -1;

/** swaptimize: returns the new index. */
function swaptimize(block: Block, ix: number): number {
  const instrs = block.instrs;
  let depth = instrs[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len]!.op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len]!.arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i]!;
    if (ins.op === Op.SWAP) {
      const oparg = ins.arg;
      const top = stack[0]!;
      stack[0] = stack[oparg - 1]!;
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--]!;
        ins.op = Op.SWAP;
        ins.arg = j + 1;
        ins.target = null;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (0 <= current) setNop(instrs[ix + current--]!);
  return ix + len - 1;
}

const swappable = (op: number): boolean => op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
const storesTo = (i: CfgInstr): number => (i.op === Op.STORE_FAST || i.op === Op.STORE_FAST_MAYBE_NULL ? i.arg : -1);

function nextSwappableInstruction(block: Block, i: number, lineno: number): number {
  const instrs = block.instrs;
  while (++i < instrs.length) {
    const ins = instrs[i]!;
    if (0 <= lineno && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps */
function applyStaticSwaps(block: Block, i: number): void {
  const instrs = block.instrs;
  for (; 0 <= i; i--) {
    const swap = instrs[i]!;
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j]!.loc.lineno;
    for (let count = swap.arg - 1; 0 < count; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(instrs[j]!);
    const storeK = storesTo(instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(instrs[idx]!);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    setNop(swap);
    const tmp = instrs[j]!;
    instrs[j] = instrs[k]!;
    instrs[k] = tmp;
  }
}

const NOP_INSTR: CfgInstr = Object.freeze({ op: Op.NOP, arg: 0, target: null, loc: NO_LOCATION, except: null }) as CfgInstr;

/** optimize_basic_block */
function optimizeBasicBlock(consts: ConstTable, bb: Block): void {
  const instrs = bb.instrs;
  let target: CfgInstr = NOP_INSTR;
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      oparg = inst.arg;
      if (hasTarget(opcode)) {
        const t = inst.target!;
        if (t.instrs.length === 0) throw ice('jump to an empty block');
        target = t.instrs[0]!;
      } else {
        target = NOP_INSTR;
      }
    }
    const nextop = i + 1 < instrs.length ? instrs[i + 1]!.op : 0;
    switch (opcode) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(consts.get(oparg));
            setNop(inst);
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) instrs[i + 1]!.op = Op.JUMP;
            else setNop(instrs[i + 1]!);
            break;
          }
          case Op.IS_OP: {
            const cnt = consts.get(oparg);
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2]!.op : 0;
            if (cnt === null && (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1]!.arg & 0xff;
              setNop(inst);
              setNop(instrs[i + 1]!);
              instrs[i + 2]!.op =
                (nextarg ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0)) !== 0 ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            }
            break;
          }
          case Op.RETURN_VALUE: {
            setNop(inst);
            const r = instrs[++i]!;
            r.op = Op.RETURN_CONST;
            r.arg = oparg;
            break;
          }
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1]!.arg) {
          if (oparg === 1) {
            setNop(inst);
            setNop(instrs[i + 1]!);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setNop(inst);
            instrs[i + 1]!.op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(consts, instrs, i - oparg, oparg);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP:
        if (target.op === Op.JUMP) i -= jumpThread(inst, target, inst.op);
        break;
      case Op.SWAP:
        if (oparg === 1) {
          setNop(inst);
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (instrs[i + 1]!.arg & 1) === 0) {
          setNop(inst);
          instrs[i + 1]!.arg |= 1;
        }
        break;
    }
  }
}

/** optimize_cfg */
export function optimizeCfg(g: Cfg, consts: ConstTable): void {
  eliminateEmptyBasicBlocks(g);
  for (let b: Block | null = g.entry; b; b = b.next) inlineSmallExitBlocks(b);
  for (let b: Block | null = g.entry; b; b = b.next) optimizeBasicBlock(consts, b);
  removeRedundantNopsAndPairs(g);
  for (let b: Block | null = g.entry; b; b = b.next) inlineSmallExitBlocks(b);
  markReachable(g);
  for (let b: Block | null = g.entry; b; b = b.next) if (b.predecessors === 0) b.instrs.length = 0;
  for (let b: Block | null = g.entry; b; b = b.next) removeRedundantNops(b);
  eliminateEmptyBasicBlocks(g);
  removeRedundantJumps(g);
}

/** remove_unused_consts: compacts `consts.consts` in place. */
export function removeUnusedConsts(g: Cfg, consts: ConstTable): void {
  const n = consts.consts.length;
  if (n === 0) return;
  const indexMap: number[] = new Array<number>(n).fill(-1);
  indexMap[0] = 0; // the first constant may be a docstring; kept always
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (hasConst(ins.op)) {
        if (ins.arg < 0 || ins.arg >= n) throw ice(`constant index ${ins.arg} out of range`);
        indexMap[ins.arg] = ins.arg;
      }
    }
  }
  let used = 0;
  for (let i = 0; i < n; i++) if (indexMap[i] !== -1) indexMap[used++] = indexMap[i]!;
  if (used === n) return;
  const reverse: number[] = new Array<number>(n).fill(-1);
  const out: ConstValue[] = [];
  for (let i = 0; i < used; i++) {
    out.push(consts.consts[indexMap[i]!]!);
    reverse[indexMap[i]!] = i;
  }
  consts.consts = out;
  consts.invalidate();
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const ins of b.instrs) if (hasConst(ins.op)) ins.arg = reverse[ins.arg]!;
  }
}

// ------------------------------------------------------------ uninitialized locals

function maybePush(b: Block, lo: number, hi: number, stack: Block[]): void {
  const bothLo = (b.unsafeLo | lo) >>> 0;
  const bothHi = (b.unsafeHi | hi) >>> 0;
  if (bothLo !== b.unsafeLo || bothHi !== b.unsafeHi) {
    b.unsafeLo = bothLo;
    b.unsafeHi = bothHi;
    if (!b.visited) {
      stack.push(b);
      b.visited = 1;
    }
  }
}

function scanBlockForLocals(b: Block, stack: Block[]): void {
  let lo = b.unsafeLo;
  let hi = b.unsafeHi;
  for (const instr of b.instrs) {
    if (instr.except !== null) maybePush(instr.except, lo, hi, stack);
    const arg = instr.arg;
    if (arg >= 64) continue;
    const inHi = arg >= 32;
    const bit = (1 << (arg & 31)) >>> 0;
    switch (instr.op) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        if (inHi) hi = (hi | bit) >>> 0;
        else lo = (lo | bit) >>> 0;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        if (inHi) hi = (hi & ~bit) >>> 0;
        else lo = (lo & ~bit) >>> 0;
        break;
      case Op.LOAD_FAST:
        if ((inHi ? hi : lo) & bit) instr.op = Op.LOAD_FAST_CHECK;
        if (inHi) hi = (hi & ~bit) >>> 0;
        else lo = (lo & ~bit) >>> 0;
        break;
    }
  }
  if (b.next && hasFallthrough(b)) maybePush(b.next, lo, hi, stack);
  const last = b.last();
  if (last && isJumpOp(last.op)) maybePush(last.target!, lo, hi, stack);
}

function fastScanManyLocals(g: Cfg, nlocals: number): void {
  const states = new Float64Array(nlocals - 64);
  let blocknum = 0;
  for (let b: Block | null = g.entry; b; b = b.next) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.arg;
      if (arg < 64) continue;
      switch (instr.op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.op = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

/** add_checks_for_loads_of_uninitialized_variables */
export function addChecksForLoadsOfUninitializedVariables(g: Cfg, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(g, nlocals);
    nlocals = 64;
  }
  resetVisited(g);
  for (const b of g.all) {
    b.unsafeLo = 0;
    b.unsafeHi = 0;
  }
  const stack: Block[] = [];
  let lo = 0;
  let hi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) lo = (lo | (1 << i)) >>> 0;
    else hi = (hi | (1 << (i - 32))) >>> 0;
  }
  maybePush(g.entry, lo, hi, stack);
  for (let b: Block | null = g.entry; b; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = 0;
    scanBlockForLocals(b, stack);
  }
}

// ------------------------------------------------------------ cold blocks

function markWarm(g: Cfg): void {
  resetVisited(g);
  const stack: Block[] = [g.entry];
  g.entry.visited = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = 1;
    }
    for (const instr of b.instrs) {
      if (isJumpOp(instr.op) && !instr.target!.visited) {
        stack.push(instr.target!);
        instr.target!.visited = 1;
      }
    }
  }
}

function markCold(g: Cfg): void {
  markWarm(g);
  resetVisited(g);
  const stack: Block[] = [];
  for (let b: Block | null = g.entry; b; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = 1;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = 1;
    }
    for (const instr of b.instrs) {
      if (isJumpOp(instr.op)) {
        const t = instr.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = 1;
        }
      }
    }
  }
}

/** push_cold_blocks_to_end */
export function pushColdBlocksToEnd(g: Cfg): void {
  const entry = g.entry;
  if (entry.next === null) return;
  markCold(g);
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next && b.next.warm) {
      const jump = g.newBlock();
      if (b.next.label < 0) b.next.label = g.newLabelId();
      jump.instrs.push({ op: Op.JUMP, arg: 0, target: b.next, loc: NO_LOCATION, except: null });
      jump.cold = true;
      jump.next = b.next;
      b.next = jump;
    }
  }
  if (entry.cold) throw ice('first block is cold');
  let coldBlocks: Block | null = null;
  let coldTail: Block | null = null;
  let b: Block = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let end: Block = b.next;
    while (end.next && end.next.cold) end = end.next;
    if (coldBlocks === null) coldBlocks = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantJumps(g);
}

// ------------------------------------------------------------ line numbers

function isExitWithoutLineno(b: Block): boolean {
  if (!exitsScope(b)) return false;
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}

/** duplicate_exits_without_lineno */
function duplicateExitsWithoutLineno(g: Cfg): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (last === null) throw ice('empty block in duplicate_exits_without_lineno');
    if (isJumpOp(last.op)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const copy = g.newBlock();
        for (const i of target.instrs) copy.instrs.push(copyInstr(i));
        copy.instrs[0]!.loc = last.loc;
        last.target = copy;
        target.predecessors--;
        copy.predecessors = 1;
        copy.next = target.next;
        copy.label = g.newLabelId();
        target.next = copy;
      }
    }
  }
  for (let b: Block | null = g.entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) b.next.instrs[0]!.loc = b.last()!.loc;
    }
  }
}

/** propagate_line_numbers */
function propagateLineNumbers(g: Cfg): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (last === null) continue;
    let prev: Location = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      const first = b.next.instrs[0];
      if (first && first.loc.lineno < 0) first.loc = prev;
    }
    if (isJumpOp(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1) {
        const first = t.instrs[0];
        if (first && first.loc.lineno < 0) first.loc = prev;
      }
    }
  }
}

/** guarantee_lineno_for_exits */
function guaranteeLinenoForExits(g: Cfg, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (last === null) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = new Loc(lineno, i.loc.end_lineno, i.loc.col_offset, i.loc.end_col_offset);
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** resolve_line_numbers */
export function resolveLineNumbers(g: Cfg, firstlineno: number): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
  guaranteeLinenoForExits(g, firstlineno);
}

// ------------------------------------------------------------ assembly helpers

/** _PyCfg_Stackdepth: the largest stack any path needs; records each block's start depth. */
export function stackdepth(g: Cfg, startDepth: number): number {
  for (const b of g.all) b.startdepth = -0x80000000;
  const stack: Block[] = [];
  const push = (b: Block, depth: number, from: CfgInstr | null): void => {
    if (b.startdepth >= 0 && b.startdepth !== depth) {
      const how = from ? `from ${opInfo(from.op).name} at line ${from.loc.lineno}` : 'by fall-through';
      throw ice(`inconsistent stack depth at a jump target (${b.startdepth} vs ${depth} ${how})`);
    }
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(g.entry, startDepth, null);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const fn = EFFECT_FN[instr.op]!;
      const newDepth = depth + fn(instr.arg, false);
      if (newDepth < 0) throw ice(`negative stack depth after ${opInfo(instr.op).name} (line ${instr.loc.lineno})`);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(instr.op)) {
        const targetDepth = depth + fn(instr.arg, true);
        if (targetDepth < 0) throw ice(`negative stack depth at the target of ${opInfo(instr.op).name}`);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth, instr);
      }
      depth = newDepth;
      if (isUncondJumpOp(instr.op) || isScopeExitOp(instr.op)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth, null);
  }
  return maxdepth;
}

/** _PyCfg_ConvertPseudoOps */
export function convertPseudoOps(g: Cfg): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const instr of b.instrs) {
      if (isBlockPushOp(instr.op) || instr.op === Op.POP_BLOCK) setNop(instr);
      else if (instr.op === Op.STORE_FAST_MAYBE_NULL) instr.op = Op.STORE_FAST;
    }
  }
  for (let b: Block | null = g.entry; b; b = b.next) removeRedundantNops(b);
}

/** normalize_jumps: pseudo jumps by direction; backward conditional jumps inverted. */
function normalizeJumps(g: Cfg): void {
  for (let b: Block | null = g.entry; b; b = b.next) b.visited = 0;
  for (const b of g.all) b.visited = 0;
  for (let b: Block | null = g.entry; b; b = b.next) {
    b.visited = 1;
    const last = b.last();
    if (last === null || !isJumpOp(last.op)) continue;
    const isForward = last.target!.visited === 0;
    switch (last.op) {
      case Op.JUMP:
        last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        continue;
      case Op.JUMP_NO_INTERRUPT:
        last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        continue;
    }
    let reversed = 0;
    switch (last.op) {
      case Op.POP_JUMP_IF_NOT_NONE:
        reversed = Op.POP_JUMP_IF_NONE;
        break;
      case Op.POP_JUMP_IF_NONE:
        reversed = Op.POP_JUMP_IF_NOT_NONE;
        break;
      case Op.POP_JUMP_IF_FALSE:
        reversed = Op.POP_JUMP_IF_TRUE;
        break;
      case Op.POP_JUMP_IF_TRUE:
        reversed = Op.POP_JUMP_IF_FALSE;
        break;
    }
    if (isForward) continue;
    if (reversed === 0) throw ice(`backward ${opInfo(last.op).name}`);
    const target = last.target!;
    const back = g.newBlock();
    back.instrs.push({ op: Op.JUMP, arg: 0, target, loc: last.loc, except: null });
    if (!b.next) throw ice('conditional jump at the end of the code');
    last.op = reversed;
    last.target = b.next;
    back.cold = b.cold;
    back.next = b.next;
    b.next = back;
  }
}

/** Code units an instruction takes with its EXTENDED_ARG prefixes. */
export function instrSize(oparg: number): number {
  return oparg <= 0xff ? 1 : oparg <= 0xffff ? 2 : oparg <= 0xffffff ? 3 : 4;
}

/** _PyCfg_ResolveJumps: lays out blocks, fixes jump opargs (to a fixed point). */
export function resolveJumps(g: Cfg): number {
  normalizeJumps(g);
  for (;;) {
    let totsize = 0;
    for (let b: Block | null = g.entry; b; b = b.next) {
      b.offset = totsize;
      for (const i of b.instrs) totsize += instrSize(i.arg);
    }
    let recompile = false;
    for (let b: Block | null = g.entry; b; b = b.next) {
      let bsize = b.offset;
      for (const instr of b.instrs) {
        const isize = instrSize(instr.arg);
        bsize += isize;
        if (isJumpOp(instr.op)) {
          const t = instr.target!.offset;
          const backward = (FLAGS[instr.op]! & F_BACKWARD) !== 0;
          if (t < bsize) {
            if (!backward) throw ice(`${opInfo(instr.op).name} jumps backward`);
            instr.arg = bsize - t;
          } else {
            if (backward) throw ice(`${opInfo(instr.op).name} jumps forward`);
            instr.arg = t - bsize;
          }
          if (instrSize(instr.arg) !== isize) recompile = true;
        }
      }
    }
    if (!recompile) return totsize;
  }
}
