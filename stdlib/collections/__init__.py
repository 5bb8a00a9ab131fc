"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap,
UserDict, UserList and UserString.

gilvm's stdlib: written for gilvm, not copied from CPython. deque is a built-in type
(src/lib/collections-deque.ts, through _collections); the rest is written here in Python over
dict, tuple and the ABCs of collections.abc.
"""

import sys as _sys
import _collections_abc
from abc import update_abstractmethods as _update_abstracts
from _collections import deque

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_GenericAlias = type(list[int])

_collections_abc.MutableSequence.register(deque)


def _repr_guard(method):
    """Wrap a __repr__ so that an object met again while its own repr is being made
    shows as '...' instead of recursing without end."""
    busy = set()

    def guarded(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return method(self)
        finally:
            busy.discard(key)

    guarded.__name__ = method.__name__
    guarded.__qualname__ = method.__qualname__
    guarded.__doc__ = method.__doc__
    guarded.__wrapped__ = method
    return guarded


# ---- defaultdict --------------------------------------------------------------------------------

class defaultdict(dict):
    """A dict that makes a missing key's value by calling default_factory (with no
    arguments) and stores it; with default_factory None a missing key is a KeyError."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged

    __class_getitem__ = classmethod(_GenericAlias)


# ---- OrderedDict --------------------------------------------------------------------------------

class _OrderedView:
    """What an OrderedDict's keys(), values() and items() have beyond collections.abc's
    views: reversed() and the odict_* repr."""

    __slots__ = ()

    def __reversed__(self):
        for key in OrderedDict.__reversed__(self._mapping):
            yield self._item(key)

    def __iter__(self):
        for key in OrderedDict.__iter__(self._mapping):
            yield self._item(key)

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_keys(_OrderedView, _collections_abc.KeysView):
    __slots__ = ()
    __module__ = 'builtins'

    def _item(self, key):
        return key


class odict_values(_OrderedView, _collections_abc.ValuesView):
    __slots__ = ()
    __module__ = 'builtins'

    def _item(self, key):
        return dict.__getitem__(self._mapping, key)


class odict_items(_OrderedView, _collections_abc.ItemsView):
    __slots__ = ()
    __module__ = 'builtins'

    def _item(self, key):
        return (key, dict.__getitem__(self._mapping, key))


