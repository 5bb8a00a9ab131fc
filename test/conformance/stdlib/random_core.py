# _random.Random, the generator under the random module: CPython's MT19937 and its seeding
# (src/lib/random-core.ts, src/numeric/mt19937.ts).
import _random

r = _random.Random(12345)
print([r.random() for _ in range(3)])
print([r.getrandbits(k) for k in (1, 7, 32, 33, 64, 100)])
r.seed(2**100 + 17)
print(r.random())
r.seed(-5)
a = r.random()
r.seed(5)
print(a == r.random())
r.seed(0)
print(r.random(), r.getrandbits(0))
state = r.getstate()
print(type(state).__name__, len(state), state[-1])
x = [r.random() for _ in range(5)]
r.setstate(state)
print(x == [r.random() for _ in range(5)])
r2 = _random.Random()
r2.setstate(state)
print(r2.random() == x[0])
class Mine(_random.Random):
    pass
m = Mine(99)
print(type(m).__name__, m.random())
for bad in [lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: r.setstate(5), lambda: r.getrandbits('x'), lambda: r.seed(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
