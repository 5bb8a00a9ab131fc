# super(): zero-argument and explicit forms, in __init__, classmethods, properties, and __class__.
class Animal:
    def __init__(self, name):
        self.name = name
        print('Animal.__init__', name)
    def speak(self):
        return f'{self.name} makes a sound'
    @classmethod
    def create(cls, name):
        print('Animal.create for', cls.__name__)
        return cls(name)

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ' (woof)'

class Puppy(Dog):
    def __init__(self, name):
        super(Puppy, self).__init__(name, 'unknown')
    def speak(self):
        return super(Dog, self).speak() + ' [skipped Dog]'
    def cls_name(self):
        return __class__.__name__

p = Puppy('rex')
print(p.speak(), p.breed, p.cls_name())
print(Dog('fido', 'lab').speak())

class Cat(Animal):
    @classmethod
    def create(cls, name):
        inst = super().create(name)
        inst.kind = 'cat'
        return inst
c = Cat.create('tom')
print(type(c).__name__, c.kind, c.speak())

s = super(Puppy, p)
print(type(s).__name__, s.speak.__func__ is Dog.speak)
try:
    super(int, p)
except TypeError as e:
    print('TypeError:', e)

def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)

class Prop:
    @property
    def v(self):
        return 'base v'
class Prop2(Prop):
    @property
    def v(self):
        return 'derived + ' + super().v
print(Prop2().v)
class WithNew:
    def __new__(cls, *args):
        print('WithNew.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
class Sub(WithNew):
    pass
print(Sub(5).x)
