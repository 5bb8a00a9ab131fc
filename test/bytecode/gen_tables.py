"""Test vectors for tables.test.ts: location and exception tables made by CPython 3.12.
Run: python3.12 gen_tables.py cpython-tables.json"""
import json, sys, dis, types
srcs = []
srcs.append("x = 1\ny = 2\n" + "\n"*300 + "z = x + y\n")
srcs.append("def f(a, b):\n    try:\n        return a/b\n    except ZeroDivisionError:\n        return None\n    finally:\n        print('x')\n")
srcs.append("x = (\n  1 +\n  2 +\n  3\n)\nif x:\n    pass\n" + " " * 200 + "\n")
srcs.append("y = " + " "*150 + "a.b.c(" + " "*40 + "d)\n")
body = "\n".join(f"    v{i} = v{i-1} + {i}" for i in range(1, 400))
srcs.append("def g(v0):\n" + body + "\n    return v399\n")
tries = "def h():\n" + "".join(f"    try:\n        f{i}()\n    except E{i}:\n        pass\n" for i in range(60))
srcs.append(tries)
srcs.append("with a as b, c as d:\n    async_ = [x for x in y if x]\n    for q in r:\n        while s:\n            break\n")
srcs.append("def k():\n    x = 1\n\n\n\n\n\n    return (x,\n\n\n  x)\n")
out = []
def instr_sizes(co):
    # EXTENDED_ARG prefixes are part of the instruction they extend (one location entry).
    offs = []
    prev_ext = False
    for i in dis.get_instructions(co):
        if not prev_ext:
            offs.append(i.offset)
        prev_ext = i.opname == 'EXTENDED_ARG'
    offs.append(len(co.co_code))
    return [(b - a) // 2 for a, b in zip(offs, offs[1:])]
def walk(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from walk(c)
for s in srcs:
    for co in walk(compile(s, "t.py", "exec")):
        pos = list(co.co_positions())
        lines = list(co.co_lines())
        ex = [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(co)]
        out.append(dict(name=co.co_name, firstlineno=co.co_firstlineno, linetable=list(co.co_linetable),
                        positions=pos, lines=lines, exceptiontable=list(co.co_exceptiontable), exc=ex,
                        ncode=len(co.co_code), sizes=instr_sizes(co)))
json.dump(out, open(sys.argv[1], "w"))
