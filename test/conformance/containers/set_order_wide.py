# Sets whose elements hash wider than 2**53 (tuples, big ints, non-integral floats, complex)
# iterate in CPython's order: slot and perturbation use the exact 64-bit hash.
print(list({(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)}))
pairs = [(i, i * i) for i in range(12)]
print(list(set(pairs)))
print(list({10 ** 20, 10 ** 21, 2 ** 64 + 3, -10 ** 30, 7, 2 ** 61 - 1, 2 ** 61, 2 ** 63}))
print(list({0.1, 0.2, 0.3, 1.5, 2.25, -0.7, 1e300, 1e-300, 3.0}))
print(list({1j, 2 + 0.5j, -3.25 + 1j, 1e20j}))
mixed = {(1, 2), 10 ** 25, 0.5, 3, 'x'[:0], None, -1, (0.1, (2, 3)), frozenset({1, 2})}
print(sorted(mixed, key=repr), len(mixed))
print([x for x in mixed if not isinstance(x, str) and x is not None])

# removals and re-adds (dummies are reused), pop order, clear and refill
s = {(i, -i) for i in range(20)}
print(list(s))
for i in range(0, 20, 3):
    s.discard((i, -i))
print(list(s))
s.add((3, -3))
s.add((100, 200))
s.remove((1, -1))
print(list(s), len(s))
print(s.pop(), s.pop(), s.pop())
print(list(s))
s.clear()
s.update([(k, k) for k in range(5)])
print(list(s))

f = set()
for k in range(1, 16):
    f.add(k / 7)
print(list(f))
for k in range(1, 16, 2):
    f.discard(k / 7)
f.add(0.25)
f.add(1 / 7)
print(list(f))

b = {10 ** 18 * k + 1 for k in range(1, 30)}
print(list(b))
b -= {10 ** 18 * k + 1 for k in range(1, 30, 4)}
print(list(b))

# set algebra (results printed as lists: their order is the table's)
x = {(i, i % 3) for i in range(15)}
y = {(i, i % 3) for i in range(8, 25)}
print(list(x | y))
print(list(x & y))
print(list(x - y))
print(list(y - x))
print(list(x ^ y))
print(list(x.union([(99, 0), (1, 1)])))
print(list(x.intersection([(i, i % 3) for i in range(5, 12)])))
print(list(x.difference([(i, i % 3) for i in range(0, 30, 2)])))
print(list(x.symmetric_difference([(i, i % 3) for i in range(10, 20)])))
print(list(x.symmetric_difference({(i, i % 3): 0 for i in range(10, 20)})))
print(x.issubset(x | y), (x & y) <= y, x.isdisjoint({(100, 1)}), x.isdisjoint([(3, 0)]))
z = set(x)
z.intersection_update(y, [(i, i % 3) for i in range(10, 14)])
print(list(z))
z = set(x)
z.difference_update([(i, i % 3) for i in range(4)])
print(list(z))
z.symmetric_difference_update({(0, 0), (50, 2), (6, 0)})
print(list(z))
fl = {k / 3 for k in range(1, 20)}
print(list(fl & {k / 3 for k in range(10, 40)}), list(fl - {k / 3 for k in range(1, 40, 2)}))

# frozensets: constants, sets of frozensets, frozenset keys looked up through sets
print(list(frozenset({(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)})))
fs = {frozenset({(1, 2)}), frozenset({0.5, 1.5}), frozenset({10 ** 30}), frozenset()}
print(sorted(map(sorted, fs)), {(1, 2)} in fs, set({0.5, 1.5}) in fs, {10 ** 31} in fs)
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({0.1, 10 ** 30})))
fs.discard({(1, 2)})
print(len(fs), frozenset({(1, 2)}) in fs)


# keys whose __hash__ is wide and whose __eq__ hashes other objects in between
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v * 10 ** 17 + 12345

    def __eq__(self, other):
        hash((other.v, 0.3, 10 ** 40)) if isinstance(other, K) else None
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return 'K(%d)' % self.v


ks = {K(v) for v in range(20)}
print(list(ks))
print(K(5) in ks, K(50) in ks, len(ks | {K(3), K(40)}), list(ks & {K(3), K(40), K(7)}))
ks.add(K(5))
ks.discard(K(6))
print(list(ks))

# dict lookups with wide-hash keys (dict order is insertion order)
d = {(1, 2): 1, 10 ** 30: 2, 0.1: 3, 2 ** 64: 4, (0.5, 10 ** 20): 5}
print(d[(1, 2)], d[10 ** 30], d[0.1], d[2 ** 64], d[(0.5, 10 ** 20)], (3, 4) in d, set(d) == set(d.keys()))
print(list(set(d)), list(set(d.items())))
