# math's integer functions, ceil/floor/trunc dispatch, and logs of ints of any size
import math

print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100))
print(math.factorial(3000).bit_length(), math.factorial(3000) % (10**9 + 7), math.factorial(True))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 10**10, 2**52 - 1, 2**53 + 1)], math.isqrt(10**100 + 12345), math.isqrt(2**1001))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(5), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3**40))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(30, 15))

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n

print(math.factorial(Idx(6)), math.gcd(Idx(12), 8), math.comb(Idx(6), Idx(2)), math.isqrt(Idx(99)), math.perm(Idx(4)))
print(math.sqrt(Idx(49)), math.log(Idx(8), 2), math.exp(Idx(0)))

class Fl:
    def __float__(self): return 2.25

class Sub(float):
    pass

class IntSub(int):
    pass

print(math.sqrt(Fl()), math.floor(Fl()), math.ceil(Fl()), math.sqrt(Sub(6.25)), math.fabs(IntSub(-3)))
for x in (2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 7, -7, True, 2**100, Sub(3.7), IntSub(5), 0.9999999999999999):
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)

class Rounding:
    def __ceil__(self): return 'ceil!'
    def __floor__(self): return 'floor!'
    def __trunc__(self): return 'trunc!'

print(math.ceil(Rounding()), math.floor(Rounding()), math.trunc(Rounding()))

class OnlyFloat:
    def __float__(self): return -1.5

print(math.ceil(OnlyFloat()), math.floor(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print('TypeError', e)

print(math.log(10**400), math.log(2**2000, 2), math.log2(2**3000), math.log10(10**500), math.log10(10**20 + 1))
print(math.log(2**1023 * 3), math.log2(3 * 2**1100), math.log(10**30, 10**10), math.log(True + True))
big = 10**400
print(math.log(big, 10.0), math.isclose(math.log(big, big), 1.0))
