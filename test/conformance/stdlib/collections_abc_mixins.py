# collections.abc: the mixin methods of Set, MutableSet, Mapping, MutableMapping, Sequence,
# MutableSequence and the views, on minimal classes built over a list or a dict.
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
                             KeysView, ItemsView, ValuesView, Sized, Iterable, Hashable)


class ListSet(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f'ListSet({self.items})'


a = ListSet([1, 2, 3, 4])
b = ListSet([3, 4, 5])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [4, 1], [4, 1] & a if False else a.__rand__([4, 1]), a | [9], a - {1}, {9, 1} - a)
print(a <= b, a < ListSet([1, 2, 3, 4, 5]), a >= ListSet([1]), a > a, a == ListSet([4, 3, 2, 1]), a != b)
print(a == {1, 2, 3, 4}, {1, 2, 3, 4} == a, a <= {1, 2, 3, 4, 5}, a.isdisjoint([7, 8]), a.isdisjoint([1]))
print(a.__eq__(5), a.__le__([1]), a.__and__(5))
try:
    a < 5
except TypeError as e:
    print('TypeError', e)
c = ListSet('abc')
c.remove('b')
print(c)
try:
    c.remove('z')
except KeyError as e:
    print('KeyError', e)
print(c.pop(), c)
c |= 'xyz'
print(c)
c &= ['x', 'z', 'q']
print(c)
c ^= ['z', 'w']
print(c)
c -= ['w']
print(c)
c ^= c
print(c)
c.add(1)
c.clear()
print(c, len(c))
try:
    c.pop()
except KeyError as e:
    print('KeyError', repr(e))


class FrozenPairs(Set, Hashable):
    def __init__(self, items):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    __hash__ = Set._hash


f = FrozenPairs([1, 2, 3])
print(hash(f) == hash(frozenset([1, 2, 3])), hash(FrozenPairs([])) == hash(frozenset()))
print(FrozenPairs([-1, 10 ** 30, 7]).__hash__(), FrozenPairs([1, 2, 3])._hash(), FrozenPairs([])._hash())


class DictMap(MutableMapping):
    def __init__(self, *args, **kw):
        self.d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return f'DictMap({self.d})'


m = DictMap({'a': 1}, b=2)
m.update([('c', 3)])
m.update(DictMap(d=4))


class KeysOnly:
    def keys(self):
        return ['e']

    def __getitem__(self, k):
        return k * 2


m.update(KeysOnly())
print(m, len(m), 'a' in m, 'z' in m, m.get('a'), m.get('z'), m.get('z', 0))
print(m.keys(), list(m.items()), list(m.values()))
print(isinstance(m.keys(), KeysView), 'a' in m.keys(), ('a', 1) in m.items(), ('a', 2) in m.items(), 2 in m.values())
print(m.keys() & {'a', 'zz'}, m.keys() | {'q'} == {'a', 'b', 'c', 'd', 'e', 'q'}, m.keys() - {'a'} == {'b', 'c', 'd', 'e'})
print(m.items() & {('b', 2)}, len(m.values()), m.keys() == {'a', 'b', 'c', 'd', 'e'})
print(m.pop('a'), m.pop('zz', 'dflt'), m.setdefault('b', 9), m.setdefault('n', 9), m)
try:
    m.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(m.popitem(), m)
print(m == {'c': 3, 'd': 4, 'e': 'ee', 'n': 9}, m == DictMap(c=3, d=4, e='ee', n=9), m == [1])
m.clear()
print(m, m.__reversed__)
try:
    m.popitem()
except KeyError as e:
    print('KeyError', repr(e))
try:
    reversed(m)
except TypeError as e:
    print('TypeError', e)


class Pairs(Mapping):
    def __init__(self, pairs):
        self.pairs = pairs

    def __getitem__(self, k):
        for key, v in self.pairs:
            if key == k:
                return v
        raise KeyError(k)

    def __iter__(self):
        return (k for k, _ in self.pairs)

    def __len__(self):
        return len(self.pairs)

    def __repr__(self):
        return f'Pairs({self.pairs})'


p = Pairs([('x', 1), ('y', 2)])
print(dict(p), p.keys(), p.values(), p.items(), p == {'x': 1, 'y': 2}, p != {'x': 1})
print(repr(KeysView({1: 2})), repr(ValuesView({})), ItemsView(p) == {('x', 1), ('y', 2)})


class Seq(MutableSequence):
    def __init__(self, data=()):
        self.data = list(data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)

    def __repr__(self):
        return f'Seq({self.data})'


s = Seq('abcb')
print(list(s), list(reversed(s)), 'c' in s, 'z' in s, s.index('b'), s.index('b', 2), s.count('b'))
print(s.index('b', -2), s.index('a', -10))
for args in (('z',), ('a', 1), ('c', 0, 2)):
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))
s.append('d')
s.extend('ef')
s.extend(s)
print(s)
s.reverse()
print(s, s.pop(), s.pop(0), s)
s.remove('b')
print(s)
s += 'xy'
print(s)
try:
    s.remove('q')
except ValueError as e:
    print('ValueError', repr(e))
s.clear()
print(s, len(s))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sq.index(16), sq.count(4), iter(sq).__class__.__name__)
print(isinstance(sq, Sized), isinstance(sq, Iterable), isinstance(sq, MutableSequence))

# abstract methods left out
for cls in (Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence):
    try:
        type('Partial', (cls,), {})()
    except TypeError as e:
        print('TypeError', e)
