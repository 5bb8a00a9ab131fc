import numbers
for v in [1, True, 1.5, 2j, "x", None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(numbers.Number.__hash__, numbers.Integral.__mro__)
try:
    numbers.Real()
except TypeError as e: print('TypeError', e)
class MyInt(numbers.Integral):
    def __init__(s, v): s.v = v
    def __int__(s): return s.v
    __abs__ = __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = None
for n in sorted(numbers.Integral.__abstractmethods__):
    if n not in ('__int__',): setattr(MyInt, n, lambda s, *a: NotImplemented)
MyInt.__eq__ = lambda s, o: s.v == o
MyInt.__pos__ = lambda s: s.v
MyInt.__abstractmethods__ = frozenset()
m = MyInt(7)
print(m.__index__(), float(m), m.numerator, m.denominator, m.real, m.imag, complex(m), bool(m), bool(MyInt(0)))
print(list(range(10))[MyInt(3)])
class R(numbers.Real): pass
print(sorted(R.__abstractmethods__))
print(type(numbers.Complex.__dict__['real']).__name__)
print(numbers.Real.__dict__['__float__'].__isabstractmethod__, numbers.Complex.__slots__)
print(numbers.__all__)
class C(numbers.Complex):
    def __init__(s, v): s.v = v
    def __add__(s, o): return C(s.v + (o.v if isinstance(o, C) else o))
    def __neg__(s): return C(-s.v)
    def __repr__(s): return 'C(%r)' % s.v
for n in sorted(C.__abstractmethods__):
    if n not in ('__add__', '__neg__'): setattr(C, n, lambda s, *a: NotImplemented)
C.__abstractmethods__ = frozenset()
print(C(5) - C(2), C(5) - 1)
