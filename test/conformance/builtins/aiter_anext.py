# aiter() and anext() builtins (3.10+): results, defaults and error messages


def drive(coro):
    """Run a coroutine that never really suspends (no event loop needed)."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class BadAiter:
    def __aiter__(self):
        return 5


async def agen():
    yield 'a'
    yield 'b'


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    c = Counter(2)
    it = aiter(c)
    print(it is c)
    print(await anext(it), await anext(it))
    print(await anext(it, 'done'), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    g = agen()
    print(type(aiter(g)).__name__, aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, 'end'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('gen exhausted')
    # the default is returned only on StopAsyncIteration
    class Boom:
        def __aiter__(self):
            return self
        async def __anext__(self):
            raise KeyError('k')
    try:
        await anext(Boom(), 0)
    except KeyError as e:
        print('KeyError', e)
    out = [x async for x in aiter(Counter(3))]
    print(out)


drive(main())
t('aiter int', lambda: aiter(1))
t('aiter list', lambda: aiter([]))
t('aiter bad', lambda: aiter(BadAiter()))
t('anext int', lambda: anext(1))
t('anext list', lambda: anext([1]))
t('anext gen-no-iter', lambda: anext(iter([1]), 0))
t('anext none args', lambda: anext())
t('aiter none args', lambda: aiter())
print(callable(aiter), callable(anext), aiter.__name__, anext.__name__)
