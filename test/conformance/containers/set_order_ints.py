# Sets of ints iterate in CPython's table order: insertion, deletion, pop, resize and merge
# all follow CPython's algorithm (ints hash to themselves, so the order is deterministic).
print({3, 1, 2}, {-1, -2, 5, 8, 16, 32}, set([-1, -2, 5, 8, 16, 32]))
print(set(range(100, 0, -7)))
print({100, 7, 1000000, -7}, {-5, -1, -2, 2 ** 40, -2 ** 40, 2 ** 62})
s = set(range(20))
for i in range(0, 20, 2):
    s.discard(i)
s.add(100)
print(s, len(s))
print(s.pop(), s.pop(), s)
s.update(range(30, 60, 3))
print(s)
a = set(range(0, 50, 5))
b = set(range(0, 50, 7))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(range(3)), a.intersection(range(10, 40)), a.difference(range(20)), a.symmetric_difference([5, 6, 7]))
c = a.copy()
c.intersection_update(b, range(30))
print(c)
c = set(a)
c.difference_update([0, 5], (10,))
print(c)
c.symmetric_difference_update({15, 99, 1000})
print(c, frozenset(c), frozenset([3, 2, 1]) | {0})
d = {}
for k in [9, 1, 17, 33, 2]:
    d[k] = k
print(set(d), set(d.keys()) | {5}, frozenset(d.items()) == frozenset(zip(d, d.values())))
big = set()
for i in range(0, 3000, 37):
    big.add(i * i)
print(len(big), list(big)[:12])
while len(big) > 5:
    big.pop()
print(big)
print(sorted({x % 7 for x in range(50)}) if False else sorted(set(map(lambda x: x % 7, range(50)))))
