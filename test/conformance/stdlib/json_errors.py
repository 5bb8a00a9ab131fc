# json: JSONDecodeError (message, pos, lineno, colno) and the encoder's errors
import json

def t(label, f):
    try:
        print(label, repr(f()))
    except json.JSONDecodeError as e:
        print(label, 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
    except Exception as e:
        print(label, type(e).__name__, e)

bad = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
       '{"a":1,}', '{a:1}', '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"',
       '"a\nb"', '"a\tb"', '1 2', 'nul', 'tru', 'fals', '-', '-x', '01', '1.', '1e', '.5', '+1',
       '"\\', '"\\u', '"\\ud800\\u12"', '{"a":1}}', '[}', '{]', 'true false', '\n\n  [1,\n  ]',
       '[1,\n 2,,]', '{"x": [1, 2, {"y": tru}]}', '\ufeff[1]', "'single'", '[1] // c', 'None',
       '"😀" x', '["😀😀", 1 2]', '{"😀": }']
for s in bad:
    t(repr(s), lambda: json.loads(s))

t('type', lambda: json.loads(3))
t('type None', lambda: json.loads(None))
t('err args', lambda: json.JSONDecodeError('msg', 'ab\ncd', 4).args)
e = json.JSONDecodeError('Boom', 'line1\nline2\nline3', 9)
print(e.msg, e.doc.count('\n'), e.pos, e.lineno, e.colno, str(e))
print(json.JSONDecodeError.__mro__[1].__name__, json.decoder.JSONDecodeError is json.JSONDecodeError)

t('nan', lambda: json.dumps(float('nan'), allow_nan=False))
t('inf', lambda: json.dumps([1, float('inf')], allow_nan=False))
t('-inf key', lambda: json.dumps({float('-inf'): 1}, allow_nan=False))
t('tuple key', lambda: json.dumps({(1, 2): 3}))
t('object', lambda: json.dumps(object()))
t('nested object', lambda: json.dumps([{'a': [set()]}]))
t('bytes', lambda: json.dumps(b'x'))
t('complex', lambda: json.dumps(1j))
a = []
a.append(a)
t('circular list', lambda: json.dumps(a))
d = {}
d['x'] = [d]
t('circular dict', lambda: json.dumps(d))
t('circular default', lambda: json.dumps(object(), default=lambda o: [o]))
shared = [1]
t('shared not circular', lambda: json.dumps([shared, shared, {'a': shared}]))
t('no check', lambda: json.dumps(a, check_circular=False))
t('sort mixed', lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True))
t('bad indent', lambda: json.dumps([1], indent=2.5))
t('unknown kw', lambda: json.dumps([1], bogus=1))
t('deep', lambda: json.loads('[' * 5000 + ']' * 5000))
t('deep ok', lambda: len(json.dumps(json.loads('[' * 50 + ']' * 50))))
