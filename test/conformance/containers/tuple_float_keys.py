# Dicts and sets keyed by tuples and floats: their hashes are mostly wider than 2**53, and
# tuples are hashed by a path of their own in dicts and sets. Equal keys reached through other
# types (a tuple subclass, an int equal to a float, a __hash__ of a class) must find them.
from collections import namedtuple

grid = {}
for x in range(40):
    for y in range(-5, 5):
        grid[(x, y)] = x * y
print(len(grid), grid[(3, -4)], grid.get((39, 4)), grid.get((40, 0)), (0, 0) in grid)
for x in range(0, 40, 3):
    del grid[(x, 0)]
print(len(grid), (3, 0) in grid, (4, 0) in grid, sum(grid.values()))
grid[(3, 0)] = 'back'
print(list(grid)[-1], grid[(3, 0)])

P = namedtuple('P', 'x y')
print(grid[P(3, -4)], P(39, 4) in grid, {P(1, 2): 'p'}[(1, 2)])

nested = {((i, i + 1), (i * 0.5, -i)): i for i in range(50)}
print(nested[((7, 8), (3.5, -7))], ((7, 8), (3.5, -7.0)) in nested, ((7, 8), (3.5, 7)) in nested)

mixed = {(1, 'a', 2.5, None, True, 10**30, -1): 'mixed'}
print(mixed[(1, 'a', 2.5, None, 1, 10**30, -1)], mixed.get((1, 'a', 2.5, None, 1, 10**30, -2)))

floats = {i / 7: i for i in range(100)}
print(floats[3 / 7], floats.get(0.1), 2 ** 60 in {2.0 ** 60: 1}, {1e20: 'f'}[10**20], {10**20: 'i'}[1e20])

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h

wide = {H(2**62 + i): i for i in range(20)}
print(wide[H(2**62 + 7)], H(2**62 + 20) in wide, {(H(2**61 + 3), 1): 'x'}[(H(2**61 + 3), 1)])

s = {(i % 7, i % 3) for i in range(100)}
print(len(s), sorted(s)[:5], (6, 2) in s, (7, 0) in s)
print(list({(i, -i) for i in range(12)}))
print(list({(i * 0.25, i) for i in range(10)}))
s.discard((0, 0))
s.add((0, 0))
print(len(s), (0, 0) in s, P(6, 2) in s)
fs = frozenset((i, i * i) for i in range(30))
print(hash(fs) == hash(frozenset(list(fs))), len(fs & {(5, 25), (5, 26)}))

counts = {}
for word in 'the quick brown fox jumps over the lazy dog the end'.split():
    key = (len(word), word[0])
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
