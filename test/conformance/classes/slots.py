# __slots__: no instance __dict__, fixed attributes, inheritance, and the errors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
print(type(P.x).__name__)

class Q(P):
    __slots__ = ('z',)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, '__dict__'))

class R(P):
    pass  # no __slots__: instances get a __dict__
r = R(5, 6)
r.anything = 'ok'
print(r.__dict__, r.x)

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

try:
    class Conflict:
        __slots__ = ('v',)
        v = 5
except ValueError as e:
    print('ValueError:', e)

class S:
    __slots__ = 'single'
s = S()
s.single = 'one string slot'
print(s.single)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print('AttributeError:', e)
class Default:
    __slots__ = ('val',)
d = Default()
try:
    print(d.val)
except AttributeError as e:
    print('AttributeError:', e)
