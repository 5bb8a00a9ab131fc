# Attribute lookup order: data descriptors, instance dict, non-data descriptors,
# class attributes, __getattr__; setattr/delattr; slots; uncaught AttributeError.
class Data:
    def __get__(self, obj, owner):
        return f'Data.__get__({type(obj).__name__ if obj is not None else None}, {owner.__name__})'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class NonData:
    def __get__(self, obj, owner=None):
        return 'NonData.__get__'

class C:
    d = Data()
    n = NonData()
    plain = 'class attribute'
    def method(self):
        return 'method'

c = C()
print(c.d, C.d)
c.d = 1
c.__dict__['d'] = 'instance dict'
print(c.d)
print(c.n)
c.n = 'shadows non-data'
print(c.n, C.n)
print(c.plain, getattr(c, 'plain'), getattr(c, 'missing', 'default'), hasattr(c, 'missing'))
c.method = lambda: 'instance function'
print(c.method(), C.method(c))
del c.method
print(c.method())

class Dyn:
    known = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'{type(self).__name__!r} has nothing called {name!r}')
dyn = Dyn()
print(dyn.known, dyn.xyz, hasattr(dyn, 'abc'))
try:
    dyn.abc
except AttributeError as e:
    print('AttributeError:', e)

class Guard:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError(f'cannot set {name}')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('deleting', name)
        super().__delattr__(name)
g = Guard()
g.ok = 1
try:
    g._hidden = 2
except AttributeError as e:
    print('AttributeError:', e)
del g.ok
print(vars(g))

class Slotted:
    __slots__ = ('x',)
s = Slotted()
for action in (lambda: s.x, lambda: setattr(s, 'y', 1), lambda: delattr(s, 'x')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
s.x = 5
print(s.x, getattr(s, '__dict__', 'no __dict__'))
for obj, name in ((1, 'real'), ([], 'append'), (object(), 'anything')):
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print('AttributeError:', e)

class Config:
    def __init__(self):
        self.verbose = True
cfg = Config()
print(cfg.verbose)
print(cfg.verbos)
