# itertools: accumulate, batched, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, islice
import operator
from itertools import (accumulate, batched, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, islice, count)

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=100)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], func=None)))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=None)))
show('acc none', lambda: accumulate())
show('acc int', lambda: accumulate(1))
show('acc 3 pos', lambda: accumulate([1], None, 3))
show('acc 4', lambda: accumulate([1], func=None, initial=3, x=1))
show('acc kw', lambda: accumulate([1], x=1))
show('acc func int', lambda: list(accumulate([1, 2], 3)))
show('acc add err', lambda: list(accumulate([1, 'a'])))

print(list(batched('abcdefg', 3)), list(batched(range(4), 2)), list(batched([], 5)), list(batched('ab', 5)))
print(list(batched(iterable='xyz', n=1)))
show('batched 0', lambda: batched([1], 0))
show('batched no n', lambda: batched([1]))
show('batched int', lambda: batched(1, 2))
show('batched str n', lambda: batched([1], 'a'))
show('batched huge', lambda: batched([1], 2**70))
show('batched 3', lambda: batched([1], 2, 3))
show('batched name+pos', lambda: batched([1], iterable=3))

print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd', ''])))
def lazy():
    print('  first iterable')
    yield 'x'
    print('  second iterable')
    yield 'y'
ch = chain.from_iterable(lazy())
print('made chain')
print(next(ch), next(ch))
show('chain int', lambda: list(chain(1)))
show('chain kw', lambda: chain(x=1))
show('from_iterable none', lambda: chain.from_iterable())
show('from_iterable 2', lambda: chain.from_iterable([1], 2))
show('from_iterable item', lambda: list(chain.from_iterable([1])))
print(chain[int], chain[int, str].__args__)

print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1, 1])), list(compress(data=range(5), selectors=count())))
show('compress 1', lambda: compress([1]))
show('compress 3', lambda: compress([1], [1], [1]))
show('compress int', lambda: compress(1, [1]))

print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: False, [1, 2])))
print(list(filterfalse(None, [0, 1, '', 'a', None, 2])), list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(bool, [0, 3])))
show('dropwhile 1', lambda: dropwhile(None))
show('dropwhile not callable', lambda: list(dropwhile(1, [2])))
show('takewhile 3', lambda: takewhile(None, [1], 3))
show('filterfalse 1', lambda: filterfalse(None))
show('takewhile kw', lambda: takewhile(x=1))
tw = takewhile(lambda x: x < 2, iter([0, 1, 2, 3]))
print(list(tw), list(tw))

print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(operator.add, ['ab', 'cd'])))
print(list(starmap(lambda *a: a, [[], [1], (1, 2)])))
show('starmap item', lambda: list(starmap(pow, [1])))
show('starmap 1', lambda: starmap(1))
show('starmap kw', lambda: starmap(pow, [1], x=1))

print(list(pairwise('abcde')), list(pairwise('a')), list(pairwise('')))
show('pairwise none', lambda: pairwise())
show('pairwise int', lambda: pairwise(1))
show('pairwise 2', lambda: pairwise([1], 2))

print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice('abcdefg', None)), list(islice('abc', None, None, None)))
print(list(islice(count(), 3, 20, 5)), list(islice('ab', 5, 10)), list(islice('abc', 10**30)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(-1,), ('a',), (1.0,), (None, -1), (-2,), ('a', 2), (-1, 2), (1, 2, 0), (1, 2, -1), (1, 2, 'a'), (2**70,), (1, 2, 2**70)]:
    show('islice%r' % (args,), lambda: islice([1], *args))
show('islice 1', lambda: islice([1]))
show('islice 5', lambda: islice([1], 1, 2, 3, 4))
show('islice int', lambda: islice(1, 1))
show('islice kw', lambda: islice([1], stop=2))
