/**
 * Which BINARY_OP operands the interpreter may overwrite in place (src/vm/float-reuse.ts): the
 * static half, on bytecode from gilvm's compiler. Running programs that mix reused and shared
 * floats is test/conformance/numbers/float_temporaries.py.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import type { CodeObject } from '../../src/bytecode/code.js';
import { BINARY_OPS } from '../../src/bytecode/opcodes.js';
import { LEFT_FROM_BINARY_OP, RIGHT_FROM_BINARY_OP, operandsFromBinaryOps } from '../../src/vm/float-reuse.js';

/** The BINARY_OPs of the first function in `source`, in order: operator and flags as 'L', 'R', 'LR' or ''. */
function flags(source: string): string[] {
  const module = compileSource(source, '<test>', 'exec');
  const fn = module.co_consts.find((c): c is CodeObject => typeof c === 'object' && c !== null && 'co_code' in c)!;
  const out = new Int32Array(fn.co_code.length * 2);
  operandsFromBinaryOps(fn.co_code, fn.co_exceptiontable, out);
  const seen: string[] = [];
  for (let at = 0; at < fn.co_code.length; at += 2) {
    if (fn.co_code[at] !== 122) continue;
    const f = out[at << 1]!;
    seen.push(`${BINARY_OPS[fn.co_code[at + 1]!]!} ${(f & LEFT_FROM_BINARY_OP ? 'L' : '') + (f & RIGHT_FROM_BINARY_OP ? 'R' : '')}`);
  }
  return seen;
}

describe('operands that came from a BINARY_OP', () => {
  it('follows results through loads and other operations above them', () => {
    expect(flags('def f(x, y, z):\n    return x * x + y * y + z * z\n')).toEqual(['* ', '* ', '+ LR', '* ', '+ LR']);
    expect(flags('def f(a, b, c):\n    return a - (b * c)\n')).toEqual(['* ', '- R']);
    expect(flags('def f(a, b, g):\n    return (a * b) + g(a, b).real\n')).toEqual(['* ', '+ L']);
  });

  it('takes in-place operators and their targets as CPython compiles them', () => {
    expect(flags('def f(t, x, y):\n    t += x * y\n    return t\n')).toEqual(['* ', '+= R']);
    expect(flags('def f(v, x, y):\n    v[0] -= x * y\n')).toEqual(['* ', '-= R']);
    expect(flags('def f(o, x, y):\n    o.a += x * y\n')).toEqual(['* ', '+= R']);
  });

  it('refuses a result that was stored, copied or popped on the way', () => {
    // Stored and loaded again: the local refers to it too.
    expect(flags('def f(x, y):\n    t = x * y\n    return t + t\n')).toEqual(['* ', '+ ']);
    // The walrus copies it (COPY 1) before storing it.
    expect(flags('def f(x, y):\n    return (t := x * y) + t\n')).toEqual(['* ', '+ ']);
    // Passed to a call: the callee's frame holds it.
    expect(flags('def f(g, x, y):\n    return g(x * y) + 1.0\n')).toEqual(['* ', '+ ']);
  });

  it('forgets the stack at jump targets and handlers', () => {
    // The conditional expression's arms join before the addition (jump target at LOAD_CONST).
    expect(flags('def f(c, x, y, g):\n    r = (x * y if c else y) + 1.0\n    g(r)\n    g(r, r)\n    return r\n')).toEqual(['* ', '+ ']);
    // Where CPython's compiler copies the short tail into each arm, the arm's own copy keeps it.
    expect(flags('def f(c, x, y):\n    return (x * y if c else y) + 1.0\n')).toEqual(['* ', '+ L', '+ ']);
    expect(flags('def f(x, y):\n    try:\n        return x * y\n    except ZeroDivisionError:\n        return x / y\n')).toEqual([
      '* ',
      '/ ',
    ]);
    // A loop: the backward jump's target starts a new block.
    expect(flags('def f(n, x):\n    s = 0.0\n    while n:\n        s = s * x + x * x\n        n -= 1\n    return s\n')).toEqual([
      '* ',
      '* ',
      '+ LR',
      '-= ',
    ]);
  });
});
