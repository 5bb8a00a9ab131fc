# Loops long enough that the interpreter's loop stops and restarts many times (runSlice ends
# every 65,536 calls and backward jumps): state must carry over in every kind of frame.

def count(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total

print(count(300_000))


def gen(n):
    # A generator resumed from a for loop and from next(): its frame stops between slices too.
    for i in range(n):
        if i % 50_000 == 0:
            yield i
    return 'done'

print(list(gen(400_000)))
g = gen(200_000)
print(next(g), next(g))


def key(x):
    # A key function runs in a nested loop (called from sorted): slices end inside it.
    s = 0
    for k in range(200):
        s += k
    return (-x, s)

print(sorted(range(1500), key=key)[:5])


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

print(sum(deep(400) for _ in range(300)))


class Box:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Box(self.v + other.v)

acc = Box(0)
for i in range(120_000):
    acc = acc + Box(1)
print(acc.v)

try:
    for i in range(100_000):
        if i == 99_999:
            raise ValueError(f'at {i}')
except ValueError as e:
    print('caught', e)

i = 0
while True:
    i += 1
    if i >= 250_000:
        break
print(i)
