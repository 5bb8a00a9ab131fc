# collections.abc: the one-method ABCs' __subclasshook__ (None blocks, MRO search), Generator,
# Coroutine and async ABCs' mixins, Callable subscription.
from collections.abc import *
import collections.abc


class OnlyIter:
    def __iter__(self):
        return iter([1])


class BlocksIter(OnlyIter):
    __iter__ = None


class OnlyLen:
    def __len__(self):
        return 0


class Full(OnlyLen):
    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class Unhashable:
    __hash__ = None


class NoEqHash:
    def __eq__(self, o):
        return True


print(issubclass(OnlyIter, Iterable), issubclass(BlocksIter, Iterable), issubclass(OnlyIter, Iterator))
print(issubclass(OnlyLen, Sized), issubclass(OnlyLen, Collection), issubclass(Full, Collection))
print(issubclass(Unhashable, Hashable), issubclass(NoEqHash, Hashable), issubclass(object, Hashable))
print(isinstance(OnlyIter(), Reversible), isinstance([], Reversible), isinstance({}, Reversible))
print(isinstance(lambda: 0, Callable), isinstance(OnlyIter, Callable), isinstance(OnlyIter(), Callable))


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if value is not None:
            self.n = value
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Countdown(3)
print(next(g), g.send(5), list(g), iter(g) is g)
g2 = Countdown(2)
try:
    g2.throw(ValueError('boom'))
except ValueError as e:
    print('ValueError', e)
try:
    g2.throw(KeyError)
except KeyError as e:
    print('KeyError', repr(e))
print(g2.close())


class Stubborn(Countdown):
    def throw(self, typ, val=None, tb=None):
        return 1


try:
    Stubborn(1).close()
except RuntimeError as e:
    print('RuntimeError', e)


def real_gen():
    yield 1


print(isinstance(real_gen(), Generator), issubclass(Countdown, Iterator), isinstance(Countdown(1), Iterable))


class Coro(Coroutine):
    def __await__(self):
        yield 'waiting'
        return 'done'

    def send(self, v):
        return 'sent'

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


c = Coro()
print(c.send(None), c.close(), isinstance(c, Awaitable), list(c.__await__()))


async def native():
    return 3


n = native()
print(isinstance(n, Coroutine), isinstance(n, Awaitable), isinstance(n, Generator))
n.close()


class Dots(AsyncIterator):
    def __init__(self):
        self.left = 2

    async def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return '.'


class AGen(AsyncGenerator):
    def __init__(self):
        self.sent = []

    async def asend(self, v):
        self.sent.append(v)
        if len(self.sent) > 2:
            raise StopAsyncIteration
        return len(self.sent)

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


async def main():
    out = [x async for x in Dots()]
    ag = AGen()
    out.append([x async for x in ag])
    out.append(await AGen().aclose())
    try:
        await AGen().athrow(ValueError)
    except ValueError as e:
        out.append('ValueError')
    return out


try:
    main().send(None)
except StopIteration as e:
    print(e.value)


async def agen():
    yield 1


print(isinstance(agen(), AsyncGenerator), isinstance(Dots(), AsyncIterable), issubclass(AGen, AsyncIterator))

# Callable[...] forms
for form in (Callable[[int, str], bool], Callable[[], None], Callable[..., list[int]], Callable[[Callable[[int], int]], int]):
    print(form, form.__args__, form.__origin__ is collections.abc.Callable)
for bad in (int, (int,), ([int], str, float)):
    try:
        Callable[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    Callable[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(len, Callable[[int], int])
except TypeError as e:
    print('TypeError', e)
print(Sequence[int], MutableMapping[str, list[int]], AsyncIterator[bytes], Awaitable[None])
print(type(Sequence[int]).__name__, Sequence[int].__origin__ is Sequence)
print(sorted(collections.abc.__all__) == sorted(set(collections.abc.__all__)), len(collections.abc.__all__))
