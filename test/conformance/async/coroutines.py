# async def and await, driven by hand with coro.send(None): no event loop.
class Suspend:
    """An awaitable that suspends once, handing `tag` to whoever drives the coroutine."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return f'resumed {self.tag} with {value!r}'

async def child(n):
    r = await Suspend(f'child-{n}')
    print('  child', n, 'got:', r)
    return n * 10

async def parent():
    total = 0
    for i in range(3):
        total += await child(i)
    return total

def run(coro):
    """Drive a coroutine by hand: send values in until it returns."""
    value = None
    step = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print('  suspended with', yielded)
        step += 1
        value = step

c = parent()
print(type(c).__name__, c.__name__, c.__qualname__)
print('result', run(c))

async def immediate():
    return 'no suspension'
try:
    immediate().send(None)
except StopIteration as e:
    print('StopIteration value:', e.value)

async def raises():
    await Suspend('before error')
    raise ValueError('inside coroutine')
r = raises()
print(r.send(None))
try:
    r.send('x')
except ValueError as e:
    print('ValueError:', e)

async def catches():
    try:
        await Suspend('waiting')
    except KeyError as e:
        return 'caught ' + repr(e)
k = catches()
k.send(None)
try:
    k.throw(KeyError('thrown in'))
except StopIteration as e:
    print(e.value)

done = immediate()
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
fresh = immediate()
try:
    fresh.send('not None')
except TypeError as e:
    print('TypeError:', e)
fresh.close()  # closing it keeps CPython from warning that it was never awaited
class NotAwaitable:
    pass
async def bad_await():
    await NotAwaitable()
try:
    bad_await().send(None)
except TypeError as e:
    print('TypeError:', e)
c = immediate()
c.close()
print('closed unstarted coroutine')
