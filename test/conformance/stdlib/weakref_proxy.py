# weakref.proxy: forwarding, operators, ReferenceError once the object is gone
import gc
import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __add__(self, other):
        return self.v + other

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

    __hash__ = object.__hash__

    def __str__(self):
        return 'Box(%s)' % self.v


b = Box(4)
p = weakref.proxy(b)
print(p.v, p.double(), len(p), p[2], p + 1, str(p), p == Box(4), p.__class__.__name__)
p.v = 9
print(b.v, type(p) is weakref.ProxyType, isinstance(p, Box), weakref.proxy(b) is p)
print(weakref.getweakrefcount(b))
del p.v
print(hasattr(b, 'v'))
b.v = 1
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)


def fn(x):
    return x + 1


cp = weakref.proxy(fn)
print(type(cp) is weakref.CallableProxyType, cp(41), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

seen = []
p2 = weakref.proxy(b, lambda w: seen.append(w is p2))
del b
gc.collect()
print(seen)
for action in (lambda: p.v, lambda: len(p), lambda: str(p), lambda: p + 1):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError', e)
try:
    weakref.proxy(3)
except TypeError as e:
    print('TypeError', e)

nums = [1, 2, 3]


class L(list):
    pass


lst = L([1, 2, 3])
lp = weakref.proxy(lst)
print(list(lp), 2 in lp, lp[0], len(lp))
lp.append(4)
print(lst)
