# __len__, __bool__, __contains__, __getitem__/__setitem__/__delitem__ with ints and slices, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f'slice({key.start}, {key.stop}, {key.step})'
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'{key} outside {self.w}x{self.h}')
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        print('  set', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('  del', key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, value):
        return value in self.cells.values()
    def __bool__(self):
        return bool(self.cells)

g = Grid(3, 2)
print(bool(g), len(g), 'x' in g)
g[0, 1] = 'x'
g[2, 1] = 'y'
print(g[0, 1], g[1, 1], len(g), 'x' in g, 'z' not in g, bool(g))
print(g[1:5], g[::2], g[:])
del g[0, 1]
print(len(g))
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[9, 9]
except KeyError as e:
    print('KeyError:', e)

class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), 'yes' if LenOnly(1) else 'no')
class NoBool:
    pass
print(bool(NoBool()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)

class Defaults(dict):
    def __missing__(self, key):
        return f'<{key} missing>'
d = Defaults(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class Seq:
    def __getitem__(self, i):
        return i * 10
    def __len__(self):
        return 3
print(Seq()[2], Seq()[-1], 20 in Seq() if False else 'contains via iteration skipped')
try:
    Seq()['k'] + 1
except TypeError as e:
    print('TypeError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
try:
    NoBool()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del NoBool()[0]
except TypeError as e:
    print('TypeError:', e)