class OrderedDict(dict):
    """A dict that also lets its order be changed (move_to_end, popitem(last=False)),
    and whose == with another OrderedDict compares the order too."""

    # _changes counts the changes of the key order (a new key, a deletion, a move), which
    # iteration checks: "OrderedDict mutated during iteration".
    __slots__ = ('_changes', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        self._changes = 0
        return self

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def __setitem__(self, key, value):
        if key not in self:
            self._changes += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._changes += 1

    def __iter__(self):
        # A change is noticed when the next key is due: one made after the last key was
        # given ends the loop quietly, as CPython's iterator (which holds the next key) does.
        start = self._changes
        for key in list(dict.__iter__(self)):
            if self._changes != start:
                raise RuntimeError('OrderedDict mutated during iteration')
            yield key

    def clear(self):
        """Take out every key."""
        dict.clear(self)
        self._changes += 1

    def update(self, other=(), /, **kwds):
        """Set keys from a mapping, from (key, value) pairs, then from the keywords."""
        _collections_abc.MutableMapping.update(self, other, **kwds)

    def move_to_end(self, key, last=True):
        """Move key to the end (to the start when last is false); KeyError if absent."""
        value = dict.pop(self, key)
        self._changes += 1
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Take out and return the last (key, value) pair, or the first if last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        self._changes += 1
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    _absent = object()

    def pop(self, key, default=_absent):
        """Take key out and return its value; default if absent (else KeyError)."""
        if key in self:
            self._changes += 1
            return dict.pop(self, key)
        if default is self._absent:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if key is absent."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def __reversed__(self):
        start = self._changes
        for key in reversed(list(dict.__iter__(self))):
            if self._changes != start:
                raise RuntimeError('OrderedDict mutated during iteration')
            yield key

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return all(a == b for a, b in zip(dict.__iter__(self), dict.__iter__(other)))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    @_repr_guard
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        body = ', '.join(f'{k!r}: {v!r}' for k, v in dict.items(self))
        return f'{name}({{{body}}})'

    def __reduce__(self):
        state = self.__dict__.copy() if self.__dict__ else None
        return type(self), (), state, None, iter(dict.items(self))

    def copy(self):
        """A shallow copy of the same class."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with keys from iterable, each mapped to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# ---- Counter ------------------------------------------------------------------------------------

class Counter(dict):
    """A dict that counts hashable things: a missing key counts 0; most_common, elements,
    update/subtract by counts, and multiset arithmetic (+ - | &) and comparisons."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest count first (ties in first-seen order); the n
        most common only, if n is given."""
        ranked = sorted(self.items(), key=_second, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """An iterator over the elements, each repeated as often as its count (counts
        below one give nothing)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an iterable, then
        from the keywords."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (they may go to zero or below): from a mapping of counts, or one
        per element of an iterable, then from the keywords."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy of the same class."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{name}({shown!r})'

    # -- comparisons as multisets (missing elements count zero) --

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._pairs_hold(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._pairs_hold(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._pairs_hold(other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def _pairs_hold(self, other, test):
        for side in (self, other):
            for elem in side:
                if not test(self[elem], other[elem]):
                    return False
        return True

    # -- multiset arithmetic: results keep positive counts only --

    def _combine(self, other, rule, others_too=True):
        """A new Counter: rule(count here, count there) for the elements of self, then (if
        others_too) for those only in other, keeping the results above zero."""
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        candidates = list(self)
        if others_too:
            candidates += [e for e in other if e not in self]
        for elem in candidates:
            n = rule(self[elem], other[elem])
            if n > 0:
                out[elem] = n
        return out

    def __add__(self, other):
        return self._combine(other, lambda mine, theirs: mine + theirs)

    def __sub__(self, other):
        return self._combine(other, lambda mine, theirs: mine - theirs)

    def __or__(self, other):
        return self._combine(other, lambda mine, theirs: theirs if mine < theirs else mine)

    def __and__(self, other):
        return self._combine(other, lambda mine, theirs: mine if mine < theirs else theirs, False)

    def __pos__(self):
        return self._combine(Counter(), lambda mine, _: mine, False)

    def __neg__(self):
        return self._combine(Counter(), lambda mine, _: 0 - mine, False)

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._keep_positive()


def _second(pair):
    return pair[1]


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


# ---- namedtuple ---------------------------------------------------------------------------------

try:
    from _collections import _tuplegetter
except ImportError:
    def _tuplegetter(index, doc):
        def get(self):
            return self[index]
        return property(get, doc=doc)

_keywords = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
                       'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
                       'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
                       'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple called typename whose items are also attributes named
    field_names (a sequence of names, or one string of names separated by spaces or commas)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for i, name in enumerate(fields):
            if (not name.isidentifier() or name in _keywords or name.startswith('_')
                    or name in seen):
                fields[i] = f'_{i}'
            seen.add(fields[i])

    for name in [typename] + fields:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _keywords:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    fields = tuple(_sys.intern(f) for f in fields)
    count = len(fields)
    params = ', '.join(fields)
    if count == 1:
        params_tuple = params + ','
    else:
        params_tuple = params

    # __new__ is made from source so that its signature names the fields (as in
    # "P.__new__() missing 1 required positional argument: 'y'").
    scope = {'_make_tuple': tuple.__new__, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {params}):\n    return _make_tuple(_cls, ({params_tuple}))\n', scope)
    new = scope['__new__']
    new.__name__ = '__new__'
    new.__qualname__ = f'{typename}.__new__'
    new.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        new.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        values = []
        for name, current in zip(fields, self):
            values.append(kwds.pop(name, current))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    _replace.__doc__ = 'Return a new namedtuple object replacing specified fields with new values'

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({shown})'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({params})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for method in (__repr__, _asdict, __getnewargs__, _replace):
        method.__qualname__ = f'{typename}.{method.__name__}'
    _make.__func__.__qualname__ = f'{typename}._make'
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))

    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        result.__module__ = module
    return result


# ---- ChainMap -----------------------------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order, and writes, updates
    and deletions go to the first (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        order = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                order[key] = None
        return iter(order)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_repr_guard
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict with keys from iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap whose first mapping is a copy; the others are shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default, updated from kwargs) before these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    # Changes go to the first mapping only.

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def _from_front(self, action, key, *args):
        try:
            return action(self.maps[0], key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def __delitem__(self, key):
        self._from_front(lambda front, k: front.__delitem__(k), key)

    def pop(self, key, *args):
        """Take key out of maps[0] and return its value (or the default)."""
        return self._from_front(lambda front, k, *rest: front.pop(k, *rest), key, *args)

    def popitem(self):
        """Take out and return a pair of maps[0]; KeyError if it is empty."""
        front = self.maps[0]
        if not front:
            raise KeyError('No keys found in the first mapping.')
        return front.popitem()

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)


# ---- UserDict, UserList, UserString --------------------------------------------------------------

def _unwrap(value, kind):
    """The plain list or str inside a UserList or UserString; anything else unchanged."""
    return value.data if isinstance(value, kind) else value


def _delegate(name, wrap, coerce=False, kind=None):
    """A method that calls the same-named method of self.data; wrap: its result becomes an
    instance of self's class; coerce: UserString/UserList arguments are unwrapped first."""
    def method(self, *args, **kwargs):
        if coerce:
            args = [_unwrap(a, kind) for a in args]
        result = getattr(self.data, name)(*args, **kwargs)
        return self.__class__(result) if wrap else result
    method.__name__ = name
    return method


def _compare_data(op):
    def compare(self, other):
        return op(self.data, _unwrap(other, type(self)._wrapper_kind))
    return compare


class UserDict(_collections_abc.MutableMapping):
    """A mapping class to derive from: the items live in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        self.update(() if dict is None else dict, **kwargs)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        fallback = getattr(type(self), '__missing__', None)
        if fallback is None:
            raise KeyError(key)
        return fallback(self, key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _merged(self, first, second):
        merged = self.__class__(_unwrap(first, UserDict) | _unwrap(second, UserDict))
        return merged

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return self._merged(self.data, other)

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return self._merged(other, self.data)

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        made = _shallow_copy(self)
        made.__dict__['data'] = dict(self.__dict__['data'])
        return made

    def copy(self):
        """A copy of the same class (its data copied too)."""
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        saved = self.data
        try:
            self.data = {}
            made = _shallow_copy(self)
        finally:
            self.data = saved
        made.update(self)
        return made

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


for _name in ('__len__', '__setitem__', '__delitem__', '__iter__', '__contains__', '__repr__'):
    setattr(UserDict, _name, _delegate(_name, wrap=False))
_update_abstracts(UserDict)


def _shallow_copy(obj):
    """copy.copy for the User* classes, without importing copy."""
    made = obj.__class__.__new__(obj.__class__)
    made.__dict__.update(obj.__dict__)
    return made


_ORDERINGS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b), ('__eq__', lambda a, b: a == b),
              ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


class UserList(_collections_abc.MutableSequence):
    """A list class to derive from: the items live in the list self.data."""

    def __init__(self, initlist=None):
        # Always a list of its own: a list or UserList given is copied.
        self.data = [] if initlist is None else list(_unwrap(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, type(self.data)) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        made = _shallow_copy(self)
        made.__dict__['data'] = list(made.__dict__['data'])
        return made

    def copy(self):
        return self.__class__(self)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


UserList._wrapper_kind = UserList
for _name, _op_fn in _ORDERINGS:
    setattr(UserList, _name, _compare_data(_op_fn))
for _name in ('append', 'insert', 'pop', 'remove', 'clear', 'count', 'index', 'reverse', 'sort'):
    setattr(UserList, _name, _delegate(_name, wrap=False))
UserList.__hash__ = None
_update_abstracts(UserList)


class UserString(_collections_abc.Sequence):
    """A str class to derive from: the text lives in the str self.data, and the str
    methods that give text give an instance of the same class."""

    def __init__(self, seq):
        text = _unwrap(seq, UserString)
        self.data = text if isinstance(text, str) else str(text)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        tail = other.data if isinstance(other, UserString) else other if isinstance(other, str) else str(other)
        return self.__class__(self.data + tail)

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding or 'utf-8', errors or 'strict')

    maketrans = str.maketrans


UserString._wrapper_kind = UserString
for _name, _op_fn in _ORDERINGS:
    setattr(UserString, _name, _compare_data(_op_fn))
# str methods whose result is text come back as the same class; the searches and replace
# accept UserString arguments.
for _names, _wrap, _coerce in (
        (('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip', 'rjust',
          'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'), True, False),
        (('removeprefix', 'removesuffix', 'replace'), True, True),
        (('count', 'find', 'index', 'rfind', 'rindex'), False, True),
        (('endswith', 'startswith', 'format', 'format_map', 'join', 'partition', 'rpartition',
          'split', 'rsplit', 'splitlines', 'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit',
          'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'),
         False, False)):
    for _name in _names:
        setattr(UserString, _name, _delegate(_name, _wrap, _coerce, UserString))
_update_abstracts(UserString)
del _name, _names, _wrap, _coerce, _op_fn
