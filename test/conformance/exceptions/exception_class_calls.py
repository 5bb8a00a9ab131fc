# Calling exception classes: built-in ones and classes whose __new__ and __init__ are
# BaseException's take a direct path; every other kind keeps its own __new__ / __init__.
print(KeyError(1).args, KeyError().args, ValueError('a', 2).args, repr(IndexError('i')), str(KeyError('k')))

class Plain(Exception):
    pass

class Deeper(Plain, LookupError):
    pass

e = Plain(1, 2)
print(type(e).__name__, e.args, Deeper('x').args, isinstance(Deeper(), LookupError), e.__traceback__, e.__cause__)
e.note = 'attr'
print(e.note, e.__dict__)

class WithInit(Exception):
    def __init__(self, x):
        super().__init__(x * 2)
        self.x = x

print(WithInit(3).args, WithInit(3).x)

class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, 'new', *args)
        return self

print(WithNew(1).args)

# A class changed after its first call: the new __init__ is used.
class Later(Exception):
    pass

print(Later(1).args)
Later.__init__ = lambda self, *a: Exception.__init__(self, 'changed', *a)
print(Later(1).args)
del Later.__init__
print(Later(1).args)

# A base changed after a subclass was called.
class Base(Exception):
    pass

class Child(Base):
    pass

print(Child(5).args)
Base.__init__ = lambda self, *a: Exception.__init__(self, 'base', *a)
print(Child(5).args)

# Built-in exceptions with their own __new__ or __init__.
print(type(OSError(2, 'missing')).__name__, OSError(2, 'missing').errno, StopIteration(7).value, SystemExit(3).code)
print(ImportError('m', name='mod').name, AttributeError('a', name='n', obj=1).name, NameError('x', name='y').name)
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad').reason, SyntaxError('s', ('f', 1, 2, 'x')).lineno)
print(BaseExceptionGroup('g', [ValueError(1)]).exceptions, type(ExceptionGroup('g', [KeyError(1)])).__name__)

try:
    KeyError(x=1)
except TypeError as err:
    print('TypeError', err)
try:
    Plain(a=1)
except TypeError as err:
    print('TypeError', err)

# Raised and caught many times, in and across functions.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as err:
        return ('missing', err.args)

count = 0
for i in range(2000):
    try:
        raise Plain(i)
    except Plain as err:
        count += err.args[0]
print(count, lookup({}, 'k'), lookup({'k': 1}, 'k'))

import traceback
try:
    raise Deeper('shown')
except Deeper:
    print(traceback.format_exc().splitlines()[-1])

class Meta(type):
    def __call__(cls, *args):
        print('Meta.__call__', args)
        return super().__call__(*args)

class MetaErr(Exception, metaclass=Meta):
    pass

print(MetaErr(1, 2).args)
