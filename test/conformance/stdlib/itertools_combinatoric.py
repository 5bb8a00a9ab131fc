# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
from math import comb, factorial, perm

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(list(product('ab', range(2))), list(product('ab', repeat=2)))
print(list(product()), list(product(repeat=0)), list(product('ab', [])), list(product([], repeat=0)))
print(list(product([1, 2], 'x', repeat=2)))
print(len(list(product(range(3), repeat=4))), list(product(range(2), repeat=3))[-3:])
p = product('abc', 'de')
print(next(p), next(p), list(p), list(p))
show('product int', lambda: product(1))
show('product neg', lambda: product([1], repeat=-1))
show('product kw', lambda: product([1], x=1))
show('product 2 kw', lambda: product([1], repeat=1, x=2))
show('product repeat str', lambda: product([1], repeat='a'))

print(list(permutations(range(3))), list(permutations('abcd', 2))[:7])
print(list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations('')), list(permutations('', 0)))
print(list(permutations([1, 2], None)), list(permutations(iterable='xy', r=1)))
for n in range(5):
    for r in range(6):
        got = list(permutations(range(n), r))
        assert len(got) == (perm(n, r) if r <= n else 0), (n, r)
        assert got == sorted(got)
        assert all(len(set(t)) == r for t in got)
print('permutation counts ok')
show('perm none', lambda: permutations())
show('perm neg', lambda: permutations([1], -1))
show('perm str r', lambda: permutations([1], 'a'))
show('perm float r', lambda: permutations([1], 1.0))
show('perm int', lambda: permutations(1))
show('perm kw', lambda: permutations([1], x=1))
show('perm 3', lambda: permutations([1], 1, 2))

print(list(combinations('abcd', 2)), list(combinations(range(4), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations('', 0)), list(combinations('abc', 3)))
print(list(cwr('abc', 2)), list(cwr('ab', 0)), list(cwr('', 2)), list(cwr('', 0)), list(cwr('a', 3)))
for n in range(6):
    for r in range(7):
        c = list(combinations(range(n), r))
        assert len(c) == comb(n, r), (n, r)
        assert c == sorted(c) and all(list(t) == sorted(set(t)) for t in c)
        w = list(cwr(range(n), r))
        assert len(w) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0)), (n, r)
        assert w == sorted(w) and all(list(t) == sorted(t) for t in w)
print('combination counts ok')
show('comb no r', lambda: combinations([1]))
show('comb neg', lambda: combinations([1], -1))
show('comb None', lambda: combinations([1], r=None))
show('comb huge', lambda: combinations([1], 2**70))
show('comb 3', lambda: combinations([1], 1, 2))
show('cwr no r', lambda: cwr([1]))
show('cwr neg', lambda: cwr([1], -1))
print(combinations, cwr, product, permutations)
c = combinations(range(5), 2)
first = next(c)
second = next(c)
print(first, second, first is second)

class P(product):
    pass
print(list(P('ab', 'c')), isinstance(P('a'), product))
