# sys.exc_info() and sys.exception(): inside and outside handlers, nesting, after the handler ends.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('first')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError('second')
    except KeyError:
        print('nested:', sys.exc_info()[0].__name__, repr(sys.exception()))
    print('restored:', sys.exc_info()[0].__name__, repr(sys.exception()))
print('after:', sys.exc_info(), sys.exception())
def in_function():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print('callee sees:', in_function().__name__)
def gen():
    try:
        raise IndexError('in generator')
    except IndexError:
        yield sys.exception()
    yield sys.exception()
g = gen()
print(repr(next(g)), repr(next(g)))
try:
    raise TypeError('t')
except TypeError:
    pass
finally:
    print('finally after handled:', sys.exception())
try:
    try:
        raise OSError('in try')
    finally:
        print('finally while propagating:', repr(sys.exception()))
except OSError:
    pass
print(sys.excepthook.__name__ if hasattr(sys, 'excepthook') else None)
