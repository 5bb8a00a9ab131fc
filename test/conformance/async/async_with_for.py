# async with, async for, async generators and async comprehensions, driven by hand.
class Step:
    def __await__(self):
        yield 'tick'
        return None

class AsyncCM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('  aenter', self.name)
        await Step()
        return self.name.upper()
    async def __aexit__(self, typ, exc, tb):
        print('  aexit', self.name, typ.__name__ if typ else None)
        return True

class ACounter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Step()
        return self.i

async def agen(n):
    for i in range(n):
        await Step()
        yield i * i

async def main():
    async with AsyncCM('res') as r:
        print('  inside with', r)
        raise ValueError('suppressed by __aexit__')
    got = []
    async for v in ACounter(3):
        got.append(v)
    print('  async for:', got)
    squares = [v async for v in agen(4)]
    print('  async comprehension:', squares)
    evens = {v async for v in agen(6) if v % 2 == 0}
    print('  async set comprehension:', sorted(evens))
    return 'main done'

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(main()))

ag = agen(2)
print(type(ag).__name__, ag.__name__)
async def drain(ag):
    out = []
    while True:
        try:
            out.append(await ag.__anext__())
        except StopAsyncIteration:
            return out
print(run(drain(ag)))
async def asend_demo():
    async def echo():
        received = None
        while True:
            received = yield received
    e = echo()
    await e.asend(None)
    a = await e.asend('hello')
    b = await e.asend('world')
    await e.aclose()
    return a, b
print(run(asend_demo()))
try:
    async def not_iter():
        async for x in [1, 2]:
            pass
    run(not_iter())
except TypeError as e:
    print('TypeError:', e)
