# min(a, b) and max(a, b) of floats and small ints take a fast path: the same results as the
# general loop (the first of equals, NaN kept where it comes first, -0.0 and 0 as equals).
nan = float('nan')
pairs = [(1, 2), (2, 1), (1.5, 1), (1, 1.0), (1.0, 1), (0, -0.0), (-0.0, 0), (0.0, -0.0),
         (nan, 1.0), (1.0, nan), (nan, 2), (3, nan), (-5, -5.5), (2**29, 2**29 + 0.5),
         (float('inf'), 10**9), (-float('inf'), -1), (True, 0.5), (1, True), (False, 0)]
for a, b in pairs:
    lo = min(a, b)
    hi = max(a, b)
    print(repr(a), repr(b), '->', repr(lo), type(lo).__name__, repr(hi), type(hi).__name__,
          lo is a, hi is a)
print(max(2**40, 1.5), min(2**40, 1.5), max(10**20, 1e20), min(1e20, 10**20))
print(min(3, 2, key=lambda v: -v), max(1.5, 2.5, key=None), min(2.0, 1), max(-1, -1.0))
class F(float):
    pass
print(type(min(F(1.0), 2.0)).__name__, type(max(F(3.0), 2)).__name__)
try:
    min(1.0, 'a')
except TypeError as e:
    print('TypeError', e)
# comparisons of bools and ints past 30 bits compare as numbers
print((2 > 1) == (3 > 2), True == 1, False < True, True < 2, 2**40 > 2**39, -2**40 < 2**31,
      2**53 + 1 > 2**53, 2**64 > 2**63 + 1, True > -2**40, sorted([2**40, True, -2**33, 0, 2**31]))
# slices with None, negative and huge bounds
s = list(range(10))
print(s[:], s[::-1], s[3::-1], s[-3:], s[:-3], s[::3], s[-100:100], s[10**20:], s[:-10**20],
      s[2:8:-1], s[8:2:-2], s[None:None:None], s[-1:-11:-1], s[5:10**30:2], s[-10**30:3])
print('abcdef'[::-1], 'abcdef'[4:1:-1], (1, 2, 3, 4)[::2], b'xyz'[1:], 'abc'[10**18:])
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError', e)
print(list(range(10, 0, -3)), list(range(2**40, 2**40 + 3, 2)), len(range(0, 10**20, 10**10)))
import random
r = random.Random(5)
print(r.getrandbits(5), r.getrandbits(0), r.getrandbits(31), r.getrandbits(64), r.getrandbits(True))
try:
    r.getrandbits(-1)
except ValueError as e:
    print('ValueError', e)
