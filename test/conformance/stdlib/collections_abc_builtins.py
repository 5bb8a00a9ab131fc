# collections.abc: every ABC with its abstract methods, and which built-in objects are instances.
import collections.abc as cabc
from collections.abc import *
import sys
names = cabc.__all__
for n in names:
    c = getattr(cabc, n)
    print(n, repr(c), sorted(c.__abstractmethods__))
samples = [1, 1.5, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
           {}.keys(), {}.values(), {}.items(), iter([]), (x for x in ()), len, print, type, None, memoryview(b'')]
for s in samples:
    row = [n for n in names if n != 'ByteString' and isinstance(s, getattr(cabc, n))]
    print(type(s).__name__, row)
print(Callable[[int, str], float], Callable[..., int], Iterable[int], Mapping[str, int])
print(Callable[[int], str].__args__, Callable[[], None].__args__)
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str].__origin__ is Callable)
print(Iterable[int].__origin__ is Iterable, Iterable[int].__args__)
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(dict, Mapping))
print(issubclass(str, Hashable), issubclass(list, Hashable), issubclass(type(None), Hashable))
print(Iterable.__module__, Mapping.__qualname__, repr(MutableMapping))
print(cabc.MutableSequence.__mro__)
print(cabc.KeysView.__mro__)
print(cabc.Coroutine.__mro__)
import collections
print(collections.abc is cabc)
