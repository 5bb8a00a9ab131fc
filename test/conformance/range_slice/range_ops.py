# range: construction, len, indexing, slicing, membership, reversed, equality, repr, errors.
for r in [range(5), range(2, 10), range(10, 0, -3), range(0), range(5, 5), range(-5, 5, 2), range(0, -10, -1)]:
    print(repr(r), list(r), len(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-2]), r.start, r.stop, r.step, r.index(11), r.count(7), r.count(8))
print(11 in r, 12 in r, 3.0 in r, 'x' in r, -1 in range(-5, 0), r == range(3, 31, 4), range(0) == range(5, 5), range(1, 2, 3) == range(1))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], 10 ** 17 in big, 7 * 10 ** 16 in big, big[10 ** 16], big[1:3])
try:
    len(range(10 ** 30))
except OverflowError as e:
    print('OverflowError:', e)
print(range(10 ** 30)[-1], range(10 ** 30).index(5), hash(range(3)) == hash(range(0, 3, 1)))
errors = [lambda: range(1, 2, 0), lambda: range(5)[5], lambda: range(1.5), lambda: range(5).index(7), lambda: range('a'),
          lambda: range(), lambda: range(1, 2, 3, 4)]
for f in errors:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
it = iter(range(3))
print(type(it).__name__, next(it), list(it))
print(list(range(True, 5)), range(3).__len__(), list(map(lambda i: i * i, range(4))), tuple(range(2)))
for i in range(3, -1, -1):
    print(i, end=' ')
print()
