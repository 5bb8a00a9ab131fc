/**
 * The bytecode verifier (src/compiler/flowgraph-verify.ts) on the compiler's
 * output for tricky programs, and on code objects broken on purpose.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { verifyCode, verifyCodeDeep } from '../../src/compiler/flowgraph-verify.js';
import { CodeObject } from '../../src/bytecode/code.js';
import type { CodeFields } from '../../src/bytecode/code.js';
import { Op } from '../../src/bytecode/opcodes.js';

const PROGRAMS: Record<string, string> = {
  loops: `
def f(a, b):
    for i in range(a):
        while b:
            if i: break
            b -= 1
        else:
            continue
        try:
            x = a[i]
        except (KeyError, IndexError) as e:
            print(e)
        finally:
            b += 1
    return x
`,
  'try-star-with': `
async def f(a):
    try:
        async with a as b, a as c:
            await b
    except* ValueError as eg:
        raise
    except* TypeError:
        pass
    else:
        return
    finally:
        async for q in a:
            yield q
`,
  'return-in-finally': `
def f():
    for x in y:
        try:
            try:
                return x
            finally:
                if x: continue
        finally:
            break
`,
  closures: `
def outer(a, *args, b=1, **kw):
    c = 0
    class K:
        def m(self):
            nonlocal c
            c += a
            return super().m(__class__, [c for c in args if c], {k: v for k, v in kw.items()})
    return K, (lambda: (yield b)), (x async for x in a)
`,
  match: `
def f(x):
    match x:
        case [1, *r, 2] | (3, *r) if r: return r
        case {"a": 1, **kw}: return kw
        case P(a=[_, *_], b={"k": _}) as p: return p
        case str() | bytes(): pass
        case _: return None
`,
  'big-function': 'def g(x):\n' + Array.from({ length: 400 }, (_, i) => `    if x == ${i}: x = x.a${i}(y${i}, ${i}.5)\n`).join('') + '    return x\n',
  'many-locals': 'def h(p):\n' + Array.from({ length: 90 }, (_, i) => `    if p > ${i}: v${i} = p\n`).join('') + '    del v3\n    return ' + Array.from({ length: 90 }, (_, i) => `v${i}`).join(' + ') + '\n',
};

describe('verifier: the compiler output is sound', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(name, () => {
      const co = compileSource(src, '<verify>', 'exec') as CodeObject;
      expect(verifyCodeDeep(co)).toEqual([]);
    });
  }
});

function tweak(co: CodeObject, f: (fields: CodeFields) => void): CodeObject {
  const fields: CodeFields = { ...co, co_code: co.co_code.slice() };
  f(fields);
  return new CodeObject(fields);
}

function functionCode(src: string): CodeObject {
  const mod = compileSource(src, '<verify>', 'exec') as CodeObject;
  return mod.co_consts.find((c) => c instanceof CodeObject) as CodeObject;
}

describe('verifier: broken code objects are caught', () => {
  const co = functionCode('def f(a):\n    for x in a:\n        if x: return x + 1\n    return a\n');

  it('accepts the original', () => {
    expect(verifyCode(co)).toEqual([]);
  });

  it('catches a stack size that is too small', () => {
    expect(verifyCode(tweak(co, (f) => (f.co_stacksize = 1))).join()).toMatch(/co_stacksize is 1, the code needs 3/);
  });

  it('catches a bad constant index and a bad local', () => {
    const badConst = tweak(co, (f) => {
      const code = f.co_code;
      for (let i = 0; i < code.length; i += 2) if (code[i] === Op.LOAD_CONST) code[i + 1] = 99;
    });
    expect(verifyCode(badConst).join()).toMatch(/LOAD_CONST 99: no such constant/);
    const badLocal = tweak(co, (f) => {
      const code = f.co_code;
      for (let i = 0; i < code.length; i += 2) if (code[i] === Op.LOAD_FAST) code[i + 1] = 7;
    });
    expect(verifyCode(badLocal).join()).toMatch(/LOAD_FAST 7: no such fast slot/);
  });

  it('catches a jump out of the code and an inconsistent depth', () => {
    const out = tweak(co, (f) => {
      const code = f.co_code;
      for (let i = 0; i < code.length; i += 2) if (code[i] === Op.JUMP_BACKWARD) code[i + 1] = 200;
    });
    expect(verifyCode(out).join()).toMatch(/JUMP_BACKWARD at unit \d+ jumps to -/);
    const depth = tweak(co, (f) => {
      const code = f.co_code;
      // Jump back to RESUME: the loop body has the iterator on the stack.
      for (let i = 0; i < code.length; i += 2) if (code[i] === Op.JUMP_BACKWARD) code[i + 1] = i / 2 + 1;
    });
    expect(verifyCode(depth).join()).toMatch(/stack depth/);
  });

  it('catches code that runs off the end', () => {
    const cut = tweak(co, (f) => {
      f.co_code = f.co_code.slice(0, 4);
    });
    expect(verifyCode(cut).join()).toMatch(/falls off the end/);
  });
});
