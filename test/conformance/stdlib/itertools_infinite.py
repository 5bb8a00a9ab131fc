# itertools: count, repeat, cycle: values, reprs, laziness and argument errors
import itertools
from itertools import count, repeat, cycle, islice

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

c = count()
print(next(c), next(c), next(c), c)
print(count(5), count(5, 2), count(-1, -2), count(1.5), count(0, 0.25), count(1, 1.0))
print(count(start=3, step=2), count(True), count(step=True), count(2**70, 2**70))
c = count(2**30 - 2)
print([next(c) for _ in range(4)], c)
c = count(0.5, 0.25)
print([next(c) for _ in range(4)], c)
c = count(1 + 2j, 1j)
print(next(c), next(c), c)
print(list(islice(count(10, -3), 5)))
class Thirds:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return Thirds(self.n + other.n)
    def __float__(self):
        return self.n / 3
    def __repr__(self):
        return 'Thirds(%d)' % self.n
c = count(Thirds(1), Thirds(1))
print([next(c) for _ in range(4)], c)
show('count no number', lambda: count(Thirds(1), []))
show('count str', lambda: count('a'))
show('count step str', lambda: count(1, 'a'))
show('count 3 args', lambda: count(1, 2, 3))
show('count bad kw', lambda: count(x=1))
show('count twice', lambda: count(1, start=2))
show('count subscript', lambda: count()[0])
show('count len', lambda: len(count()))

r = repeat('a', 3)
print(r, list(r), r, list(r))
print(repeat(None), repeat([1, 2], 0), repeat(1, -5), repeat(object=7, times=2))
r = repeat('x', 4)
print(r.__length_hint__(), next(r), r.__length_hint__())
show('repeat hint', lambda: repeat(1).__length_hint__())
show('repeat none', lambda: repeat())
show('repeat str times', lambda: repeat(1, 'a'))
show('repeat huge', lambda: repeat(1, 2**70))
show('repeat 3 args', lambda: repeat(1, 2, 3))
show('repeat bad kw', lambda: repeat(1, x=3))
print(list(map(pow, range(5), repeat(2))))

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(islice(cycle([]), 3)))
def gen():
    print('  gen starts')
    yield 1
    yield 2
    print('  gen ends')
cy = cycle(gen())
print('made')
print([next(cy) for _ in range(5)])
show('cycle none', lambda: cycle())
show('cycle int', lambda: cycle(1))
show('cycle 2', lambda: cycle([1], [2]))
show('cycle kw', lambda: cycle(x=[1]))
print(type(count()).__name__, count.__module__, count.__qualname__, count, repeat, cycle)
print(iter(c) is c, hasattr(c, '__next__'))

class MyCount(count):
    pass
m = MyCount(3, 2)
print(m, next(m), next(m), isinstance(m, count))
class Rep(repeat):
    def __repr__(self):
        return 'Rep<' + super().__repr__() + '>'
print(Rep('z', 2), list(Rep('z', 2)))
