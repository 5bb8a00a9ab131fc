# Subclasses of int, float and complex (boxed values), mixed arithmetic, and
# objects that convert themselves through __index__/__float__/__complex__/__int__.
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


a = MyInt(5)
print(a, a + 1, type(a + 1).__name__, a * 2.5, -a, +a, type(+a).__name__, abs(MyInt(-3)))
print(isinstance(a, int), a == 5, hash(a) == hash(5), a < 6, 6 > a, a.real, a.bit_length(), int(a), type(int(a)).__name__)
print(a.__index__(), [10, 20, 30, 40, 50, 60][a], divmod(a, 2), a ** 2, 2 ** a, a << 2, a >> 1, a & 3, a | 8, a ^ 1)
f = MyFloat(2.5)
print(f, f + 1, type(f).__name__, f.is_integer(), f.hex(), f == 2.5, repr(f), round(f), int(f), f // 1, f % 1)
z = MyComplex(1, 2)
print(z, z.real, z.imag, z * 2, z.conjugate(), abs(MyComplex(3, 4)), z == 1 + 2j, type(z + 1).__name__)
print(MyInt.from_bytes(b'\x05', 'big'), type(MyInt.from_bytes(b'\x05', 'big')).__name__)
print(MyFloat.fromhex('0x1p1'), type(MyFloat.fromhex('0x1p1')).__name__)
print(MyInt('42'), MyInt('ff', 16), MyFloat('1.5'), MyComplex('1+2j'), MyInt(), MyFloat())


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


class Cpx:
    def __complex__(self):
        return 1 + 1j


class Num:
    def __int__(self):
        return 12


print(int(Idx()), float(Idx()), float(Flt()), complex(Cpx()), complex(Flt()), int(Num()))
print([1, 2, 3, 4, 5, 6, 7, 8][Idx()], (255).to_bytes(Idx(), 'little'), round(1.23456, Idx()))
for bad in [lambda: int(Flt()), lambda: float(Num()), lambda: complex(Num()), lambda: int([]), lambda: float('x'),
            lambda: complex('1+'), lambda: int('12', Idx()), lambda: int(10, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return 'x'


class BadFloat:
    def __float__(self):
        return 1


for bad in [lambda: int(BadIndex()), lambda: float(BadFloat())]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)


class Loud(float):
    def __str__(self):
        return 'loud!'


print(format(a, ''), f'{a}', f'{a:d}', f'{a!r:>10}', format(Loud(1.5), ''), f'{Loud(2.5):.2f}', f'{z}', f'{f}')
for bad in [lambda: bool.__new__(int), lambda: int.__new__(bool), lambda: float.__new__(int), lambda: int.__new__(1)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
