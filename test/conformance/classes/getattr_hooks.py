# __getattr__, __getattribute__, __setattr__, __delattr__, and the builtins around them.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('getattr ' + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append('setattr ' + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append('delattr ' + name)
        delattr(self._target, name)

class Target:
    pass
t = Target()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b)
del p.a
print(hasattr(t, 'a'), hasattr(p, 'a'))
print(p.log)

class Spy:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(f'no peeking at {name}')
        print('  __getattribute__', name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback for {name}'
    def m(self):
        return 'method'
s = Spy()
print(s.x)
print(s.m())
print(s.secret_key)
print(s.missing)
print(getattr(s, 'nope', 'default ignored: __getattr__ answers'))

class Strict:
    __slots__ = ()
print(getattr(Strict(), 'nothing', 'default used'))
try:
    getattr(Strict(), 'nothing')
except AttributeError as e:
    print('AttributeError:', e)
class Dyn:
    pass
d = Dyn()
setattr(d, 'with space', 1)
print(getattr(d, 'with space'), vars(d))
try:
    setattr(d, 5, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    delattr(d, 'absent')
except AttributeError as e:
    print('AttributeError:', e)
class Readonly:
    def __setattr__(self, name, value):
        raise AttributeError(f'{type(self).__name__} is read-only')
try:
    Readonly().x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    int.x = 1
except TypeError as e:
    print('TypeError:', e)
