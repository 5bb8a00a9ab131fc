/**
 * The warm-up of the interpreter loop (src/vm/interpreter-warmup.ts, stdlib/_gilvm_warmup.py):
 * what it reads of a program, that each of its functions runs the instruction it is named for,
 * and that a program cannot see it ran.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { type CodeObject, isCodeObject } from '../../src/bytecode/code.js';
import { Op, OPNAME } from '../../src/bytecode/opcodes.js';
import { fuse, SUPERINSTRUCTIONS } from '../../src/bytecode/superinstructions.js';
import { programShape, worthWarming } from '../../src/vm/interpreter-warmup.js';
import { BIN, cleanEnv, gilvm, ROOT } from '../cli/helpers.js';

const WARMUP_PY = join(ROOT, 'stdlib/_gilvm_warmup.py');

function shapeOf(source: string) {
  return programShape(compileSource(source, '<test>', 'exec'));
}

/**
 * The instructions that a run straight through the heap's (fused) copy of `code` and of the code
 * objects nested in it meets: a superinstruction by its name, and an instruction by its own only
 * where it is not the first of a pair. The loop runs a fused pair in the pair's case, so a
 * function whose every FOR_ITER is fused with its STORE_FAST leaves FOR_ITER's own case cold
 * (the loop of chaos.py, go.py and objects.py then deoptimized at their first `for` loop into a
 * cell or a module's name).
 */
function opsWithin(code: CodeObject, into = new Set<string>()): Set<string> {
  const heap = fuse(code.co_code);
  for (let i = 0; i < heap.length; i += 2) {
    const pair = SUPERINSTRUCTIONS.find((s) => s.code === heap[i]);
    into.add(pair === undefined ? OPNAME[heap[i]!]! : pair.name);
    if (pair !== undefined) i += 2;
  }
  for (const c of code.co_consts) if (isCodeObject(c)) opsWithin(c as CodeObject, into);
  return into;
}

describe('programShape', () => {
  it('finds the instructions of nested functions and classes, and the operators', () => {
    const s = shapeOf('class C:\n    def m(self, xs):\n        return [x // 2 for x in xs if x >= 1]\n');
    expect(s.ops.has(Op.LOAD_FAST_AND_CLEAR)).toBe(true);
    expect(s.ops.has(Op.LIST_APPEND)).toBe(true);
    expect([...s.binops]).toEqual([2]);
    expect([...s.compares]).toEqual([5]);
    expect(s.floats).toBe(false);
  });

  it('reads the kinds of operands the code suggests', () => {
    expect(shapeOf('x = 1.5\n').floats).toBe(true);
    // Whole floats too (a JS number like any float constant), and floats inside a constant tuple.
    expect(shapeOf('def f(t):\n    return t * 1e3\n').floats).toBe(true);
    expect(shapeOf('def f():\n    return (1, 2.0)\n').floats).toBe(true);
    expect(shapeOf('def f(x):\n    return x in {1.5, 2.5}\n').floats).toBe(true);
    expect(shapeOf('def f(t):\n    return t * 1000\n').floats).toBe(false);
    expect(shapeOf('def f(a, b):\n    return a / b\n').floats).toBe(true);
    expect(shapeOf("def f(c):\n    return c == 'x'\n").strCompares).toBe(true);
    expect(shapeOf('def f(xs):\n    if xs:\n        return 1\n').truthOther).toBe(true);
    expect(shapeOf('def f(a, b):\n    if a < b:\n        return 1\n').truthOther).toBe(false);
    expect(shapeOf('class C:\n    def __init__(self):\n        pass\n').init).toBe(true);
    expect(shapeOf('class C:\n    def __add__(self, o):\n        return self\n').dunderOps).toBe(true);
    expect(shapeOf('class C:\n    @property\n    def p(self):\n        return 1\n').property).toBe(true);
    expect(shapeOf('i = 0\nwhile i < 3:\n    i += 1\n').moduleLoop).toBe(true);
    expect(shapeOf("class S:\n    __slots__ = ('a',)\n").slots).toBe(true);
    expect(shapeOf('class S:\n    a = 1\n').slots).toBe(false);
    expect(shapeOf('xs = [i * 2 for i in range(3)]\n').moduleLoop).toBe(false);
    expect(shapeOf('def f():\n    i = 0\n    while i < 3:\n        i += 1\n').moduleLoop).toBe(false);
  });

  it('counts the superinstructions of the heap copy as instructions', () => {
    const s = shapeOf('def f(a, b):\n    x = a\n    return x + 2 * b\n');
    for (const name of ['STORE_FAST__LOAD_FAST', 'LOAD_FAST__LOAD_CONST', 'LOAD_CONST__LOAD_FAST'])
      expect(s.ops.has(SUPERINSTRUCTIONS.find((p) => p.name === name)!.code), name).toBe(true);
  });

  it('counts EXTENDED_ARG as an instruction of the program', () => {
    const names = Array.from({ length: 300 }, (_, i) => `v${i} = ${i}`).join('\n');
    expect(shapeOf(`def f():\n${names.replace(/^/gm, '    ')}\n    return v299\n`).ops.has(Op.EXTENDED_ARG)).toBe(true);
  });

  it('leaves out programs made only of what every program runs first', () => {
    const fib = 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(20))\n';
    expect(worthWarming(shapeOf(fib))).toBe(false);
    expect(worthWarming(shapeOf('pass\n'))).toBe(false);
    expect(worthWarming(shapeOf('print([x for x in range(3)])\n'))).toBe(true);
  });
});

