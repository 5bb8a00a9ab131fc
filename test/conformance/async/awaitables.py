# Awaitables of every kind, exceptions and finally through await chains, coroutine attributes; an uncaught error at the end.
class Future:
    """A minimal future: awaiting it suspends until someone sets its result."""
    def __init__(self):
        self.done = False
        self.result = None
    def set_result(self, v):
        self.done, self.result = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.result

class IterAwaitable:
    def __await__(self):
        return iter(['x', 'y'])  # any iterator will do

async def wait_for(fut, label):
    try:
        v = await fut
        print(f'  {label} got {v}')
        return v
    finally:
        print(f'  {label} finally')

async def fails(fut):
    await fut
    raise KeyError('after the future')

async def chain(depth, fut):
    if depth == 0:
        return await fails(fut)
    return await chain(depth - 1, fut)

def drive(coro, feed):
    """Step a coroutine; whenever it yields a Future, resolve it from `feed`."""
    steps = 0
    try:
        yielded = coro.send(None)
        while True:
            steps += 1
            if isinstance(yielded, Future):
                yielded.set_result(feed.pop(0))
            else:
                print('  bare yield:', yielded)
            yielded = coro.send(None)
    except StopIteration as e:
        return e.value, steps

f1 = Future()
print(drive(wait_for(f1, 'first'), [10]))
async def uses_iter():
    return await IterAwaitable()
print(drive(uses_iter(), []))
c = wait_for(Future(), 'named')
print(c.__name__, c.__qualname__, type(c).__name__, c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
c.close()
print(c.cr_frame)
try:
    drive(chain(3, Future()), [1])
except KeyError as e:
    print('KeyError propagated through 5 coroutines:', e)
async def gen_based():
    return [x async for x in agen()]
async def agen():
    for i in range(3):
        yield await Future_resolved(i)
class Future_resolved:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield
print(drive(gen_based(), []))
print('now an uncaught error inside nested coroutines:')
drive(chain(2, Future()), [5])
