# Code-point indexing, slicing and ordering under CPython 3.12.1: writes fixtures/codepoints.json.
import json, sys

S = ['', 'a', 'abcdef', 'a😀b😀c', '😀😀😀', '\udc00x😀\ud800', 'x\ud800', 'ÿ\U0010ffffé']
bounds = [None, 1, -1, -2, 3, 100, -100]
steps = [None, 2, -1, -3, 0]
out = {'len': [[s, len(s)] for s in S], 'getitem': [], 'slice': [], 'compare': []}
for s in S:
    for i in [0, 1, 2, -1, -2, len(s), -len(s) - 1, 5]:
        try:
            out['getitem'].append([s, i, {'ok': s[i]}])
        except IndexError as e:
            out['getitem'].append([s, i, {'err': ['IndexError', str(e)]}])
    for a in bounds:
        for b in bounds:
            for c in steps:
                try:
                    out['slice'].append([s, a, b, c, {'ok': s[a:b:c]}])
                except ValueError as e:
                    out['slice'].append([s, a, b, c, {'err': ['ValueError', str(e)]}])
C = ['', 'a', 'b', 'ab', '\uffff', '\ue000', '😀', '\U00010000', '\ud800', '\udfff', 'a😀', 'a\uffff', 'a\ud800', 'a\ud800x', '\ud800b']
for x in C:
    for y in C:
        out['compare'].append([x, y, (x > y) - (x < y)])
json.dump(out, sys.stdout, ensure_ascii=True, separators=(',', ':'))
