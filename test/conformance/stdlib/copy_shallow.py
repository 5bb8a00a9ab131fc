# copy.copy: built-in types (same object or a new one), __copy__, __reduce_ex__-based copying of
# plain instances, slots, list/dict subclasses, __getnewargs__, __setstate__, copyreg, errors.
import copy
import copyreg

for v in [None, 1, 2**100, 1.5, 2j, True, 'abc', b'xy', (1, [2]), frozenset({1}), range(3),
          len, int, Ellipsis, NotImplemented, slice(1, 2)]:
    print(repr(v), copy.copy(v) is v)
for v in [[1, [2]], {'a': [1]}, {1, 2}, bytearray(b'ab')]:
    c = copy.copy(v)
    print(repr(c), c == v, c is v, type(c).__name__)
lst = [[1], [2]]
c = copy.copy(lst)
print(c[0] is lst[0])

class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x]
p = Plain(3)
q = copy.copy(p)
print(type(q).__name__, q is p, q.x, q.items is p.items, vars(q))
e = copy.copy(Plain.__new__(Plain))
print(vars(e))

class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = [1]
t = copy.copy(s)
print(t.a, t.a is s.a, hasattr(t, 'b'))
class Mixed(Slotted):
    __slots__ = ('c', '__dict__')
m = Mixed(); m.a = 1; m.c = 3; m.extra = 'e'
n = copy.copy(m)
print(n.a, n.c, n.extra, hasattr(n, 'b'))

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('  __copy__ called')
        return WithCopy(self.v * 2)
print(copy.copy(WithCopy(5)).v)

class WithState:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a, 'saved': True}
    def __setstate__(self, st):
        print('  setstate', sorted(st.items()))
        self.__dict__.update(st)
w = copy.copy(WithState())
print(w.a, w.saved)

class FalsyState:
    def __getstate__(self):
        return 0
    def __setstate__(self, st):
        print('  never called for a false-y?', st)
print(type(copy.copy(FalsyState())).__name__)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 't'
c = copy.copy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
class MyDict(dict):
    pass
md = MyDict(a=1, b=[2])
c = copy.copy(md)
print(type(c).__name__, c, c['b'] is md['b'])
class MyTuple(tuple):
    pass
mt = MyTuple((1, 2))
print(type(copy.copy(mt)).__name__, copy.copy(mt), copy.copy(mt) is mt)
class Point:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.x, self.y = x, y
        return self
    def __getnewargs__(self):
        return (self.x, self.y)
pt = copy.copy(Point(1, 2))
print(pt.x, pt.y)

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v + 1,))
print(copy.copy(Reduced(1)).v)
class Global:
    def __reduce__(self):
        return 'Global'
g = Global()
print(copy.copy(g) is g)

class Registered:
    def __init__(self, v):
        self.v = v
copyreg.pickle(Registered, lambda r: (Registered, (r.v * 10,)))
print(copy.copy(Registered(4)).v)

class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None
try:
    copy.copy(NoReduce())
except copy.Error as exc:
    print(type(exc).__name__, exc)
print(copy.error is copy.Error, issubclass(copy.Error, Exception), copy.__all__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(copy.copy(WithMeta) is WithMeta)
def f():
    pass
print(copy.copy(f) is f, copy.copy(copy.copy) is copy.copy)
