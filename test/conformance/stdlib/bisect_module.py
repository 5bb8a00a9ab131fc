# The bisect module: CPython's results, comparisons and errors.
import bisect
a = [1, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 2, 1, 3),
      bisect.bisect_left(a, 2, hi=None), bisect.bisect_right(a, 2, 0, -1), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
for bad in [lambda: bisect.bisect_left(a, 2, -1), lambda: bisect.bisect_left(5, 2), lambda: bisect.bisect_left(a, 2, 0, 10),
            lambda: bisect.insort(5, 1), lambda: bisect.bisect_left(a, 'x'), lambda: bisect.bisect_left(),
            lambda: bisect.bisect_left(a, 1, lo='x'), lambda: bisect.bisect_left(a, 1, x=1), lambda: bisect.insort(a, 1, 2, 3, 4),
            lambda: bisect.bisect_right(a, 1, key=5), lambda: bisect.insort((1, 2), 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
bisect.insort(a, 2.5)
bisect.insort_left(a, 0, key=None)
bisect.insort_right(a, 2)
print(a)
b = [('a', 1), ('b', 5)]
bisect.insort(b, ('c', 3), key=lambda t: t[1])
print(b, bisect.bisect(b, 4, key=lambda t: t[1]), bisect.bisect_left(b, 5, key=lambda t: t[1]))

class Logged:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('  lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f'L{self.v}'
items = [Logged(i) for i in range(0, 20, 3)]
print(bisect.bisect_left(items, Logged(7)), bisect.bisect_right(items, Logged(9)))

class Seq:
    def __init__(self):
        self.data = [10, 20, 30]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def insert(self, i, v):
        print('  insert', i, v)
        self.data.insert(i, v)
s = Seq()
bisect.insort(s, 25)
print(s.data, bisect.bisect(s, 30))
