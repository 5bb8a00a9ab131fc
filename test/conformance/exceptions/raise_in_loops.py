# raise and re-raise run in the interpreter's loop without a JS throw: handlers in the same
# frame, in callers, finally blocks, generators, bad raises, and the traceback of an uncaught one.
import sys

def count_caught(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise KeyError(i)
            elif i % 3 == 1:
                raise ValueError
            else:
                raise TypeError('t%d' % i) from None
        except (KeyError, ValueError) as e:
            caught += 1
        except TypeError as e:
            caught += 10 if e.__suppress_context__ else 100
    return caught
print(count_caught(30))

def inner(i):
    raise IndexError(i)
def middle(i):
    try:
        inner(i)
    finally:
        middle.ran += 1
middle.ran = 0
def outer(n):
    out = []
    for i in range(n):
        try:
            middle(i)
        except IndexError as e:
            out.append((e.args[0], e.__traceback__.tb_next.tb_frame.f_code.co_name))
    return out
print(outer(3), middle.ran)

def bare_reraise():
    try:
        raise LookupError('first')
    except LookupError:
        try:
            raise
        except LookupError as e:
            return repr(e)
print(bare_reraise())
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)

def chained():
    try:
        try:
            raise OSError('low')
        except OSError as e:
            raise ValueError('high') from e
    except ValueError as e:
        return repr(e.__cause__), repr(e.__context__), e.__suppress_context__
print(chained())
def implicit():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('during')
    except KeyError as e:
        return type(e.__context__).__name__
print(implicit())

for bad in (5, 'text', object, None):
    try:
        raise bad
    except TypeError as e:
        print('TypeError:', e)
class NotExc:
    pass
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError:', e)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError('init failed')
try:
    raise BadInit
except RuntimeError as e:
    print('RuntimeError:', e)

def gen():
    for i in range(3):
        try:
            yield i
            raise StopIteration if False else KeyError(i)
        except KeyError as e:
            yield 'caught %s' % e
print(list(gen()))

def with_finally(n):
    log = []
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            finally:
                log.append('f%d' % i)
        except ValueError:
            log.append('c%d' % i)
    return log
print(with_finally(3))

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is KeyError
def with_block():
    for k in (KeyError, ValueError):
        try:
            with CM():
                raise k('in with')
        except ValueError as e:
            print('escaped', repr(e))
    return 'done'
print(with_block())

sys.setrecursionlimit(200)
def deep(n):
    if n == 0:
        raise ArithmeticError('bottom')
    return deep(n - 1)
try:
    deep(150)
except ArithmeticError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print('depth', depth)

def uncaught(i):
    for j in range(3):
        if j == i:
            raise NameError('uncaught %d' % j)
uncaught(2)
