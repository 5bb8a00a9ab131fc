# property (getter/setter/deleter, doc), staticmethod, classmethod.
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set celsius', v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete celsius')
        del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 2))
try:
    t.fahrenheit = 1
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print('AttributeError:', e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @staticmethod
    def helper(x, y):
        return x * y
    @classmethod
    def made(cls):
        return f'{cls.__name__}: {cls.count}'
    @classmethod
    def build(cls):
        return cls()
class SubCounter(Counter):
    pass
Counter(); Counter()
print(Counter.helper(3, 4), Counter().helper(5, 6))
print(Counter.made(), SubCounter.made())
print(type(SubCounter.build()).__name__, Counter.count)
print(type(Counter.__dict__['helper']).__name__, type(Counter.__dict__['made']).__name__)
print(Counter.__dict__['helper'].__func__(2, 3))
sm = staticmethod(len)
print(sm('abcd'))

class Lazy:
    @property
    def value(self):
        raise AttributeError('computed value missing')
    def __getattr__(self, name):
        return f'__getattr__ got {name}'
print(Lazy().value)
