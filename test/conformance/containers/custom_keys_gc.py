# Containers whose keys run Python code (allocating) in __hash__, __eq__, __lt__ and __repr__:
# a collection can happen in the middle of a set/dict/sort operation.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        junk = list(map(lambda i: [i], range(20)))
        return self.v % 3
    def __eq__(self, other):
        junk = dict(zip(range(20), map(lambda i: [i], range(20))))
        return isinstance(other, K) and self.v == other.v
    def __lt__(self, other):
        junk = list(map(repr, range(10)))
        return self.v < other.v
    def __repr__(self):
        junk = list(zip(range(10), range(10)))
        return 'K(%d)' % self.v if False else 'K(' + repr(self.v) + ')'
ks = list(map(K, range(30)))
s = set(ks)
print(len(s), K(4) in s, K(99) in s)
d = {}
for k in ks:
    d[k] = [k.v] * 3
print(len(d), d[K(7)], K(8) in d)
print(sorted(ks, reverse=True)[:5])
print(sorted(ks, key=lambda k: -k.v)[:3])
print(ks[:4], tuple(ks[:3]), dict([(ks[0], ks[1])]))
print(s & set(ks[:5]) == set(ks[:5]), len(s - set(ks[:10])), len(s ^ set(ks[5:40])))
t = tuple(ks)
print(t.index(K(12)), t.count(K(3)), ks.index(K(20)), K(5) in t, K(5) in ks)
l = list(ks)
l.remove(K(3))
print(len(l), list(map(lambda k: k.v, filter(lambda k: k.v % 7 == 0, l))))
print(list(zip(ks[:3], map(repr, ks[:3]))))
print(dict(zip(map(repr, range(5)), ks)).get('3'))
fs = frozenset(ks[:6])
print(len(dict([(fs, 1), (frozenset(ks[:6]), 2)])), sorted(fs)[:2])
print(list(reversed(ks))[:3], list(enumerate(ks[:2], 5)))
