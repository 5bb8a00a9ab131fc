# enum: Enum/IntEnum/StrEnum members, reprs, lookup, aliases, auto, errors
from enum import Enum, IntEnum, StrEnum, auto, unique, ReprEnum, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(Color.RED, repr(Color.RED), f'{Color.GREEN}', format(Color.BLUE, ''))
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(type(Color.__members__).__name__)
print(Color(2), Color['BLUE'], Color(Color.RED))
print(repr(Color), type(Color) is EnumType, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED in Color, 1 in Color, 5 in Color, 'RED' in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
print(list(reversed(Color)), bool(Color.RED), bool(Color))
print(Color._member_names_, Color._value2member_map_[3])
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)

for bad in (4, 'RED', None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    class More(Color):
        PURPLE = 4
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print('AttributeError', e)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
    def describe(self):
        return f'{self.name} has value {self.value}'
    @classmethod
    def favorite(cls):
        return cls.CIRCLE
    @property
    def double(self):
        return self.value * 2
print(Shape.SQUARE.describe(), Shape.favorite(), Shape.DIAMOND.double)
print([m.name for m in Shape])

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), f'{Num.TWO}', Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO)
print(isinstance(Num.ONE, int), Num(2), Num.ONE == 1, sorted([Num.TWO, Num.ONE]))
print(str(Num.ONE), '{:>4}|'.format(Num.TWO), int(Num.TWO), [1, 2, 3][Num.ONE])

class Tone(StrEnum):
    HIGH = auto()
    Low = auto()
    MID = 'middle'
print(Tone.HIGH, repr(Tone.Low), Tone.MID, Tone.MID.upper(), Tone.HIGH == 'high', f'{Tone.Low}!')
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])

class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    NORTH = auto()
    SOUTH = auto()
print(Custom.NORTH.value, Custom.SOUTH.value)

class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Status('404'), Status(200))
try:
    Status('x')
except ValueError as e:
    print('ValueError', e)

class Broken(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'nope'
try:
    Broken(5)
except TypeError as e:
    print('TypeError', e, '|', e.__context__)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print('ValueError', e)
@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.surface_gravity)
print(Planet((5.976e+24, 6.37814e6)))

class Ordered(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj
    FIRST = 'first'
    SECOND = 'second'
print(Ordered.FIRST.value, Ordered.SECOND.label, Ordered(2))

class Base(Enum):
    def hello(self):
        return 'hello ' + self.name
class Derived(Base):
    X = 1
print(Derived.X.hello(), repr(Derived.X))

class Mixed(str, Enum):
    A = 'a'
    B = 'b'
print(Mixed.A, repr(Mixed.B), Mixed.A == 'a', Mixed('b'), f'{Mixed.A}')

class WithDunder(Enum):
    A = 1
    _ignore_ = ['tmp']
    tmp = 5
    def __str__(self):
        return 'custom ' + self.name
print(WithDunder.A, f'{WithDunder.A}', list(WithDunder), hasattr(WithDunder, 'tmp'))
print(Color.RED.__reduce_ex__(2)[0] is Color, Color.RED._name_, Color.RED._value_)
print(Num.ONE.__class__.__mro__)
print(Tone.__mro__)
