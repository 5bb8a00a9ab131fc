import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOpcodeDoc } from '../../src/bytecode/opcode-doc.js';
import { HAVE_ARGUMENT, OPCODES, OPNAME, Op, opInfo } from '../../src/bytecode/opcodes.js';

describe('opcode table', () => {
  it('uses CPython 3.12 numbers', () => {
    // A sample across the range, from CPython 3.12's Lib/opcode.py.
    expect(Op.POP_TOP).toBe(1);
    expect(Op.BINARY_SUBSCR).toBe(25);
    expect(Op.RETURN_VALUE).toBe(83);
    expect(Op.LOAD_CONST).toBe(100);
    expect(Op.FOR_ITER).toBe(93);
    expect(Op.LOAD_GLOBAL).toBe(116);
    expect(Op.RETURN_CONST).toBe(121);
    expect(Op.BINARY_OP).toBe(122);
    expect(Op.LOAD_FAST).toBe(124);
    expect(Op.JUMP_BACKWARD).toBe(140);
    expect(Op.RESUME).toBe(151);
    expect(Op.CALL).toBe(171);
    expect(Op.LOAD_FROM_DICT_OR_DEREF).toBe(176);
  });

  it('gives an argument exactly to the opcodes at or above HAVE_ARGUMENT', () => {
    for (const info of OPCODES.values()) {
      if (info.isPseudo) continue;
      expect(info.hasArg, info.name).toBe(info.code >= HAVE_ARGUMENT);
    }
  });

  it('names every opcode by number', () => {
    expect(OPNAME[100]).toBe('LOAD_CONST');
    expect(opInfo(Op.CALL).effect(2, false)).toBe(-3);
    expect(opInfo(Op.SETUP_CLEANUP).effect(0, true)).toBe(2);
    expect(() => opInfo(999)).toThrow();
  });

  it('docs/opcodes.md is fresh (npm run gen:opcodes rewrites it)', () => {
    const committed = readFileSync(new URL('../../docs/opcodes.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderOpcodeDoc());
  });
});
