# collections: behaviour of the shared kernels (merges, in-place multiset operators, ChainMap's
# first-mapping operations, User* pass-throughs, namedtuple validation and members).
from collections import OrderedDict, Counter, ChainMap, UserDict, UserList, UserString, defaultdict, namedtuple

od = OrderedDict.fromkeys('abc', 0)
print(od, od == {'a': 0, 'b': 0, 'c': 0}, od == OrderedDict.fromkeys('cba', 0), od == 5, od != 5, od.__eq__(5))
print(od | {'d': 1}, {'z': 9} | od, type({'z': 9} | od).__name__, od.__or__(5), od.__ror__([]))
od |= [('e', 2)]
print(od, od.setdefault('a', 7), od.setdefault('q', 8), od.copy(), list(reversed(od.items())), od.keys())
print(repr(OrderedDict()), OrderedDict.keys.__name__)
od.move_to_end('a', last=False); od.move_to_end('a'); od.move_to_end('b', False)
print(od, od.popitem(), od.popitem(last=False), od.pop('zz', None))
try:
    od.pop('zz')
except KeyError as e:
    print('KeyError', e)
dd = defaultdict(list, a=[1])
print(dd | {'b': 2}, {'c': 3} | dd, type({'c': 3} | dd).__name__, dd.__or__(1))
c = Counter(a=3, b=1, c=-1)
c += Counter(a=-5, d=2)
print(c)
c = Counter(a=3, b=1, c=-1)
c -= {'b': 1, 'e': -3}
print(c)
c = Counter(a=3, b=1, c=-1)
c |= Counter(b=4, c=-7, f=0)
print(c)
c = Counter(a=3, b=1, c=-1, g=0)
c &= Counter(a=1, b=9)
print(c, list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter('abc') < Counter('abcc'), Counter('ab') > Counter('ab'), Counter('a') != Counter('b'), Counter.__lt__(Counter(), 1))
print(Counter.__eq__.__name__, Counter.__iand__.__name__, Counter.copy(Counter('xx')))
c = Counter('hello'); c.subtract(l=5, o=1); c.update({'h': 2}, z=1); print(c, c.most_common(2))
cm = ChainMap({'a': 1}, {'b': 2, 'a': 0})
for bad in (lambda: cm.pop('b'), lambda: cm.__delitem__('b'), lambda: ChainMap({}).popitem()):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('a'), cm.pop('zz', 'dflt'), cm.get('b'), cm.get('q', 5), len(cm), list(cm), bool(ChainMap({}, {})))
print(cm.new_child(), cm.new_child({'x': 1}, y=2), cm.new_child(k=3).maps[0], cm.parents, cm.copy(), ChainMap.fromkeys('ab', 1))
print(cm | {'n': 1}, {'n': 1} | cm, cm.__or__(3), ChainMap.pop.__name__)
d = defaultdict(int); print(ChainMap(d)['missing'], dict(d))


class UD(UserDict):
    def __copy__(self):
        made = super().__copy__()
        made.note = 'copied'
        return made


u = UD({'a': 1}, b=2)
v = u.copy()
print(type(v).__name__, v, v.note, u | {'c': 3}, {'c': 3} | u, UserDict.fromkeys('xy'), u.get('a'), u.get('z', 0))
u |= UD(z=1)
print(u, UserDict(None), UserDict(dict={'q': 1}) if False else UserDict(a=1))
ul = UserList([1, 2, 3])
ul[0] = 9; del ul[1]
print(ul, len(ul), 3 in ul, ul * 2, 2 * ul, type(ul * 2).__name__, ul.copy(), ul == [9, 3], ul < [10])
us = UserString('abc')
print(us, repr(us), len(us), us[1], type(us[1]).__name__, us * 2, 2 * us, us % () if False else UserString('%s!') % 'x')
print(hash(us) == hash('abc'), int(UserString('42')), float(UserString('1.5')), complex(UserString('1j')), us.__getnewargs__())
P = namedtuple('P', 'x, y', defaults=[5])
p = P(1)
print(p, p._asdict(), p._replace(y=2), P._make([3, 4]), p.__getnewargs__(), P._field_defaults, P._make.__doc__)
print(P._replace.__qualname__, P.__repr__.__qualname__, P._asdict.__doc__, P.__getnewargs__.__doc__)
for args, kw in ((('Q', 'a a'), {}), (('Q', 'a _b'), {}), (('Q', 'a def'), {}), (('Q', 'a 1b'), {}),
                 (('Q', ['a', 2]), {}), (('def', 'a'), {}), (('Q', 'a b'), {'defaults': (1, 2, 3)})):
    try:
        namedtuple(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(namedtuple('R', 'a a _c def 1x b', rename=True)._fields)
for bad in (lambda: p._replace(z=1), lambda: P._make([1, 2, 3])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
