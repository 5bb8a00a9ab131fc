/**
 * The code generator's nested units (functions, classes, lambdas,
 * comprehensions, type-parameter scopes): what each code unit hands the
 * assembler, checked against what CPython 3.12's compiler records for the
 * same source (names, cells, flags, constants order, key instructions).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/compiler/parser.js';
import { optimizeAst } from '../../src/compiler/astopt.js';
import { generateCode } from '../../src/compiler/codegen-driver.js';
import { OPCODES } from '../../src/bytecode/opcodes.js';
import { ConstTuple, PyComplex, type ConstValue } from '../../src/compiler/ast.js';
import type { InstructionSequence, UnitInfo } from '../../src/compiler/instructions.js';

interface Unit {
  seq: InstructionSequence;
  unit: UnitInfo & { fasthidden?: string[] };
  ops: string[];
}

function compileUnits(src: string, mode: 'exec' | 'eval' | 'single' = 'exec', optimize = 0): Map<string, Unit> {
  const units = new Map<string, Unit>();
  const mod = parse(src, '<test>', mode);
  generateCode(
    mod,
    src,
    '<test>',
    optimize,
    (seq, unit) => {
      const ops: string[] = [];
      for (const it of seq.items) {
        if (it.kind === 'instr') ops.push(OPCODES.get(it.instr.opcode)!.name + ' ' + it.instr.oparg);
      }
      units.set(unit.qualname, { seq, unit, ops });
      return { isCodeObject: true, qualname: unit.qualname } as never;
    },
    (m, o) => optimizeAst(m, o),
  );
  return units;
}

function opnames(u: Unit): string[] {
  return u.ops.map((o) => o.split(' ')[0]!);
}

const CO_OPTIMIZED = 1,
  CO_NEWLOCALS = 2,
  CO_VARARGS = 4,
  CO_VARKEYWORDS = 8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_COROUTINE = 0x80,
  CO_ASYNC_GENERATOR = 0x200;

describe('code units', () => {
  it('qualnames as CPython', () => {
    const units = compileUnits(
      [
        'def f():',
        '    def g():',
        '        class C:',
        '            def m(self): return lambda: [x for x in ()]',
        '    global h',
        '    def h(): pass',
        'class D:',
        '    def n[T](self): pass',
        'def k[U](): pass',
      ].join('\n') + '\n',
    );
    expect([...units.keys()].sort()).toEqual(
      [
        '<module>',
        'f',
        'f.<locals>.g',
        'f.<locals>.g.<locals>.C',
        'f.<locals>.g.<locals>.C.m',
        'f.<locals>.g.<locals>.C.m.<locals>.<lambda>',
        'h',
        'D',
        'D.n',
        'D.<generic parameters of n>',
        '<generic parameters of k>',
        'k',
      ].sort(),
    );
  });

  it('flags of functions, generators, coroutines and async generators', () => {
    const units = compileUnits(
      'def f(*a, **k): pass\ndef g(): yield\nasync def c(): await x\nasync def ag(): yield\ndef o():\n    def i(): pass\n',
    );
    const base = CO_OPTIMIZED | CO_NEWLOCALS;
    expect(units.get('f')!.unit.flags).toBe(base | CO_VARARGS | CO_VARKEYWORDS);
    expect(units.get('g')!.unit.flags).toBe(base | CO_GENERATOR);
    expect(units.get('c')!.unit.flags).toBe(base | CO_COROUTINE);
    expect(units.get('ag')!.unit.flags).toBe(base | CO_ASYNC_GENERATOR);
    expect(units.get('o.<locals>.i')!.unit.flags).toBe(base | CO_NESTED);
    expect(units.get('<module>')!.unit.flags).toBe(0);
  });

  it('docstring or None first in co_consts; lambdas have no docstring', () => {
    const units = compileUnits('def f():\n    "doc"\n    return 1\ndef g(): return 2\nl = lambda: "s"\n');
    expect(units.get('f')!.unit.consts[0]).toBe('doc');
    expect(units.get('g')!.unit.consts[0]).toBe(null);
    expect(units.get('<lambda>')!.unit.consts).toEqual([null, 's']);
    const oo = compileUnits('def f():\n    "doc"\n    return 1\n', 'exec', 2);
    expect(oo.get('f')!.unit.consts[0]).toBe(null);
  });

  it('keeps 1, 1.0, True, -0.0, 0.0, 1j, "a" and b"a" apart', () => {
    const units = compileUnits('x = (1, 1.0, True, -0.0, 0.0, 1j, "a", b"a", 1, True)\nf(1, 1.0, True, -0.0, 0.0, "a", b"a")\n');
    const consts = units.get('<module>')!.unit.consts;
    const call = consts.filter((c) => !(c instanceof ConstTuple));
    expect(call.slice(0, 7)).toEqual([1n, 1.0, true, -0, 0, 'a', new Uint8Array([97])]);
    expect(Object.is(call[3], -0)).toBe(true);
    expect(Object.is(call[4], 0)).toBe(true);
    const tuple = consts.find((c): c is ConstTuple => c instanceof ConstTuple)!;
    expect(tuple.items[5]).toEqual(new PyComplex(0, 1));
  });

  it('closures: cells, free variables and LOAD_CLOSURE order', () => {
    const units = compileUnits('def f(a, b):\n    c = 1\n    def g():\n        return c, a\n    return g\n');
    const f = units.get('f')!;
    const g = units.get('f.<locals>.g')!;
    expect(f.unit.varnames).toEqual(['a', 'b', 'g']);
    expect(f.unit.cellvars).toEqual(['a', 'c']);
    expect(g.unit.freevars).toEqual(['a', 'c']);
    expect(f.ops).toContain('LOAD_CLOSURE 0');
    expect(f.ops).toContain('MAKE_FUNCTION 8');
    expect(g.ops.slice(1, 3)).toEqual(['LOAD_DEREF 1', 'LOAD_DEREF 0']);
  });

  it('inlines list comprehensions in functions (PEP 709)', () => {
    const units = compileUnits('def f(y):\n    return [x for x in y]\n');
    expect(units.has('f.<locals>.<listcomp>')).toBe(false);
    const f = units.get('f')!;
    expect(opnames(f)).toEqual([
      'RESUME',
      'LOAD_FAST',
      'GET_ITER',
      'LOAD_FAST_AND_CLEAR',
      'SWAP',
      'SETUP_FINALLY',
      'BUILD_LIST',
      'SWAP',
      'FOR_ITER',
      'STORE_FAST',
      'LOAD_FAST',
      'LIST_APPEND',
      'JUMP',
      'END_FOR',
      'POP_BLOCK',
      'JUMP',
      'SWAP',
      'POP_TOP',
      'SWAP',
      'STORE_FAST_MAYBE_NULL',
      'RERAISE',
      'SWAP',
      'STORE_FAST_MAYBE_NULL',
      'RETURN_VALUE',
      'LOAD_CONST',
      'RETURN_VALUE',
    ]);
    // module-level comprehensions use hidden fast locals
    const m = compileUnits('[x for x in y]\n').get('<module>')!;
    expect(m.unit.fasthidden).toEqual(['x']);
  });

  it('generator expressions stay separate code objects wrapped in a StopIteration handler', () => {
    const units = compileUnits('def f(y):\n    return (x for x in y)\n');
    const g = units.get('f.<locals>.<genexpr>')!;
    expect(g.unit.argcount).toBe(1);
    expect(g.unit.varnames).toEqual(['.0', 'x']);
    expect(opnames(g)[0]).toBe('SETUP_CLEANUP');
    expect(g.ops.slice(-4)).toEqual(['CALL_INTRINSIC_1 3', 'RERAISE 1', 'LOAD_CONST 0', 'RETURN_VALUE 0']);
    expect(opnames(units.get('f')!)).toContain('GET_ITER');
  });

  it('zero-argument super() and the __class__ cell', () => {
    const units = compileUnits('class C(B):\n    def f(self):\n        return super().f()\n');
    const c = units.get('C')!;
    const f = units.get('C.f')!;
    expect(c.unit.cellvars).toEqual(['__class__']);
    expect(c.unit.names).toContain('__classcell__');
    expect(f.unit.freevars).toEqual(['__class__']);
    // LOAD_GLOBAL super; LOAD_DEREF __class__; LOAD_FAST self; LOAD_SUPER_ATTR (method, zero-arg)
    const i = opnames(f).indexOf('LOAD_SUPER_ATTR');
    expect(f.ops.slice(i - 3, i + 1)).toEqual(['LOAD_GLOBAL 0', 'LOAD_DEREF 0', 'LOAD_FAST 0', 'LOAD_SUPER_ATTR 5']);
  });

  it('break and return through finally and with', () => {
    const units = compileUnits(
      'def f(a):\n    for x in a:\n        try:\n            with x:\n                return 1\n        finally:\n            g()\n',
    );
    const names = opnames(units.get('f')!);
    // the with block's __exit__ is called, then the finally body runs, then the for iterator is popped
    const ret = names.indexOf('RETURN_VALUE');
    expect(names.slice(ret - 14, ret + 1)).toEqual([
      'NOP',
      'POP_BLOCK',
      'LOAD_CONST',
      'LOAD_CONST',
      'LOAD_CONST',
      'CALL',
      'POP_TOP',
      'POP_BLOCK',
      'PUSH_NULL',
      'LOAD_GLOBAL',
      'CALL',
      'POP_TOP',
      'POP_TOP',
      'LOAD_CONST',
      'RETURN_VALUE',
    ]);
  });

  it('generic functions and type aliases use type-parameter scopes', () => {
    const units = compileUnits('def f[T](x=1): pass\ntype A[U] = list[U]\n');
    const tp = units.get('<generic parameters of f>')!;
    expect(tp.unit.varnames).toEqual(['.defaults', 'T']);
    expect(tp.unit.argcount).toBe(1);
    expect(tp.ops).toContain('CALL_INTRINSIC_2 4');
    const alias = units.get('<generic parameters of A>')!;
    expect(alias.ops).toContain('CALL_INTRINSIC_1 11');
    expect(units.get('A')!.unit.consts[0]).toBe(null);
  });

  it('interactive mode prints expression statements; eval mode returns the value', () => {
    const single = compileUnits('1 + x\n', 'single').get('<module>')!;
    expect(single.ops).toContain('CALL_INTRINSIC_1 1');
    const ev = compileUnits('a + b', 'eval').get('<module>')!;
    expect(opnames(ev)).toEqual(['RESUME', 'LOAD_NAME', 'LOAD_NAME', 'BINARY_OP', 'RETURN_VALUE']);
  });

  it('-O drops asserts and makes __debug__ False; -OO drops docstrings', () => {
    const o1 = compileUnits('assert x\ny = __debug__\n', 'exec', 1).get('<module>')!;
    expect(opnames(o1)).not.toContain('LOAD_ASSERTION_ERROR');
    expect(o1.unit.consts).toContain(false);
    const o2 = compileUnits('"doc"\nclass C:\n    "cdoc"\n', 'exec', 2);
    expect(o2.get('<module>')!.unit.names).not.toContain('__doc__');
    expect(o2.get('C')!.unit.names).not.toContain('__doc__');
  });

  it('from __future__ import annotations stores annotations as strings', () => {
    const m = compileUnits('from __future__ import annotations\nx: list[int] | None = 1\ndef f(a: A.B) -> "C": pass\n');
    const consts = m.get('<module>')!.unit.consts as ConstValue[];
    expect(consts).toContain('list[int] | None');
    expect(consts).toContain(new ConstTuple(['a', 'A.B', 'return', "'C'"]).items[1]);
    expect(m.get('<module>')!.unit.flags & 0x1000000).toBe(0x1000000);
  });
});
