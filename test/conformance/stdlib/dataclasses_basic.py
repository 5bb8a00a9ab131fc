# dataclasses: generated methods, fields, defaults, frozen, order, hash, post_init, InitVar, ClassVar
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, Field)
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__doc__, Point.__match_args__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(p)[1].default)
print(Point.__hash__, Point.__init__.__qualname__, Point.__init__.__annotations__)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, z=2)
except TypeError as e:
    print('TypeError', e)
p.x = 10
print(p, Point(y=5, x=6))

@dataclass
class Inventory:
    name: str
    price: float = field(default=1.5, repr=False)
    tags: list = field(default_factory=list)
    secret: str = field(default='s', compare=False)
    count: int = field(default=0, init=False)
    meta: int = field(default=0, metadata={'unit': 'kg'})
a = Inventory('a')
b = Inventory('a', 2.0, ['x'], 'other')
a.tags.append('t')
print(a, b, Inventory('z').tags, a == Inventory('a', tags=['t'], secret='zzz'))
print(fields(Inventory)[5].metadata['unit'], type(fields(Inventory)[5].metadata).__name__, fields(Inventory)[0].metadata)
try:
    Inventory('a', count=3)
except TypeError as e:
    print('TypeError', e)

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'
f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), {f: 1}[Frozen(1, 'b')])
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del f.b
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    f.new = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = [Version(1, 2), Version(0, 9, 'x'), Version(1, 0), Version(1, 2, 'y')]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) <= Version(1, 2, 'q'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashy(1)) == hash(Hashy(1, [2])), Hashy.__hash__ is not None)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class OwnHash:
    a: int
    def __hash__(self):
        return 42
print(hash(OwnHash(5)))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    registry: ClassVar[List[str]] = []
    def __post_init__(self, scale):
        self.b = self.a * scale
        WithPost.registry.append(self.a)
w = WithPost(3)
print(w, WithPost(4, scale=10), WithPost.registry, [f.name for f in fields(WithPost)])
print(WithPost.__dataclass_fields__['scale']._field_type, WithPost.__dataclass_fields__['registry']._field_type)
print(repr(InitVar[int]), repr(InitVar[List[int]]))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, b=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print('TypeError', e)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0
print(AllKW(x=1), AllKW.__doc__)
@dataclass
class MixedKW:
    a: int = field(kw_only=True)
    b: int = 0
print(MixedKW(5, a=1), MixedKW.__doc__)

@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Child(Base):
    z: int = 5
    x: int = 15
print(Child(), [f.name for f in fields(Child)], Child.__doc__)

print(asdict(Inventory('q', tags=['a'])), astuple(Point(1, 2)))
@dataclass
class Nest:
    p: Point
    ps: list
    d: dict
n = Nest(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n))
print(astuple(n))
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
r = replace(p, y=99)
print(r, r is p, p)
try:
    replace(Inventory('x'), count=5)
except ValueError as e:
    print('ValueError', e)
try:
    replace(w)
except ValueError as e:
    print('ValueError', e)
print(replace(w, scale=5))
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
try:
    fields(3)
except TypeError as e:
    print('TypeError', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError', e)
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE'), isinstance(fields(Point)[0], Field))
@dataclass
class Rec:
    child: object = None
r = Rec()
r.child = r
print(r)
match Point(1, 7):
    case Point(1, y):
        print('matched y =', y)
