# type() and class objects: creation with type(name, bases, dict), C3 MRO and its
# errors, layout conflicts, class attributes, __dict__ as a mappingproxy, repr.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

Point = type('Point', (), {'x': 0, 'y': 0, 'norm': lambda self: self.x * self.x + self.y * self.y})
p = Point()
p.x, p.y = 3, 4
print(Point.__name__, Point.__qualname__, Point.__module__, p.norm())
print(type(p) is Point, type(Point) is type, type(type) is type)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print(Z.mro() == list(Z.__mro__), Z.__bases__, Z.__base__)

show('mro conflict', lambda: type('Bad', (A, K3), {}))
show('duplicate', lambda: type('Dup', (A, A), {}))
show('layout', lambda: type('IntStr', (int, str), {}))
show('final', lambda: type('B2', (bool,), {}))
show('bad arg', lambda: type('X', 'notatuple', {}))
show('one or three', lambda: type('X', ()))

class Sl:
    __slots__ = ('a', 'b')
class Sl2:
    __slots__ = ('c',)
show('slots conflict', lambda: type('SS', (Sl, Sl2), {}))
print(sorted(k for k in Sl.__dict__ if not k.startswith('__')), Sl.a)

print(type(A.__dict__).__name__, A.__dict__['__module__'], '__dict__' in A.__dict__, '__dict__' in K1.__dict__)
show('proxy write', lambda: A.__dict__.__setitem__('q', 1))
print(repr(A), repr(int), repr(type), str(Z))
print(O.__subclasses__())
A.attr = 'set later'
print(K1.attr, K3().attr)
del A.attr
show('deleted', lambda: K1.attr)
show('immutable', lambda: setattr(int, 'attr', 1))
show('name type', lambda: setattr(A, '__name__', 5))
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A))
print(isinstance(Z(), (int, K2)), issubclass(Z, (str, K3)), issubclass(bool, int))
show('issubclass arg', lambda: issubclass(1, int))
