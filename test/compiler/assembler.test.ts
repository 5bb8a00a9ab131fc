/**
 * The assembler on hand-built instruction sequences: code bytes, jump
 * offsets, EXTENDED_ARG, stack sizes, exception tables, the prologue and
 * localsplus, and the flowgraph optimizations CPython 3.12 makes.
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/compiler/assembler.js';
import { InstructionSequence, NO_LOCATION } from '../../src/compiler/instructions.js';
import type { Label, Location, UnitInfo } from '../../src/compiler/instructions.js';
import type { ConstValue } from '../../src/compiler/ast.js';
import { ConstTuple } from '../../src/compiler/ast.js';
import { Op, OPNAME } from '../../src/bytecode/opcodes.js';
import {
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_LOCAL,
  CO_GENERATOR,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
} from '../../src/bytecode/code.js';
import type { CodeObject } from '../../src/bytecode/code.js';
import { decodeExceptionTable } from '../../src/bytecode/exceptiontable.js';
import { coPositions } from '../../src/bytecode/linetable.js';

const at = (line: number, col = 0, endCol = col + 1): Location => ({
  lineno: line,
  end_lineno: line,
  col_offset: col,
  end_col_offset: endCol,
});

function unit(over: Partial<UnitInfo> = {}): UnitInfo {
  return {
    name: 'f',
    qualname: 'f',
    filename: '<test>',
    firstlineno: 1,
    argcount: 0,
    posonlyargcount: 0,
    kwonlyargcount: 0,
    flags: CO_OPTIMIZED | CO_NEWLOCALS,
    consts: [null],
    names: [],
    varnames: [],
    cellvars: [],
    freevars: [],
    ...over,
  };
}

/** A tiny builder: `b.op('LOAD_CONST', 0, line)`, `b.jump('JUMP', label, line)`, `b.label(l)`. */
class B {
  readonly seq = new InstructionSequence();
  op(name: string, arg = 0, loc: Location | number = NO_LOCATION): this {
    this.seq.emit(code(name), arg, typeof loc === 'number' ? at(loc) : loc);
    return this;
  }
  jump(name: string, target: Label, loc: Location | number = NO_LOCATION): this {
    this.seq.emitJump(code(name), target, typeof loc === 'number' ? at(loc) : loc);
    return this;
  }
  label(l: Label): this {
    this.seq.useLabel(l);
    return this;
  }
  newLabel(): Label {
    return this.seq.newLabel();
  }
}

function code(name: string): number {
  const c = (Op as Record<string, number>)[name];
  if (c === undefined) throw new Error(`no opcode ${name}`);
  return c;
}

/** co_code as "NAME arg" strings, EXTENDED_ARG included. */
function ops(co: CodeObject): string[] {
  const out: string[] = [];
  for (let i = 0; i < co.co_code.length; i += 2) out.push(`${OPNAME[co.co_code[i]!]} ${co.co_code[i + 1]}`);
  return out;
}

function excTable(co: CodeObject): string[] {
  return decodeExceptionTable(co.co_exceptiontable).map(
    (e) => `${e.start}-${e.end} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`,
  );
}

