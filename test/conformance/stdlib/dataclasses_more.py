# dataclasses: errors, slots, make_dataclass, inheritance rules, string annotations, descriptors
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, make_dataclass, FrozenInstanceError, KW_ONLY, InitVar
import typing
from typing import ClassVar

def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)

def mutable_list():
    @dataclass
    class A:
        x: list = []
def mutable_dict():
    @dataclass
    class A:
        x: dict = field(default={})
def mutable_set():
    @dataclass
    class A:
        x: set = set()
def order_follow():
    @dataclass
    class A:
        x: int = 0
        y: int
def both_defaults():
    field(default=1, default_factory=list)
def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
def explicit_lt():
    @dataclass(order=True)
    class A:
        x: int
        def __lt__(self, other):
            return True
def explicit_hash():
    @dataclass(unsafe_hash=True)
    class A:
        x: int
        def __hash__(self):
            return 1
def frozen_from_plain():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        y: int
def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int
    @dataclass
    class B(A):
        y: int
def field_no_annotation():
    @dataclass
    class A:
        x = field(default=1)
def two_kw_only():
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
def classvar_factory():
    @dataclass
    class A:
        x: ClassVar[list] = field(default_factory=list)
def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class A:
        x: int
for name, fn in list(globals().items()):
    if callable(fn) and getattr(fn, '__module__', None) == '__main__' and name != 'attempt':
        attempt(name, fn)

# string annotations (from __future__ import annotations): ClassVar and InitVar still recognised
@dataclass
class Config:
    name: str
    limit: ClassVar[int] = 10
    retries: typing.ClassVar[int] = 3
    seed: InitVar[int] = 0
    values: list[int] = field(default_factory=list)
    def __post_init__(self, seed):
        self.values.append(seed)
c = Config('a', seed=4)
print(c, [f.name for f in fields(Config)], Config.__dataclass_fields__['seed']._field_type)
print(fields(Config)[1].type, Config.__doc__)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 5
except AttributeError:
    print('AttributeError no new attributes')
@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int
fs = FrozenSlots(2)
print(fs, hash(fs) == hash(FrozenSlots(2)), fs.__getstate__() if hasattr(fs, '__getstate__') else None)
try:
    fs.a = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)

Made = make_dataclass('Made', ['a', ('b', int), ('c', list, field(default_factory=list))],
                      namespace={'total': lambda self: self.b + len(self.c)})
m = Made(1, 2)
print(m, m.total(), [f.type for f in fields(Made)], Made.__module__)
Ordered = make_dataclass('Ordered', [('k', int)], order=True, frozen=True)
print(sorted([Ordered(3), Ordered(1)]), Ordered(1) < Ordered(2))
for bad in [['a', 'a'], ['1x'], ['class']]:
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError', e)

@dataclass
class Base:
    x: int
    y: int = 1
    def __post_init__(self):
        print('base post init', self)
@dataclass
class Derived(Base):
    z: int = 2
Derived(0)
print(dataclasses.replace(Derived(5, z=9), y=7))

class Desc:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner):
        if obj is None:
            return 100
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
@dataclass
class WithDesc:
    v: int = Desc()
print(WithDesc(), WithDesc(4).v)

@dataclass(repr=False, eq=False, init=False, match_args=False)
class Bare:
    x: int = 1
b = Bare()
print(b.x, '__match_args__' in Bare.__dict__, Bare.__eq__ is object.__eq__, type(repr(b)).__name__)
@dataclass
class Custom:
    x: int
    def __repr__(self):
        return 'custom!'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)
print(dataclasses.is_dataclass(Custom), dataclasses.is_dataclass(Custom(1)), dataclasses.fields(Custom(1))[0].name)
@dataclass
class Deep:
    items: dict
    nested: tuple
d = Deep({'a': [Custom(1)]}, (1, [2, 3]))
out = dataclasses.asdict(d)
print(out['nested'], out['items']['a'][0] == {'x': 1}, type(out['nested']).__name__)
print(dataclasses.astuple(d)[1])
