# tuple: construction, packing/unpacking (starred, nested), methods, comparisons, hashing, repr.
t = (1, 'two', 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(3.0), (1,), (), tuple(), tuple('ab'), tuple([1, 2]))
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = range(5)
*init, last = 'hello'
x, (y, z), *_ = 1, (2, 3), 4, 5
print(first, rest, init, last, x, y, z, _)
head, *mid, tail = [1, 2]
print(head, mid, tail)
(p, q), r = 'ab', 'c'
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'tuple key'}[(1, 2)], 2 in (1, 2, 3), (1, [2]) == (1, [2]))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
errors = [lambda: t.__setitem__(0, 1), lambda: t[10], lambda: t.index('x'), lambda: (1,) + [2],
          lambda: exec('a, b = 1, 2, 3'), lambda: exec('a, b, c = 1, 2'), lambda: exec('a, *b, c = [1]'), lambda: exec('x, y = 5')]
for f in errors:
    try:
        f()
    except (TypeError, IndexError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(tuple(i * i for i in range(4)), (*range(2), *'xy'), max((1, 9), (2, 0)), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
nested = ((1, 2), (3, (4, (5,))))
print(nested, nested[1][1][1][0], len(nested), str(((),)), repr((('a',),)))
def multi():
    return 1, 'a', [2]
res = multi()
print(type(res).__name__, res)
singleton = 'solo',
print(singleton, type(singleton).__name__, (1) == 1, type((1)).__name__)
