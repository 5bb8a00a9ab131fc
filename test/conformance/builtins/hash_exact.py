# hash('') and hash(b'') are 0; frozenset hashes equal CPython's to the last bit
# (ints, floats, tuples of ints and nested frozensets: no str, whose hash is seeded).
print(hash(''), hash(b''), hash(''[:0]), hash(bytes(0)), hash(memoryview(b'')))
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1])), hash(frozenset([-1])))
for n in range(0, 40, 3):
    print(n, hash(frozenset(range(n))), hash(frozenset(range(-n, n, 2))))
for k in (7, 31, 1000003):
    print(k, hash(frozenset(i * k for i in range(25))))
print(hash(frozenset([2**61, 2**62, 2**63, 10**30, -10**30])))
print(hash(frozenset([0.1, 0.5, 1.5, -2.25, 1e300, float('inf')])))
print(hash(frozenset([(1, 2), (3, 4), (5, 6, 7)])))
print(hash(frozenset([(i, -i) for i in range(30)])))
inner = frozenset([frozenset([1, 2]), frozenset([3]), frozenset()])
print(hash(inner), hash(frozenset([inner, 5])))
print(hash((frozenset([1, 2, 3]), 4)), hash((1, frozenset([(1, 2)]))))
# set members with wide hashes are still found after set algebra
a = frozenset([(1, 2), 0.1, 10**30, frozenset([1])])
b = {(1, 2), 0.1, 10**30, frozenset([1]), 'x'}
print(len(a & b), len(b & a), len(a - b), len(b - a), (1, 2) in (a & b), 0.1 in (b & a))
print(hash(a) == hash(frozenset(b - {'x'})), hash(a & b) == hash(a))
d = {a: 1}
print(d[frozenset(b - {'x'})], {frozenset([1]): 'one'}[frozenset({1})])
print(frozenset([1, 2]) in {frozenset([2, 1])}, {1, 2} in {frozenset([2, 1])})
