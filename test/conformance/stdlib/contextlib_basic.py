# contextlib: contextmanager, closing, suppress, redirect_*, nullcontext, ContextDecorator
import sys
from contextlib import (contextmanager, closing, suppress, redirect_stdout, redirect_stderr, AbstractAsyncContextManager,
                        nullcontext, ContextDecorator, AbstractContextManager, asynccontextmanager)

@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')

with tag('b') as t:
    print('inside', t)
print(tag.__name__, tag.__wrapped__.__name__)

try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', repr(e))

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def keeps_yielding():
    try:
        yield
    except Exception:
        yield
try:
    with keeps_yielding():
        raise TypeError('t')
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('converted') from e
try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print(repr(e), type(e.__cause__).__name__)

@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration kept', e)

# decorator use: a new generator each call
@tag('call')
def work(x):
    print('working', x)
    return x * 2
print(work(3))
print(work(4))

class Logged(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0])
        return False
@Logged()
def g(a):
    print('g', a)
g(1)
print(g.__name__)

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
with suppress():
    pass
try:
    with suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('left', repr(eg))
with suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
print('all suppressed')

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
s = Sink()
with redirect_stdout(s) as target:
    print('captured', 1)
    print(target is s)
print(''.join(s.parts), end='')
e = Sink()
with redirect_stderr(e):
    sys.stderr.write('err text\n')
print(e.parts)
r = redirect_stdout(Sink())
with r:
    with r:
        pass
print(sys.stdout is sys.__stdout__)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

print(issubclass(Res, AbstractContextManager), issubclass(Logged, AbstractContextManager))
print(isinstance(nullcontext(), AbstractContextManager))
class Plain(AbstractContextManager):
    def __exit__(self, *a):
        return None
with Plain() as p:
    print(type(p).__name__)

@asynccontextmanager
async def actx():
    yield 1
print(actx.__name__, isinstance(actx(), AbstractAsyncContextManager))

# chdir: the working directory for the block, restored after (also when nested)
import os
from contextlib import chdir
start = os.getcwd()
os.makedirs('inner/deeper', exist_ok=True)
with chdir('inner') as r:
    print('in', os.path.basename(os.getcwd()), r)
    with chdir('deeper'):
        print('in', os.path.basename(os.getcwd()))
    print('back in', os.path.basename(os.getcwd()))
print(os.getcwd() == start)
try:
    with chdir('no-such-dir'):
        pass
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
print(os.getcwd() == start)
