/**
 * Superinstructions: the commonest pairs of instructions, run as one.
 *
 * Each instruction the interpreter loop runs pays for its dispatch (fetch,
 * decode, the switch's jump, the loop's back edge): about 30 machine
 * instructions in V8's code for the loop, where a LOAD_FAST's own work is
 * fewer than 15 (measured with `valgrind --tool=cachegrind`, see
 * docs/performance.md). When a heap code object is made (objects/code.ts),
 * the first instruction of each pair below gets the pair's opcode; its
 * argument byte and the second instruction stay as they were. The loop runs
 * the pair's opcode as both instructions, reading the second's argument from
 * the next code unit, and goes on after the second. A jump to the second
 * instruction still finds it intact, and every offset (jump targets, the
 * exception table, the line table, f_lasti) keeps its meaning. CPython 3.11
 * quickens the same way (LOAD_FAST__LOAD_FAST and its kin).
 *
 * Only the heap's copy of the bytecode holds these opcodes: co_code, `dis`,
 * marshal and the bytecode cache see CPython's instructions (unfuse()). The
 * runtime peeks at a few opcodes of the heap's copy (RESUME in
 * objects/generator.ts, GET_ITER and UNPACK_SEQUENCE in vm/interpreter.ts):
 * none of them may start a pair (test/bytecode/superinstructions.test.ts).
 * Numbers 177-186 are free in CPython 3.12's table (opcodes.ts).
 */
import { Op } from './opcodes.js';

export interface Superinstruction {
  readonly code: number;
  readonly name: string;
  readonly first: number;
  readonly second: number;
}

/** Chosen by how often each pair runs (per program, averaged over bench/programs): see docs/performance.md. */
export const SUPERINSTRUCTIONS: readonly Superinstruction[] = [
  { code: 177, name: 'LOAD_FAST__LOAD_FAST', first: Op.LOAD_FAST, second: Op.LOAD_FAST },
  { code: 178, name: 'STORE_FAST__LOAD_FAST', first: Op.STORE_FAST, second: Op.LOAD_FAST },
  { code: 179, name: 'LOAD_FAST__LOAD_CONST', first: Op.LOAD_FAST, second: Op.LOAD_CONST },
  { code: 180, name: 'LOAD_CONST__LOAD_FAST', first: Op.LOAD_CONST, second: Op.LOAD_FAST },
  { code: 181, name: 'LOAD_FAST__LOAD_ATTR', first: Op.LOAD_FAST, second: Op.LOAD_ATTR },
  { code: 182, name: 'LOAD_FAST__BINARY_OP', first: Op.LOAD_FAST, second: Op.BINARY_OP },
  { code: 183, name: 'LOAD_CONST__BINARY_OP', first: Op.LOAD_CONST, second: Op.BINARY_OP },
  { code: 184, name: 'COMPARE_OP__POP_JUMP_IF_FALSE', first: Op.COMPARE_OP, second: Op.POP_JUMP_IF_FALSE },
  { code: 185, name: 'COMPARE_OP__POP_JUMP_IF_TRUE', first: Op.COMPARE_OP, second: Op.POP_JUMP_IF_TRUE },
  { code: 186, name: 'FOR_ITER__STORE_FAST', first: Op.FOR_ITER, second: Op.STORE_FAST },
];

/** Pair opcode by (first << 8 | second); 0 where the pair is not fused. */
const FUSED = new Uint8Array(1 << 16);
/** The first instruction's opcode by pair opcode; 0 for an ordinary opcode. */
const FIRST = new Uint8Array(256);
const BY_CODE = new Map<number, Superinstruction>();
for (const s of SUPERINSTRUCTIONS) {
  FUSED[(s.first << 8) | s.second] = s.code;
  FIRST[s.code] = s.first;
  BY_CODE.set(s.code, s);
}

/** The superinstruction running opcodes `first` then `second` (bytes of co_code); 0 if they are not fused. */
export function pairOpcode(first: number, second: number): number {
  return FUSED[(first << 8) | second]!;
}

/** The superinstruction of opcode `code`, if it is one. */
export function superinstruction(code: number): Superinstruction | undefined {
  return BY_CODE.get(code);
}

/** co_code with each fused pair's first opcode replaced (a copy; `code` is not changed). */
export function fuse(code: Uint8Array): Uint8Array {
  const out = Uint8Array.from(code);
  for (let i = 0; i + 3 < code.length; i += 2) {
    const pair = pairOpcode(code[i]!, code[i + 2]!);
    // The second instruction's argument must be its whole argument: no EXTENDED_ARG before it,
    // which the pair test already ensures (its opcode would be EXTENDED_ARG).
    if (pair !== 0) out[i] = pair;
  }
  return out;
}

/** The instructions fuse() was given back (in place). */
export function unfuse(code: Uint8Array): Uint8Array {
  for (let i = 0; i < code.length; i += 2) {
    const first = FIRST[code[i]!]!;
    if (first !== 0) code[i] = first;
  }
  return code;
}
