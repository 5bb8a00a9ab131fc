"""The abstract base classes of containers and iterators (collections.abc's contents).

gilvm's stdlib: written for gilvm, not copied from CPython. Each ABC names the methods a
class must define and supplies the rest as mixin methods built on them; the one-method ABCs
(Hashable, Iterable, Sized, ...) also accept any class that defines their method
(__subclasshook__), and the interpreter's own types are registered where they belong.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])
EllipsisType = type(...)

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString', 'Buffer']

# The classes below present themselves as collections.abc's.
__name__ = 'collections.abc'


def _defines_all(C, *names):
    """True if every name is defined somewhere on C's MRO (and not set to None there),
    else NotImplemented, so that a __subclasshook__ can return it as it is."""
    mro = C.__mro__
    for name in names:
        for klass in mro:
            found = klass.__dict__
            if name in found:
                if found[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(cls, C, owner, *names):
    return _defines_all(C, *names) if cls is owner else NotImplemented


# ---- the one-method protocols -------------------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    """Objects with a __hash__ method."""

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Hashable, '__hash__')


class Awaitable(metaclass=ABCMeta):
    """Objects usable in an await expression (they define __await__)."""

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Awaitable, '__await__')

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    """Awaitables that can be driven with send, throw and close."""

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; returns what it yields next."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit into the coroutine; it must not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('coroutine ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Coroutine, '__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=ABCMeta):
    """Objects usable in an async for loop (they define __aiter__)."""

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, AsyncIterable, '__aiter__')

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__, and an __aiter__ that returns the iterator."""

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item; raises StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, AsyncIterator, '__anext__', '__aiter__')


class AsyncGenerator(AsyncIterator):
    """Asynchronous iterators that can also be driven with asend, athrow and aclose."""

    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with value; returns the next item or raises StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        """Throw GeneratorExit into the generator; it must not yield again."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, AsyncGenerator, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(metaclass=ABCMeta):
    """Objects that give an iterator (they define __iter__)."""

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterable, '__iter__')

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    """Iterators: __next__, and an __iter__ that returns the iterator."""

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; raises StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterator, '__iter__', '__next__')


class Reversible(Iterable):
    """Iterables that can also be walked backwards (they define __reversed__)."""

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Reversible, '__reversed__', '__iter__')


class Generator(Iterator):
    """Iterators that can also be driven with send, throw and close."""

    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with value; returns the next item or raises StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit into the generator; it must not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Generator, '__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):
    """Objects with a length (they define __len__)."""

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Sized, '__len__')


class Container(metaclass=ABCMeta):
    """Objects that support `in` (they define __contains__)."""

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Container, '__contains__')

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Collection, '__len__', '__iter__', '__contains__')


class Buffer(metaclass=ABCMeta):
    """Objects that export a buffer (they define __buffer__)."""

    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Buffer, '__buffer__')


# ---- Callable and its subscription ----------------------------------------------------------------

def _type_repr(obj):
    """How typing shows a type argument: builtins by name, classes qualified, ... as '...'."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias:
    """What Callable[[arg, ...], result] gives: __origin__ Callable, __args__ flattened to
    (arg, ..., result), shown as collections.abc.Callable[[arg, ...], result]."""

    __slots__ = ('__origin__', '__args__', '_params_given')

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        params, result = args
        if isinstance(params, list):
            flat = (*params, result)
        elif params is Ellipsis or _is_param_spec(params):
            flat = (params, result)
        else:
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. '
                            f'Got {params}')
        self.__origin__ = origin
        self.__args__ = flat
        self._params_given = isinstance(params, list)

    @property
    def __parameters__(self):
        found = []
        for a in self.__args__:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in found:
                    found.append(p)
            if type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple') and a not in found:
                found.append(a)
        return tuple(found)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or _is_param_spec(args[0])) and not self._params_given:
            return f'collections.abc.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        inner = ', '.join(_type_repr(a) for a in args[:-1])
        return f'collections.abc.Callable[[{inner}], {_type_repr(args[-1])}]'

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        args = self.__args__
        if self._params_given:
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias, (self.__origin__, args)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _is_param_spec(obj):
    return type(obj).__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


class Callable(metaclass=ABCMeta):
    """Objects that can be called (they define __call__)."""

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Callable, '__call__')

    @classmethod
    def __class_getitem__(cls, item):
        return _CallableGenericAlias(cls, item)


# ---- sets ---------------------------------------------------------------------------------------

