# Metaclasses: type(), custom __new__/__init__/__call__/__prepare__, class keywords.
Dyn = type('Dyn', (object,), {'x': 1, 'hello': lambda self: 'hi'})
print(Dyn.__name__, Dyn.x, Dyn().hello(), type(Dyn) is type)
print(type(1), type('s'), type(type), type(None))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added_by_meta'] = True
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args, **kwargs)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('Meta.__prepare__', name)
        return {'prepared': 'yes'}
    def describe(cls):
        return f'<class {cls.__name__} via {type(cls).__name__}>'

class Base(metaclass=Meta, flavor='vanilla'):
    def __init__(self, v):
        self.v = v
class Derived(Base):
    pass
d = Derived(7)
print(d.v, Derived.added_by_meta, Derived.prepared, Derived.describe(), type(Derived).__name__)
print(isinstance(Derived, Meta), isinstance(d, Base))

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print('Config created once')
print(Config() is Config())

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)

class Ordered(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith('_')]
        return cls
class Record(metaclass=Ordered):
    zeta = 1
    alpha = 2
    mid = 3
print(Record.fields)
print(type.__name__, type('X', (), {}).__mro__[-1])
