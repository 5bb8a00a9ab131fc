# list: methods, slicing and slice assignment, repr (including recursive), comparisons, errors.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(2, 'x'); a.insert(-1, 'y'); a.insert(100, 'end'); a.insert(-100, 'start')
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(2), a.index(5), a.index(5, 5), a.count(1), a.count(7))
a.remove('y')
print(a)
a.reverse()
print(a, a[::-1], a[1:4], a[-2:], a[::3])
b = a.copy()
b.clear()
print(a, b, a is not b)
c = list(range(10))
c[2:5] = ['a', 'b']
print(c)
c[::3] = [0, 0, 0]
print(c)
c[1:1] = [99, 98]
del c[::2]
print(c)
del c[1]
c[len(c):] = [7]
print(c, c + [1], c * 2, 2 * [0], [] * 5, [[]] * 2)
x = [1, 2]
x += (3, 4)
x *= 2
print(x)
r = [1, 2]
r.append(r)
print(r, str(r), len(r))
d = {'k': []}
d['k'].append(d)
print(d)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 'a'] == [1, 'a'])
print(list(), list('abc'), list((1, 2)), list({1: 'a', 2: 'b'}), list(range(3)), list(map(str, [1, 2])))
errors = [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1][2],
          lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1, 2].__setitem__(slice(0, 2, 1 + 0 * 1), None),
          lambda: [0, 1, 2, 3].__setitem__(slice(0, 4, 2), [1]), lambda: [1] < ['a'], lambda: [].index(1, 0, 0),
          lambda: list(1), lambda: [1, 2].insert(0)]
for f in errors:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(nested, alias)
print(sum([[1], [2, 3]], []), [i for i in reversed(range(3))], [*'ab', *[1]], list.__len__([1, 2]))
