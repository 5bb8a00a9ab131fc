# Attribute loads on classes and modules at one site, run many times: what the inline cache
# (attr-cache.ts, KIND_CLASS and module dicts) returns must follow every change.
import sys
import types


class Base:
    LIMIT = 3
    name = 'base'

    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    @staticmethod
    def helper(x):
        return x + 1

    @classmethod
    def make(cls, v):
        return cls(v)


class Child(Base):
    def __init__(self, v):
        Base.__init__(self, v + 100)


def read_limit(cls):
    return cls.LIMIT


def call_helper(cls, x):
    return cls.helper(x)


def call_make(cls, v):
    return cls.make(v)


def init_via_class(obj, v):
    Base.__init__(obj, v)
    return obj.v


out = []
for i in range(6):
    out.append(read_limit(Base))
    out.append(read_limit(Child))
    if i == 2:
        Base.LIMIT = 30          # the class changes: the entry must not answer
    if i == 3:
        Child.LIMIT = 'child'    # a subclass shadows it
    if i == 4:
        del Child.LIMIT
print(out)

out = []
for i in range(5):
    out.append(call_helper(Base, i))
    out.append(call_helper(Child, i))
    if i == 2:
        Base.helper = staticmethod(lambda x: x * 10)
print(out)

for i in range(4):
    o = call_make(Child if i % 2 else Base, i)
    print(type(o).__name__, o.v, o.double())

o = Child(1)
for i in range(4):
    print(init_via_class(o, i), Base.__init__ is Base.__dict__['__init__'])

# A site that sees a class and its instances in turn.
def read_name(x):
    return x.name


for x in (Base, Base(1), Base, Child, Child(2), Base):
    print(read_name(x))


class Meta(type):
    @property
    def name(cls):
        return 'meta property of ' + cls.__name__

    def hello(cls):
        return 'hello from ' + cls.__name__


class WithMeta(metaclass=Meta):
    name = 'class attribute'


for i in range(3):
    print(read_name(WithMeta), WithMeta.hello())


class Descr:
    def __get__(self, obj, owner):
        return 'got via ' + owner.__name__


class Holder:
    d = Descr()
    n = 7


def read_d(cls):
    return cls.d


for i in range(3):
    print(read_d(Holder))
Descr.__get__ = lambda self, obj, owner: 'changed get'
print(read_d(Holder))


class Plain:
    pass


p = Plain()
Holder.n = p
for i in range(3):
    print(type(Holder.n).__name__)
Plain.__get__ = lambda self, obj, owner: 'plain gained __get__'
print(Holder.n)

# A class attribute of type `type` itself: names on type (a data descriptor wins).
for i in range(3):
    print(Base.__name__, Child.__doc__, Base.__mro__[-1].__name__)

# Modules: attributes read from the module's dict.
mod = types.ModuleType('mod')
mod.x = 1
mod.f = lambda: 'f1'


def read_x(m):
    return m.x


def call_f(m):
    return m.f()


out = []
for i in range(6):
    out.append(read_x(mod))
    out.append(call_f(mod))
    if i == 1:
        mod.x = 2
    if i == 2:
        mod.f = lambda: 'f2'
    if i == 3:
        mod.y = 5
        mod.__dict__.pop('x')
        mod.x = 'again'
print(out)

other = types.ModuleType('other')
other.x = 'other x'
for m in (mod, other, mod, other):
    print(read_x(m))

del mod.x
try:
    read_x(mod)
except AttributeError as e:
    print('AttributeError:', e)

mod.__getattr__ = lambda name: 'dynamic ' + name
print(read_x(mod))
mod.x = 'back'
print(read_x(mod), read_x(mod))

for i in range(3):
    print(sys.maxsize > 0, sys.getrecursionlimit())
