# Generator expressions and comprehensions: laziness, when errors happen, nested loops order, unpacking targets.
log = []
def src(n):
    for i in range(n):
        log.append(f'src {i}')
        yield i
def check(x):
    log.append(f'check {x}')
    return x % 2 == 0
g = (x * 10 for x in src(4) if check(x))
print('nothing evaluated yet:', log)
print(next(g), log)
log.clear()
print(list(g), log)
try:
    (1 / x for x in [1, 0])
    print('creating a generator with a bad element raises nothing')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('ZeroDivisionError when consumed:', e)
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError at creation (the first iterable is evaluated at once):', e)
pairs = [(i, j) for i in range(3) if i for j in range(i) if j != 1]
print(pairs)
print([(a, b, c) for a, (b, c) in enumerate(['xy', 'zw'])], [first for first, *_ in ['abc', 'de']])
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]}, [*(x for x in 'ab')], {*(y for y in (1, 1, 2))})
print(sum(x * y for x in range(4) for y in range(4) if x != y), max(len(w) for w in 'a bb ccc'.split()))
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row if n % 2], [[row[i] for row in matrix] for i in range(2)])
gen = (c.upper() for c in 'abc')
print(gen.__name__, gen.__qualname__, list(gen), list(gen))
def outer():
    items = [1, 2, 3]
    return [lambda: x * k for x in items for k in [10]]
print([f() for f in outer()])
nested_gen = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(g)) for i, g in nested_gen])
it = iter(range(10))
print([x for x in it if x < 3], list(it))
print(list(zip((a for a in 'xyz'), range(100))), dict((k, len(k)) for k in ['one', 'three']))
print([x for x in range(3)] == list(x for x in range(3)) == [*range(3)])
