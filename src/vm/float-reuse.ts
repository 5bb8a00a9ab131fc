/**
 * Float temporaries reused in place: in `x*x + y*y` the product `x*x` is a new float that nothing
 * but the value stack refers to, and the addition that pops it can write its result into that
 * box instead of allocating another. CPython frees such a temporary at once (its reference
 * count drops to zero) and its freelist hands the memory straight back, so its float arithmetic
 * allocates almost nothing; gilvm's collector frees nothing before the next collection, and each
 * new float was fresh memory (the float programs spent 10-30% of their time allocating).
 *
 * Two facts make a reuse safe, one known from the bytecode and one at run time:
 *
 * - Statically (operandsFromBinaryOps, once per code object): the operand's stack slot was
 *   filled by an earlier BINARY_OP of the same basic block, and no instruction since has read
 *   that slot, copied it (COPY) or moved it (SWAP): the instructions in between only push and
 *   pop above it. No jump target or exception handler lies in between, so no other path reaches
 *   the consumer with something else in that slot. The result is a flag word per BINARY_OP,
 *   kept in the instruction's otherwise unused word of the code's attribute cache.
 * - At run time (freshResults): every BINARY_OP records the float its fast path made for its
 *   result slot, or NULL when the result came any other way (a small int, an `__add__` that may
 *   return a float referenced elsewhere). A flagged operand is reused only when it is the float
 *   recorded for its slot. The table is indexed by a few bits of the slot's address; another
 *   frame's BINARY_OP may overwrite an entry, but only with NULL or a float made after the
 *   operand, never with the operand itself, so a collision can only cost a reuse.
 *
 * The value stack is not visible to Python code (frames show their locals, not their stack), so
 * a float referenced only from its slot cannot be observed while it is overwritten.
 */
import { NULL, type Value } from '../heap/layout.js';
import { u8 } from '../heap/memory.js';
import { decodeExceptionTable } from '../bytecode/exceptiontable.js';
import { OPCODES } from '../bytecode/opcodes.js';

/** Flag bits of a BINARY_OP: its left operand (STACK[-2]) or right operand (STACK[-1]) came from a BINARY_OP. */
export const LEFT_FROM_BINARY_OP = 1;
export const RIGHT_FROM_BINARY_OP = 2;

const FRESH_SLOTS = 64;
/** Per value-stack slot (address bits): the float the last BINARY_OP into that slot made, or NULL. */
export const freshResults = new Int32Array(FRESH_SLOTS);
export const FRESH_MASK = FRESH_SLOTS - 1;

/** The operand of a flagged BINARY_OP whose float box may take the result, or NULL. `sp` is the stack pointer (i32 index) before the operation. */
export function reusableOperand(flags: number, a: Value, b: Value, sp: number): Value {
  if ((flags & LEFT_FROM_BINARY_OP) !== 0 && freshResults[(sp - 2) & FRESH_MASK] === a) return a;
  if ((flags & RIGHT_FROM_BINARY_OP) !== 0 && freshResults[(sp - 1) & FRESH_MASK] === b) return b;
  return NULL;
}

// ---- the static part -------------------------------------------------------------------------

const BINARY_OP = 122;
const EXTENDED_ARG = 144;
const COPY = 120;
const SWAP = 99;

/**
 * Instructions that may stand between a BINARY_OP and the one that pops its result: each reads
 * only the stack items it pops, and pushes new values. The entry gives how many it pops (a
 * function of the argument); anything not listed ends what is known of the stack.
 */
