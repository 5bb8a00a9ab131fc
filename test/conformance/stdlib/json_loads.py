# json.loads / json.load: values, hooks, bytes input
import json, io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}', '[]', '{}', '  [ 1 , 2 ]  ',
        '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d"', '"\\udc00\\ud800x"',
        '123456789012345678901234567890', '-0', '-0.0', '0.1', '1E+2', '1e-2', '2.5E3', '-12',
        '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '"\x7f\u20ac"', '[[[[[]]]]]',
        '{"k": {"k": {"k": [1, {"z": []}]}}}', '\t\n\r [1]\n', '"😀 ok"', '["😀", 1, "x"]']
for d in docs:
    t(repr(d), lambda: json.loads(d))

t('bytes', lambda: json.loads(b'{"x": [1, "\xc3\xa9"]}'))
t('bytearray', lambda: json.loads(bytearray(b'[1, 2]')))
t('utf-8-sig', lambda: json.loads('\ufeff[1]'.encode('utf-8')))
t('utf-16', lambda: json.loads('[1, "\u00e9"]'.encode('utf-16')))
t('utf-16-le', lambda: json.loads('[1]'.encode('utf-16-le')))
t('utf-16-be', lambda: json.loads('[1]'.encode('utf-16-be')))
t('utf-32', lambda: json.loads('{"a": 2}'.encode('utf-32')))
t('utf-32-le', lambda: json.loads('{"a": 2}'.encode('utf-32-le')))
t('utf-32-be', lambda: json.loads('{"a": 2}'.encode('utf-32-be')))

t('object_hook', lambda: json.loads('{"a": {"b": 1}, "c": [{}]}', object_hook=lambda d: sorted(d.items())))
t('pairs_hook', lambda: json.loads('{"b": 1, "a": {"x": 2, "x": 3}}', object_pairs_hook=lambda p: p))
t('both hooks', lambda: json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
t('parse_float', lambda: json.loads('[1.5, 2, 3e1]', parse_float=lambda s: 'F' + s))
t('parse_int', lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: 'I' + s))
t('parse_constant', lambda: json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: s.lower()))
t('strict=False', lambda: json.loads('["a\tb\nc\x00"]', strict=False))
t('strict', lambda: json.loads('["a\tb"]'))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
t('cls', lambda: json.loads('{"a": {"b": 2}}', cls=Dec))
t('cls kw', lambda: json.loads('[1.25]', cls=Dec, parse_float=lambda s: s))
d = json.JSONDecoder()
t('raw_decode', lambda: d.raw_decode('[1, 2] tail'))
t('raw_decode idx', lambda: d.raw_decode('xx{"a": 1}yy', 2))
t('raw_decode ws', lambda: d.raw_decode(' 1'))
t('decode', lambda: d.decode(' {"a": "b"} '))
t('scanstring', lambda: json.decoder.scanstring('"abc\\n" rest', 1))
t('scanstring astral', lambda: json.decoder.scanstring('x"😀\\u00e9"😀', 2))
print(d.strict, d.object_hook, d.parse_float is float, d.parse_int is int, d.object_pairs_hook)

t('load', lambda: json.load(io.StringIO('{"from": "file", "n": [1, 2]}')))
t('load hook', lambda: json.load(io.StringIO('{"n": 1.0}'), parse_float=lambda s: s + '!'))

class Pairs:
    def __init__(self, pairs):
        self.keys = [k for k, v in pairs]
    def __repr__(self):
        return 'Pairs%r' % (self.keys,)
print(json.loads('{"z": 1, "a": {"y": 0, "b": 1}, "m": 3}', object_pairs_hook=Pairs))

round_trip = {'list': [1, 2.25, 'three', None, True], 'nested': {'deep': [[{'x': -1}]]}, 'uni': 'é😀'}
for opts in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
    print(json.loads(json.dumps(round_trip, **opts)) == round_trip)
