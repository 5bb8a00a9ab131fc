# random: seeding (int, negative, big, float, str, bytes, bytearray, version 1) and the integer
# and sequence methods, which must give CPython's exact sequences.
import random

for s in [0, 1, 42, -7, 2**70 + 3, 3.25, 'hello', b'hello', bytearray(b'abc'), '', 'λx']:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(40))
random.seed('spam', version=1)
print('v1 str', random.random())
random.seed(b'spam', version=1)
print('v1 bytes', random.random())
random.seed(12345, version=1)
print('v1 int', random.random())

random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(50, 5, -3) for _ in range(10)])
print([random.randrange(-100, -10) for _ in range(5)])
print([random.randrange(-10, 10, 7) for _ in range(5)])
print(random.randrange(2**100), random.randrange(-2**80, 2**80, 3**20))
print(random.randint(True, 5), random.randrange(10, step=1))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65, 200)])
print(random.randbytes(0), random.randbytes(1), random.randbytes(13))

seq = list(range(20))
print([random.choice(seq) for _ in range(10)], random.choice('abcdef'), random.choice((1, 2)))
print(random.choice(range(10**12)))
for n in (0, 1, 2, 5, 30):
    x = list(range(n))
    random.shuffle(x)
    print('shuffle', n, x)
x = ['a', 'b', 'c', 'd']
random.shuffle(x)
print(x)

print(random.sample(range(100), 10))
print(random.sample(range(10**9), 8))
print(random.sample('abcdefghij', 5), random.sample((1, 2, 3), 3), random.sample([], 0))
print(random.sample(range(30), k=25))
print(random.sample(range(10000), 100)[:10])
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample('xyz', 6, counts=[1, 2, 3]))

print(random.choices('abc'), random.choices('abc', k=10))
print(random.choices(range(5), [1, 0, 3, 0, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 1, 4, 4, 5], k=8))
print(random.choices([10, 20, 30], weights=[0.1, 0.2, 0.7], k=6))
print(random.choices([10, 20], [1, 2], k=0))
print(random.uniform(1, 10), random.uniform(-1.5, -1.5), random.uniform(10, 1))
print(random.random(), random.random())
