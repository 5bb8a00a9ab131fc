# enum: Flag and IntFlag combination, reprs, iteration, boundaries; functional API; verify
from enum import (Enum, IntEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS,
                  STRICT, CONFORM, EJECT, KEEP, FlagBoundary, member, nonmember)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(Color.RED, repr(Color.GREEN), Color.RED.value, Color.BLUE.value)
both = Color.RED | Color.GREEN
print(both, repr(both), both.value, both.name)
print(list(Color), len(Color), list(Color.__members__))
print(repr(Color.WHITE), list(Color.WHITE), len(Color.WHITE), len(both))
print(Color.RED in both, Color.BLUE in both, both in Color.WHITE)
print(repr(Color(0)), str(Color(0)), bool(Color(0)), bool(Color.RED), Color(0).name)
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color.WHITE & Color.GREEN), repr(both ^ Color.RED))
print(Color(3) is both, Color(3) == both, repr(Color(7)), repr(Color(5)))
print(repr(Color))
try:
    Color(8)
except ValueError as e:
    print('ValueError', e)
try:
    Color.RED | 1
except TypeError as e:
    print('TypeError', e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.R), rw, repr(rw), rw == 6, Perm.R + 1, isinstance(rw, int))
print(repr(Perm.R | 8), repr(Perm(0)), repr(~Perm.R), repr(Perm(13)), Perm.R | 1)
print(list(rw), Perm.W in rw, format(rw, '03d'), f'{Perm.X}')
print(repr(Perm.R & 6), repr(Perm.R ^ Perm.R))

class Small(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Small(7)), repr(Small(4)))
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(Ej(7)), repr(Ej(3)))
class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Kp(7)), repr(Kp(4)))
class St(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    St(4)
except ValueError as e:
    print('ValueError', e)
print(FlagBoundary.STRICT, repr(KEEP))

class Big(IntFlag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(list(Big), repr(Big.AB), repr(Big(11)), repr(Big(4)), Big.AB.name)

# functional API
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, repr(Animal), Animal.__module__)
Pets = Enum('Pets', ['CAT', 'DOG'], start=10)
print(list(Pets))
Pairs = Enum('Pairs', [('X', 'x'), ('Y', 'y')])
print(list(Pairs))
FromDict = Enum('FromDict', {'ONE': 1, 'TWO': 2})
print(list(FromDict), FromDict(2))
Commas = IntEnum('Commas', 'A, B, C')
print(list(Commas), Commas.C + 1)
Fl = Flag('Fl', 'P Q R')
print(list(Fl), repr(Fl.P | Fl.R))
Typed = Enum('Typed', 'A B', type=int)
print(repr(Typed.B), Typed.B + 0, Typed.__mro__[1])
Q = Enum('Q', 'A B', qualname='Outer.Q', module='mymod')
print(Q.__qualname__, Q.__module__)

@verify(UNIQUE)
class V1(Enum):
    A = 1
    B = 2
print(list(V1))
try:
    @verify(UNIQUE)
    class V2(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class V3(IntEnum):
        A = 1
        B = 3
except ValueError as e:
    print('ValueError', e)
@verify(CONTINUOUS)
class V4(IntEnum):
    A = 1
    B = 2
print(list(V4))
try:
    @verify(NAMED_FLAGS)
    class V5(Flag):
        A = 1
        B = 2
        ABC = 7
except ValueError as e:
    print('ValueError', e)
print(repr(UNIQUE), str(CONTINUOUS))

class Mem(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def fn(x):
        return x
print([m.name for m in Mem], Mem.helper, Mem.fn.value(3))

class FA(Flag):
    A = 1
    B = 2
    C = 4
print(repr(FA.A | FA.B | FA.C), repr(FA(6)), [repr(f) for f in FA(6)])
print(FA.A._value_, FA._all_bits_ if hasattr(FA, '_all_bits_') else None)
