# abc: register, __subclasshook__, isinstance/issubclass with virtual subclasses, caches.
import abc


class Animal(abc.ABC):
    pass


class Dog:
    pass


class Puppy(Dog):
    pass


print(issubclass(Dog, Animal), isinstance(Dog(), Animal))
tok = abc.get_cache_token()
r = Animal.register(Dog)
print(r is Dog, abc.get_cache_token() != tok)
print(issubclass(Dog, Animal), isinstance(Dog(), Animal), issubclass(Puppy, Animal), isinstance(Puppy(), Animal))
print(Animal in Dog.__mro__, Dog.__mro__ == (Dog, object))

# registering again, or a real subclass, changes nothing and returns the class
tok = abc.get_cache_token()
print(Animal.register(Dog) is Dog, abc.get_cache_token() == tok)


class Cat(Animal):
    pass


print(Animal.register(Cat) is Cat, abc.get_cache_token() == tok)

# decorator form, built-in types
@Animal.register
class Bird:
    pass


print(isinstance(Bird(), Animal))
Animal.register(int)
print(isinstance(3, Animal), issubclass(bool, Animal), isinstance(True, Animal), isinstance('s', Animal))

# errors
for bad in (3, 'x', Dog()):
    try:
        Animal.register(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    issubclass(3, Animal)
except TypeError as e:
    print('TypeError', e)


class Base(abc.ABC):
    pass


class Derived(Base):
    pass


try:
    Derived.register(Base)
except RuntimeError as e:
    print('RuntimeError', e)

# registration through an intermediate ABC
class Outer(abc.ABC):
    pass


class Inner(abc.ABC):
    pass


Outer.register(Inner)


class Thing:
    pass


print(issubclass(Thing, Outer))
Inner.register(Thing)
print(issubclass(Thing, Inner), issubclass(Thing, Outer))

# __subclasshook__
class Quacker(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        return 'quack'


class Robot:
    pass


print(issubclass(Duck, Quacker), isinstance(Duck(), Quacker), issubclass(Robot, Quacker))
Quacker.register(Robot)  # the hook's False still wins
print(issubclass(Robot, Quacker))


class SubQuacker(Quacker):
    pass


print(issubclass(Duck, SubQuacker))


class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print('AssertionError', e)

# __class__ that lies: both the claimed and the real class are asked
class Liar:
    @property
    def __class__(self):
        return Dog


print(isinstance(Liar(), Animal), isinstance(Liar(), Dog))

# negative cache invalidation
class Late:
    pass


class Lazy(abc.ABC):
    pass


print(issubclass(Late, Lazy), isinstance(Late(), Lazy))
Lazy.register(Late)
print(issubclass(Late, Lazy), isinstance(Late(), Lazy))

# tuples and abc classes in isinstance
print(isinstance(Dog(), (int, Animal)), issubclass(Dog, (str, Animal)))

# ABCMeta used directly
Meta = abc.ABCMeta('Meta', (), {'f': abc.abstractmethod(lambda self: 1)})
print(Meta.__name__, sorted(Meta.__abstractmethods__), type(Meta).__name__)
try:
    Meta()
except TypeError as e:
    print(e)

# _abc_registry_clear and _abc_caches_clear
class Reg(abc.ABC):
    pass


Reg.register(float)
print(isinstance(1.5, Reg))
Reg._abc_registry_clear()
Reg._abc_caches_clear()
print(isinstance(1.5, Reg))
print(type(abc.get_cache_token()).__name__)
