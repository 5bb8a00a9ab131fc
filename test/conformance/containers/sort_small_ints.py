# sorted() and list.sort() of small int lists (sorted in place by insertion), with keys, reverse,
# sorts started inside a key function or a __lt__, and a key that raises.
import random
random.seed(5)
for n in (0, 1, 2, 5, 20, 31, 32, 33, 64, 200, 5000):
    L = [random.randrange(-50, 50) for _ in range(n)]
    a = sorted(L); b = sorted(L, reverse=True); c = sorted(L, key=lambda x: x % 7); d = sorted(L, key=lambda x: -(x % 5), reverse=True)
    print(n, hash(tuple(a)), hash(tuple(b)), hash(tuple(c)), hash(tuple(d)))
# stability with keys
pairs = [(random.randrange(5), i) for i in range(30)]
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: (p[0], p[1])))
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:6])
# nested sorts from a key function
def k(x):
    return sorted([x, -x, 3])[0]
print(sorted(range(-5, 6), key=k))
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        sorted([3, 1, 2]); return self.v < o.v
print([n.v for n in sorted([N(3), N(1), N(2), N(1)])])
L = [3, 1, 2]
try:
    L.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', L)
print(sorted([1.5, float('nan'), 0.5, -1.0]), sorted(['b', 'a', 'c']))
