import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { evalRepr, pyStr } from './py-helpers.js';

const CASES = JSON.parse(readFileSync(new URL('./fixtures/builtins-cases.json', import.meta.url), 'utf8')) as [string, string][];

beforeAll(() => {
  startRuntime();
});

describe('builtins functions against CPython 3.12 (fixtures/builtins-cases.json)', () => {
  for (const [expr, expected] of CASES) {
    it(expr, () => {
      expect(evalRepr(expr)).toBe(expected);
    });
  }
});

describe('namespaces', () => {
  it('locals() in a function is a snapshot of the fast locals, cells included', () => {
    const src = `
def f(a, b=2):
    c = a + b
    def g():
        return c
    return sorted(locals())
r = repr(f(1))
`;
    expect(pyStr(src)).toBe("['a', 'b', 'c', 'g']");
  });
  it('exec without globals writes into the module namespace', () => {
    expect(pyStr("exec('q = 41 + 1')\nr = repr(q)")).toBe('42');
  });
  it('exec in a function writes into the frame\'s locals dict, which locals() keeps (CPython 3.12: True, 1)', () => {
    expect(pyStr("def f():\n    x = 0\n    exec('inner = 1')\n    exec('x = 5')\n    return 'inner' in locals(), x\nr = repr(f())")).toBe('(True, 0)');
  });
  it('eval with custom __builtins__', () => {
    expect(pyStr("r = repr(eval('len([1, 2])', {'__builtins__': {'len': len}}))")).toBe('2');
    expect(
      pyStr("try:\n    eval('print(1)', {'__builtins__': {}})\nexcept NameError as e:\n    r = str(e)"),
    ).toBe("name 'print' is not defined");
  });
  it('exec(code, closure=cells) runs code with free variables (CPython 3.12: 5 and the two errors)', () => {
    const src = `
def outer():
    x = 5
    def inner():
        global got
        got = x
    return inner
f = outer()
exec(f.__code__, globals(), closure=f.__closure__)
out = [got]
for cl in [None, (1,)]:
    try:
        exec(f.__code__, {}, closure=cl)
    except TypeError as e:
        out.append(str(e))
try:
    exec(compile('1', 'f', 'exec'), {}, closure=(1,))
except TypeError as e:
    out.append(str(e))
r = repr(out)
`;
    expect(pyStr(src)).toBe(
      "[5, 'code object requires a closure of exactly length 1', 'code object requires a closure of exactly length 1', 'cannot use a closure with this code object']",
    );
  });
  it('SyntaxError attributes from compile()', () => {
    const src = `
try:
    compile('x = 1', '<e>', 'eval')
except SyntaxError as e:
    r = repr((e.msg, e.filename, e.lineno, type(e).__name__))
`;
    expect(pyStr(src)).toBe("('invalid syntax', '<e>', 1, 'SyntaxError')");
  });
  it("dir() without arguments lists the caller's names, sorted", () => {
    expect(pyStr('def f():\n    b = 1\n    a = 2\n    return dir()\nr = repr(f())')).toBe("['a', 'b']");
  });
});
