# Introspection builtins: callable, dir, getattr/setattr/hasattr/delattr, vars, globals, locals, type, isinstance, issubclass, id.
class Base:
    cls_attr = 'c'
    def method(self):
        pass
class Child(Base):
    def __init__(self):
        self.x = 1
        self.y = 2
obj = Child()
print(callable(obj), callable(Child), callable(obj.method), callable(print), callable(None), callable('s'))
print([n for n in dir(obj) if not n.startswith('__')], [n for n in dir(Child) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), '__len__' in dir(()), dir(5) == dir(int))
print(getattr(obj, 'x'), getattr(obj, 'missing', 'default'), getattr(Child, 'cls_attr'), hasattr(obj, 'y'), hasattr(obj, 'z'))
setattr(obj, 'z', 3)
delattr(obj, 'x')
print(vars(obj), obj.__dict__ is vars(obj), sorted(k for k in vars(Child) if not k.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
try:
    getattr(obj, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(obj, 5)
except TypeError as e:
    print('TypeError:', e)
g = globals()
print(type(g).__name__, g['__name__'], 'Child' in g, g is globals())
new_global = 'set through globals()'
g['injected'] = 'via dict'
print(injected, g['new_global'])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def modify_locals():
    x = 1
    locals()['x'] = 2
    return x
print(modify_locals())
print(type(obj) is Child, type(obj).__name__, type(Child), type(type), type(None).__name__, type(len).__name__)
print(isinstance(obj, Base), isinstance(obj, (int, Child)), isinstance(1, (str, (float, int))), isinstance(True, int), isinstance(None, object))
print(issubclass(Child, Base), issubclass(Child, (int, object)), issubclass(bool, int), issubclass(int, bool), issubclass(Base, Base))
for f_ in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (int, 1)) if False else issubclass(int, [int])]:
    try:
        print(f_())
    except TypeError as e:
        print('TypeError:', e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
print(type('T', (Base,), {'v': 1})().cls_attr, type.__name__, Child.__bases__, Child.__base__, Child.__name__)
print(sorted(n for n in dir() if not n.startswith('_'))[:6])
