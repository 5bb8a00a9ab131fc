# The descriptor protocol: data and non-data descriptors, precedence, __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.name)

class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p.x, p.y, vars(p))
try:
    p.x = 'no'
except TypeError as e:
    print('TypeError:', e)
del p.y
print(p.y, type(Point.x).__name__)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class DataRO:
    def __get__(self, obj, objtype=None):
        return 'data descriptor wins'
    def __set__(self, obj, value):
        raise AttributeError('read-only')
class Holder:
    nd = NonData()
    d = DataRO()
h = Holder()
print(h.nd, h.d)
h.__dict__['nd'] = 'instance dict wins over non-data'
h.__dict__['d'] = 'ignored'
print(h.nd, h.d)
try:
    h.d = 5
except AttributeError as e:
    print('AttributeError:', e)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def hello(self, who):
        return f'hello {who} from {type(self).__name__}'
print(UsesMethod().hello('you'), UsesMethod.hello(None, 'x').split()[-1])

def plain(self):
    return 'plain'
bound = plain.__get__(h, Holder)
print(bound(), type(bound).__name__)
print(Holder.__dict__['nd'].__get__(None, Holder))
