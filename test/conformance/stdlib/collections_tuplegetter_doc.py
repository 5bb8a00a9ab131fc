# namedtuple fields document themselves through their _tuplegetter's writable __doc__.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
print(Point.x.__doc__, Point.y.__doc__)
Point.x.__doc__ = 'The abscissa'
Point.y.__doc__ = None
print(Point.x.__doc__, Point.y.__doc__)
del Point.x.__doc__
print(Point.x.__doc__)
p = Point(1, 2)
print(p.x, p.y, Point.x.__get__(p), repr(Point.x))
try:
    Point.x.index = 3
except AttributeError as e:
    print('AttributeError', e)
