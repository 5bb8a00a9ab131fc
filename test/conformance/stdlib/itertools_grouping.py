# itertools: groupby (groups end when the groupby moves on), tee (shared buffer, copies), zip_longest
from itertools import groupby, tee, zip_longest, count, islice
import itertools

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print([(k, list(g)) for k, g in groupby('aaabbcdddd')])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([k for k, g in groupby('aabbbc')], list(groupby([])))
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbb')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(g2))
print(type(g2).__name__, type(g2).__module__, type(g2) is itertools._grouper)

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('  eq', self.v, other.v)
        return self.v // 10 == other.v // 10
    def __repr__(self):
        return 'Key(%d)' % self.v
print([(k, list(g)) for k, g in groupby([1, 5, 12, 15, 30], key=Key)])
show('groupby none', lambda: groupby())
show('groupby int', lambda: groupby(1))
show('groupby 3', lambda: groupby([1], None, 3))
show('groupby kw', lambda: groupby([1], x=1))
show('groupby 3 kw', lambda: groupby(iterable=[1], key=None, x=3))
show('groupby key err', lambda: list(groupby([1, 2], key=lambda x: 1 / 0)))

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
a, b, c = tee('abc', 3)
print(list(a), list(b), list(c))
print(tee([1], 0), len(tee([1], 1)), type(tee([1])[0]).__name__)
def gen():
    for i in range(3):
        print('  produce', i)
        yield i
x, y = tee(gen())
print(next(x), next(x), next(y), next(x), next(y), next(y))
x, y = tee(range(200))
print(sum(x), sum(y))
src = iter(range(10))
p, = tee(src, 1)
p2, p3 = tee(p)
print(next(p2), next(p2), next(p3), list(islice(p3, 2)))
t1, t2 = tee(count())
t3 = t1.__copy__()
print(next(t1), next(t1), next(t3), next(t2))
show('tee none', lambda: tee())
show('tee neg', lambda: tee([1], -1))
show('tee int', lambda: tee(1))
show('tee str n', lambda: tee([1], 'a'))
show('tee kw', lambda: tee([1], n=2))
show('tee 3', lambda: tee([1], 2, 3))
show('tee huge', lambda: tee([1], 2**70))

def reenter():
    def g():
        yield next(t)
    t, = tee(g(), 1)
    return next(t)
show('tee reenter', reenter)

print(list(zip_longest('ab', 'xyz')), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest('abc')), list(zip_longest([], [])))
print(list(zip_longest(range(3), 'a', [True, False], fillvalue=0)))
show('zl int', lambda: zip_longest(1))
show('zl kw', lambda: zip_longest([1], x=2))
show('zl 2 kw', lambda: zip_longest([1], fillvalue=2, other=3))
def bad():
    yield 1
    raise ValueError('boom')
z = zip_longest(bad(), 'abc')
print(next(z))
show('zl error', lambda: next(z))
show('zl after error', lambda: next(z))
