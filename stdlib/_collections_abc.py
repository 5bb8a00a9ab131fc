"""The abstract base classes of containers and iterators (collections.abc's contents).

gilvm's stdlib: written for gilvm, not copied from CPython. The protocol ABCs (Hashable,
Iterable, Sized, Generator, ...) are made from one table: the methods a class must define,
what their abstract versions do when called through super(), and the mixins they add; a
class that defines those methods itself (none of them None) counts as a subclass. The
container ABCs (Set, Mapping, Sequence and their mutable forms, the views) are classes whose
mixin methods are built on the abstract ones through a few shared helpers. The
interpreter's own types are registered at the end.
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


def _defines_all(C, names):
    """True if C's MRO defines every name (the first definition found not being None),
    else NotImplemented, which a __subclasshook__ passes on as it is."""
    for name in names:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


_ABSENT = object()


# ---- what the abstract methods do when reached through super() --------------------------------

def _raise_given(thrown, value=None, traceback=None):
    """The body of an abstract throw()/athrow(): raise what was passed, as generators do."""
    if value is None:
        value = thrown if traceback is None else thrown()
    if traceback is not None:
        value = value.with_traceback(traceback)
    raise value


def _stop(exc):
    def body(self, *args):
        raise exc
    return body


def _gives(result):
    def body(self, *args):
        return result
    return body


def _abstract(name, exc, doc=None):
    """An abstract method whose body (reached through super()) raises exc."""
    body = _stop(exc)
    body.__name__, body.__doc__ = name, doc
    return abstractmethod(body)


def _lookup_or(mapping, key, fallback):
    """mapping[key], or fallback where that raises KeyError."""
    try:
        return mapping[key]
    except KeyError:
        return fallback


def _drain(take_one, empty_error):
    """A clear() that calls take_one(self) until it raises empty_error."""
    def clear(self):
        """Take out every item."""
        try:
            while True:
                take_one(self)
        except empty_error:
            pass
    return clear


def _nothing_iter(self):
    return iter(())


def _unsupported(self, *args):
    raise NotImplementedError


async def _async_stop(self, *args):
    raise StopAsyncIteration


async def _async_raise_given(self, thrown, value=None, traceback=None):
    _raise_given(thrown, value, traceback)


def _throw_stub(self, thrown, value=None, traceback=None):
    _raise_given(thrown, value, traceback)


# ---- the mixins the protocol ABCs add ------------------------------------------------------------

def _returns_self(self):
    return self


def _close_by_throw(message):
    def close(self):
        """Throw GeneratorExit in; it must end, not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(message)
    return close


async def _async_close(self):
    """Throw GeneratorExit in; it must end, not yield again."""
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        return
    raise RuntimeError('asynchronous generator ignored GeneratorExit')


async def _next_by_asend(self):
    return await self.asend(None)


def _next_by_send(self):
    return self.send(None)


