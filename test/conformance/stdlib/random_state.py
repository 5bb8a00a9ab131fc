# random: getstate/setstate round trips, independent Random instances,
# subclasses (their own random() or getrandbits() drive every method, as in
# CPython), SystemRandom's shape, and the module's bound functions.
import random
import _random

random.seed(42)
state = random.getstate()
print(type(state).__name__, len(state), state[0], type(state[1]).__name__, len(state[1]), state[2])
print(state[1][:3], state[1][-1])
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
random.setstate(state)
print(random.getstate() == state)

# The index word of the state moves with each 32-bit output.
random.seed(1)
print(random.getstate()[1][-1])
random.random()
print(random.getstate()[1][-1])
random.getrandbits(32)
print(random.getstate()[1][-1])
for _ in range(400):
    random.random()
print(random.getstate()[1][-1])

# gauss_next travels in the state.
random.seed(8)
random.gauss()
s = random.getstate()
print(s[2] is not None)
g = random.gauss()
random.setstate(s)
print(g == random.gauss())

# A version 2 state (ints taken modulo 2**32) and a hand-made version 3 state.
random.seed(5)
v3 = random.getstate()
random.setstate((2, tuple(x + 2**32 for x in v3[1][:-1]) + (v3[1][-1],), None))
print(repr(random.random()))
random.setstate((3, tuple(range(624)) + (624,), None))
print([random.getrandbits(32) for _ in range(3)])
random.setstate((3, tuple(range(624)) + (0,), 0.5))
print(repr(random.gauss()), repr(random.random()))

# Instances are independent of each other and of the module's.
r1 = random.Random(123)
r2 = random.Random(123)
random.seed(123)
a = [r1.random() for _ in range(3)]
random.random()
b = [r2.random() for _ in range(3)]
print(a == b, repr(a[0]))
r3 = random.Random()
r3.setstate(r1.getstate())
print(r3.random() == r1.random())
print(repr(random.Random(0).random()), repr(random.Random('x').random()), repr(random.Random(b'x').random()))
print(isinstance(r1, _random.Random), random.Random.__mro__)
print(random.Random.VERSION, vars(random.Random(1)))
c = _random.Random(9)
print(repr(c.random()), c.getrandbits(12), len(c.getstate()))
c.seed(9)
print(repr(c.random()))
print(repr(random.Random(9).random()))

# __reduce__ gives the class and the state.
red = r1.__reduce__()
print(red[0] is random.Random, red[1], red[2] == r1.getstate())

class MyRandom(random.Random):
    def random(self):
        return 0.5

m = MyRandom()
print(m._randbelow == m._randbelow_without_getrandbits)
print(m.randrange(10), m.choice('abcd'), m.uniform(0, 10), m.randint(1, 9), m.sample(range(10), 3))
print(m.choices('abc', k=3), m.triangular(), m.expovariate(2.0))
print(m.getrandbits(8) >= 0)

class Counting(random.Random):
    calls = 0
    def random(self):
        Counting.calls += 1
        return super().random()

cr = Counting(77)
print(cr._randbelow == cr._randbelow_without_getrandbits)
print(cr.randrange(1000), cr.gauss(), Counting.calls)
print(cr.shuffle([1, 2, 3, 4]), Counting.calls)

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) // 3

bb = Bits(1)
print(bb._randbelow == bb._randbelow_with_getrandbits)
print(bb.randrange(8), bb.randbytes(3))

class Later(Bits):
    def random(self):
        return 0.25

print(Later(1)._randbelow == Later(1)._randbelow_with_getrandbits)

class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print('seed called with', a)
        super().seed(a, version)

s2 = Seeded(3)
print(repr(s2.random()))

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.getrandbits(10) < 1024, len(sr.randbytes(7)), sr.seed(5))
print(0 <= sr.randrange(10) < 10, sr.getrandbits(0))
try:
    sr.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)

names = ['betavariate', 'binomialvariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss',
         'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes',
         'randint', 'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular',
         'uniform', 'vonmisesvariate', 'weibullvariate']
print(all(getattr(random, n).__self__ is random._inst for n in names))
print(sorted(random.__all__))
print(random.Random.__module__, _random.Random.__name__, _random.Random.__module__)
print(repr(random.BPF), repr(random.RECIP_BPF), repr(random.NV_MAGICCONST), repr(random.LOG4), repr(random.SG_MAGICCONST), repr(random.TWOPI))
