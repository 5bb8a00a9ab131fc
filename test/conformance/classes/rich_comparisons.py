# Rich comparisons: __eq__/__ne__/__lt__/..., reflection, NotImplemented, chained comparisons.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))
    def __eq__(self, o):
        print(f'  {self!r}.__eq__({o!r})')
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        print(f'  {self!r}.__lt__({o!r})')
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)

a, b = Version('1.2'), Version('1.10')
print(a < b)
print(a > b)  # reflected to b.__lt__(a)
print(a == Version('1.2'), a != b)
print(a == 'str')
print(a <= b, b >= a)
print(sorted([Version('2.0'), Version('1.0.1'), Version('1.0')]))
try:
    a < 3
except TypeError as e:
    print('TypeError:', e)
print(max([Version('0.9'), Version('0.10')]))

class Always:
    def __eq__(self, o):
        return True
    __hash__ = None
print(Always() == 1, 1 == Always(), Always() != 1, [Always()] == [5], Always() in [1, 2])
try:
    hash(Always())
except TypeError as e:
    print('TypeError:', e)

class Weird:
    def __lt__(self, o):
        return 'truthy string'
print(Weird() < 1, bool(Weird() < 1))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, (1 < 2) < 3)
x = [1, 2]
print(x is x, x == [1, 2], x is not [1, 2], None is None)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd', [1, [2]] == [1, [2]])
print(float('nan') == float('nan'), [float('nan')] == [float('nan')])
nan = float('nan')
print([nan] == [nan], nan in [nan])
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    None < None
except TypeError as e:
    print('TypeError:', e)
print(object().__eq__(1), (1).__eq__(1.0), (1).__lt__('x'))
