# collections.deque: the methods, indexing, iteration, operators, comparisons and repr.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(0)
d.rotate(len(d) * 7 + 2)
print(d)
print(d[0], d[-1], d[3], d.index('a'), d.count(0), d.count('zz'), 'a' in d, 'q' in d)
d[0] = 'first'
d[-1] = 'last'
del d[1]
del d[-2]
print(d)
d.insert(2, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
print(d, d.index('last'), d.index(0, 2), d.index(-1, -8, -1))
d.reverse()
print(d)
print(list(reversed(d)), list(iter(d)) == list(d))
c = d.copy()
c.append('only in copy')
print(len(c) - len(d), type(c) is deque, c == d, c != d)
d.clear()
print(d, len(d))

# bounded deques
b = deque(range(10), maxlen=4)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
b.extendleft([30, 31, 32])
print(b)
b.rotate(1)
print(b)
print(deque('abc', 0), deque('abc', maxlen=None), deque(maxlen=3, iterable='abcdef'))
print(deque([1, 2], 3) * 3, deque([1, 2, 3], 4) + deque([4, 5, 6]), 2 * deque([1], 5))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(100))
print(z, len(z))

# operators
x = deque([1, 2])
y = deque([3])
print(x + y, x * 2, 2 * x, x * 0, x * -3, x)
x += [9, 8]
print(x)
x += x
print(x)
x *= 2
print(x, len(x))
x *= 0
print(x)
e = deque('ab')
e.extend(e)
print(e)
e.extendleft(e)
print(e)

# comparisons are sequence comparisons between deques only
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2, 0]))
print(deque([2]) > deque([1, 9]), deque() >= deque(), deque([1]) == [1], deque([1]) != (1,))
print(deque([1, 2], maxlen=5) == deque([1, 2]), deque([float('nan')]) == deque([float('nan')]))
n = float('nan')
print(deque([n]) == deque([n]))

# iteration
it = iter(deque('xyz'))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(deque('xyz'))
print(next(r), r.__length_hint__(), list(r))
print(type(it).__name__, type(r).__name__, iter(it) is it)
big = deque(range(1000))
for _ in range(500):
    big.popleft()
    big.append(big[-1] + 1)
print(sum(big), big[0], big[-1], len(big))
big.rotate(123)
print(big[0], big[123], list(big)[:3])
while big:
    big.pop()
print(big)

# nested and recursive reprs
r1 = deque([1, [2, 3], (4,), 'five', None])
print(r1, repr(r1))
r1.append(r1)
print(r1)
print(str(deque([deque([1])])))


class Named(deque):
    pass


print(Named('ab'), Named('ab', 1), deque.__name__, deque.__module__, deque.__qualname__, repr(deque))
print(deque[int], type(iter(deque())), type(reversed(deque())))
print(isinstance(deque(), deque), issubclass(Named, deque), Named.__mro__)
import collections.abc as cabc
print([n for n in cabc.__all__ if n != 'ByteString' and isinstance(deque(), getattr(cabc, n))])
print(issubclass(Named, cabc.MutableSequence), isinstance(iter(deque()), cabc.Iterator), isinstance(reversed(deque()), cabc.Iterator))
