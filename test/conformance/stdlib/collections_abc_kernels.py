# collections.abc mixins made by the module's helpers: Set operators, MutableSet in-place
# operators and clear, MutableMapping pop/setdefault/update/clear, Sequence.index, reverse.
from collections.abc import Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, Callable


class S(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
    def __repr__(self): return f'S({self.items})'


a, b = S([1, 2, 3]), S([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, [5, 3] & a, [5, 3] | a, {9, 1} - a, [9, 1] - a if False else a.__rsub__([9, 1]))
print(a.__and__(5), a.__sub__(5), a.__xor__(5), a.isdisjoint([7]), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a < a)
x = S([1, 2, 3]); x |= [4, 5]; print(x)
x &= [2, 3, 4, 9]; print(x)
x ^= [3, 10, 10]; print(x)
x -= [2]; print(x)
x ^= x; print(x)
y = S([1, 2]); y -= y; print(y)
z = S([1, 2, 3]); z.clear(); print(z, Set._hash(S([1, 2])) == hash(frozenset([1, 2])))
try:
    S().remove(1)
except KeyError as e:
    print('KeyError', e)
try:
    S().pop()
except KeyError as e:
    print('KeyError', repr(e))


class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


m = M()
m.update({'a': 1}, b=2); m.update([('c', 3)]); m.update(M()); m.update(c=4)


class K:
    def keys(self): return ['k']
    def __getitem__(self, key): return key * 2


m.update(K())
print(m.d, m.get('a'), m.get('zz'), 'a' in m, 'zz' in m, m.setdefault('a', 9), m.setdefault('n'), m.pop('n'), m.pop('q', 'dflt'))
print(list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2, 'c': 4, 'k': 'kk'}, m == 5, Mapping.keys.__name__)
for bad in (lambda: m.pop('q'), lambda: M().popitem()):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
m.clear(); print(m.d)


class Q(MutableSequence):
    def __init__(self, data): self.data = list(data)
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)


q = Q('abcabc')
print(q.index('c'), q.index('a', 1), q.index('b', -3), q.index('c', 0, 3), q.count('a'), list(reversed(q)), 'b' in q)
for args in (('z',), ('a', 4, 5), ('c', -2, -1)):
    try:
        print(q.index(*args))
    except ValueError as e:
        print('ValueError', repr(e))
q.reverse(); print(q.data)
r = Q('abcde'); r.reverse(); r.append('z'); r.extend(r); r.remove('c'); print(r.data, r.pop(), r.pop(0))
r += 'xy'; print(r.data); r.clear(); print(r.data)
for meth, args in ((Mapping.__getitem__, (m, 1)), (MutableSequence.insert, (r, 0, 1)), (Sequence.__getitem__, (r, 0)),
                   (MutableSet.add, (a, 1)), (MutableMapping.__setitem__, (m, 1, 2))):
    try:
        meth(*args)
    except Exception as e:
        print(meth.__name__, type(e).__name__, getattr(meth, '__isabstractmethod__', False))
print(Callable[[int, str], list[int]], Callable[..., None], Callable[[], Callable[[int], float]])
