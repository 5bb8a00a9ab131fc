# set and frozenset (of ints and tuples, so that iteration order does not depend on str hashing).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(a.union([9]), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 5]))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), set() == frozenset(), {1} != {2})
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 2], (7,))
print(s, len(s), 3 in s, 4 not in s)
s.discard(100); s.discard(1); s.remove(2)
print(s, s.pop() in {3, 5, 7}, len(s))
s |= {10}; s &= {5, 7, 10}; s -= {7}; s ^= {5, 11}
print(s)
c = s.copy()
c.clear()
print(c, s, set([1, 1, 2]), set(range(5)), set(), frozenset(), frozenset({1, 2}))
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([1, 2, 3])), {fs: 'key'}[frozenset({1, 2, 3})])
print({(1, 2), (1, 2), (3, 4)} == {(3, 4), (1, 2)}, len({0, 0.0, False}), {1, True, 1.0})
print(sorted({x % 5 for x in range(20)}), sorted(set('aabbcc')), sorted(frozenset('hello')))
errors = [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[]}, lambda: {1} + {2}, lambda: fs.add(1), lambda: {1} < [1], lambda: {{1}}]
for f in errors:
    try:
        f()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
try:
    for x in a:
        a.add(x + 100)
except RuntimeError as e:
    print('RuntimeError:', e)
print(repr(set()), repr(frozenset()), repr({-1}), str(frozenset({5})), {1, 2}.__len__())
print(max({3, 9, 1}), min(frozenset({4, 2})), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
