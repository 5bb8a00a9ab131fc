# str.format templates under CPython 3.12.1 with recording arguments: writes
# fixtures/format-template.json as [template, {"ok": text} | {"err": [class, message]}], and
# _string.formatter_parser / formatter_field_name_split results.
import json, sys, _string

class R:
    def __init__(s, p): s.p = p
    def __getattr__(s, n): return R(s.p + '.' + n)
    def __getitem__(s, k): return R(s.p + '[' + repr(k) + ']')
    def __format__(s, spec): return '<' + s.p + ':' + spec + '>'
    def __repr__(s): return 'R' + s.p

args = (R('0'), R('1'), R('2'))
T = ['', 'plain', '{', '}', 'a}b', '{{}}', '{0[}', '{0[1}', '{0]}', '{0.}', '{0..a}', '{0[]}', '{0[a]b}', '{0!}',
     '{0!r', '{0!rr}', '{0!x}', '{!r:}', '{:{:{}}}', '{:{}}{}', '{0}{}', '{}{0}', '{0:{1}', '{0:}}', '{0:{{}}',
     '{a{}', '{0!r:x{1}y}', '{0!r:>{1}}', '{0!s:^9}', '{0!a}', '{0[a.b]}', '{0[1]}', '{0[-1]}', '{0[ 1]}', '{00}', '{ 0}', '{0 }', '{-1}',
     '{99999999999999999999}', '{99999999999999999999x}', '{0[99999999999999999999]}', '{0:{1:{2}}}', '{0:{1:{2:{0}}}}',
     '{x.y[1]}', '{0!\x01}', '{0!}}', '{0!:}', '{0!r!s}', '{!}', '{:}', '{0:!}', '{0[}]}', '{0[{]}', '{{0}}', '}}{{',
     '{0.a[b].c}', '{0}{3}', '{y}', '{0.a:}:}', '{.a}', '{[0]}', '{0}{', '{0.}{', 'a {0!r:>{w}} {x.y[1]}', '{١}',
     '{0:{x}}{1:{y}}', '{x:{}}', '{}{}{}{}', 'é{0}😀{1}', '{0!😀}', '{😀}', '{0[😀]}', '{0', '{0:', '{0!', '{0!r:',
     '{0.a!r}', '{0:%H:%M}', '{0:{{}}}']
kw = {'x': R('x'), 'w': 7}
out = {'render': [], 'parser': [], 'fieldname': []}
for t in T:
    try:
        out['render'].append([t, {'ok': t.format(*args, **kw)}])
    except Exception as e:
        out['render'].append([t, {'err': [type(e).__name__, str(e)]}])
    got = []
    try:
        for lit, name, spec, conv in _string.formatter_parser(t):
            got.append([lit, name, spec, conv])
        out['parser'].append([t, {'ok': got}])
    except Exception as e:
        out['parser'].append([t, {'err': [type(e).__name__, str(e)], 'before': got}])
for n in ['', '0', 'x', '0.a', '0[1]', 'a[b].c[-1]', '.a', '[0]', '0.', '0[]', '0[1]x', '0[1', '١٢', 'a[١]', 'a.b.c', '99999999999999999999']:
    try:
        first, rest = _string.formatter_field_name_split(n)
        out['fieldname'].append([n, {'ok': [first, [[a, k] for a, k in rest]]}])
    except Exception as e:
        out['fieldname'].append([n, {'err': [type(e).__name__, str(e)]}])
json.dump(out, sys.stdout, ensure_ascii=True, indent=0)
