# weakref.ref: identity reuse, callbacks after gc.collect(), hashing, equality, refusals
import gc
import weakref


class C:
    def meth(self):
        return 1


class Slotted:
    __slots__ = ('a',)


class SlottedWeak:
    __slots__ = ('a', '__weakref__')


c = C()
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, r.__callback__)
print(type(r).__name__, weakref.ReferenceType is weakref.ref, repr(weakref.ref))
log = []
r2 = weakref.ref(c, lambda w: log.append(('cb', w is r2, w())))
print(r2 is r, r2.__callback__ is not None, weakref.getweakrefcount(c))
print(weakref.getweakrefs(c) == [r, r2], [x is r for x in weakref.getweakrefs(c)])
h = hash(r)
print(h == hash(c), r == r2, r != r2)
del c
gc.collect()
print(r(), r2(), log, r2.__callback__)
print(hash(r) == h)
r_fresh = weakref.ref(C())
gc.collect()
try:
    hash(r_fresh)
except TypeError as e:
    print('TypeError', e)
print(r == r2, r == r, r_fresh == r)

try:
    r.__callback__ = 1
except AttributeError as e:
    print('AttributeError')

# exceptions in callbacks are reported and ignored


class Bad:
    def __call__(self, w):
        raise ValueError('boom')

    def __repr__(self):
        return '<Bad callback>'


bad = Bad()


d = C()
r3 = weakref.ref(d, bad)
del d
print(isinstance(gc.collect(), int), r3())

for o in [1, 'x', (), [], {}, None, b'', 1.5, True, Slotted(), object()]:
    try:
        weakref.ref(o)
        print('ok', type(o).__name__)
    except TypeError as e:
        print('TypeError', e)


def f():
    yield 1


for o in [set(), frozenset(), len, f, f(), C, SlottedWeak(), f.__code__, C().meth, weakref]:
    weakref.ref(o)
    print('ok', type(o).__name__)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **extra):
        super().__init__(ob, callback)
        self.extra = extra


e = C()
m = MyRef(e, None, tag=5)
r_e = weakref.ref(e)
print(type(m).__name__, m() is e, m.extra, isinstance(m, weakref.ref), m is r_e)
print(weakref.getweakrefcount(e), weakref.getweakrefcount(5), weakref.getweakrefs(5))
del e
gc.collect()
print(m(), weakref.ref[int])
