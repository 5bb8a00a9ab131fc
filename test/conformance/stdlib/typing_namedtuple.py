# typing.NamedTuple: class syntax with defaults and methods, the functional form, errors
from typing import NamedTuple, Generic, TypeVar, List

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), p._fields, Point.__annotations__, p._asdict(), isinstance(p, tuple))
print(p._replace(x=9), Point._field_defaults, Point._make([5, 6]))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)
try:
    class BadNT(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)

T = TypeVar('T')
class GenericNT(NamedTuple, Generic[T]):
    item: T
    items: List[T] = []
print(GenericNT(1), GenericNT[int], GenericNT.__parameters__)
try:
    class Bad2(NamedTuple):
        _fields = ('a',)
except AttributeError as e:
    print('AttributeError', e)
try:
    class Bad3(NamedTuple, int):
        x: int
except TypeError as e:
    print('TypeError', e)
Kw = NamedTuple('Kw', x=int, y=str)
print(Kw(1, 'a'), Kw.__annotations__, Kw.__module__)
