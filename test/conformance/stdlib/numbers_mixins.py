import numbers
print(numbers.Integral, numbers.Real.__name__, numbers.Rational.__qualname__, numbers.Complex.__module__)
print([c.__name__ for c in numbers.Integral.__mro__])
print(numbers.Real.__dict__['__float__'].__isabstractmethod__, numbers.Complex.__slots__)
print(numbers.Rational.__dict__['numerator'].__isabstractmethod__)
class Half(numbers.Rational):
    """1/2 with only what Rational needs; the rest borrowed from float."""
    numerator = 1
    denominator = 2
    def _f(self, *a): return NotImplemented
for n in numbers.Rational.__abstractmethods__:
    if not hasattr(numbers.Rational, n) or n not in ('numerator', 'denominator'):
        setattr(Half, n, Half._f)
Half.__abstractmethods__ = frozenset()
Half.__pos__ = lambda s: 0.5
Half.__floordiv__ = lambda s, o: 0.5 // o
Half.__rfloordiv__ = lambda s, o: o // 0.5
Half.__mod__ = lambda s, o: 0.5 % o
Half.__rmod__ = lambda s, o: o % 0.5
h = Half()
print(float(h), complex(h), h.real, h.imag, h.conjugate(), divmod(h, 0.25), divmod(3, h))
class Big(numbers.Integral): pass
try:
    Big()
except TypeError as e:
    print(str(e)[:60])
print(isinstance(3, numbers.Number), isinstance(3.0, numbers.Integral), isinstance(1j, numbers.Complex))
print(numbers.Integral.__subclasscheck__(bool), hash(3) == 3)
try:
    hash(Half())
except TypeError as e:
    print('TypeError', e)
class Reg: pass
numbers.Real.register(Reg)
print(isinstance(Reg(), numbers.Complex), isinstance(Reg(), numbers.Rational))
