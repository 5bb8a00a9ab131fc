# Exact 64-bit hashes and lengths past 2**53 (gilvm's hash slot is a JS number there):
# the __hash__ / __len__ slot wrappers, a class's __hash__ returning a wide int,
# CPython 3.12's slice hash and the complex hash.

print((10**30).__hash__(), (-10**30).__hash__(), (0.1).__hash__(), (2**62).__hash__())
print((5).__hash__(), (-1).__hash__(), (True).__hash__(), (1.5).__hash__())

print(range(10**17 + 1).__len__(), len(range(10**17 + 1)))
print(range(0, 10**19, 3).__len__(), range(5).__len__(), [1, 2].__len__())
try:
    range(2**64).__len__()
except OverflowError as e:
    print('OverflowError:', e)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


class I(int):
    pass


for v in [-2**63, -1, -2, 2**63 - 1, 2**63, 2**64, -2**63 - 1, 10**30, -10**30,
          2**53 + 1, 2**61 - 1, 2**61, True, False, 7, I(2**60 + 3), I(-1)]:
    print(repr(v), hash(H(v)))
try:
    hash(H(1.5))
except TypeError as e:
    print('TypeError:', e)

print(hash(slice(1, 2, 3)), slice(1, 2, 3).__hash__())
print(hash(slice(10**30, 0.1, (1, 2))), hash(slice(-1, -2, 2**62)))
print(hash(slice(slice(1, 2, 3), 4, 5)), hash(slice(0, 0, 0)))
print(hash(range(1, 10, 2)), hash(range(10**20, 10**21, 7)))

print(hash(complex(0.1, 0.2)), hash(1 + 1j), hash(complex(1e300, -1e-300)))
print((0.1j).__hash__(), hash(complex(3, 0)), hash(complex(-1, 0)), hash(-0.0j))

print(hash((1 + 0.1j, slice(1, 2, 0), 10**30)))
d = {slice(1, 2, 3): 'slice', 0.1j: 'complex', H(10**30): 'instance', 10**30: 'int'}
print(d[slice(1, 2, 3)], d[0.1j], d[10**30])
print(hash(10**30) == hash(H(10**30)), len({hash(x) for x in [0.1j, complex(0, 0.1)]}))
print(hash(None), hash(slice(None)), hash(range(3, 4)), hash((None, 1)))  # None hashes to a constant in 3.12
