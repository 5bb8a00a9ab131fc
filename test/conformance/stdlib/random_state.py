# random: getstate/setstate round trips (with the pending gauss value), version 2 states, copies
# by pickling protocol (__reduce__), independent instances, SystemRandom.
import random

r = random.Random(99)
r.gauss()
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], type(st[2]).__name__)
x = [r.gauss(), r.random(), r.randrange(1000), r.gauss()]
r.setstate(st)
print(x == [r.gauss(), r.random(), r.randrange(1000), r.gauss()])
print(r.getstate()[1][:3])

# Module level.
random.seed(3)
s = random.getstate()
a = random.sample(range(50), 7)
random.setstate(s)
print(a == random.sample(range(50), 7), a)

# A version-2 state (Python 2): words may be negative and are taken modulo 2**32.
r.seed(1)
v3 = r.getstate()
words = tuple((w - 2**32) if w > 2**31 else w for w in v3[1][:-1]) + (v3[1][-1],)
print(sum(1 for w in words if w < 0) > 0)
r.setstate((2, words, None))
y = r.random()
r.setstate(v3)
print(y == r.random())

# __reduce__, __getstate__, __setstate__
r = random.Random(2023)
red = r.__reduce__()
print(red[0] is random.Random, red[1], red[2] == r.getstate())
r2 = red[0](*red[1])
r2.__setstate__(red[2])
print([r.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(r.__getstate__() == r2.getstate())

# Instances are independent; the same seed gives the same sequence.
p, q = random.Random(11), random.Random(11)
p.random()
print(p.random() == q.random(), p.random() == q.random())
print(random.Random('abc').random() == random.Random(b'abc').random())
print(random.Random(5).random() == random.Random(5.0).random(), random.Random(-5).random() == random.Random(5).random())
print(random.Random(None).random() != random.Random(None).random())
g = random.Random(4)
g.gauss_next = 2.5
print(g.gauss(), g.gauss_next)

# SystemRandom: no state, values in range.
sr = random.SystemRandom()
print(sr.seed(1), sr.seed())
vals = [sr.random() for _ in range(100)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 90)
print(all(0 <= sr.getrandbits(k) < 2**k for k in (0, 1, 7, 8, 9, 64, 100)), sr.getrandbits(0))
print(len(sr.randbytes(10)), type(sr.randbytes(3)).__name__)
print(all(1 <= sr.randint(1, 6) <= 6 for _ in range(50)), sorted(sr.sample(range(5), 5)))
b = list(range(10)); sr.shuffle(b); print(sorted(b) == list(range(10)))
print(isinstance(sr, random.Random), random.SystemRandom.__mro__[1] is random.Random)
print(0.0 <= sr.gauss() or True, 0 <= sr.choice([0, 1]) <= 1)
