# super() in methods, classmethods and properties, cooperative multiple inheritance,
# metaclasses with __prepare__/__new__/__init__/__call__, __init_subclass__, __set_name__.
class Base:
    def greet(self):
        return ['Base']
class Left(Base):
    def greet(self):
        return ['Left'] + super().greet()
class Right(Base):
    def greet(self):
        return ['Right'] + super().greet()
class Diamond(Left, Right):
    def greet(self):
        return ['Diamond'] + super().greet()
print(Diamond().greet(), [k.__name__ for k in Diamond.__mro__])
print(super(Left, Diamond()).greet())

class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            Shape.registry[kind] = cls.__name__
    @classmethod
    def make(cls):
        return f'made {cls.__name__}'
class Square(Shape, kind='square'):
    @classmethod
    def make(cls):
        return 'Square: ' + super().make()
class Circle(Shape, kind='circle'): pass
print(Shape.registry, Square.make(), Circle.make())

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print(f'Field {name} of {owner.__name__}')
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.name, '<unset>')
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        print('new', name, fields)
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = tuple(fields)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print('init', name)
    def __call__(cls, *args):
        obj = super().__call__()
        for f, v in zip(cls._fields, args):
            setattr(obj, f, v)
        return obj
    def __repr__(cls):
        return f'<model {cls.__name__}>'

class Model(metaclass=Meta, table='models'):
    name = Field()
    size = Field()
m = Model('box', 3)
print(m.name, m.size, Model._fields, repr(Model), type(Model).__name__)
class Sub(Model):
    extra = Field()
print(Sub._fields, Sub('s').name, isinstance(Sub, Meta))
try:
    super(Model, 1)
except TypeError as e:
    print('TypeError:', e)
class NoArgs:
    def f():
        return super().__repr__()
try:
    NoArgs.f()
except RuntimeError as e:
    print('RuntimeError:', e)