describe('assembler: straight-line code', () => {
  it('turns LOAD_CONST + RETURN_VALUE into RETURN_CONST and drops unused constants', () => {
    const b = new B().op('RESUME', 0, 1).op('LOAD_CONST', 1, 2).op('POP_TOP', 0, 2).op('LOAD_CONST', 0).op('RETURN_VALUE');
    const co = assemble(b.seq, unit({ consts: [null, 42n] }));
    // LOAD_CONST 42 / POP_TOP is a redundant pair: both become NOPs, and the
    // line-2 NOP hands its location to the return that has none.
    expect(ops(co)).toEqual(['RESUME 0', 'RETURN_CONST 0']);
    expect(co.co_consts).toEqual([null]);
    expect(co.co_stacksize).toBe(0);
    expect(coPositions(co).map((p) => p[0])).toEqual([1, 2]);
  });

  it('computes the stack size', () => {
    const b = new B()
      .op('RESUME', 0, 1)
      .op('LOAD_CONST', 1, 1)
      .op('LOAD_CONST', 2, 1)
      .op('LOAD_CONST', 3, 1)
      .op('BUILD_LIST', 3, 1)
      .op('STORE_NAME', 0, 1)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE');
    const co = assemble(b.seq, unit({ consts: [null, 1n, 2n, 3n], names: ['x'], flags: 0 }));
    expect(ops(co)).toEqual([
      'RESUME 0',
      'LOAD_CONST 1',
      'LOAD_CONST 2',
      'LOAD_CONST 3',
      'BUILD_LIST 3',
      'STORE_NAME 0',
      'RETURN_CONST 0',
    ]);
    expect(co.co_stacksize).toBe(3);
  });

  it('folds a tuple of constants into one constant', () => {
    const b = new B()
      .op('RESUME', 0, 1)
      .op('LOAD_CONST', 1, 1)
      .op('LOAD_CONST', 2, 1)
      .op('BUILD_TUPLE', 2, 1)
      .op('RETURN_VALUE', 0, 1);
    const co = assemble(b.seq, unit({ consts: [null, 1n, 2n] }));
    // The folded constant is not turned into RETURN_CONST: CPython 3.12 does
    // not revisit it (the AST optimizer folds such tuples first anyway).
    expect(ops(co)).toEqual(['RESUME 0', 'LOAD_CONST 1', 'RETURN_VALUE 0']);
    // None stays (index 0 is always kept), 1 and 2 are unused now.
    expect(co.co_consts.length).toBe(2);
    expect(co.co_consts[1]).toBeInstanceOf(ConstTuple);
    expect((co.co_consts[1] as ConstTuple).items).toEqual([1n, 2n]);
  });

  it('uses EXTENDED_ARG for large arguments', () => {
    const consts: ConstValue[] = [null];
    for (let i = 1; i <= 300; i++) consts.push(BigInt(i));
    const b = new B().op('RESUME', 0, 1).op('LOAD_CONST', 300, 2).op('STORE_NAME', 0, 2).op('LOAD_CONST', 0).op('RETURN_VALUE');
    const co = assemble(b.seq, unit({ consts, names: ['x'], flags: 0 }));
    // Unused constants are dropped, so 300 moves to index 1.
    expect(ops(co)).toEqual(['RESUME 0', 'LOAD_CONST 1', 'STORE_NAME 0', 'RETURN_CONST 0']);

    const names = Array.from({ length: 70000 }, (_, i) => `n${i}`);
    const b2 = new B().op('RESUME', 0, 1).op('LOAD_NAME', 0x10203, 2).op('STORE_NAME', 300, 2).op('LOAD_CONST', 0).op('RETURN_VALUE');
    const co2 = assemble(b2.seq, unit({ names, flags: 0 }));
    expect(ops(co2)).toEqual([
      'RESUME 0',
      'EXTENDED_ARG 1',
      'EXTENDED_ARG 2',
      'LOAD_NAME 3',
      'EXTENDED_ARG 1',
      'STORE_NAME 44',
      'RETURN_CONST 0',
    ]);
    // EXTENDED_ARG shares its instruction's location.
    expect(coPositions(co2).map((p) => p[0])).toEqual([1, 2, 2, 2, 2, 2, 2]);
  });
});

