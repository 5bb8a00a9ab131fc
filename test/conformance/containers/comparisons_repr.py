# Container comparisons and reprs: nesting, identity shortcuts, mixed types, recursion.
print([1, [2, [3]]] == [1, [2, [3]]], (1, (2,)) < (1, (3,)), [[]] == [[]], [()] != [[]])
nan = float('nan')
lst = [nan]
print(lst == lst, [nan] == [nan], nan in lst, (nan,) == (nan,), {nan: 1}.get(nan), lst.count(nan), lst.index(nan))
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f'  compare {self.v} with {getattr(o, "v", o)}')
        return isinstance(o, Loud) and self.v == o.v
    __hash__ = object.__hash__
l1 = [Loud(1), Loud(2)]
l2 = [Loud(1), Loud(3)]
print(l1 == l2)
print(l1[0] in l2)
print(Loud(2) in l1)
print(repr([1, 'a', 2.5, None, True, b'x', (1,), {'k': [1]}, {1}, frozenset(), range(3), 1j]))
print(str(['s']), str(('s',)), repr({'a': 'b'}), str({'a': 'b'}), repr([[], {}, (), set()]))
a = [1]
b = (a, a)
a.append(b)
print(a, b)
d = {}
d['self'] = d
print(d, [d], str(d))
s = []
s.append([s, s])
print(s)
print(len(repr(list(range(100)))), repr(list(range(5)))[:5], str(tuple(range(3))))
print([1, 2] == (1, 2), (1, 2) == (1.0, 2.0), [0] == [False], {1: 2} == {True: 2}, {'a'} == {'a', 'a'})
print(min([3, 1], [2]), max('abc', 'abd', 'ab'), sorted([[3], [1, 2], [1]]), [1, 2, 3] > [1, 2])
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'{{1: 2}} {op} {{1: 2}}')
    except TypeError as e:
        print('TypeError:', e)
print([1, 2] * 0 == [], () == (), [] is not [])
