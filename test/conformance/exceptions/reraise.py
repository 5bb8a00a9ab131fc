# Re-raising: bare raise, raise e, raise inside nested handlers, raise with no active exception.
def f():
    try:
        int('x')
    except ValueError:
        print('logging and re-raising')
        raise

try:
    f()
except ValueError as e:
    print('re-raised:', e)

def g():
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise IndexError('b')
        except IndexError:
            pass
        raise  # re-raises KeyError, the exception of the enclosing handler

try:
    g()
except KeyError as e:
    print('outer exception restored:', repr(e))

try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)

saved = None
try:
    raise TypeError('saved for later')
except TypeError as e:
    saved = e
try:
    raise saved
except TypeError as e:
    print('raised a saved instance again:', e, e is saved)

# raise of a class instantiates it with no arguments
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e), e.args, e.value)

# raising something that is not an exception
for bad in [42, 'text', object]:
    try:
        raise bad
    except TypeError as e:
        print('TypeError:', e)

# Exception instance fields survive re-raise
class MyError(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    try:
        raise MyError(7)
    except MyError:
        raise
except MyError as e:
    print(e, e.code, e.args)
