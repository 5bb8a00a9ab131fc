# abc: subclass walks, caches after registration on a parent ABC, metaclass mixing, __slots__,
# abstract properties overridden by plain attributes, and isinstance with an ABC in a tuple.
import abc


class Root(abc.ABC):
    pass


class Mid(Root):
    pass


class Leaf(Mid):
    pass


class Outside:
    pass


print(issubclass(Outside, Root), issubclass(Outside, Mid))
Mid.register(Outside)
print(issubclass(Outside, Root), issubclass(Outside, Mid), issubclass(Outside, Leaf), isinstance(Outside(), Root))
print(issubclass(Leaf, Root), issubclass(Root, Leaf), sorted(c.__name__ for c in Root.__subclasses__()))


class OtherMeta(type):
    pass


class Mixed(abc.ABC):
    pass


try:
    class Conflict(Mixed, metaclass=OtherMeta):
        pass
except TypeError as e:
    print('TypeError', e)


class CombinedMeta(abc.ABCMeta, OtherMeta):
    pass


class Combined(Mixed, metaclass=CombinedMeta):
    @abc.abstractmethod
    def run(self): ...


print(type(Combined).__name__, sorted(Combined.__abstractmethods__))


class Slotted(abc.ABC):
    __slots__ = ('a',)

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a, hasattr(s, '__dict__'))


class Props(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...


class Named(Props):
    name = 'fixed'


print(Named().name, Named.__abstractmethods__)


class Half(Props):
    other = 1


try:
    Half()
except TypeError as e:
    print('TypeError', e)

# abstract methods only count on ABCMeta classes (or with a manual __abstractmethods__)
class NotABC:
    @abc.abstractmethod
    def f(self): ...


print(type(NotABC()).__name__)

# overriding __subclasshook__ to reject subclasses of a concrete base
class Picky(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C is int:
            return False
        return NotImplemented


class MyInt(int):
    pass


Picky.register(MyInt)
print(issubclass(int, Picky), issubclass(MyInt, Picky), issubclass(bool, Picky))

# isinstance through a tuple containing ABCs and a class
print(isinstance(Outside(), (int, Mid)), isinstance(3, (Root, str)), isinstance('x', (Root, str)))

# the register decorator on a class that is already a real subclass
print(Root.register(Leaf) is Leaf, Root.register(Outside) is Outside)

# abstract methods are inherited along a chain of ABCs
class A1(abc.ABC):
    @abc.abstractmethod
    def one(self): ...


class A2(A1):
    @abc.abstractmethod
    def two(self): ...


class A3(A2):
    def one(self):
        return 1


print(sorted(A2.__abstractmethods__), sorted(A3.__abstractmethods__))
try:
    A3()
except TypeError as e:
    print('TypeError', e)


# The state is found by attribute lookup, as CPython's _abc does: a class whose own _abc_impl
# was deleted uses its base's; one set to something else is refused.
class Base(abc.ABC):
    pass


class Derived(Base):
    pass


del Derived._abc_impl
print(isinstance(1, Derived), issubclass(int, Derived))
Derived._abc_impl = 5
try:
    isinstance(1, Derived)
except TypeError as e:
    print('TypeError', e)