const POPS: ((arg: number) => number)[] = [];
const PUSHES: ((arg: number) => number)[] = [];
function entry(code: number, pops: (arg: number) => number, pushes: (arg: number) => number): void {
  POPS[code] = pops;
  PUSHES[code] = pushes;
}
const none = (): number => 0;
const one = (): number => 1;
const two = (): number => 2;
const three = (): number => 3;
entry(9 /* NOP */, none, none);
entry(151 /* RESUME */, none, none);
entry(172 /* KW_NAMES */, none, none);
entry(2 /* PUSH_NULL */, none, one);
entry(100 /* LOAD_CONST */, none, one);
entry(124 /* LOAD_FAST */, none, one);
entry(127 /* LOAD_FAST_CHECK */, none, one);
entry(137 /* LOAD_DEREF */, none, one);
entry(116 /* LOAD_GLOBAL */, none, (arg) => 1 + (arg & 1));
entry(106 /* LOAD_ATTR */, one, (arg) => 1 + (arg & 1));
entry(125 /* STORE_FAST */, one, none);
entry(1 /* POP_TOP */, one, none);
entry(95 /* STORE_ATTR */, two, none);
entry(60 /* STORE_SUBSCR */, three, none);
entry(BINARY_OP, two, one);
entry(25 /* BINARY_SUBSCR */, two, one);
entry(107 /* COMPARE_OP */, two, one);
entry(117 /* IS_OP */, two, one);
entry(118 /* CONTAINS_OP */, two, one);
entry(11 /* UNARY_NEGATIVE */, one, one);
entry(12 /* UNARY_NOT */, one, one);
entry(15 /* UNARY_INVERT */, one, one);
entry(171 /* CALL */, (arg) => arg + 2, one);
entry(102 /* BUILD_TUPLE */, (arg) => arg, one);
entry(103 /* BUILD_LIST */, (arg) => arg, one);

/** Byte offsets that a jump or an exception handler can go to. */
function entryPoints(code: Uint8Array, exceptionTable: Uint8Array): Set<number> {
  const targets = new Set<number>();
  let arg = 0;
  for (let at = 0; at < code.length; at += 2) {
    const op = code[at]!;
    arg = (arg << 8) | code[at + 1]!;
    if (op === EXTENDED_ARG) continue;
    const kind = OPCODES.get(op)?.arg;
    if (kind === 'jump') targets.add(at + 2 + arg * 2);
    else if (kind === 'jump_back') targets.add(at + 2 - arg * 2);
    arg = 0;
  }
  for (const e of decodeExceptionTable(exceptionTable)) targets.add(e.target);
  return targets;
}

/**
 * Flag each BINARY_OP of `code` whose operands came from BINARY_OPs (see above): the flags
 * go to `out[offset * 2]` (offset in bytes, so one word in each instruction's four).
 */
export function operandsFromBinaryOps(code: Uint8Array, exceptionTable: Uint8Array, out: Int32Array): void {
  const targets = entryPoints(code, exceptionTable);
  /** What is known of the top of the stack, bottom first: 1 for a BINARY_OP's result, 0 for any other value. */
  const known: number[] = [];
  let arg = 0;
  let start = 0;
  for (let at = 0; at < code.length; at += 2) {
    const op = code[at]!;
    arg = (arg << 8) | code[at + 1]!;
    if (op === EXTENDED_ARG) continue;
    if (targets.has(start)) known.length = 0;
    start = at + 2;
    const a = arg;
    arg = 0;
    const pops = POPS[op];
    if (op === BINARY_OP && known.length >= 1) {
      const n = known.length;
      out[(at << 1)] = (n >= 2 && known[n - 2] === 1 ? LEFT_FROM_BINARY_OP : 0) | (known[n - 1] === 1 ? RIGHT_FROM_BINARY_OP : 0);
    }
    if (op === SWAP && a <= known.length) {
      const n = known.length;
      const t = known[n - 1]!;
      known[n - 1] = known[n - a]!;
      known[n - a] = t;
    } else if (op === COPY) {
      // The copied item is now referenced twice.
      if (a <= known.length) known[known.length - a] = 0;
      known.push(0);
    } else if (pops === undefined) {
      known.length = 0;
    } else {
      known.length = Math.max(0, known.length - pops(a));
      const pushes = PUSHES[op]!(a);
      for (let i = 0; i < pushes; i++) known.push(op === BINARY_OP ? 1 : 0);
    }
  }
}

/** operandsFromBinaryOps for code bytes in the heap. */
export function markReusableOperands(bytecode: number, nbytes: number, table: number, tableBytes: number, out: Int32Array): void {
  operandsFromBinaryOps(u8.subarray(bytecode, bytecode + nbytes), u8.subarray(table, table + tableBytes), out);
}
