"""Regenerates the expected data in assembler-cpython.test.ts from CPython 3.12.

Run with CPython 3.12:  python3.12 test/compiler/assembler-cpython-gen.py
and paste the printed JSON over the EXPECTED constant. EXTENDED_ARG is left
out (CPython's jumps also count inline cache entries, gilvm's do not); jump
targets are instruction indexes.
"""
import dis, json, sys, types

SNIPPETS = {
    'for-break-try': 'def f(a, b):\n    for i in range(a):\n        if i > b:\n            break\n        try:\n            x = a[i]\n        except KeyError as e:\n            print(e)\n    return x\n',
    'while-else': 'def f(x):\n    while x:\n        x -= 1\n        if x == 3:\n            continue\n    else:\n        x = 7\n    return x\n',
    'try-finally': 'def f(a):\n    try:\n        return a()\n    finally:\n        print("done")\n',
    'try-finally-loop': 'def f(xs):\n    for x in xs:\n        try:\n            if x:\n                break\n            continue\n        finally:\n            g()\n',
    'with': 'def f(p):\n    with open(p) as fp, lock:\n        return fp.read()\n',
    'async': 'async def f(a):\n    async with a as b:\n        await b\n    async for q in a:\n        print(q)\n    return [x async for x in a]\n',
    'generator-cells': 'def g(x, y):\n    def h():\n        return x + z\n    z = yield h\n    try:\n        yield from y\n    except StopIteration:\n        pass\n',
    'async-gen': 'async def ag(n):\n    for i in range(n):\n        try:\n            yield i\n        finally:\n            await cleanup()\n',
    'comprehensions': 'def f(xs):\n    a = [x * 2 for x in xs if x]\n    b = {k: v for k, v in xs}\n    c = {x for x in xs}\n    d = (x for x in xs)\n    return a, b, c, d\n',
    'class-super': 'class C(B):\n    x: int = 3\n    def m(self, *args, **kw):\n        return super().m(*args, **kw)\n    @property\n    def p(self):\n        return __class__\n',
    'boolops': 'def f(a, b, c):\n    if a and (b or not c):\n        return 1\n    x = a if b else c\n    return x is None or a < b < c\n',
    'unbound-locals': 'def f(p):\n    if p:\n        x = 1\n    del p\n    for i in range(3):\n        y = i\n    return x, y, i\n',
    'swaps': 'def f(a, b, c):\n    a, b = b, a\n    a, b, c = c, b, a\n    (a, b), c = c, (a, b)\n    return a\n',
    'match': 'def f(x):\n    match x:\n        case [1, *rest] if rest:\n            return rest\n        case {"k": v, **kw}:\n            return v\n        case Point(x=0, y=yy) | Point(x=yy, y=0):\n            return yy\n        case _:\n            return None\n',
    'raise-assert': 'def f(x):\n    assert x, "bad"\n    if not x:\n        raise ValueError(x) from None\n    try:\n        pass\n    except* TypeError:\n        raise\n',
    'nonlocal': 'def outer():\n    n = 0\n    def inc(k=1):\n        nonlocal n\n        n += k\n        return n\n    return inc\n',
    'module': 'import os, sys as s\nfrom a import (b, c)\nx = [1, 2, 3]\ny = {"a": 1, **x}\nprint(*x, sep="")\ndel x\nif __name__ == "__main__":\n    main()\n',
    'lambda-defaults': 'f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)\ng = lambda: (yield)\n',
    'fstrings': 'def f(a, b):\n    return f"{a!r:>{b}} and {b=}" + f"x{a}" "y"\n',
    'return-in-finally-loop': 'def f():\n    while True:\n        try:\n            return 1\n        finally:\n            if cond:\n                break\n    return 2\n',
}

def dump(co):
    allins = list(dis.get_instructions(co))
    ins = [i for i in allins if i.opname != 'EXTENDED_ARG']
    off2idx = {}
    k = 0
    for i in allins:
        off2idx[i.offset] = k
        if i.opname != 'EXTENDED_ARG':
            k += 1
    code = []
    for i in ins:
        arg = i.arg
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = '->%d' % off2idx[i.argval]
        p = i.positions
        code.append('%s %s @%s:%s-%s:%s' % (i.opname, arg, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset))
    exc = []
    for e in dis._parse_exception_table(co):
        exc.append('%d-%d->%d [%d]%s' % (off2idx[e.start], off2idx.get(e.end, len(ins)), off2idx[e.target], e.depth, ' lasti' if e.lasti else ''))
    consts = ['code:' + c.co_qualname if isinstance(c, types.CodeType) else repr(c) for c in co.co_consts]
    res = [{
        'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno, 'stacksize': co.co_stacksize, 'flags': co.co_flags,
        'args': [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount],
        'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
        'consts': consts, 'names': list(co.co_names), 'code': code, 'exc': exc,
    }]
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            res.extend(dump(c))
    return res

assert sys.version_info[:2] == (3, 12), sys.version
out = {name: [src, dump(compile(src, '<snippet>', 'exec', dont_inherit=True))] for name, src in SNIPPETS.items()}
print(json.dumps(out, indent=None, ensure_ascii=True))
