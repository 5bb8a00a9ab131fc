# pprint of collections types, dataclasses, SimpleNamespace, mappingproxy, recursion, saferepr
import pprint
import collections
import dataclasses
import types

od = collections.OrderedDict((str(i) * 3, list(range(i))) for i in range(8))
pprint.pprint(od)
pprint.pprint(od, width=30)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'a': list(range(20)), 'b': list(range(25))})
pprint.pprint(dd)
pprint.pprint(collections.defaultdict(int), width=1)
c = collections.Counter('abracadabra' * 3 + 'xyzzy')
pprint.pprint(c, width=20)
pprint.pprint(collections.Counter())
cm = collections.ChainMap({'a': list(range(15))}, {'b': list(range(20))}, {})
pprint.pprint(cm, width=40)
pprint.pprint(collections.ChainMap(), width=1)
dq = collections.deque(range(30))
pprint.pprint(dq, width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.deque(), width=1)
pprint.pprint(collections.UserDict({'x': list(range(30))}))
pprint.pprint(collections.UserList(list(range(30))), width=40)
pprint.pprint(collections.UserString('a b c d e f g ' * 10), width=30)


@dataclasses.dataclass
class Point:
    x: int
    y: list
    hidden: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass
class Own:
    a: int

    def __repr__(self):
        return 'Own!' + 'x' * 100


pprint.pprint(Point(1, list(range(30))))
pprint.pprint([Point(2, ['abc'] * 20)], width=40)
pprint.pprint(Own(1))
pprint.pprint(Point(1, []), width=5)
ns = types.SimpleNamespace(alpha=list(range(30)), beta='text', gamma={'k': 1})
pprint.pprint(ns, width=40)


class NS(types.SimpleNamespace):
    pass


pprint.pprint(NS(a=list(range(25)), b=2), width=40)
pprint.pprint(types.MappingProxyType({'m': list(range(30)), 'n': 1}), width=40)


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList' + list.__repr__(self)


pprint.pprint(MyDict((i, i * 'x') for i in range(12)))
pprint.pprint(MyList(range(40)))
print('--- recursion and depth')
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(' with id=')[0])
print(pprint.isrecursive(r), pprint.isreadable(r))
d = {'self': None}
d['self'] = d
print(pprint.saferepr(d).split(' with id=')[0])
print(pprint.pformat([d]).split(' with id=')[0])
print(pprint.isrecursive(d), pprint.isreadable(d))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]))
print(pprint.saferepr({'b': [1, {2: 3}], 'a': (4,)}))
print(pprint.pformat([[[[[1]]]]], depth=2), pprint.pformat({'a': {'b': {}}}, depth=1))
print(pprint.pformat(((),), depth=1), pprint.pformat([[]], depth=1))
pp = pprint.PrettyPrinter(depth=2)
print(pp.pformat([1, [2, [3, [4]]]]), pp.isreadable([1, 2]), pp.isrecursive([1]))
print(pp.isreadable([1, [2, [3]]]))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
print(pprint.pformat('x' * 100, width=30))


class Sub(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return obj.upper(), True, False
        return super().format(obj, context, maxlevels, level)


print(Sub().pformat(['abc', {'k': 'v'}]))
import io
buf = io.StringIO()
pprint.pprint({'z': 1, 'a': 2}, stream=buf)
print(repr(buf.getvalue()))