describe('assembler: jumps', () => {
  it('lays out a while loop with a backward jump and inverts the condition', () => {
    // while x: x = x - 1
    const top = new B();
    const loop = top.newLabel();
    const body = top.newLabel();
    const end = top.newLabel();
    top
      .op('RESUME', 0, 1)
      .label(loop)
      .op('LOAD_NAME', 0, 1)
      .jump('POP_JUMP_IF_FALSE', end, 1)
      .label(body)
      .op('LOAD_NAME', 0, 2)
      .op('LOAD_CONST', 1, 2)
      .op('BINARY_OP', 10, 2)
      .op('STORE_NAME', 0, 2)
      .jump('JUMP', loop, 2)
      .label(end)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE');
    const co = assemble(top.seq, unit({ consts: [null, 1n], names: ['x'], flags: 0 }));
    expect(ops(co)).toEqual([
      'RESUME 0',
      'LOAD_NAME 0',
      'POP_JUMP_IF_FALSE 5', // to RETURN_CONST at unit 8: 8 - 3
      'LOAD_NAME 0',
      'LOAD_CONST 1',
      'BINARY_OP 10',
      'STORE_NAME 0',
      'JUMP_BACKWARD 7', // to unit 1: 8 - 7
      'RETURN_CONST 0',
    ]);
    expect(co.co_stacksize).toBe(2);
  });

  it('removes a jump to the next instruction and threads jumps to jumps', () => {
    const b = new B();
    const l1 = b.newLabel();
    const l2 = b.newLabel();
    const l3 = b.newLabel();
    b.op('RESUME', 0, 1)
      .op('LOAD_NAME', 0, 1)
      .jump('POP_JUMP_IF_TRUE', l1, 1)
      .op('LOAD_NAME', 1, 2)
      .op('POP_TOP', 0, 2)
      .label(l1)
      .jump('JUMP', l2, 1) // threaded: the conditional jump goes to l2 directly
      .op('LOAD_NAME', 2, 3) // unreachable
      .op('POP_TOP', 0, 3)
      .label(l2)
      .jump('JUMP', l3, 1)
      .label(l3)
      .op('LOAD_CONST', 0, 4)
      .op('RETURN_VALUE', 0, 4);
    const co = assemble(b.seq, unit({ names: ['a', 'b', 'c'], flags: 0 }));
    // The exit block is inlined in place of both jumps; a NOP keeps line 1 of
    // each jump that was replaced. LOAD_NAME c is gone.
    expect(ops(co)).toEqual([
      'RESUME 0',
      'LOAD_NAME 0',
      'POP_JUMP_IF_TRUE 4',
      'LOAD_NAME 1',
      'POP_TOP 0',
      'NOP 0',
      'RETURN_CONST 0',
      'NOP 0',
      'RETURN_CONST 0',
    ]);
    expect(coPositions(co).map((p) => p[0])).toEqual([1, 1, 1, 2, 2, 1, 4, 1, 4]);
  });

  it('iterates EXTENDED_ARG sizes to a fixed point for long jumps', () => {
    const b = new B();
    const end = b.newLabel();
    b.op('RESUME', 0, 1).op('LOAD_NAME', 0, 1).jump('POP_JUMP_IF_FALSE', end, 1);
    for (let i = 0; i < 300; i++) b.op('LOAD_NAME', 0, 2 + i).op('POP_TOP', 0, 2 + i);
    b.label(end).op('LOAD_CONST', 0, 400).op('RETURN_VALUE', 0, 400);
    const co = assemble(b.seq, unit({ names: ['a'], flags: 0 }));
    const o = ops(co);
    expect(o.slice(0, 4)).toEqual(['RESUME 0', 'LOAD_NAME 0', 'EXTENDED_ARG 2', 'POP_JUMP_IF_FALSE 88']);
    // 600 code units are skipped: 2 * 256 + 88.
    expect(o.length).toBe(4 + 600 + 1);
    expect(o[o.length - 1]).toBe('RETURN_CONST 0');
  });

  it('jumps to an exit block without a line number get their own copy (for f_lineno)', () => {
    // if a: b   (both branches end at the implicit return)
    const b = new B();
    const end = b.newLabel();
    b.op('RESUME', 0, 1)
      .op('LOAD_NAME', 0, 1)
      .jump('POP_JUMP_IF_FALSE', end, 1)
      .op('LOAD_NAME', 1, 2)
      .op('POP_TOP', 0, 2)
      .label(end)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE');
    const co = assemble(b.seq, unit({ names: ['a', 'b'], flags: 0 }));
    expect(ops(co)).toEqual([
      'RESUME 0',
      'LOAD_NAME 0',
      'POP_JUMP_IF_FALSE 3',
      'LOAD_NAME 1',
      'POP_TOP 0',
      'RETURN_CONST 0',
      'RETURN_CONST 0',
    ]);
    expect(coPositions(co).map((p) => p[0])).toEqual([1, 1, 1, 2, 2, 2, 1]);
  });
});

