# datetime.timedelta: normalisation, keywords (ints and floats, half-even rounding), arithmetic, str/repr.
from datetime import timedelta as T
print(T(1, 2, 3), T(-1), T(seconds=-1), T(microseconds=-1), T(days=1, hours=25, minutes=61, seconds=61))
print(T(weeks=1, days=-8), T(milliseconds=1500), T(hours=-1.5), T(days=0.1), T(seconds=0.1))
for us in (0.5, 1.5, 2.5, -0.5, -1.5, 0.4999, 1e-7):
    print(us, repr(T(microseconds=us)))
print(T(days=1.5, seconds=0.5, microseconds=0.25, milliseconds=0.75, minutes=0.5, hours=0.5, weeks=0.5))
print(T(True, False), T(days=-1e-6), T(seconds=86399.9999996))
for t in (T(0), T(1), T(-1, 5), T(microseconds=5), T(1, 2, 3), T(2, 7384, 5), T(-3, 0, 1)):
    print(repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds(), bool(t))
print(T.min, T.max, T.resolution, repr(T.min), repr(T.max))
a, b = T(days=3, hours=5), T(hours=7, microseconds=3)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(b))
print(a * 3, 3 * a, a * -1, a * 0.5, 0.3 * b, b * 1.5e-6, a * 2.5)
print(a / b, a / 3, a / 7, a / 0.7, a / -2, b / 1e6, T(microseconds=5) / 2, T(microseconds=7) / 2)
print(a // b, a // 3, a // -7, T(microseconds=-7) // 2, a % b, (-a) % b, divmod(a, b), divmod(-a, b))
print(a % T(minutes=7), divmod(T(seconds=100), T(seconds=-30)))
print(a == T(days=3, seconds=18000), a != b, a < b, a > b, a <= a, b >= a, a == 5, a != 'x')
print(hash(a) == hash(T(hours=77)), hash(T(0)) == hash(T(microseconds=0)), len({T(1), T(hours=24), T(2)}))
print(sorted([T(1), T(-1), T(0), T(seconds=5), T(microseconds=-1)]))
print(T(days=999999999), T(days=-999999999), T.max - T.max, T.min + T.max)
for fn in (lambda: T(days=1e9), lambda: T.max + T.resolution, lambda: T.min - T.resolution, lambda: T.max * 2,
           lambda: T(days='1'), lambda: T(seconds=[]), lambda: a + 1, lambda: a * a, lambda: a / 0,
           lambda: a // 0, lambda: a % T(0), lambda: divmod(a, T(0)), lambda: a / T(0), lambda: a < 1,
           lambda: 1 - a, lambda: a // 1.5, lambda: a / 'x', lambda: T(hours=float('nan'))):
    try:
        print(fn())
    except TypeError as e:  # operator messages name the type: see datetime_typenames
        print('TypeError', str(e) if 'operand' not in str(e) and 'supported' not in str(e) else '')
    except Exception as e:
        print(type(e).__name__, e)
x = T(0)
for i in range(1000):
    x += T(microseconds=999)
print(x, x * 1000, sum([T(1), T(2)], T()))
class Sub(T):
    pass
s = Sub(1)
print(type(s).__name__, repr(s), type(s + s).__name__, type(-s).__name__, type(s * 2).__name__)