def _named(body, name, qualname):
    """A method of its own (named name) that runs body."""
    def method(self, *args, **kwargs):
        return body(self, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = qualname
    return method


def _protocol(name, bases, abstract, checked, doc, mixins=None, generic=False):
    """Make the ABC `name`: `abstract` maps each required method to its stub, `checked` is
    what a class must define to count as a subclass without registering (None: no hook)."""
    namespace = {'__slots__': (), '__doc__': doc, '__module__': 'collections.abc', '__qualname__': name}
    for method, stub in abstract.items():
        namespace[method] = abstractmethod(_named(stub, method, f'{name}.{method}'))
    for method, body in (mixins or {}).items():
        namespace[method] = body
    owner = []
    if checked is not None:
        def __subclasshook__(cls, C):
            return _defines_all(C, checked) if cls is owner[0] else NotImplemented
        namespace['__subclasshook__'] = classmethod(__subclasshook__)
    if generic:
        namespace['__class_getitem__'] = classmethod(GenericAlias)
    made = ABCMeta(name, bases, namespace)
    owner.append(made)
    return made


Hashable = _protocol('Hashable', (), {'__hash__': _gives(0)}, ('__hash__',),
                     'Objects with a __hash__ method.')
Awaitable = _protocol('Awaitable', (), {'__await__': _nothing_iter}, ('__await__',),
                      'Objects usable in an await expression (they define __await__).', generic=True)
Coroutine = _protocol('Coroutine', (Awaitable,), {'send': _stop(StopIteration), 'throw': _throw_stub},
                      ('__await__', 'send', 'throw', 'close'),
                      'Awaitables that can be driven with send, throw and close.',
                      {'close': _close_by_throw('coroutine ignored GeneratorExit')})
AsyncIterable = _protocol('AsyncIterable', (), {'__aiter__': _gives(None)}, ('__aiter__',),
                          'Objects usable in an async for loop (they define __aiter__).', generic=True)
AsyncIterator = _protocol('AsyncIterator', (AsyncIterable,), {'__anext__': _async_stop},
                          ('__anext__', '__aiter__'),
                          'Asynchronous iterators: __anext__, and an __aiter__ that returns the iterator.',
                          {'__aiter__': _returns_self})
AsyncGenerator = _protocol('AsyncGenerator', (AsyncIterator,),
                           {'asend': _async_stop, 'athrow': _async_raise_given},
                           ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
                           'Asynchronous iterators that can also be driven with asend, athrow and aclose.',
                           {'__anext__': _next_by_asend, 'aclose': _async_close})
Iterable = _protocol('Iterable', (), {'__iter__': _nothing_iter}, ('__iter__',),
                     'Objects that give an iterator (they define __iter__).', generic=True)
Iterator = _protocol('Iterator', (Iterable,), {'__next__': _stop(StopIteration)}, ('__iter__', '__next__'),
                     'Iterators: __next__, and an __iter__ that returns the iterator.',
                     {'__iter__': _returns_self})
Reversible = _protocol('Reversible', (Iterable,), {'__reversed__': _nothing_iter}, ('__reversed__', '__iter__'),
                       'Iterables that can also be walked backwards (they define __reversed__).')
Generator = _protocol('Generator', (Iterator,), {'send': _stop(StopIteration), 'throw': _throw_stub},
                      ('__iter__', '__next__', 'send', 'throw', 'close'),
                      'Iterators that can also be driven with send, throw and close.',
                      {'__next__': _next_by_send, 'close': _close_by_throw('generator ignored GeneratorExit')})
Sized = _protocol('Sized', (), {'__len__': _gives(0)}, ('__len__',), 'Objects with a length (they define __len__).')
Container = _protocol('Container', (), {'__contains__': _gives(False)}, ('__contains__',),
                      'Objects that support `in` (they define __contains__).', generic=True)
Collection = _protocol('Collection', (Sized, Iterable, Container), {}, ('__len__', '__iter__', '__contains__'),
                       'Sized iterable containers.')
Buffer = _protocol('Buffer', (), {'__buffer__': _unsupported}, ('__buffer__',),
                   'Objects that export a buffer (they define __buffer__).')


# ---- Callable and its subscription ----------------------------------------------------------------

def _type_repr(obj):
    """How typing shows a type argument: builtins by name, classes qualified, ... as '...'."""
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if not isinstance(obj, type) or isinstance(obj, GenericAlias):
        return repr(obj)
    where = obj.__module__
    return obj.__qualname__ if where == 'builtins' else where + '.' + obj.__qualname__


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


Callable = _protocol('Callable', (), {'__call__': _gives(False)}, ('__call__',),
                     'Objects that can be called (they define __call__).',
                     {'__class_getitem__': classmethod(lambda cls, item: _CallableGenericAlias(cls, item))})


# ---- sets ---------------------------------------------------------------------------------------

def _same_item(a, b):
    return a is b or a == b


def _all_in(items, container):
    return all(x in container for x in items)


def _as_set(self, other):
    """other as a Set for the operators: itself, a set made from an iterable, or None."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


def _set_compare(test):
    def compare(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return test(self, other)
    return compare


class Set(Collection):
    """Finite sets: comparisons and the operators &, |, -, ^ built on __contains__, __iter__
    and __len__. Results are made by _from_iterable (cls(iterable) by default: a subclass
    whose constructor takes something else overrides it)."""

    __slots__ = ()

    __le__ = _set_compare(lambda a, b: len(a) <= len(b) and _all_in(a, b))
    __ge__ = _set_compare(lambda a, b: len(a) >= len(b) and _all_in(b, a))
    __lt__ = _set_compare(lambda a, b: len(a) < len(b) and _all_in(a, b))
    __gt__ = _set_compare(lambda a, b: len(a) > len(b) and _all_in(b, a))
    __eq__ = _set_compare(lambda a, b: len(a) == len(b) and _all_in(a, b))

    @classmethod
    def _from_iterable(cls, it):
        """A new set of this kind holding the items of it."""
        return cls(it)

    def isdisjoint(self, other):
        """True if self and other have no item in common."""
        return not any(x in self for x in other)

    def _hash(self):
        """The hash frozenset would give these items (for a hashable Set's __hash__)."""
        bits = sys.maxsize.bit_length() + 1
        mask = (1 << bits) - 1
        acc = 1927868237 * (len(self) + 1)
        for item in self:
            h = hash(item)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
        acc &= mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc >> (bits - 1):
            acc -= 1 << bits
        return 590923713 if acc == -1 else acc


def _set_operator(name, coerce, pick):
    """A Set operator: other must be Iterable (coerce: turned into a Set by _as_set);
    the result is _from_iterable(pick(self, other))."""
    def operator(self, other):
        if coerce:
            other = _as_set(self, other)
            if other is None:
                return NotImplemented
        elif not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(pick(self, other))
    operator.__name__ = name
    return operator


def _symmetric_difference(self, other):
    peer = _as_set(self, other)
    if peer is None:
        return NotImplemented
    return (self - peer) | (peer - self)


for _name, _coerce, _pick in (
        ('__and__', False, lambda mine, theirs: (x for x in theirs if x in mine)),
        ('__or__', False, lambda mine, theirs: (x for side in (mine, theirs) for x in side)),
        ('__sub__', True, lambda mine, theirs: (x for x in mine if x not in theirs)),
        ('__rsub__', True, lambda mine, theirs: (x for x in theirs if x not in mine))):
    setattr(Set, _name, _set_operator(_name, _coerce, _pick))
Set.__rand__, Set.__ror__ = Set.__and__, Set.__or__
Set.__xor__ = Set.__rxor__ = _symmetric_difference


class MutableSet(Set):
    """Sets that change: add and discard, and from them remove, pop, clear and |=, &=, ^=, -=."""

    __slots__ = ()

    add = _abstract('add', NotImplementedError, 'Put value in the set.')
    discard = _abstract('discard', NotImplementedError, 'Take value out of the set if it is there.')

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value in self:
            return self.discard(value)
        raise KeyError(value)

    def pop(self):
        """Take out and return some item; KeyError if the set is empty."""
        for value in self:
            self.discard(value)
            return value
        raise KeyError


def _set_in_place(name, steps, self_empties=False):
    """An in-place MutableSet operator: steps(self, other) yields (action, value) pairs,
    each applied as it comes; with self_empties, s op= s just clears s."""
    def operator(self, other):
        if self_empties and other is self:
            self.clear()
        else:
            for action, value in steps(self, other):
                action(value)
        return self
    operator.__name__ = name
    return operator


def _toggles(self, other):
    for value in (other if isinstance(other, Set) else self._from_iterable(other)):
        yield (self.discard if value in self else self.add), value


MutableSet.clear = _drain(lambda s: s.pop(), KeyError)
for _name, _steps, _empties in (
        ('__ior__', lambda s, other: ((s.add, v) for v in other), False),
        ('__iand__', lambda s, other: ((s.discard, v) for v in s - other), False),
        ('__ixor__', _toggles, True),
        ('__isub__', lambda s, other: ((s.discard, v) for v in other), True)):
    setattr(MutableSet, _name, _set_in_place(_name, _steps, _empties))


# ---- mappings -----------------------------------------------------------------------------------

class Mapping(Collection):
    """Read-only mappings: get, in, keys, items, values and == built on __getitem__,
    __iter__ and __len__."""

    __slots__ = ()

    # Instances match mapping patterns in a match statement (abc consumes this).
    __abc_tpflags__ = 1 << 6

    __getitem__ = _abstract('__getitem__', KeyError)

    def get(self, key, default=None):
        """self[key] if key is there, else default."""
        return _lookup_or(self, key, default)

    def __contains__(self, key):
        return _lookup_or(self, key, _ABSENT) is not _ABSENT

    def __eq__(self, other):
        return _pairs_dict(self) == _pairs_dict(other) if isinstance(other, Mapping) else NotImplemented

    __reversed__ = None


def _pairs_dict(mapping):
    return dict(mapping.items())


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


def _plain_set(cls, it):
    return set(it)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a set."""

    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a set."""

    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, value = item
        try:
            return _same_item(self._mapping[key], value)
        except KeyError:
            return False

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield (key, source[key])


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()

    def __contains__(self, value):
        return any(_same_item(v, value) for v in self)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


def _view_maker(name, view):
    def make(self):
        return view(self)
    make.__name__, make.__doc__ = name, f'A {view.__name__} of the mapping.'
    return make


for _name, _view in (('keys', KeysView), ('items', ItemsView), ('values', ValuesView)):
    setattr(Mapping, _name, _view_maker(_name, _view))


class MutableMapping(Mapping):
    """Mappings that change: pop, popitem, clear, update and setdefault built on
    __setitem__ and __delitem__."""

    __slots__ = ()

    __setitem__ = _abstract('__setitem__', KeyError)
    __delitem__ = _abstract('__delitem__', KeyError)

    def pop(self, key, default=_ABSENT):
        """Take key out and return its value; default if it is not there (else KeyError)."""
        value = self[key] if default is _ABSENT else _lookup_or(self, key, _ABSENT)
        if value is _ABSENT:
            return default
        del self[key]
        return value

    def popitem(self):
        """Take out and return some (key, value) pair; KeyError if empty."""
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def update(self, other=(), /, **kwds):
        """Set keys from a mapping (or anything with keys()) or from (key, value) pairs,
        then from the keyword arguments."""
        for source in ((other, kwds) if kwds else (other,)):
            if isinstance(source, Mapping):
                keys = source
            elif hasattr(source, 'keys'):
                keys = source.keys()
            else:
                for key, value in source:
                    self[key] = value
                continue
            for key in keys:
                self[key] = source[key]

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if key is not there."""
        found = _lookup_or(self, key, _ABSENT)
        if found is _ABSENT:
            self[key] = found = default
        return found


MutableMapping.clear = _drain(lambda m: m.popitem(), KeyError)


# ---- sequences ----------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequences: iteration, in, reversed, index and count built on
    __getitem__ (with int indices from 0, IndexError past the end) and __len__."""

    __slots__ = ()

    # Instances match sequence patterns in a match statement (abc consumes this).
    __abc_tpflags__ = 1 << 5

    __getitem__ = _abstract('__getitem__', IndexError)

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same_item(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first index of value in self[start:stop]; ValueError if it is not there."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        for position, item in _items_from(self, start, stop):
            if _same_item(item, value):
                return position
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(_same_item(item, value) for item in self)


def _items_from(seq, position, stop):
    """(index, item) pairs of seq from position until stop (None: until IndexError)."""
    while stop is None or position < stop:
        try:
            item = seq[position]
        except IndexError:
            return
        yield position, item
        position += 1


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


class MutableSequence(Sequence):
    """Sequences that change: append, extend, pop, remove, clear, reverse and += built on
    __setitem__, __delitem__ and insert."""

    __slots__ = ()

    __setitem__ = _abstract('__setitem__', IndexError)
    __delitem__ = _abstract('__delitem__', IndexError)
    insert = _abstract('insert', IndexError, 'Put value before position index.')

    def append(self, value):
        """Put value at the end."""
        self.insert(len(self), value)

    def reverse(self):
        """Reverse the items in place."""
        size = len(self)
        for low, high in zip(range(size // 2), range(size - 1, -1, -1)):
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        """Append each item of values."""
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        """Take out and return the item at index (the last by default)."""
        taken = self[index]
        del self[index]
        return taken

    def remove(self, value):
        """Take out the first item equal to value; ValueError if there is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.clear = _drain(lambda s: s.pop(), IndexError)


# ---- the interpreter's own types ----------------------------------------------------------------

for _abc, _types in ((Set, (frozenset,)), (MutableSet, (set,)), (Mapping, (type(type.__dict__),)),
                     (KeysView, (type({}.keys()),)), (ItemsView, (type({}.items()),)),
                     (ValuesView, (type({}.values()),)), (MutableMapping, (dict,)),
                     (Sequence, (tuple, str, range, memoryview)), (ByteString, (bytes, bytearray)),
                     (MutableSequence, (list, bytearray))):
    for _t in _types:
        _abc.register(_t)
del _abc, _types, _t


def _iterator_kinds():
    """The generator, coroutine and async generator types, and the iterator types."""
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    kinds = (type(gen()), type(c), type(agen()))
    c.close()
    iterators = [iter(b''), iter(bytearray()), iter({}), iter({}.keys()), iter({}.values()),
                 iter({}.items()), reversed({}), reversed({}.keys()), reversed({}.values()),
                 reversed({}.items()), iter([]), reversed([]), iter(range(0)),
                 iter(range(1 << 64)), iter(set()), iter(''), iter(()), zip(), map(len, ()),
                 filter(None, ()), enumerate(()), reversed(()), iter(memoryview(b''))]
    return kinds, [type(i) for i in iterators]


_kinds, _iterator_types = _iterator_kinds()
Generator.register(_kinds[0])
Coroutine.register(_kinds[1])
AsyncGenerator.register(_kinds[2])
for _t in _iterator_types:
    Iterator.register(_t)
del _kinds, _iterator_types, _t, _iterator_kinds
