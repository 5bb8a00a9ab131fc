# contextlib.ExitStack: order, suppression, exception chaining, pop_all; async managers driven by hand
from contextlib import ExitStack, contextmanager, asynccontextmanager, AsyncExitStack, nullcontext, aclosing

@contextmanager
def cm(name, suppress=False):
    print('enter', name)
    try:
        yield name
    except Exception as e:
        print('exit', name, 'with', repr(e), 'suppress' if suppress else '')
        if not suppress:
            raise
    else:
        print('exit', name)

with ExitStack() as stack:
    names = [stack.enter_context(cm(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('body', names)

def exit_fn(*exc):
    print('exit_fn', exc[0])
    return False
with ExitStack() as stack:
    stack.push(exit_fn)
    class HasExit:
        def __exit__(self, *exc):
            print('HasExit.__exit__', exc)
    h = HasExit()
    print(stack.push(h) is h)  # only its __exit__ is pushed, never __enter__
    print('pushed ok')
print('---')

with ExitStack() as stack:
    stack.enter_context(cm('outer', suppress=True))
    stack.enter_context(cm('inner'))
    raise KeyError('x')
print('suppressed by outer')

# exception raised by a callback replaces the body's, with the chain kept
def raiser(msg):
    def cb(*exc):
        raise ValueError(msg)
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser('first'))
        stack.push(raiser('second'))
        raise KeyError('body')
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
    print(e.__context__.__context__.__context__)

try:
    with ExitStack() as stack:
        stack.push(raiser('only'))
except ValueError as e:
    print(repr(e), e.__context__)

# an outer exception being handled must not enter the chain twice
try:
    raise IndexError('outer')
except IndexError:
    try:
        with ExitStack() as stack:
            stack.push(raiser('in handler'))
            raise KeyError('body2')
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

# suppression then a new exception
try:
    with ExitStack() as stack:
        stack.push(raiser('after'))
        stack.push(lambda *exc: True)
        raise KeyError('gone')
except ValueError as e:
    print(repr(e), e.__context__)

# pop_all moves callbacks out
log = []
with ExitStack() as stack:
    stack.callback(log.append, 'moved')
    moved = stack.pop_all()
print(log)
moved.close()
print(log)

stack = ExitStack()
stack.callback(print, 'closed explicitly')
stack.close()
stack.close()

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError', e)
class NotCM:
    pass
try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print('TypeError', e)

# callback returns its argument; the registered wrapper keeps __wrapped__
with ExitStack() as stack:
    f = stack.callback(print, 'cb')
    print(f is print, stack._exit_callbacks[-1][1].__wrapped__ is print)

# drive coroutines by hand
def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('coroutine suspended')

@asynccontextmanager
async def acm(name):
    print('aenter', name)
    try:
        yield name * 2
    finally:
        print('aexit', name)

async def main():
    async with acm('x') as v:
        print('got', v)
    try:
        async with acm('y'):
            raise KeyError('inside')
    except KeyError as e:
        print('propagated', repr(e))
    async with AsyncExitStack() as stack:
        v = await stack.enter_async_context(acm('s'))
        stack.callback(print, 'sync cb')
        async def acb(x):
            print('async cb', x)
        stack.push_async_callback(acb, 7)
        print('stack got', v)
    async with nullcontext(3) as n:
        print('async null', n)
    class AG:
        async def aclose(self):
            print('aclosed')
    async with aclosing(AG()):
        pass
    return 'done'
print(run(main()))
