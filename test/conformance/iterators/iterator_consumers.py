# Functions that consume iterators: list/tuple/set/dict/sorted/sum/min/max/any/all/str.join, unpacking, in.
def numbers(n):
    for i in range(n):
        print(f'  produce {i}')
        yield i
print('any:', any(x > 1 for x in numbers(5)))
print('all:', all(x < 1 for x in numbers(5)))
print('in:', 2 in numbers(5))
print('min/max:', min(numbers(3)), max(numbers(2)))
print('sum:', sum(numbers(3), 100))
print(min([4, 2, 8], key=lambda v: -v), max('apple', 'fig', 'banana', key=len), min([], default='empty'), max((), default=None))
print(min(3, 1, 2), max([1, 5], [1, 6]), min('bca'), max(x * x for x in [-3, 2]))
for f in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, 'a']), lambda: sum(['a', 'b']), lambda: sum([[1]], 0)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sum([0.1] * 3), sum([1, 2.5]), sum([[1], [2]], []), sum(range(5), start=10), sum([1j, 2]), sum([True, True]))
a, b, *c = numbers(4)
print(a, b, c)
print(list(numbers(0)), tuple(numbers(1)), sorted(numbers(2), reverse=True), dict(enumerate(numbers(2))))
print(','.join(str(x) for x in numbers(2)))
it = numbers(5)
for x in it:
    if x == 1:
        break
print('resume after break:', list(it))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for i, v in zip(range(3), infinite()):
    print(i, v)
print(next(x for x in infinite() if x * x > 50))
