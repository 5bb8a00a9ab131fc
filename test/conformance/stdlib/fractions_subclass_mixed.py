from fractions import Fraction as F
import numbers, copy, math
class MyF(F):
    pass
m = MyF(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(+m).__name__, type(MyF.from_float(0.25)).__name__, repr(MyF.from_float(0.25)), type(MyF('1/3')).__name__)
print(type(copy.copy(m)).__name__, copy.copy(F(1, 2)) is not None, copy.deepcopy(F(2, 3)), m.__reduce__()[1])
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Integral), issubclass(F, numbers.Real))
class R(numbers.Rational):
    def __init__(s, n, d): s.n, s.d = n, d
    numerator = property(lambda s: s.n)
    denominator = property(lambda s: s.d)
    def __repr__(s): return 'R(%d/%d)' % (s.n, s.d)
for n in list(R.__abstractmethods__):
    if n not in ('numerator', 'denominator'): setattr(R, n, lambda s, *a: NotImplemented)
R.__abstractmethods__ = frozenset()
r = R(1, 4)
print(repr(F(r)), repr(F(r, F(1, 2))), F(1, 4) == r, F(1, 3) < r, F(1, 3) > r)
print(repr(r + F(1, 2)), repr(r - F(1, 2)), repr(r * F(1, 2)), repr(r / F(1, 2)), repr(r // F(1, 8)), repr(r % F(1, 8)))
print(repr(F(1, 2) + r) if False else 'skip')
big = F(3**500 + 1, 7**300)
t = big
for i in range(15):
    t = t * big + F(1, i + 2) - F(i, 3)
print(t.denominator % 10**9, t.numerator % 10**9, t.numerator.bit_length())
s = F(0)
for k in range(1, 150):
    s += F(1, k)
print(s.denominator % 10**12, float(s))
print(math.gcd(3**5000, 6**4000) == 3**4000, float(F(2**2000 + 1, 2**1999)), float(F(-1, 3**800)), float(F(1, 10**400)) , float(F(10**400, 3)) if False else '')
try: float(F(10**400, 3))
except OverflowError as e: print('OverflowError', e)
print(F(1, 2) ** 2.0, F(-8, 1) ** F(1, 3), (-8) ** F(1, 3), F(9, 4) ** 0, 0 ** F(0), F(1, 2) ** (1+1j))
print(divmod(F(7, 2), 0.5), divmod(-3.5, F(1, 3)), F(7, 2) % -1, F(7, 2) // -1.0, 5 // F(3, 2), 5 % F(3, 2), 2 - F(1, 3), 2.5 - F(1, 2), 1j - F(1, 2))
for expr in ['F(1,2) // 0', 'F(1,2) % 0', 'divmod(F(1,2), 0)', 'F(1,2) / 0', '1 / F(0)', 'F(3,5) / F(0, 7)', 'F(1,2) / 0.0', 'F(1,2) + "a"', '"a" * F(1, 2)', 'pow(F(1,2), 2, 3)']:
    try: print(expr, eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
print(sum([F(1, 3)] * 3), sum([F(1, 10)] * 10, 0.0), max(F(1, 2), 0.6), min(F(7, 3), 2))
