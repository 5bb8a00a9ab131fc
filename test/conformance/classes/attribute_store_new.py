# Stores that add an attribute to an instance (its first `self.x = ...`), which the interpreter's
# store cache does without the generic lookup: every case where that must not happen, or must
# still give CPython's result.
class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
objs = [A(i, -i) for i in range(5)]
print([(o.x, o.y) for o in objs], [list(o.__dict__) for o in objs[:2]])

# Attributes added in another order, and a dict made beforehand.
class B:
    def __init__(self, first):
        if first:
            self.__dict__['b'] = 'pre'
        self.a = 1
        self.b = 2
print([vars(B(f)) for f in (False, True, False)])

# A data descriptor appears on the class after the store was cached: it must win.
class C:
    def __init__(self):
        self.v = 'plain'
print(C().v)
log = []
C.v = property(lambda self: 'prop', lambda self, val: log.append(val))
c = C()
print(c.v, log, c.__dict__)

# __setattr__ defined afterwards on the class.
class D:
    def __init__(self):
        self.w = 1
D()
D.__setattr__ = lambda self, n, val: object.__setattr__(self, n, val * 10)
print(D().w)

# A subclass with a slot of the same name, and a class whose instances have no dict.
class E(A):
    __slots__ = ()
class F:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(vars(E(1, 2)), F(3, 4).x)
try:
    A.__init__(F(0, 0), 5, 6)
    print('stored')
except AttributeError as e:
    print('AttributeError:', e)

# The instance dict replaced by another dict, and by a dict subclass whose __setitem__ is not
# called for attribute stores (CPython stores into the dict directly).
class M(dict):
    def __setitem__(self, k, v):
        raise RuntimeError('not called for attribute stores')
a = A(1, 2)
a.__dict__ = {'z': 0}
A.__init__(a, 7, 8)
print(sorted(a.__dict__.items()))
a.__dict__ = M(q=1)
A.__init__(a, 9, 10)
print(type(a.__dict__).__name__, sorted(a.__dict__.items()))

# A key in the instance dict whose hash collides with the attribute's name and whose __eq__ is
# Python code that allocates: the store must find the right key and the stack must stay rooted.
class K:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        junk = [str(i) * 3 for i in range(50)]
        return isinstance(other, str) and other == 'never' and len(junk) > 0
a = A(0, 0)
a.__dict__[K('x')] = 'collider'
for i in range(20):
    A.__init__(a, [i] * 3, {i: str(i)})
print(a.x, a.y, len(a.__dict__))

# Many attributes: the dict grows past its first table while the cached stores go on.
class Big:
    def __init__(self):
        for i in range(3):
            self.a0 = i; self.a1 = i; self.a2 = i; self.a3 = i; self.a4 = i
            self.a5 = i; self.a6 = i; self.a7 = i; self.a8 = i; self.a9 = i
print([sum(vars(Big()).values()) for _ in range(3)], len(vars(Big())))
