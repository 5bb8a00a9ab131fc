# math.fsum, math.prod and math.sumprod: exact float sums, types of the results, the generic fallbacks
import math


class Num:
    # a number type of its own: prod and sumprod fall back on its * and +
    def __init__(self, v): self.v = v
    def __mul__(self, o): return Num(self.v * (o.v if isinstance(o, Num) else o))
    __rmul__ = __mul__
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f'Num({self.v!r})'

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum(iter([0.1, 0.2, 0.3])), math.fsum([-0.0, -0.0]), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([2.0**53, 1.0, 2.0**-53 * 0]), math.fsum([1.0, 2.0**-53, 2.0**-106]), math.fsum([1.0, -2.0**-53, -2.0**-106]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]), math.fsum([math.inf, math.nan]))
print(math.fsum((x / 7 for x in range(1000))), math.fsum([True, 0.5]), math.fsum(range(10**6, 10**6 + 100)))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308 / 2, 1.7976931348623157e308 / 2]))

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 20)), math.prod([2.5, 4]), math.prod([2, 3], start=0.5))
print(math.prod([Num(1.5), 3]), math.prod([2, Num(7)]), math.prod([[1], 3], start=1), math.prod(['ab'], start=2))
print(math.prod([1e200, 1e200]), math.prod([2**64, 2**64]), math.prod([True, True]), math.prod((), start='x'))

print(math.sumprod([], []), math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([1.5, 2.5], [2, 4]), math.sumprod([0.1] * 10, [1.0] * 10))
print(math.sumprod([1, 2.5], [3, 4]), math.sumprod([2.5, 1], [4, 3]), math.sumprod([True, False, True], [1, 2, 3]))
print(math.sumprod([10**20, 1.5], [1, 2.0]), math.sumprod([2**62, 2**62], [1, 1]), math.sumprod([2**62, 3], [4, 5]))
print(math.sumprod([1e308, 1e308, -1e308], [1.0, 1.0, 1.0]), math.sumprod([1e308, -1e308], [10.0, 10.0]))
print(math.sumprod([math.inf, 1.0], [1.0, 2.0]), math.sumprod([math.nan], [0.0]), math.sumprod([1e-300], [1e-300]))
print(math.sumprod([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]))
print(math.sumprod([Num(0.5), 2], [4, Num(3)]), math.sumprod([1, Num(0.1), 2.5], [3, 2, 2.0]), math.sumprod([1.5, 2], [Num(2), 3]))
print(math.sumprod(iter([1.0, 2.0]), (3, 4.0)), math.sumprod([1, 2.0, 3], [1, 1, 1]), type(math.sumprod([1, 2], [3, 4])).__name__)
print(math.sumprod([2**53 + 1, 1.0], [1.0, 1.0]), math.sumprod([2**100, 1, 2.0], [2**100, 1, 0.5]))
try:
    math.sumprod([1.0, 2**1100], [1.0, 1.0])
except OverflowError as e:
    print('OverflowError', e)