class Set(Collection):
    """Finite sets: comparisons and the operators &, |, -, ^ built on __contains__, __iter__
    and __len__. Results are made by _from_iterable (cls(iterable) by default: a subclass
    whose constructor takes something else overrides it)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for x in self:
            if x not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for x in other:
            if x not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """A new set of this kind holding the items of it."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if self and other have no item in common."""
        for x in other:
            if x in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """The hash frozenset would give these items (for a hashable Set's __hash__)."""
        width = sys.maxsize * 2 + 1
        acc = (1927868237 * (len(self) + 1)) & width
        for x in self:
            h = hash(x)
            acc ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & width
        acc = (acc ^ (acc >> 11) ^ (acc >> 25)) & width
        acc = (acc * 69069 + 907133923) & width
        if acc > sys.maxsize:
            acc -= width + 1
        if acc == -1:
            acc = 590923713
        return acc


Set.register(frozenset)


class MutableSet(Set):
    """Sets that change: add and discard, and from them remove, pop, clear and |=, &=, ^=, -=."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take out and return some item; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Take out every item."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


MutableSet.register(set)


# ---- mappings -----------------------------------------------------------------------------------

class Mapping(Collection):
    """Read-only mappings: get, in, keys, items, values and == built on __getitem__,
    __iter__ and __len__."""

    __slots__ = ()

    # Instances match mapping patterns in a match statement.
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is there, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A KeysView of the mapping."""
        return KeysView(self)

    def items(self):
        """An ItemsView of the mapping."""
        return ItemsView(self)

    def values(self):
        """A ValuesView of the mapping."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


Mapping.register(type(type.__dict__))


class MappingView(Sized):
    """A live view of a mapping (the base of KeysView, ItemsView and ValuesView)."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(type({}.keys()))


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            held = self._mapping[key]
        except KeyError:
            return False
        return held is value or held == value

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield (key, m[key])


ItemsView.register(type({}.items()))


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()

    def __contains__(self, value):
        m = self._mapping
        for key in m:
            held = m[key]
            if held is value or held == value:
                return True
        return False

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]


ValuesView.register(type({}.values()))


class MutableMapping(Mapping):
    """Mappings that change: pop, popitem, clear, update and setdefault built on
    __setitem__ and __delitem__."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _absent = object()

    def pop(self, key, default=_absent):
        """Take key out and return its value; default if it is not there (else KeyError)."""
        try:
            value = self[key]
        except KeyError:
            if default is self._absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Take out and return some (key, value) pair; KeyError if empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Take out every key."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Set keys from a mapping (or anything with keys()) or from (key, value) pairs,
        then from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if key is not there."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


# ---- sequences ----------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequences: iteration, in, reversed, index and count built on
    __getitem__ (with int indices from 0, IndexError past the end) and __len__."""

    __slots__ = ()

    # Instances match sequence patterns in a match statement.
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                item = self[i]
                yield item
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value in self[start:stop]; ValueError if it is not there."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(1 for item in self if item is value or item == value)


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(memoryview)


class _ByteStringMeta(ABCMeta):
    """ByteString is deprecated (to go in 3.14): warn when it is subclassed or asked."""

    @staticmethod
    def _warn():
        try:
            import warnings
        except ImportError:
            return
        warnings.warn('collections.abc.ByteString is deprecated and slated for removal in Python 3.14',
                      DeprecationWarning, stacklevel=3)

    def __new__(mcls, name, bases, namespace, **kwargs):
        if name != 'ByteString':
            mcls._warn()
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        cls._warn()
        return super().__instancecheck__(instance)


class ByteString(Sequence, metaclass=_ByteStringMeta):
    """bytes and bytearray (deprecated)."""

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """Sequences that change: append, extend, pop, remove, clear, reverse and += built on
    __setitem__, __delitem__ and insert."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value before position index."""
        raise IndexError

    def append(self, value):
        """Put value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Take out every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - 1 - i] = self[n - 1 - i], self[i]

    def extend(self, values):
        """Append each item of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Take out and return the item at index (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Take out the first item equal to value; ValueError if there is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)


# ---- the interpreter's own iterators and generators ------------------------------------------------

def _registrations():
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    kinds = (type(gen()), type(c), type(agen()))
    c.close()
    d = {}
    iterators = [iter(b''), iter(bytearray()), iter({}), iter({}.keys()), iter({}.values()),
                 iter({}.items()), reversed({}), reversed({}.keys()), reversed({}.values()),
                 reversed({}.items()), iter([]), reversed([]), iter(range(0)),
                 iter(range(1 << 64)), iter(set()), iter(''), iter(()), zip(), map(len, ()),
                 filter(None, ()), enumerate(()), reversed(()), iter(memoryview(b''))]
    return kinds, [type(i) for i in iterators]


_kinds, _iterator_types = _registrations()
Generator.register(_kinds[0])
Coroutine.register(_kinds[1])
AsyncGenerator.register(_kinds[2])
for _t in _iterator_types:
    Iterator.register(_t)
del _kinds, _iterator_types, _t, _registrations
