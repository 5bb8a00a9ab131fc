# random: seeded sequences of the generator and the integer/sequence functions,
# compared with CPython 3.12's exact values (repr of floats).
import random

random.seed(12345)
print([repr(random.random()) for _ in range(5)])
print([random.getrandbits(k) for k in (0, 1, 7, 30, 31, 32, 33, 63, 64, 65, 100, 1000)])
print(random.randbytes(0), random.randbytes(1), random.randbytes(13))

# Seeds of every kind CPython takes.
for seed in (0, 1, -1, 7, -7, 2**32 - 1, 2**32, 2**64 + 3, -(2**100), 10**50, True,
             1.5, -2.25, 0.0, 1e300, float('inf'),
             'hello', '', 'héllo ☃', b'bytes', b'', bytearray(b'ba')):
    random.seed(seed)
    print(repr(seed), repr(random.random()), random.getrandbits(40))
for seed in ('hello', b'hello', '', 'ab'):
    random.seed(seed, version=1)
    print('v1', repr(seed), repr(random.random()))
random.seed('hello', version=2)
print('v2', repr(random.random()))
random.seed(None)
print(type(random.random()).__name__)
random.seed()
x = random.random()
print(0.0 <= x < 1.0)

random.seed(2024)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-50, 50, 3) for _ in range(10)])
print([random.randrange(2**70) for _ in range(3)])
print([random.randrange(-2**65, 2**65, 2**20 + 1) for _ in range(3)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-3, -3) for _ in range(3)])
print([random.randint(0, 2**40) for _ in range(3)])

print([random.choice('abcdefg') for _ in range(10)])
print([random.choice([10, 20, 30]) for _ in range(10)])
print([random.choice(range(1000)) for _ in range(5)])
print([random.choice((None,)) for _ in range(2)])

L = list(range(20))
random.shuffle(L)
print(L)
L = ['a', 'b']
random.shuffle(L)
print(L)
L = []
random.shuffle(L)
print(L)

# sample: the pool branch (small populations) and the set branch (large ones).
print(random.sample(range(10), 10))
print(random.sample(range(10), 0))
print(random.sample('abcdefghij', 4))
print(random.sample(range(30), 6))
print(random.sample(range(30), 25))
print(random.sample(range(10**6), 8))
print(random.sample(range(10**9), 12))
print(random.sample(range(100), 40))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(('x', 'y', 'z'), counts=[1, 0, 5], k=6))
print(random.sample([1, 2, 3], k=2))

print(random.choices('abc', k=6))
print(random.choices('abc'))
print(random.choices(range(5), k=0))
print(random.choices('abc', [10, 1, 1], k=8))
print(random.choices('abc', weights=[0, 0, 1], k=3))
print(random.choices('abc', cum_weights=[1, 2, 10], k=8))
print(random.choices(['x', 'y'], weights=[0.25, 0.75], k=8))
print(random.choices('abcd', k=-2))

print(repr(random.uniform(1, 5)), repr(random.uniform(5, 1)), repr(random.uniform(-2.5, 2.5)), repr(random.uniform(3, 3)))
print(repr(random.triangular()), repr(random.triangular(0, 10)), repr(random.triangular(0, 10, 9)),
      repr(random.triangular(5, 5)), repr(random.triangular(10, 0, 2)))
print([repr(random.triangular(1, 3, 1.5)) for _ in range(5)])
print(random.random.__self__ is random._inst, type(random._inst).__name__)