describe('assembler: exception handling', () => {
  /** try: x() except: pass */
  function tryExcept(): B {
    const b = new B();
    const handler = b.newLabel();
    const cleanup = b.newLabel();
    const end = b.newLabel();
    b.op('RESUME', 0, 0)
      .op('NOP', 0, 1)
      .jump('SETUP_FINALLY', handler, 1)
      .op('PUSH_NULL', 0, 2)
      .op('LOAD_NAME', 0, 2)
      .op('CALL', 0, 2)
      .op('POP_TOP', 0, 2)
      .op('POP_BLOCK')
      .jump('JUMP', end)
      .label(handler)
      .jump('SETUP_CLEANUP', cleanup, 3)
      .op('PUSH_EXC_INFO', 0, 3)
      .op('POP_TOP', 0, 3)
      .op('POP_BLOCK', 0, 4)
      .op('POP_EXCEPT', 0, 4)
      .jump('JUMP', end, 4)
      .label(cleanup)
      .op('COPY', 3)
      .op('POP_EXCEPT')
      .op('RERAISE', 1)
      .label(end)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE');
    return b;
  }

  it('builds the exception table and moves handlers to the end', () => {
    const co = assemble(tryExcept().seq, unit({ names: ['x'], flags: 0 }));
    expect(ops(co)).toEqual([
      'RESUME 0', // 0
      'NOP 0', // 2
      'PUSH_NULL 0', // 4
      'LOAD_NAME 0', // 6
      'CALL 0', // 8
      'POP_TOP 0', // 10
      'RETURN_CONST 0', // 12
      'PUSH_EXC_INFO 0', // 14
      'POP_TOP 0', // 16
      'POP_EXCEPT 0', // 18
      'RETURN_CONST 0', // 20
      'COPY 3', // 22
      'POP_EXCEPT 0', // 24
      'RERAISE 1', // 26
    ]);
    expect(excTable(co)).toEqual(['4-12 -> 14 [0]', '14-18 -> 22 [1] lasti']);
    expect(co.co_stacksize).toBe(4);
  });

  it('records the handler depth of a with block (SETUP_WITH, lasti)', () => {
    // with a: pass
    const b = new B();
    const handler = b.newLabel();
    const exit = b.newLabel();
    const cleanup = b.newLabel();
    b.op('RESUME', 0, 1)
      .op('LOAD_NAME', 0, 1)
      .op('BEFORE_WITH', 0, 1)
      .jump('SETUP_WITH', handler, 1)
      .op('POP_TOP', 0, 1)
      .op('POP_BLOCK', 0, 2)
      .op('LOAD_CONST', 0, 1)
      .op('LOAD_CONST', 0, 1)
      .op('LOAD_CONST', 0, 1)
      .op('CALL', 2, 1)
      .op('POP_TOP', 0, 1)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE')
      .label(handler)
      .jump('SETUP_CLEANUP', cleanup, 1)
      .op('PUSH_EXC_INFO', 0, 1)
      .op('WITH_EXCEPT_START', 0, 1)
      .jump('POP_JUMP_IF_TRUE', exit, 1)
      .op('RERAISE', 2, 1)
      .label(exit)
      .op('POP_TOP', 0, 1)
      .op('POP_BLOCK', 0, 1)
      .op('POP_EXCEPT', 0, 1)
      .op('POP_TOP', 0, 1)
      .op('POP_TOP', 0, 1)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE')
      .label(cleanup)
      .op('COPY', 3)
      .op('POP_EXCEPT')
      .op('RERAISE', 1);
    const co = assemble(b.seq, unit({ names: ['a'], flags: 0 }));
    const o = ops(co);
    expect(o.slice(0, 4)).toEqual(['RESUME 0', 'LOAD_NAME 0', 'BEFORE_WITH 0', 'POP_TOP 0']);
    // POP_TOP is covered, with depth 1 (the __exit__ below) and lasti.
    const t = excTable(co);
    expect(t[0]).toBe('6-8 -> 22 [1] lasti');
    expect(co.co_stacksize).toBe(6); // as CPython 3.12 for `with a: pass`
  });

  it('gives YIELD_VALUE the depth of the handler stack', () => {
    const b = new B();
    const handler = b.newLabel();
    const end = b.newLabel();
    b.op('RESUME', 0, 1)
      .jump('SETUP_FINALLY', handler, 2)
      .op('LOAD_CONST', 0, 3)
      .op('YIELD_VALUE', 0, 3)
      .op('RESUME', 1, 3)
      .op('POP_TOP', 0, 3)
      .op('POP_BLOCK', 0, 3)
      .jump('JUMP', end, 3)
      .label(handler)
      .op('PUSH_EXC_INFO', 0, 4)
      .op('POP_EXCEPT', 0, 4)
      .op('POP_TOP', 0, 4)
      .label(end)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE');
    const co = assemble(b.seq, unit({ flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR }));
    expect(ops(co)).toContain('YIELD_VALUE 1');
    expect(ops(co).slice(0, 2)).toEqual(['RETURN_GENERATOR 0', 'POP_TOP 0']);
  });
});

