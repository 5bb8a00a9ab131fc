#!/usr/bin/env python3
"""Dump CPython's AST of a file as JSON in gilvm's AST convention (src/compiler/ast.ts).

Development aid only (tests never need python3): used to compare gilvm's parser
with CPython's, and to feed the code generator before the parser exists.

    python3 tools/pyast2json.py FILE.py > FILE.ast.json

Conventions: every node is {"_type": ClassName, field: value, ...}; operators and
contexts are strings; missing optional fields are null; constants are encoded as
{"$int": "123"}, {"$float": "1.5"|"inf"|"nan"}, {"$complex": [re, im]},
{"$bytes": [..]}, {"$ellipsis": true}, {"$tuple": [...]}, strings and bools and None
as themselves. Columns are converted from UTF-8 byte offsets to UTF-16 offsets.
Nodes CPython 3.11 lacks (type_params) are added empty.
"""
import ast, json, re, sys

OPS = (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)


def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        return {"$float": repr(v)}
    if isinstance(v, complex):
        return {"$complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes):
        return {"$bytes": list(v)}
    if v is Ellipsis:
        return {"$ellipsis": True}
    if isinstance(v, tuple):
        return {"$tuple": [const(x) for x in v]}
    raise TypeError(type(v))


def main():
    path = sys.argv[1]
    with open(path, 'rb') as f:
        data = f.read()
    tree = ast.parse(data, path)
    text = data.decode('utf-8-sig', errors='surrogateescape')
    # Only \n, \r\n and \r end lines for CPython (not \f, \v or U+2028)
    lines = re.split(r'(?<=\r\n)|(?<=\n)|(?<=\r)(?!\n)', text)
    blines = [l.encode('utf-8', errors='surrogateescape') for l in lines]

    def col(lineno, c):
        if lineno is None or c is None or lineno - 1 >= len(blines):
            return c
        b = blines[lineno - 1][:c]
        return len(b.decode('utf-8', errors='surrogateescape').encode('utf-16-le', errors='surrogatepass')) // 2

    def conv(node):
        if isinstance(node, OPS):
            return type(node).__name__
        if isinstance(node, ast.AST):
            d = {"_type": type(node).__name__}
            for f in node._fields:
                v = getattr(node, f, None)
                if isinstance(node, ast.Constant) and f == 'value':
                    d[f] = const(v)
                elif isinstance(node, ast.MatchSingleton) and f == 'value':
                    d[f] = v
                else:
                    d[f] = conv(v)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and 'type_params' not in d:
                d['type_params'] = []
            for a in ('lineno', 'end_lineno'):
                if hasattr(node, a):
                    d[a] = getattr(node, a)
            if hasattr(node, 'col_offset'):
                d['col_offset'] = col(node.lineno, node.col_offset)
                d['end_col_offset'] = col(node.end_lineno, node.end_col_offset)
            return d
        if isinstance(node, list):
            return [conv(x) for x in node]
        return node

    json.dump(conv(tree), sys.stdout)


main()
