/**
 * Errors raised by the symbol table and the code generator, with CPython
 * 3.12.1's messages and positions (lineno, offset, end_lineno, end_offset as
 * SyntaxError reports them; end_offset 0 where CPython gives None).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/compiler/parser.js';
import { optimizeAst } from '../../src/compiler/astopt.js';
import { generateCode } from '../../src/compiler/codegen-driver.js';
import { PySyntaxError } from '../../src/compiler/errors.js';
import { compileSource } from '../../src/compiler/compile.js';

function compileIt(src: string): void {
  const mod = parse(src, '<test>', 'exec');
  generateCode(mod, src, '<test>', 0, () => ({ isCodeObject: true }) as never, (m, o) => optimizeAst(m, o));
}

const CASES: [string, [string, number, number, number, number] | null][] = [
  ["def f(x, x): pass", ["duplicate argument 'x' in function definition", 1, 10, 1, 11]],
  ["def f(x):\n    global x", ["name 'x' is parameter and global", 2, 5, 2, 13]],
  ["def f():\n    x = 1\n    global x", ["name 'x' is assigned to before global declaration", 3, 5, 3, 13]],
  ["def f():\n    print(x)\n    global x", ["name 'x' is used prior to global declaration", 3, 5, 3, 13]],
  ["nonlocal x", ["nonlocal declaration not allowed at module level", 1, 1, 1, 11]],
  ["def f():\n    nonlocal x", ["no binding for nonlocal 'x' found", 2, 5, 2, 15]],
  ["yield 1", ["'yield' outside function", 1, 1, 1, 8]],
  ["await x", ["'await' outside function", 1, 1, 1, 8]],
  ["return 1", ["'return' outside function", 1, 1, 1, 9]],
  ["break", ["'break' outside loop", 1, 1, 1, 6]],
  ["continue", ["'continue' not properly in loop", 1, 1, 1, 9]],
  ["for x in y:\n    def f():\n        break", ["'break' outside loop", 3, 9, 3, 14]],
  ["[x := 1 for x in y]", ["assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2, 1, 3]],
  ["def f():\n    from os import *", ["import * only allowed at module level", 2, 20, 2, 21]],
  ["class C:\n    [y := 1 for x in z]", ["assignment expression within a comprehension cannot be used in a class body", 2, 6, 2, 7]],
  ["[i for i in (j := range(3))]", ["assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 27]],
  ["def f():\n    x: int\n    global x", ["annotated name 'x' can't be global", 3, 5, 3, 13]],
  ["def f():\n    global x\n    x: int = 1", ["annotated name 'x' can't be global", 3, 5, 3, 15]],
  ["def f():\n    yield from x\nasync def g():\n    yield from x", ["'yield from' inside async function", 4, 5, 4, 17]],
  ["async def g():\n    yield 1\n    return 2", ["'return' with value in async generator", 3, 5, 3, 13]],
  ["x = [(yield 1) for y in z]", ["'yield' inside list comprehension", 1, 7, 1, 14]],
  ["f(a=1, a=2)", ["keyword argument repeated: a", 1, 8, 1, 11]],
  ["__debug__ = 1", ["cannot assign to __debug__", 1, 1, 1, 10]],
  ["del __debug__", ["cannot delete __debug__", 1, 5, 1, 14]],
  ["def f(__debug__): pass", ["cannot assign to __debug__", 1, 7, 1, 16]],
  ["f(__debug__=1)", ["cannot assign to __debug__", 1, 3, 1, 14]],
  ["try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass", ["default 'except:' must be last", 3, 1, 4, 9]],
  ["async with x: pass", ["'async with' outside async function", 1, 1, 1, 19]],
  ["def f():\n    async for x in y: pass", ["'async for' outside async function", 2, 5, 2, 27]],
  ["def f():\n    [x async for x in y]", ["asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25]],
  ["from __future__ import braces", ["not a chance", 1, 1, 1, 0]],
  ["from __future__ import nonexistent", ["future feature nonexistent is not defined", 1, 1, 1, 0]],
  ["import os\nfrom __future__ import annotations", ["from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35]],
  ["def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x", ["name 'x' is nonlocal and global", 4, 9, 4, 19]],
  ["a, *b, *c = d", ["multiple starred expressions in assignment", 1, 1, 1, 10]],
  ["*a = b", ["starred assignment target must be in a list or tuple", 1, 1, 1, 3]],
  ["class C[T]:\n    nonlocal T", ["nonlocal binding not allowed for type parameter 'T'", 2, 5, 2, 15]],
  ["def f[T](): nonlocal T", ["nonlocal binding not allowed for type parameter 'T'", 1, 13, 1, 23]],
  ["def f():\n    def g[T]():\n        nonlocal T", ["nonlocal binding not allowed for type parameter 'T'", 3, 9, 3, 19]],
  ["try:\n    pass\nexcept* E:\n    break", ["'break', 'continue' and 'return' cannot appear in an except* block", 4, 5, 4, 10]],
  ["for x in y:\n    try:\n        pass\n    except* E:\n        continue", ["'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 17]],
  ["def f():\n    try:\n        pass\n    except* E:\n        return 1", ["'break', 'continue' and 'return' cannot appear in an except* block", 5, 16, 5, 17]],
  ["lambda: (yield)", null],
  ["def f(a, /, a): pass", ["duplicate argument 'a' in function definition", 1, 13, 1, 14]],
  ["def f(*, a, a): pass", ["duplicate argument 'a' in function definition", 1, 13, 1, 14]],
  ["class A:\n    def f(self):\n        nonlocal __x", ["no binding for nonlocal '_A__x' found", 3, 9, 3, 21]],
  ["def f(x):\n    nonlocal x", ["name 'x' is parameter and nonlocal", 2, 5, 2, 15]],
  ["x = 1\ndef f():\n    nonlocal x", ["no binding for nonlocal 'x' found", 3, 5, 3, 15]],
  ["def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2", null],
  ["def f():\n    [(lambda: (i := 1)) for i in range(3)]", null],
  ["[[(j := 0) for i in range(3)] for j in range(3)]", ["assignment expression cannot rebind comprehension iteration variable 'j'", 1, 4, 1, 5]],
  ["[(i := 0) for i, j in y]", ["assignment expression cannot rebind comprehension iteration variable 'i'", 1, 3, 1, 4]],
  ["[i for i in range(3) if (j := i) for j in range(3)]", ["comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39]],
  ["type X[T] = (yield)", ["yield expression cannot be used within a type alias", 1, 14, 1, 19]],
  ["def f[T: (yield)](): pass", ["yield expression cannot be used within a TypeVar bound", 1, 11, 1, 16]],
  ["class C:\n    type X = [(a := 1) for b in c]", ["Cannot use comprehension in annotation scope within class scope", 2, 14, 2, 35]],
  ["async def f():\n    [(yield) for x in y]", ["'yield' inside list comprehension", 2, 7, 2, 12]],
  ["def f():\n    [await x for y in z]", ["asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25]],
  ["async def f():\n    def g():\n        await x", ["'await' outside async function", 3, 9, 3, 16]],
  ["def f():\n    (await x for y in z)", null],
  ["class C:\n    await x", ["'await' outside function", 2, 5, 2, 12]],
  ["async def f():\n    [x for x in await y]", null],
  ["async def f():\n    yield from x", ["'yield from' inside async function", 2, 5, 2, 17]],
  ["def f():\n    nonlocal x\n    x = 1", ["no binding for nonlocal 'x' found", 2, 5, 2, 15]],
  ["[(lambda: (x := 1)) for y in z]", null],
  ["class C:\n    def f(self):\n        [super() for _ in x]", null],
  ["def f():\n    for x in y:\n        pass\n    else:\n        break", ["'break' outside loop", 5, 9, 5, 14]],
  ["while 1:\n    def f():\n        continue", ["'continue' not properly in loop", 3, 9, 3, 17]],
  ["while 1:\n    class C:\n        break", ["'break' outside loop", 3, 9, 3, 14]],
  ["try:\n    pass\nfinally:\n    break", ["'break' outside loop", 4, 5, 4, 10]],
  ["for x in y:\n    try:\n        pass\n    finally:\n        break", null],
  ["with x as __debug__: pass", ["cannot assign to __debug__", 1, 11, 1, 20]],
  ["for __debug__ in x: pass", ["cannot assign to __debug__", 1, 5, 1, 14]],
  ["def f(*, __debug__): pass", ["cannot assign to __debug__", 1, 10, 1, 19]],
  ["(__debug__ := 1)", ["cannot assign to __debug__", 1, 2, 1, 11]],
  ["x.__debug__ = 1", ["cannot assign to __debug__", 1, 1, 1, 12]],
  ["del x.__debug__", null],
  ["f(**{}, __debug__=1)", ["cannot assign to __debug__", 1, 9, 1, 20]],
  ["class C(__debug__=1): pass", ["cannot assign to __debug__", 1, 9, 1, 20]],
  ["class C:\n    def f(self):\n        nonlocal __class__", null],
  ["lambda __debug__: 1", ["cannot assign to __debug__", 1, 8, 1, 17]],
  ["def f(**__debug__): pass", ["cannot assign to __debug__", 1, 9, 1, 18]],
  ["x: int = 1\nglobal x", ["annotated name 'x' can't be global", 2, 1, 2, 9]],
  ["def f():\n    global x\n    x: int", ["annotated name 'x' can't be global", 3, 5, 3, 11]],
  ["async def f():\n    return [x async for x in y]", null],
  ["def f():\n    return [x async for x in y]", ["asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32]],
  ["def f():\n    return (x async for x in y)", null],
  ["async def f():\n    async with a as b:\n        return b", null],
  ["yield from x", ["'yield' outside function", 1, 1, 1, 13]],
  ["def f():\n    class C:\n        yield 1", ["'yield' outside function", 3, 9, 3, 16]],
  ["class C:\n    return 1", ["'return' outside function", 2, 5, 2, 13]],
  ["def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x", ["name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19]],
  ["def f():\n    def g():\n        nonlocal x\n    x = 1", null],
  ["import a.b as c, d.e", null],
  ["from . import *", null],
  ["def f():\n    import a.b.c as d\n    return d", null],
  ["for x in y:\n    with a:\n        with b:\n            continue", null],
  ["def f[T](x: T = T): pass", null],
  ["type T = T", null],
  ["class C[T]:\n    def f(self, T): pass", null],
  ["def f[T, T](): pass", ["duplicate type parameter 'T'", 1, 10, 1, 11]],
  ["class C[T, *T]: pass", ["duplicate type parameter 'T'", 1, 12, 1, 14]],
  ["def f():\n    x = 1\n    [x for x in range(3)]\n    return lambda: x", null],
  ["[[x for x in range(y)] for y in range(3)]", null],
  ["{(yield) : 1 for x in y}", ["'yield' inside dict comprehension", 1, 3, 1, 8]],
  ["def f(): {(yield) : 1 for x in y}", ["'yield' inside dict comprehension", 1, 12, 1, 17]]
];

describe('compile errors match CPython 3.12.1', () => {
  for (const [src, exp] of CASES) {
    it(JSON.stringify(src), () => {
      if (exp === null) {
        expect(() => compileIt(src)).not.toThrow();
        return;
      }
      let err: unknown = null;
      try {
        compileIt(src);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      expect([e.msg, e.lineno, e.offset, e.endLineno, e.endOffset]).toEqual(exp);
      expect(e.text).toBe(src.split('\n')[e.lineno - 1]);
    });
  }
});

/** SyntaxWarnings with CPython 3.12.1's messages and line numbers, in order. */
const WARNINGS: [string, [string, number][]][] = [
  ["assert (a, b)", [["assertion is always true, perhaps remove parentheses?", 1]]],
  ["assert ()", []],
  ["x = a is 1", [["\"is\" with 'int' literal. Did you mean \"==\"?", 1]]],
  ["x = 1 is not a", [["\"is not\" with 'int' literal. Did you mean \"!=\"?", 1]]],
  ["x = a is None", []],
  ["if a is 'x': pass", [["\"is\" with 'str' literal. Did you mean \"==\"?", 1]]],
  ["x = a < b is 1", [["\"is\" with 'int' literal. Did you mean \"==\"?", 1]]],
  ["x = a is ...", []],
  ["x = a is ()", [["\"is\" with 'tuple' literal. Did you mean \"==\"?", 1]]],
  ["x = a is (1,)", [["\"is\" with 'tuple' literal. Did you mean \"==\"?", 1]]],
  ["f = 1()", [["'int' object is not callable; perhaps you missed a comma?", 1]]],
  ["f = (1, 2)()", [["'tuple' object is not callable; perhaps you missed a comma?", 1]]],
  ["f = [x]()", [["'list' object is not callable; perhaps you missed a comma?", 1]]],
  ["f = f'{x}'()", [["'str' object is not callable; perhaps you missed a comma?", 1]]],
  ["f = {1: 2}()", [["'dict' object is not callable; perhaps you missed a comma?", 1]]],
  ["f = (x for x in y)()", [["'generator' object is not callable; perhaps you missed a comma?", 1]]],
  ["x = 1[0]", [["'int' object is not subscriptable; perhaps you missed a comma?", 1]]],
  ["x = None[0]", [["'NoneType' object is not subscriptable; perhaps you missed a comma?", 1]]],
  ["x = {1}[0]", [["'set' object is not subscriptable; perhaps you missed a comma?", 1]]],
  ["x = (lambda: 1)[0]", [["'function' object is not subscriptable; perhaps you missed a comma?", 1]]],
  ["x = True[0]", [["'bool' object is not subscriptable; perhaps you missed a comma?", 1]]],
  ["x = 'abc'['x']", [["str indices must be integers or slices, not str; perhaps you missed a comma?", 1]]],
  ["x = [1, 2]['a']", [["list indices must be integers or slices, not str; perhaps you missed a comma?", 1]]],
  ["x = (1, 2)[1.0]", [["tuple indices must be integers or slices, not float; perhaps you missed a comma?", 1]]],
  ["x = 'abc'[1]", []],
  ["x = [1][True]", []],
  ["x = 'abc'[a]", []],
  ["x = [1][(1, 2)]", [["list indices must be integers or slices, not tuple; perhaps you missed a comma?", 1]]],
  ["x = [[1, 2] [3, 4]]", [["list indices must be integers or slices, not tuple; perhaps you missed a comma?", 1]]],
  ["while a is 1: pass", [["\"is\" with 'int' literal. Did you mean \"==\"?", 1], ["\"is\" with 'int' literal. Did you mean \"==\"?", 1]]],
  ["x = b'a'()", [["'bytes' object is not callable; perhaps you missed a comma?", 1]]],
  ["x = 1.5 is b", [["\"is\" with 'float' literal. Did you mean \"==\"?", 1]]]
];

describe('compile warnings match CPython 3.12.1', () => {
  for (const [src, exp] of WARNINGS) {
    it(JSON.stringify(src), () => {
      const got: [string, number][] = [];
      compileSource(src, '<test>', 'exec', { onWarning: (w) => got.push([w.message, w.lineno]) });
      expect(got).toEqual(exp);
    });
  }
});