describe('assembler: locals, cells and the prologue', () => {
  it('adds COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR and maps deref opargs to localsplus', () => {
    // def g(a):        a is an argument and a cell; c is a plain cell; f is free
    //     b = 1; yield
    const b = new B();
    b.op('RESUME', 0, 1)
      .op('LOAD_CONST', 1, 2)
      .op('STORE_FAST', 1, 2) // b
      .op('LOAD_DEREF', 0, 3) // cellvars[0] = a -> slot 0
      .op('STORE_DEREF', 1, 3) // cellvars[1] = c -> slot 2
      .op('LOAD_DEREF', 2, 4) // freevars[0] = f -> slot 3
      .op('POP_TOP', 0, 4)
      .op('LOAD_CONST', 0)
      .op('RETURN_VALUE');
    const co = assemble(
      b.seq,
      unit({
        argcount: 1,
        consts: [null, 1n],
        varnames: ['a', 'b'],
        cellvars: ['a', 'c'],
        freevars: ['f'],
        flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR,
      }),
    );
    expect(ops(co)).toEqual([
      'COPY_FREE_VARS 1',
      'MAKE_CELL 0',
      'MAKE_CELL 2',
      'RETURN_GENERATOR 0',
      'POP_TOP 0',
      'RESUME 0',
      'LOAD_CONST 1',
      'STORE_FAST 1',
      'LOAD_DEREF 0',
      'STORE_DEREF 2',
      'LOAD_DEREF 3',
      'POP_TOP 0',
      'RETURN_CONST 0',
    ]);
    expect(co.co_localsplusnames).toEqual(['a', 'b', 'c', 'f']);
    expect([...co.co_localspluskinds]).toEqual([CO_FAST_LOCAL | CO_FAST_CELL, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE]);
    expect(co.co_varnames).toEqual(['a', 'b']);
    expect(co.co_cellvars).toEqual(['a', 'c']);
    expect(co.co_freevars).toEqual(['f']);
    expect(co.co_stacksize).toBe(1);
    // The prologue has no line number, RETURN_GENERATOR the first line.
    const lines = coPositions(co).map((p) => p[0]);
    expect(lines.slice(0, 6)).toEqual([null, null, null, 1, null, 1]);
  });

  it('uses LOAD_FAST_CHECK only where a local may be unbound', () => {
    // def f(p): if p: x = 1; return x + p
    const b = new B();
    const skip = b.newLabel();
    b.op('RESUME', 0, 1)
      .op('LOAD_FAST', 0, 2)
      .jump('POP_JUMP_IF_FALSE', skip, 2)
      .op('LOAD_CONST', 1, 3)
      .op('STORE_FAST', 1, 3)
      .label(skip)
      .op('LOAD_FAST', 1, 4)
      .op('LOAD_FAST', 0, 4)
      .op('BINARY_OP', 0, 4)
      .op('LOAD_FAST', 1, 4) // checked just before: no second check
      .op('BINARY_OP', 0, 4)
      .op('RETURN_VALUE', 0, 4);
    const co = assemble(b.seq, unit({ argcount: 1, consts: [null, 1n], varnames: ['p', 'x'] }));
    expect(ops(co)).toEqual([
      'RESUME 0',
      'LOAD_FAST 0',
      'POP_JUMP_IF_FALSE 2',
      'LOAD_CONST 1',
      'STORE_FAST 1',
      'LOAD_FAST_CHECK 1',
      'LOAD_FAST 0',
      'BINARY_OP 0',
      'LOAD_FAST 1',
      'BINARY_OP 0',
      'RETURN_VALUE 0',
    ]);
  });

  it('counts positional-only parameters in co_argcount', () => {
    const b = new B().op('RESUME', 0, 1).op('LOAD_FAST', 0, 2).op('RETURN_VALUE', 0, 2);
    const co = assemble(b.seq, unit({ argcount: 1, posonlyargcount: 1, varnames: ['a', 'b'] }));
    expect(co.co_argcount).toBe(2);
    expect(co.co_posonlyargcount).toBe(1);
    expect(ops(co)).toEqual(['RESUME 0', 'LOAD_FAST 0', 'RETURN_VALUE 0']);
  });
});

