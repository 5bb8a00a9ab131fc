# json.dumps / json.dump with every option
import json, io
a_loop = []
a_loop.append(a_loop)

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = {'name': 'gilvm', 'nums': [1, -2, 3.5, 1e100, 1e-10, 0.1 + 0.2, -0.0, 2**70],
        'flags': [True, False, None], 'nested': {'a': [], 'b': {}, 'c': [[1], {'d': ()}]},
        'tuple': (1, 'two'), 'text': 'quote " back \\ slash / tab \t nl \n bell \x07 é ∑ 😀'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='--', separators=(';', '=')))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent=4, separators=(', ', ': ')))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps({3: 'int', 2.5: 'float', None: 'none', False: 'false', 'k': 'str'}))
print(json.dumps({(1, 2): 'tuple', 'ok': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
print(json.dumps({float('inf'): 1}))
for v in [0.1, 1/3, 1e16, 1e15, 123456789.125, 5e-324, 1.7976931348623157e308, -1e-5, 100.0]:
    print(json.dumps(v), repr(v))
print(json.dumps('plain'), json.dumps(''), json.dumps('\u2028\ud800'), json.dumps(5), json.dumps(None))

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(7), MyFloat(2.5), MyStr('s'), MyDict(x=1), MyList([1, 2]), True]))
print(json.dumps({MyInt(4): MyStr('v'), MyStr('k'): MyFloat(1.5)}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('nope ' + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
t('default raises', lambda: json.dumps([object()], default=enc))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps({'p': Point(3, 4)}, cls=PointEncoder, indent=1))
print(PointEncoder(sort_keys=True).encode({'b': Point(0, 0), 'a': 1}))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(list(json.JSONEncoder(indent=1).iterencode({'a': [1, 2], 'b': {'c': None}})))
print(list(json.JSONEncoder(skipkeys=True).iterencode({'b': [[], {}, 'x', 1.5], 'a': (True,), (1,): 0, 2.5: 1})))
print(list(json.JSONEncoder(sort_keys=True).iterencode({'b': [[], {}, 'x', 1.5], 'a': (True,)})))
print(list(json.JSONEncoder(default=lambda o: [str(o)]).iterencode([object.__new__(Point)] and [1j])))
print(list(json.JSONEncoder().iterencode({'a': 1}, _one_shot=True)))
print(''.join(json.JSONEncoder(indent=2).iterencode(data)) == json.dumps(data, indent=2))
it = json.JSONEncoder(allow_nan=False).iterencode([1, float('nan')])
t('iter nan', lambda: list(it))
t('iter circular', lambda: list(json.JSONEncoder().iterencode(a_loop)))
class Log:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
log = Log()
json.dump([1, {'a': 2}], log)
print(''.join(log.parts))
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys)
e = json.JSONEncoder(indent=3)
print(repr(e.item_separator), repr(e.key_separator))

buf = io.StringIO()
json.dump({'x': [1, 2, {'y': None}]}, buf, indent=2)
print(buf.getvalue())
buf = io.StringIO()
json.dump('s', buf)
print(buf.getvalue())

big = [{'id': i, 'name': 'item%d' % i, 'vals': [i * 0.5, i * 2]} for i in range(40)]
text = json.dumps(big)
print(len(text), text[:80], json.loads(text) == big)