describe('stdlib/_gilvm_warmup.py', () => {
  const module = compileSource(readFileSync(WARMUP_PY, 'utf8'), WARMUP_PY, 'exec');
  const functions = module.co_consts.filter((c): c is CodeObject => isCodeObject(c) && /^w_[A-Z_]+$/.test((c as CodeObject).co_name));

  it('has a function for the instructions that deoptimized the loop most often', () => {
    const source = readFileSync(WARMUP_PY, 'utf8');
    for (const op of ['CALL', 'LOAD_ATTR', 'STORE_ATTR', 'BINARY_SUBSCR', 'FOR_ITER', 'KW_NAMES', 'STORE_DEREF', 'YIELD_VALUE', 'POP_JUMP_IF_TRUE', 'JUMP_FORWARD'])
      expect(source).toMatch(new RegExp(`^(def w_${op}\\(|w_${op} = )`, 'm'));
  });

  it('runs, in each w_<OPNAME> function, the instruction it is named for', () => {
    // A body the compiler optimizes away (`if x: pass` has no jump) would warm nothing.
    expect(functions.length).toBeGreaterThan(15);
    for (const f of functions) {
      const op = f.co_name.slice(2);
      // Helpers called from the function count too (`_jumps`, `_long_jump`, the generator).
      const ops = opsWithin(f);
      for (const c of module.co_consts) if (isCodeObject(c) && f.co_names.includes((c as CodeObject).co_name)) opsWithin(c as CodeObject, ops);
      expect(ops.has(op), `${f.co_name} runs ${op}`).toBe(true);
    }
  });

  it('runs every function without an exception under gilvm', () => {
    const program = [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(join(ROOT, 'stdlib'))})`,
      'import _gilvm_warmup as w',
      '# As the worker calls them: without classes, then with them (w_LOAD_BUILD_CLASS makes them).',
      'for name in sorted(dir(w)):',
      "    if name.startswith('w_') and name[2:].isupper() and name != 'w_LOAD_BUILD_CLASS':",
      '        getattr(w, name)()',
      'w.w_LOAD_BUILD_CLASS()',
      'for name in sorted(dir(w)):',
      "    if name.startswith('w_') and name not in ('w_binop', 'w_compare'):",
      '        getattr(w, name)()',
      'for k in range(26):',
      '    w.w_binop(k, True)',
      'for k in range(6):',
      '    w.w_compare(k, True, True)',
      "print('ok')",
    ].join('\n');
    const r = gilvm(['-c', program], { env: cleanEnv() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok\n');
  });
});

describe('a program after the warm-up', () => {
  // Uses comprehensions, closures, generators, classes and floats: the warm-up runs for it.
  const program = [
    'import sys',
    'class P:',
    '    def __init__(self, x):',
    '        self.x = x',
    '    @property',
    '    def double(self):',
    '        return self.x * 2.0',
    'def gen(n):',
    '    k = 0',
    '    def inc():',
    '        nonlocal k',
    '        k += 1',
    '        return k',
    '    for i in range(n):',
    '        yield inc()',
    'print([P(i).double for i in gen(3)])',
    "print('_gilvm_warmup' in sys.modules, sys.exc_info())",
    'try:',
    '    {}[1]',
    'except KeyError as e:',
    '    print(repr(e), e.__context__)',
  ].join('\n');
  const expected = '[2.0, 4.0, 6.0]\nFalse (None, None, None)\nKeyError(1) None\n';

  it('sees no module, no exception and no state of it', () => {
    const r = gilvm(['-c', program], { env: cleanEnv() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
  });

  it('runs the same without it, and with the collector stressed', () => {
    expect(gilvm(['-c', program], { env: cleanEnv({ GILVM_NO_WARMUP: '1' }) }).stdout).toBe(expected);
    const stressed = gilvm(['-X', 'gcstress', '-c', program], { env: cleanEnv() });
    expect(stressed.stderr).toBe('');
    expect(stressed.stdout).toBe(expected);
  });
});

describe('the loop after the warm-up', () => {
  /**
   * Programs whose first optimized stretch (work()) ends in paths that their own instructions
   * have but that work() never took: FOR_ITER on its own (into a module's name and into a cell,
   * not fused with a STORE_FAST), over a range and over a list; then a float result multiplied by
   * a whole float constant, or, in a program without floats (whose warm-up leaves floats out), a
   * chain of `+` on strings (where the loop once asked whether the first `+` made a float it may
   * reuse, a call only the float warm-up ran).
   * Each deoptimized V8's code for the loop once (a recompilation of 100-300 ms, the loop
   * meanwhile in V8's interpreter) until the warm-up took it. Whether V8 has optimized the loop
   * by the time those paths run depends on the machine, so this can pass without proving much on
   * a slow one; it cannot fail where the warm-up does its job.
   */
  const program = (tail: string[]): string =>
    [
      'import time',
      'def work(n):',
      '    t = 0',
      '    for i in range(n):',
      '        t += i * 2',
      '    return t',
      'def cells(n):',
      '    for c in range(n):',
      '        pass',
      '    for c in [1, 2, 3]:',
      '        pass',
      '    return lambda: c',
      'total = 0',
      'out = []',
      'for k in range(30):',
      '    t0 = time.perf_counter()',
      '    total += work(20000)',
      '    cells(3)',
      ...tail,
      'print(total, len(out))',
    ].join('\n');
  const programs: [string, string][] = [
    ['floats', program(['    out.append((time.perf_counter() - t0) * 1e3)'])],
    ['strings', program(["    out.append('k' + str(k) + '!')"])],
  ];

  it.each(programs)('is not deoptimized by the paths the warm-up ran (%s)', (_kind, source) => {
    const r = spawnSync(process.execPath, ['--trace-deopt', BIN, '-c', source], { env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('11999400000 30\n');
    const deopts = r.stdout.split('\n').filter((line) => /deoptimizing .*<JSFunction runSlice /.test(line));
    expect(deopts).toEqual([]);
  });
});
