# `for a, b in ...` over enumerate, zip and dict.items(): gilvm unpacks these pairs without
# making their tuples (src/objects/iterators.ts, nextPairInto). The same loops must behave as
# CPython's in every case the shortcut takes or declines.
import gc


def gen(n, tag='g'):
    for i in range(n):
        gc.collect()  # a collection while the pair's first value is held
        yield [tag, i]


# enumerate: small and big counts, over lists, tuples, strs and generators
for i, x in enumerate(['a', 'b', 'c']):
    print(i, x)
for i, x in enumerate(('p', 'q'), 5):
    print(i, x)
for i, x in enumerate('xy', 2**40):
    print(i, x)
for i, x in enumerate('uvw', 2**30 - 2):
    print(i, x)
for i, x in enumerate(gen(3)):
    print(i, x)
for i, x in enumerate([]):
    print('never')

# a loop left early, the iterator resumed afterwards
it = enumerate('abcdef')
for i, x in it:
    if i == 2:
        break
print(next(it), list(it))
try:
    next(it)
except StopIteration:
    print('exhausted')

# zip of two: lists, tuple and generator, unequal lengths, nested targets
for a, b in zip([1, 2, 3], ('x', 'y', 'z')):
    print(a, b)
for a, b in zip(range(10), gen(2)):
    print(a, b)
for a, b in zip(gen(3, 'a'), gen(3, 'b')):  # a's list held while b's generator collects
    print(a, b)
for a, b in zip('abc', [1]):
    print(a, b)
for (a, b), c in zip(zip('ab', 'cd'), 'ef'):
    print(a, b, c)
first = iter([1, 2, 3])
for a, b in zip(first, [10]):
    print(a, b)
print(list(first))  # zip took 1 and then 2 from it before the second ran out

# zip declined: three iterables, strict, and a subclass
for a, b, c in zip('ab', 'cd', 'ef'):
    print(a, b, c)
try:
    for a, b in zip('ab', 'c', strict=True):
        print(a, b)
except ValueError as e:
    print('ValueError:', e)


class Zip(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a


for a, b in Zip('ab', 'cd'):
    print(a, b)

# dict.items(): values changed in the loop, reversed, size changed during iteration
d = {'one': 1, 'two': 2, 'three': 3}
for k, v in d.items():
    d[k] = v * 10
    print(k, v)
print(d)
for k, v in reversed(d.items()):
    print(k, v)
try:
    for k, v in d.items():
        d[k + '!'] = v
except RuntimeError as e:
    print('RuntimeError:', e)

# a value that is not a pair still fails as CPython's does
try:
    for a, b in zip([1], [2]), :
        print(a, b)
except ValueError as e:
    print('ValueError:', e)
try:
    for a, b in enumerate([1, 2]):
        a, b = b
except TypeError as e:
    print('TypeError:', e)


# an exception from inside the second iterator propagates from the loop's line
def boom():
    yield 1
    raise KeyError('inner')


try:
    for a, b in zip([1, 2], boom()):
        print(a, b)
except KeyError as e:
    print('KeyError:', e)

# the pairs in comprehensions
print([i * x for i, x in enumerate([3, 4, 5])])
print({k: v for k, v in zip('abc', range(3))})
print(sum(v for k, v in {'a': 1, 'b': 2}.items()))
