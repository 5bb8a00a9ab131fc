# collections.namedtuple: fields, defaults, rename, _make, _asdict, _replace, repr, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__module__, Point.__qualname__)
print(Point.__new__.__doc__, Point.__new__.__qualname__, Point.x.__doc__, Point.y.__doc__, repr(Point.x))
print(type(Point.x).__name__, Point.__slots__, Point.__match_args__, Point.__mro__, isinstance(p, tuple))
print(Point._make([3, 4]), Point._make(range(2)), p._asdict(), p._replace(y=9), p)
x, y = p
print(x, y, p + (3,), p * 2, p[:1], Point(*range(2)).__getnewargs__())
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: Point(x=1, y=2, x2=3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', type(e).__name__)

P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
One = namedtuple('One', 'only')
print(One(1), One._make(['x']), One(only=2)._asdict())
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty._make([]), len(Empty()))
R = namedtuple('R', ['abc', 'def', '_x', 'abc', '9', 'ok'], rename=True)
print(R._fields)
for args in (('1bad', 'x'), ('Bad', 'def'), ('Bad', '_x'), ('Bad', 'x x'), ('Bad', ['x', 'y'], ), ('class', 'a'),
             ('Bad', 'a b'), ('Bad', ['a', 3])):
    try:
        namedtuple(*args, defaults=[1, 2, 3]) if args == ('Bad', 'a b') else namedtuple(*args)
        print('ok', args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
M = namedtuple('M', 'a b', module='somewhere')
print(M.__module__, repr(M(1, 2)))


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._make([0, 1]), type(v._replace(x=0)).__name__)
match p:
    case Point(a, b):
        print('matched', a, b)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(Point(1, [2]).__repr__(), repr(Point('a', None)), str(Point(1.5, -0.0)))
print(Point._make((i, i * i) for i in range(2) if False) if False else 'skip')
print(dict(zip(Point._fields, Point(7, 8))), Point(**{'x': 1, 'y': 2}))
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
try:
    Point.x.__get__(5)
except TypeError as e:
    print('TypeError', e)
