# iter/next (with sentinel), enumerate, zip (strict), map (several iterables), filter, reversed: laziness and exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
values = iter([5, 4, 0, 9])
print(list(iter(lambda: next(values), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print(list(enumerate('abc')), list(enumerate('ab', start=10)), list(enumerate([], 5)), type(enumerate([])).__name__)
e = enumerate('xyz')
print(next(e), list(e))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')), dict(zip(range(3), 'abc')))
try:
    list(zip([1, 2], 'abc', strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip(*[(1, 'a'), (2, 'b')])), list(zip(range(10), strict=True))[:2])
print(list(map(abs, [-1, -2])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(str.isdigit, 'a1b2')), list(filter(lambda x: x > 2, range(6))))
log = []
def noisy(x):
    log.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print('map created, log =', log)
print(next(m), log)
print(list(m), log)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    next(iter([]), )
except StopIteration:
    print('StopIteration from empty iterator')
for name, obj in [('list', iter([])), ('tuple', iter(())), ('str', iter('')), ('dict', iter({})), ('set', iter(set())),
                  ('range', iter(range(0))), ('bytes', iter(b'')), ('zip', zip()), ('map', map(str, [])),
                  ('filter', filter(None, [])), ('reversed', reversed([])), ('enumerate', enumerate([])), ('dict_items', iter({}.items()))]:
    print(name, type(obj).__name__, iter(obj) is obj)
gen = (x for x in range(3))
z = zip(gen, gen)
print(list(z))
shared = iter(range(6))
print(list(zip(shared, shared)))
print(sum(map(int, '123')), max(map(len, ['a', 'abc', 'ab'])), sorted(filter(None, [3, 0, 1])), any(map(bool, [0, 0])), all(iter([])))
