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
import { decodeExceptionTable } from '../bytecode/exceptiontable.js';
import { OPCODES, Op } from '../bytecode/opcodes.js';
import { unfuse } from '../bytecode/superinstructions.js';
import { findLabels } from '../bytecode/dis.js';

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

/**
 * Instructions that may stand between a BINARY_OP and the one that pops its result: each reads
 * only the stack items it pops (how many: a function of the argument), and pushes new values
 * (how many follows from its stack effect in the opcode table). Anything else ends what is known
 * of the stack; COPY and SWAP are followed item by item.
 */
const none = (): number => 0;
const one = (): number => 1;
const two = (): number => 2;
const POPS = new Map<number, (arg: number) => number>([
  [Op.NOP, none],
  [Op.RESUME, none],
  [Op.KW_NAMES, none],
  [Op.PUSH_NULL, none],
  [Op.LOAD_CONST, none],
  [Op.LOAD_FAST, none],
  [Op.LOAD_FAST_CHECK, none],
  [Op.LOAD_DEREF, none],
  [Op.LOAD_GLOBAL, none],
  [Op.LOAD_ATTR, one],
  [Op.STORE_FAST, one],
  [Op.POP_TOP, one],
  [Op.UNARY_NEGATIVE, one],
  [Op.UNARY_NOT, one],
  [Op.UNARY_INVERT, one],
  [Op.STORE_ATTR, two],
  [Op.BINARY_OP, two],
  [Op.BINARY_SUBSCR, two],
  [Op.COMPARE_OP, two],
  [Op.IS_OP, two],
  [Op.CONTAINS_OP, two],
  [Op.STORE_SUBSCR, () => 3],
  [Op.CALL, (arg) => arg + 2],
  [Op.BUILD_TUPLE, (arg) => arg],
  [Op.BUILD_LIST, (arg) => arg],
]);

/**
 * Flag each BINARY_OP of `code` whose operands came from BINARY_OPs (see above): the flags
 * go to `out[offset * 2]` (offset in bytes, so one word in each instruction's four).
 */
export function operandsFromBinaryOps(code: Uint8Array, exceptionTable: Uint8Array, out: Int32Array): void {
  const targets = new Set(findLabels(code));
  for (const e of decodeExceptionTable(exceptionTable)) targets.add(e.target);
  /** What is known of the top of the stack, bottom first: 1 for a BINARY_OP's result, 0 for any other value. */
  const known: number[] = [];
  let arg = 0;
  let start = 0;
  for (let at = 0; at < code.length; at += 2) {
    const op = code[at]!;
    arg = (arg << 8) | code[at + 1]!;
    if (op === Op.EXTENDED_ARG) continue;
    if (targets.has(start)) known.length = 0;
    start = at + 2;
    const a = arg;
    arg = 0;
    const n = known.length;
    if (op === Op.BINARY_OP && n >= 1) {
      out[at << 1] = (n >= 2 && known[n - 2] === 1 ? LEFT_FROM_BINARY_OP : 0) | (known[n - 1] === 1 ? RIGHT_FROM_BINARY_OP : 0);
    }
    const pops = POPS.get(op);
    if (op === Op.SWAP && a <= n) {
      const t = known[n - 1]!;
      known[n - 1] = known[n - a]!;
      known[n - a] = t;
    } else if (op === Op.COPY) {
      // The copied item is now referenced twice.
      if (a <= n) known[n - a] = 0;
      known.push(0);
    } else if (pops === undefined) {
      known.length = 0;
    } else {
      const popped = pops(a);
      known.length = Math.max(0, n - popped);
      const pushes = OPCODES.get(op)!.effect(a, false) + popped;
      for (let i = 0; i < pushes; i++) known.push(op === Op.BINARY_OP ? 1 : 0);
    }
  }
}

/**
 * operandsFromBinaryOps for code bytes in the heap, which runs for every code object the first
 * time it runs. Only a BINARY_OP fed by another gets a flag, so code with fewer than two
 * (module and class bodies, most small functions) is skipped: of the code objects a program
 * runs, most are the standard library's at import. Skipping them keeps the analysis from growing
 * hot at start-up, where V8 compiled it with TurboFan (55 ms on a background thread, go.py,
 * `node --trace-opt`) at the moment the interpreter loop's own first compilation needs that thread.
 */
export function markReusableOperands(bytecode: number, nbytes: number, table: number, tableBytes: number, out: Int32Array): void {
  const code = u8.subarray(bytecode, bytecode + nbytes);
  if (!hasTwoBinaryOps(code)) return;
  operandsFromBinaryOps(unfuse(code.slice()), u8.subarray(table, table + tableBytes), out);
}

/**
 * Whether `code` (the heap's bytes: a BINARY_OP is never the first of a superinstruction, so
 * its opcode byte is there as in co_code) holds two BINARY_OPs. indexOf is native: a search of
 * the bytes costs the analysis's JavaScript nothing per byte.
 */
function hasTwoBinaryOps(code: Uint8Array): boolean {
  let n = 0;
  for (let at = code.indexOf(Op.BINARY_OP); at >= 0; at = code.indexOf(Op.BINARY_OP, at + 1)) {
    // An odd offset is an argument byte.
    if ((at & 1) === 0 && ++n === 2) return true;
  }
  return false;
}
