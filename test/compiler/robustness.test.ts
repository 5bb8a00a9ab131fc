/**
 * No input, however broken, may make the compiler throw anything but a
 * PySyntaxError, or hang: random text and mutations of valid programs go
 * through the whole pipeline (decode, tokenize, parse, optimize, symtable,
 * codegen, assemble).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { PySyntaxError, isPyCompileError } from '../../src/compiler/errors.js';
import { decodeSource } from '../../src/compiler/source.js';

const SAMPLE = `
from __future__ import annotations
import sys, os.path as p
from . import x

@dec(1, *a, k=2, **kw)
class C(Base, metaclass=M):
    """doc"""
    x: int = 0
    def __init__(self, a, /, b=1, *args, c, d=2, **kw) -> None:
        super().__init__()
        self.__private = [i * 2 for i in range(a) if i % 2]
        nonlocal_test = lambda q=1: q ** 2

async def agen(n):
    async with ctx() as (a, b):
        async for i in aiter(n):
            yield await i

def gen(seq):
    total = 0
    def inner():
        nonlocal total
        total += 1
    try:
        yield from seq
    except (ValueError, TypeError) as e:
        raise RuntimeError("bad") from e
    else:
        return {k: v for k, v in zip("ab", [1, 2])}
    finally:
        del total
    try:
        pass
    except* OSError:
        pass
    while (n := len(seq)) > 3:
        if n == 4: break
        elif n: continue
    else:
        assert n, f"{n!r:>{width}} and {n=} {'nested' + "quotes"}"

match command.split():
    case [action]:
        pass
    case [Point(x=0, y=0), *rest] if rest:
        print(rest)
    case {"key": value, **others} | {"other": value, **others}:
        pass
    case 1 | 2.5 | -3j | "s" | b"b" | None | True:
        pass
    case _:
        pass

type Alias[T: int, *Ts, **P] = dict[T, tuple[*Ts]]
x = 0x_ff + 0o17 + 0b1010 + 1_000.5e-3 + 3j
s = rb'raw\\d' + b"\\x00" ; t = u"\\N{BULLET} \\u2022 \\t"
print(*a, sep='', **{'end': ''}); a[1:2, ::3] = b; del a[0], b.c
global g
`;

/** Never anything but a code object, a SyntaxError or (for deep nesting) a RecursionError, as CPython. */
function compilesOrSyntaxError(source: string): void {
  try {
    const code = compileSource(source, '<fuzz>', 'exec');
    expect(code.isCodeObject).toBe(true);
  } catch (e) {
    if (!isPyCompileError(e)) throw e;
    if (e instanceof PySyntaxError) expect(e.lineno).toBeGreaterThanOrEqual(0);
  }
}

const pythonish = fc.constantFrom(
  ...'()[]{}:;,.=+-*/%@&|^~<>!\'"\\#\n\n\n\t    fbru0123456789_eExjJlambda if else def class ' +
    'return yield await async for in while try except finally with as import from global ' +
    'nonlocal match case type pass break continue del raise assert is not and or None True False',
);

describe('the compiler never fails with anything but a SyntaxError', () => {
  it('compiles the sample program', () => {
    expect(compileSource(SAMPLE, '<sample>', 'exec').isCodeObject).toBe(true);
  });

  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), compilesOrSyntaxError), { numRuns: 2000 });
  });

  it('on random Python-like token soup', () => {
    fc.assert(
      fc.property(fc.array(pythonish, { maxLength: 120 }), (parts) => compilesOrSyntaxError(parts.join(''))),
      { numRuns: 2000 },
    );
  });

  it('on mutations of a valid program', () => {
    const mutate = fc
      .tuple(fc.nat(SAMPLE.length), fc.nat(20), fc.string({ maxLength: 8 }))
      .map(([at, del, ins]) => SAMPLE.slice(0, at) + ins + SAMPLE.slice(at + del));
    fc.assert(fc.property(mutate, compilesOrSyntaxError), { numRuns: 1500 });
  });

  it('on truncations of a valid program', () => {
    for (let n = 0; n <= SAMPLE.length; n += 7) compilesOrSyntaxError(SAMPLE.slice(0, n));
  });

  it('on deep nesting', () => {
    for (const open of ['(', '[', '{', 'not ', '-', 'lambda: ', 'f(', 'a[', '"{']) {
      compilesOrSyntaxError('x = ' + open.repeat(5000) + '1');
    }
    compilesOrSyntaxError('x = ' + '1 + '.repeat(100_000) + '1');
    compilesOrSyntaxError('if x:\n' + Array.from({ length: 150 }, (_, i) => ' '.repeat(i + 1) + 'if x:\n').join(''));
  });

  it('decodes any bytes or raises a SyntaxError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        try {
          compilesOrSyntaxError(decodeSource(bytes, '<bytes>'));
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
