/**
 * Superinstructions (src/bytecode/superinstructions.ts): the heap's bytecode
 * fuses common pairs, and everything that shows bytecode still sees CPython's
 * instructions.
 */
import { describe, expect, it } from 'vitest';
import { OPCODES, Op } from '../../src/bytecode/opcodes.js';
import { fuse, SUPERINSTRUCTIONS, unfuse } from '../../src/bytecode/superinstructions.js';
import { compileSource } from '../../src/compiler/compile.js';
import { type CodeObject, isCodeObject } from '../../src/bytecode/code.js';

function allCode(code: CodeObject): CodeObject[] {
  return [code, ...code.co_consts.filter(isCodeObject).flatMap((c) => allCode(c as CodeObject))];
}

const SOURCE = `
def f(a, b, items):
    x = a + 1
    y = x * b
    for i in items:
        y = y + i.real - x
    return a.imag, b, x, 2, y
class C:
    def m(self, k):
        s = self
        return s.k + k
`;

describe('superinstructions', () => {
  it('use opcode numbers free in the opcode table, and fuse pairs of real instructions', () => {
    for (const s of SUPERINSTRUCTIONS) {
      expect(OPCODES.has(s.code), s.name).toBe(false);
      expect(s.code).toBeLessThan(256);
      expect(s.name).toBe(`${OPCODES.get(s.first)!.name}__${OPCODES.get(s.second)!.name}`);
    }
  });

  it('fuse the first of each pair only, and unfuse gives the original back', () => {
    const codes = allCode(compileSource(SOURCE, 'x.py', 'exec'));
    let fused = 0;
    for (const code of codes) {
      const bytes = code.co_code;
      const heap = fuse(bytes);
      expect(heap.length).toBe(bytes.length);
      for (let i = 0; i < bytes.length; i += 2) {
        expect(heap[i + 1], 'arguments are kept').toBe(bytes[i + 1]);
        if (heap[i] === bytes[i]) continue;
        fused++;
        const s = SUPERINSTRUCTIONS.find((x) => x.code === heap[i])!;
        expect(s.first).toBe(bytes[i]);
        expect(s.second).toBe(bytes[i + 2]);
      }
      expect(Array.from(unfuse(heap))).toEqual(Array.from(bytes));
    }
    // LOAD_FAST pairs with LOAD_FAST, LOAD_CONST, LOAD_ATTR and BINARY_OP here; STORE_FAST with LOAD_FAST.
    expect(fused).toBeGreaterThanOrEqual(8);
  });

  it('never start with an instruction the runtime reads in the heap copy', () => {
    // objects/generator.ts looks for RESUME at a suspended generator's next instruction;
    // vm/interpreter.ts for GET_ITER at a caller's and UNPACK_SEQUENCE after FOR_ITER.
    for (const op of [Op.RESUME, Op.GET_ITER, Op.UNPACK_SEQUENCE])
      expect(SUPERINSTRUCTIONS.filter((s) => s.first === op).map((s) => s.name)).toEqual([]);
  });

  it('leave other instructions and EXTENDED_ARG forms alone', () => {
    const bytes = Uint8Array.from([Op.LOAD_FAST, 1, Op.EXTENDED_ARG, 1, Op.LOAD_FAST, 2, Op.RETURN_VALUE, 0]);
    expect(Array.from(fuse(bytes))).toEqual(Array.from(bytes));
  });
});
