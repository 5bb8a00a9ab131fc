# functools: singledispatch (register by type, by annotation, MRO, ABCs, registry, errors), singledispatchmethod
from functools import singledispatch, singledispatchmethod
import abc

@singledispatch
def describe(x):
    return 'object ' + type(x).__name__

@describe.register(int)
def _(x):
    return 'int %d' % x

@describe.register
def _(x: list):
    return 'list of %d' % len(x)

def for_str(x):
    return 'str ' + x
describe.register(str, for_str)

class MyInt(int):
    pass
class MyList(list):
    pass
print(describe(1), describe(True), describe(MyInt(7)), describe([1, 2]), describe(MyList()), describe('s'), describe(1.5), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry), type(describe.registry).__name__)
print(describe.__name__, describe.__wrapped__(3))
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(5, for_str)
except TypeError as e:
    print('TypeError', e)
def unannotated(x):
    pass
try:
    describe.register(unannotated)
except TypeError as e:
    print('TypeError', str(e).replace(repr(unannotated), '<f>'))
def bad_annotation(x: 'not a class'):
    pass
try:
    describe.register(bad_annotation)
except (TypeError, NameError, SyntaxError) as e:
    print(type(e).__name__)
def bad2(x: 5):
    pass
try:
    describe.register(bad2)
except TypeError as e:
    print('TypeError', e)

@describe.register(float)
@describe.register(complex)
def _(x):
    return 'number ' + repr(x)
print(describe(2.5), describe(1j))
describe.register(MyInt, lambda x: 'myint')
print(describe(MyInt(1)), describe(2))

class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
@singledispatch
def sound(a):
    return '...'
@sound.register
def _(a: Animal):
    return 'generic animal'
print(sound(Puppy()), sound(Dog()), sound(3))
@sound.register
def _(a: Dog):
    return 'woof'
print(sound(Puppy()), sound(Animal()))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Square:
    def area(self):
        return 4
Shape.register(Square)
class Tile(Square):
    pass
@singledispatch
def kind(x):
    return 'plain'
@kind.register
def _(x: Shape):
    return 'shape'
print(kind(Square()), kind(Tile()), kind(1))
@kind.register
def _(x: Square):
    return 'square'
print(kind(Square()), kind(Tile()))

class Sized1(abc.ABC):
    pass
class Named(abc.ABC):
    pass
class Both:
    pass
Sized1.register(Both)
Named.register(Both)
@singledispatch
def amb(x):
    return 'base'
amb.register(Sized1, lambda x: 'sized')
amb.register(Named, lambda x: 'named')
try:
    amb(Both())
except RuntimeError as e:
    print('RuntimeError', str(e).replace('__main__.', ''))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default ' + repr(arg)
    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg
    @fmt.register(list)
    def _(self, arg):
        return 'list ' + ','.join(map(str, arg))
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return cls.__name__ + ' default'
    @make.register(str)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + ' str ' + arg
f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt('x'), Formatter.make(1), Formatter.make('s'), f.make('t'))
print(Formatter.fmt.__name__, f.fmt.__name__)
try:
    singledispatchmethod(5)
except TypeError as e:
    print('TypeError', e)

# unions (PEP 604) in register() and in annotations
@singledispatch
def uf(x): return 'obj'
@uf.register
def _(x: int | str): return 'int or str'
@uf.register(list | tuple)
def _(x): return 'seq'
print(uf(1), uf("a"), uf([1]), uf(()), uf(1.5))
def bad(x: int | list[int]): pass
try:
    uf.register(bad)
except TypeError as e:
    print(e)