describe('assembler: equal code objects', () => {
  it('merges equal code constants as CPython\'s const cache does', async () => {
    const { compileSource } = await import('../../src/compiler/compile.js');
    const co = compileSource('f1, f2 = lambda: ..., lambda: ...\ng = lambda: 2\n', '<test>', 'exec') as CodeObject;
    // Both lambdas of line 1 are one constant; None stays last as in CPython.
    expect(co.co_consts.length).toBe(3);
    expect(ops(co).filter((o) => o.startsWith('LOAD_CONST'))).toEqual(['LOAD_CONST 0', 'LOAD_CONST 0', 'LOAD_CONST 1']);
  });
});

describe('assembler: pseudo-instructions and errors', () => {
  it('lowers LOAD_METHOD and the super forms', () => {
    const b = new B()
      .op('RESUME', 0, 1)
      .op('LOAD_NAME', 0, 1)
      .op('LOAD_METHOD', 1, 1)
      .op('CALL', 0, 1)
      .op('POP_TOP', 0, 1)
      .op('LOAD_GLOBAL', 0, 2)
      .op('LOAD_DEREF', 0, 2)
      .op('LOAD_FAST', 0, 2)
      .op('LOAD_ZERO_SUPER_METHOD', 1, 2)
      .op('CALL', 0, 2)
      .op('RETURN_VALUE', 0, 2);
    const co = assemble(b.seq, unit({ names: ['o', 'm'], varnames: ['self'], argcount: 1, freevars: ['__class__'] }));
    expect(ops(co)).toEqual([
      'COPY_FREE_VARS 1',
      'RESUME 0',
      'LOAD_NAME 0',
      'LOAD_ATTR 3',
      'CALL 0',
      'POP_TOP 0',
      'LOAD_GLOBAL 0',
      'LOAD_DEREF 1',
      'LOAD_FAST 0',
      'LOAD_SUPER_ATTR 5',
      'CALL 0',
      'RETURN_VALUE 0',
    ]);
  });

  it('reports a negative stack depth as an internal compiler error', () => {
    const b = new B().op('RESUME', 0, 1).op('POP_TOP', 0, 1).op('LOAD_CONST', 0).op('RETURN_VALUE');
    expect(() => assemble(b.seq, unit())).toThrow(/internal compiler error: negative stack depth/);
  });

  it('reports inconsistent depths at a join as an internal compiler error', () => {
    const b = new B();
    const join = b.newLabel();
    b.op('RESUME', 0, 1)
      .op('LOAD_NAME', 0, 1)
      .jump('POP_JUMP_IF_FALSE', join, 1)
      .op('LOAD_NAME', 0, 2)
      .label(join)
      .op('LOAD_CONST', 0, 3)
      .op('RETURN_VALUE', 0, 3);
    expect(() => assemble(b.seq, unit({ names: ['a'] }))).toThrow(/internal compiler error: inconsistent stack depth/);
  });

  it('reports a jump to an unbound label', () => {
    const b = new B();
    const nowhere = b.newLabel();
    b.op('RESUME', 0, 1).jump('JUMP', nowhere, 1);
    expect(() => assemble(b.seq, unit())).toThrow(/internal compiler error/);
  });
});
