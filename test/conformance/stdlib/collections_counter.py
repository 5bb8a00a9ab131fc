# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, comparisons.
from collections import Counter

c = Counter('abracadabra')
print(c, len(c), c['a'], c['z'], 'z' in c, c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), ''.join(c.elements()))
print(Counter(), repr(Counter()), Counter(a=3, b=1), Counter({'x': 2, 'y': 5}))
c.update('aaz')
c.update({'b': 10})
c.update(q=1)
print(c)
c.subtract('aaaa')
c.subtract({'z': 5}, r=2)
print(c)
c['b'] -= 100
print(c, c.total())
print(+c, -c)
del c['nope']
del c['b']
print(c)
c2 = c.copy()
c2['new'] = 1
print(type(c2).__name__, 'new' in c, len(c2) - len(c))
x = Counter(a=3, b=1, c=0, d=-2)
y = Counter(a=1, b=2, e=4)
print(x + y, x - y, x | y, x & y, y - x)
print(x == Counter(a=3, b=1), x == Counter(a=3, b=1, c=0), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=1) > Counter())
print(Counter(a=1) == {'a': 1}, Counter(a=1) != 'x')
try:
    Counter(a=1) < {'a': 2}
except TypeError as e:
    print('TypeError', e)
try:
    Counter(a=1) + {'a': 2}
except TypeError as e:
    print('TypeError', e)
z = Counter(a=5, b=-1)
z += Counter(b=2, c=-3)
print(z)
z -= Counter(a=1, c=-4)
print(z)
z |= Counter(a=10, d=2)
print(z)
z &= Counter(a=3, d=5, e=1)
print(z)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], list(wc))
print(Counter([1, 1, 2, (3, 4), (3, 4)]), Counter(Counter('aab')), Counter('') == Counter())
mixed = Counter({'a': 1.5, 'b': 0.5})
print(mixed, mixed.total(), +mixed)
weird = Counter({'a': 'x'})
try:
    print(weird)
except TypeError as e:
    print('TypeError', e)
print(isinstance(wc, dict), Counter.__module__, type(wc).__mro__)


class Tally(Counter):
    pass


t = Tally('aab')
print(t, t.copy(), type(t.copy()).__name__, type(t + t).__name__)
