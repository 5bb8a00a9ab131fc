# abc: abstract methods, __abstractmethods__, the instantiation error, the decorators.
import abc


def attempt(label, make):
    try:
        r = make()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @abc.abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f'{type(self).__name__} area={self.area()}'


attempt('Shape', Shape)
print(sorted(Shape.__abstractmethods__))


class Half(Shape):
    def area(self):
        return 4


attempt('Half', Half)
print(sorted(Half.__abstractmethods__))


class Square(Half):
    def perimeter(self):
        return 8


attempt('Square', Square)
print(Square().describe(), Square.__abstractmethods__ == frozenset())
print(type(Shape).__name__, type(Square) is abc.ABCMeta, abc.ABC.__slots__)


class WithProps(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self): ...

    @classmethod
    @abc.abstractmethod
    def build(cls): ...

    @staticmethod
    @abc.abstractmethod
    def helper(): ...


attempt('WithProps', WithProps)


class Old(metaclass=abc.ABCMeta):
    @abc.abstractclassmethod
    def make(cls): ...

    @abc.abstractstaticmethod
    def util(): ...

    @abc.abstractproperty
    def value(self): ...


attempt('Old', Old)
print(Old.make.__isabstractmethod__ if hasattr(Old.make, '__isabstractmethod__') else 'n/a')
print(isinstance(Old.__dict__['make'], classmethod), isinstance(Old.__dict__['value'], property))


class Concrete(Old):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def util():
        return 'u'

    value = 3


print(Concrete.make(), Concrete.util(), Concrete().value)

# an overriding attribute that is itself abstract keeps the name abstract
class Again(Square):
    area = abc.abstractmethod(lambda self: 0)


attempt('Again', Again)

# update_abstractmethods after a class is changed


class Later(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


Later.run = lambda self: 'ran'
attempt('Later before update', Later)
abc.update_abstractmethods(Later)
attempt('Later after update', Later)
print(Later().run())


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))

# a plain class with a manually set __abstractmethods__
Plain.__abstractmethods__ = frozenset({'x', 'a'})
attempt('Plain', Plain)
Plain.__abstractmethods__ = frozenset()
attempt('Plain emptied', Plain)

# metaclass keyword arguments pass through to __init_subclass__
class Tagged(abc.ABC):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class T1(Tagged, tag='t1'):
    pass


print(T1.tag, isinstance(T1(), Tagged))
try:
    abc.abstractmethod(print)
except AttributeError as e:
    print('AttributeError', type(e).__name__)
