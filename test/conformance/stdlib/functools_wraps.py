# functools: wraps / update_wrapper, total_ordering, cmp_to_key, cached_property
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, cached_property, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
import functools

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return ('wrapped', fn(*a, **k))
    return inner

@deco
def greet(name: str) -> str:
    """Say hello."""
    return 'hi ' + name
greet.__dict__['tag'] = 1
print(greet('bob'), greet.__name__, greet.__qualname__, greet.__doc__, greet.__annotations__, greet.__module__)
print(greet.__wrapped__('x'), greet.__wrapped__.__name__)

def target():
    "target doc"
target.attr = 5
def w():
    pass
r = update_wrapper(w, target, assigned=('__doc__',), updated=())
print(r is w, w.__doc__, w.__name__, hasattr(w, 'attr'), w.__wrapped__ is target)
update_wrapper(w, target)
print(w.__name__, w.attr)
class NoName:
    pass
obj = NoName()
def w2():
    pass
update_wrapper(w2, obj)
print(w2.__name__, w2.__wrapped__ is obj)
print(type(wraps(target)).__name__)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
print(V.__gt__.__name__, V.__le__.__name__, V.__ge__.__name__)
try:
    a > 5
except TypeError as e:
    print('TypeError', e)

for root in ['__le__', '__gt__', '__ge__']:
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v}
    ops = {'__le__': lambda s, o: s.v <= o.v, '__gt__': lambda s, o: s.v > o.v, '__ge__': lambda s, o: s.v >= o.v}
    ns[root] = ops[root]
    W = total_ordering(type('W', (), ns))
    x, y = W(1), W(2)
    print(root, [x < y, x <= y, x > y, x >= y, y < x, y <= x, y > x, y >= x, x <= W(1), x >= W(1), x < W(1), x > W(1)])
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3), K(3) > K(2), K(1) <= K(1), K(1).obj)
try:
    K(1) < 2
except TypeError as e:
    print('TypeError', e)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)
print(max([1, 5, 3], key=cmp_to_key(cmp)), min('xyz', key=cmp_to_key(cmp)))

class Data:
    def __init__(self, n):
        self.n = n
        self.count = 0
    @cached_property
    def total(self):
        """Sum up."""
        self.count += 1
        return self.n * 10
d = Data(4)
print(d.total, d.total, d.count, 'total' in d.__dict__, Data.total.__doc__, Data.total.attrname)
del d.total
print(d.total, d.count)
d.total = 99
print(d.total, d.count, type(Data.__dict__['total']).__name__)
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data(1), Data)
except TypeError as e:
    print('TypeError', e)
try:
    class Two:
        x = cached_property(lambda self: 1)
        y = x
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, e.__cause__)
print(cached_property[int])

# cmp_to_key's objects
for t in ["K()", "K(1, 2)", "K(obj=1).obj", "K(x=1)", "type(K)", "type(K(1))", "K(1) == 1", "K(1) < 1",
          "K(1).__class__.__name__", "K(1) != K(1)", "K(2) >= K(2)", "sorted([K(3), K(1)])[0].obj",
          "cmp_to_key()", "cmp_to_key(mycmp=cmp)(5).obj", "type(K.__hash__)", "K(1).__hash__"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
k = K(1)
k.obj = 7
print(k.obj, K(k).obj.obj)
print(K(1) < K(2), cmp_to_key(lambda a, b: 'x' == 'x')(1) == cmp_to_key(lambda a, b: 0)(2))
try:
    K(1) < K('a')
except TypeError as e:
    print('TypeError', e)
