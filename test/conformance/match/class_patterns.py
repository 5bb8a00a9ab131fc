# match: class patterns with positional (__match_args__) and keyword sub-patterns, built-in classes.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class NoArgs:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin 3d'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on the y axis at {y}'
        case Point(x, 0):
            return f'on the x axis at {x}'
        case Point3(x, y, z=z) if z > 0:
            return f'above the plane: {x},{y},{z}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere else'
        case NoArgs(a=1):
            return 'NoArgs with a=1'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 3), Point(4, 4), Point(1, 2), NoArgs(), 7]:
    print(type(p).__name__, '->', where(p))

def builtin(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n):
            return f'int {n}'
        case float(f):
            return f'float {f}'
        case complex() as c:
            return f'complex {c}'
        case str(s):
            return f'str {s!r}'
        case list([x, *_]):
            return f'list starting {x}'
        case dict({'k': k}):
            return f'dict with k={k}'
        case tuple():
            return 'a tuple'
        case _:
            return 'other'
for v in [True, 3, 2.5, 1j, 'x', [9, 8], {'k': 0}, (), None]:
    print(repr(v), '->', builtin(v))

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError:', e)
class Bad:
    __match_args__ = ('a', 'a')
    a = 1
try:
    match Bad():
        case Bad(x, y):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 1:
        case print():
            pass
except TypeError as e:
    print('TypeError:', e)
