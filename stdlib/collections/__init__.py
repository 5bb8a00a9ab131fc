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


# ---- shared kernels ------------------------------------------------------------------------------
# Several classes below have methods that differ only in how a new instance is seeded; those
# are made once here and installed by the helpers, instead of being written out per class.

def _install_merges(cls, accepted, seeded):
    """Give cls the | operators: seeded(self, first) builds a new instance holding first,
    which is then updated from the other side."""
    def merge_right(self, other):
        if isinstance(other, accepted):
            joined = seeded(self, self)
            joined.update(other)
            return joined
        return NotImplemented

    def merge_left(self, other):
        if isinstance(other, accepted):
            joined = seeded(self, other)
            joined.update(self)
            return joined
        return NotImplemented

    merge_right.__name__, merge_left.__name__ = '__or__', '__ror__'
    cls.__or__, cls.__ror__ = merge_right, merge_left


def _update_in_place(self, other):
    self.update(other)
    return self


def _fromkeys_by_setitem(cls, iterable, value=None):
    """A new instance with every key of iterable set to value, one __setitem__ each."""
    made = cls()
    for key in iterable:
        made[key] = value
    return made


def _same_class_copy(self):
    """A shallow copy made by calling the class on self."""
    return type(self)(self)


def _get_via_contains(self, key, default=None):
    """self[key] when key is in self, else default."""
    if key not in self:
        return default
    return self[key]


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

    __class_getitem__ = classmethod(_GenericAlias)


_install_merges(defaultdict, dict, lambda self, first: type(self)(self.default_factory, first))


# ---- OrderedDict --------------------------------------------------------------------------------
# A dict subclass: dict keeps insertion order already, so the only state of our own is a change
# counter (for "mutated during iteration"); reordering rebuilds the dict's entries.

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


def _walk_keys(od, keys):
    """Yield keys (a snapshot of od's order), failing once od's order has changed."""
    start = od._changes
    for key in keys:
        if od._changes != start:
            raise RuntimeError('OrderedDict mutated during iteration')
        yield key


class OrderedDict(dict):
    """A dict that also lets its order be changed (move_to_end, popitem(last=False)),
    and whose == with another OrderedDict compares the order too."""

    __slots__ = ('_changes', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        made = dict.__new__(cls)
        made._changes = 0
        return made

    def __init__(self, source=(), /, **pairs):
        _fill_mapping(self, source, **pairs)

    def __setitem__(self, key, value):
        if key not in self:
            self._changes += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._changes += 1

    # A change is noticed when the next key is due: one made after the last key was given
    # ends the loop quietly, as CPython's iterator (which holds the next key) does.
    def __iter__(self):
        return _walk_keys(self, list(dict.__iter__(self)))

    def __reversed__(self):
        keys = list(dict.__iter__(self))
        keys.reverse()
        return _walk_keys(self, keys)

    def clear(self):
        """Take out every key."""
        dict.clear(self)
        self._changes += 1

    def update(self, source=(), /, **pairs):
        """Set keys from a mapping, from (key, value) pairs, then from the keywords."""
        _fill_mapping(self, source, **pairs)

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
        dict.update(self, rest)

    def popitem(self, last=True):
        """Take out and return the last (key, value) pair, or the first if last is false."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        self._changes += 1
        if last:
            return dict.popitem(self)
        first = next(dict.__iter__(self))
        return first, dict.pop(self, first)

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
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def __eq__(self, other):
        verdict = dict.__eq__(self, other)
        if verdict is not True or not isinstance(other, OrderedDict):
            return verdict
        for mine, theirs in zip(dict.__iter__(self), dict.__iter__(other)):
            if not mine == theirs:
                return False
        return True

    def __ne__(self, other):
        verdict = self.__eq__(other)
        return verdict if verdict is NotImplemented else not verdict

    __hash__ = None

    @_repr_guard
    def __repr__(self):
        pairs = [f'{k!r}: {v!r}' for k, v in dict.items(self)]
        inner = '{' + ', '.join(pairs) + '}' if pairs else ''
        return type(self).__name__ + '(' + inner + ')'

    def __reduce__(self):
        extra = vars(self)
        return type(self), (), dict(extra) if extra else None, None, iter(dict.items(self))


_fill_mapping = _collections_abc.MutableMapping.update
def _odict_view_method(name, view, doc):
    def make_view(self):
        return view(self)
    make_view.__name__, make_view.__doc__ = name, doc
    return make_view


for _name, _view, _doc in (('keys', odict_keys, 'A set-like view of the keys, in order.'),
                           ('values', odict_values, 'A view of the values, in order.'),
                           ('items', odict_items, 'A set-like view of the (key, value) pairs, in order.')):
    setattr(OrderedDict, _name, _odict_view_method(_name, _view, _doc))
OrderedDict.copy = _same_class_copy
OrderedDict.fromkeys = classmethod(_fromkeys_by_setitem)
OrderedDict.__ior__ = _update_in_place
_install_merges(OrderedDict, dict, lambda self, first: type(self)(first))


# ---- Counter ------------------------------------------------------------------------------------
# A dict subclass whose missing keys count zero. Adding and taking away counts share one kernel
# (_tally); the comparisons and the in-place operators are made from tables below the class.

from itertools import repeat as _repeat


def _tally(counter, source, adding):
    """Add (or take away) counts: a mapping gives (element, count) pairs, any other
    iterable one per element."""
    if source is None:
        return
    if not isinstance(source, _collections_abc.Mapping):
        current = counter.get
        step = 1 if adding else -1
        for elem in source:
            counter[elem] = current(elem, 0) + step
    elif adding and not counter:
        dict.update(counter, source)
    else:
        current = counter.get
        for elem, count in source.items():
            counter[elem] = count + current(elem, 0) if adding else current(elem, 0) - count


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
        if n is not None:
            del ranked[max(n, 0):]
        return ranked

    def elements(self):
        """An iterator over the elements, each repeated as often as its count (counts
        below one give nothing)."""
        for elem, count in self.items():
            yield from _repeat(elem, count)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an iterable, then
        from the keywords."""
        _tally(self, iterable, True)
        if kwds:
            _tally(self, kwds, True)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (they may go to zero or below): from a mapping of counts, or one
        per element of an iterable, then from the keywords."""
        _tally(self, iterable, False)
        if kwds:
            _tally(self, kwds, False)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%s)' % (type(self).__name__, repr(shown) if shown else '')

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


def _second(pair):
    return pair[1]


def _every_pair(a, b, test):
    """test(a[e], b[e]) for every element e of either Counter (a missing one counts 0)."""
    for side in (a, b):
        for elem in side:
            if not test(a[elem], b[elem]):
                return False
    return True


def _counter_relation(name, holds):
    def relation(self, other):
        if isinstance(other, Counter):
            return holds(self, other)
        return NotImplemented
    relation.__name__ = name
    return relation


for _name, _holds in (
        ('__eq__', lambda a, b: _every_pair(a, b, lambda x, y: x == y)),
        ('__le__', lambda a, b: _every_pair(a, b, lambda x, y: x <= y)),
        ('__ge__', lambda a, b: _every_pair(a, b, lambda x, y: x >= y)),
        ('__ne__', lambda a, b: not a == b),
        ('__lt__', lambda a, b: a <= b and a != b),
        ('__gt__', lambda a, b: a >= b and a != b)):
    setattr(Counter, _name, _counter_relation(_name, _holds))


def _counter_inplace(name, step, over_own_keys):
    """An in-place multiset operator: each element's count becomes step(mine, theirs) (for
    the elements of other, or of self when over_own_keys), then counts <= 0 are dropped."""
    def operate(self, other):
        keys = list(self) if over_own_keys else other.keys()
        for elem in keys:
            mine = self[elem]
            wanted = step(mine, other[elem])
            if wanted is not mine:
                self[elem] = wanted
        for elem in [e for e, n in self.items() if not n > 0]:
            del self[elem]
        return self
    operate.__name__ = name
    return operate


for _name, _step, _own in (('__iadd__', lambda m, t: m + t, False),
                           ('__isub__', lambda m, t: m - t, False),
                           ('__ior__', lambda m, t: t if t > m else m, False),
                           ('__iand__', lambda m, t: t if t < m else m, True)):
    setattr(Counter, _name, _counter_inplace(_name, _step, _own))
Counter.copy = _same_class_copy


# ---- namedtuple ---------------------------------------------------------------------------------
# The class is built with type(): field access through _tuplegetter descriptors (native), the
# methods made per class by _tuple_members, __new__ compiled from source so that its signature
# names the fields.

try:
    from _collections import _tuplegetter
except ImportError:
    def _tuplegetter(index, doc):
        return property(lambda self: self[index], doc=doc)

_keywords = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
                       'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
                       'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
                       'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _field_list(typename, field_names, rename):
    """The checked field names (renamed to _i where rename allows); ValueError/TypeError
    for a bad type or field name."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    taken = set()
    for i, name in enumerate(fields):
        bad = not name.isidentifier() or name in _keywords or name.startswith('_') or name in taken
        if rename and bad:
            name = fields[i] = f'_{i}'
        taken.add(name)
    for name in [typename, *fields]:
        problem = None
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            problem = 'must be valid identifiers'
        elif name in _keywords:
            problem = 'cannot be a keyword'
        if problem:
            raise ValueError(f'Type names and field names {problem}: {name!r}')
    taken = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)
    return tuple(_sys.intern(name) for name in fields)


def _tuple_members(typename, fields):
    """The methods of a namedtuple class (closures over its field names)."""
    width = len(fields)
    build = tuple.__new__

    def _make(cls, iterable):
        made = build(cls, iterable)
        if len(made) == width:
            return made
        raise TypeError(f'Expected {width} arguments, got {len(made)}')

    def _replace(self, /, **kwds):
        updated = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if not kwds:
            return self._make(updated)
        raise ValueError(f'Got unexpected field names: {list(kwds)!r}')

    def __repr__(self):
        parts = map('{}={!r}'.format, fields, self)
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        return {name: value for name, value in zip(self._fields, self)}

    def __getnewargs__(self):
        return (*self,)

    docs = {'_make': f'Make a new {typename} object from a sequence or iterable',
            '_replace': 'Return a new namedtuple object replacing specified fields with new values',
            '_asdict': 'Return a new dict which maps field names to their values.',
            '__getnewargs__': 'Return self as a plain tuple.  Used by copy and pickle.',
            '__repr__': None}
    members = {}
    for fn in (_make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = f'{typename}.{fn.__name__}'
        fn.__doc__ = docs[fn.__name__]
        members[fn.__name__] = fn
    members['_make'] = classmethod(_make)
    return members


def _tuple_constructor(typename, fields, defaults):
    """__new__ for the class, with the fields as its parameters."""
    params = ', '.join(fields)
    packed = params + ',' if len(fields) == 1 else params
    scope = {'_new_tuple': tuple.__new__, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {params}):\n    return _new_tuple(_cls, ({packed}))\n', scope)
    new = scope['__new__']
    new.__qualname__ = f'{typename}.__new__'
    new.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        new.__defaults__ = defaults
    return new


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple called typename whose items are also attributes named
    field_names (a sequence of names, or one string of names separated by spaces or commas)."""
    typename = _sys.intern(str(typename))
    fields = _field_list(typename, field_names, rename)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
    namespace = _tuple_members(typename, fields)
    namespace.update({
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': dict(zip(fields[len(fields) - len(defaults):], defaults)) if defaults else {},
        '__new__': _tuple_constructor(typename, fields, defaults),
        '__match_args__': fields,
    })
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))
    made = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        made.__module__ = module
    return made


# ---- ChainMap -----------------------------------------------------------------------------------
# Reads walk self.maps front to back; every write goes to maps[0] through _front_op, which turns
# the first mapping's KeyError into ChainMap's own message.

def _chain_lookup(chain, key):
    for layer in chain.maps:
        try:
            return layer[key]
        except KeyError:
            continue
    return chain.__missing__(key)


def _chain_keys(chain):
    """A dict of every key, in the order of their first appearance from the last map up."""
    seen = {}
    for layer in chain.maps[::-1]:
        seen.update(dict.fromkeys(layer))
    return seen


def _front_op(action, keyed=True):
    """A method applying action to maps[0]; KeyError from it names the key (keyed) or
    says the first mapping is empty."""
    def method(self, *args):
        front = self.maps[0]
        try:
            return action(front, *args)
        except KeyError:
            if keyed:
                raise KeyError(f'Key not found in the first mapping: {args[0]!r}')
            raise KeyError('No keys found in the first mapping.')
    return method


class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order, and writes, updates
    and deletions go to the first (maps[0])."""

    def __init__(self, *maps):
        self.maps = [*maps] if maps else [{}]

    def _spawn(self, *maps):
        return type(self)(*maps)

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        return _chain_lookup(self, key)

    def __len__(self):
        return len(_chain_keys(self))

    def __iter__(self):
        return iter(_chain_keys(self))

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    @_repr_guard
    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join([repr(m) for m in self.maps]) + ')'

    @classmethod
    def fromkeys(cls, iterable, *value):
        """A ChainMap over one new dict with keys from iterable."""
        return cls(dict.fromkeys(iterable, *value))

    def copy(self):
        """A new ChainMap whose first mapping is a copy; the others are shared."""
        first, *rest = self.maps
        return self._spawn(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default, updated from kwargs) before these maps."""
        if m is not None:
            if kwargs:
                m.update(kwargs)
            return self._spawn(m, *self.maps)
        return self._spawn(kwargs, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the maps but the first."""
        return self._spawn(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    __delitem__ = _front_op(lambda front, key: front.__delitem__(key))
    pop = _front_op(lambda front, key, *default: front.pop(key, *default))
    popitem = _front_op(lambda front: front.popitem(), keyed=False)

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            joined = self.copy()
            joined.maps[0].update(other)
            return joined
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            flat = dict(other)
            for layer in reversed(self.maps):
                flat.update(layer)
            return self._spawn(flat)
        return NotImplemented


ChainMap.get = _get_via_contains
ChainMap.pop.__name__, ChainMap.pop.__doc__ = 'pop', 'Take key out of maps[0] and return its value (or the default).'
ChainMap.popitem.__name__, ChainMap.popitem.__doc__ = 'popitem', 'Take out and return a pair of maps[0]; KeyError if it is empty.'
ChainMap.__delitem__.__name__ = '__delitem__'


# ---- UserDict, UserList, UserString --------------------------------------------------------------
# The data lives in self.data; most methods pass straight through to it and are made by the
# helpers here from tables rather than written one by one.

def _unwrap(value, kind):
    """The plain object inside a UserDict, UserList or UserString; anything else unchanged."""
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


def _on_data(name, fn, rewrap=False):
    """A method computing fn(self.data, *args), as an instance of self's class if rewrap."""
    if rewrap:
        def method(self, *args):
            return self.__class__(fn(self.data, *args))
    else:
        def method(self, *args):
            return fn(self.data, *args)
    method.__name__ = name
    return method


def _compare_data(op):
    def compare(self, other):
        return op(self.data, _unwrap(other, type(self)._wrapper_kind))
    return compare


def _shallow_copy(obj):
    """copy.copy for the User* classes, without importing copy."""
    made = obj.__class__.__new__(obj.__class__)
    made.__dict__.update(obj.__dict__)
    return made


class UserDict(_collections_abc.MutableMapping):
    """A mapping class to derive from: the items live in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        fallback = getattr(type(self), '__missing__', None)
        if fallback is None:
            raise KeyError(key)
        return fallback(self, key)

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        made = _shallow_copy(self)
        made.__dict__['data'] = dict(self.__dict__['data'])
        return made

    def copy(self):
        """A copy of the same class (its data copied too)."""
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        # a copy of self as it would be with no data (through __copy__), then refilled
        held, self.data = self.data, {}
        try:
            twin = type(self).__copy__(self)
        finally:
            self.data = held
        twin.update(self)
        return twin


def _userdict_merge(name, reflected):
    def merge(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        pair = (_unwrap(other, UserDict), self.data) if reflected else (self.data, _unwrap(other, UserDict))
        return self.__class__(pair[0] | pair[1])
    merge.__name__ = name
    return merge


UserDict.__or__ = _userdict_merge('__or__', False)
UserDict.__ror__ = _userdict_merge('__ror__', True)
UserDict.get = _get_via_contains
UserDict.fromkeys = classmethod(_fromkeys_by_setitem)
for _name in ('__len__', '__setitem__', '__delitem__', '__iter__', '__contains__', '__repr__'):
    setattr(UserDict, _name, _delegate(_name, wrap=False))
_update_abstracts(UserDict)


_ORDERINGS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b), ('__eq__', lambda a, b: a == b),
              ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


class UserList(_collections_abc.MutableSequence):
    """A list class to derive from: the items live in the list self.data."""

    def __init__(self, initlist=None):
        # Always a list of its own: a list or UserList given is copied.
        self.data = [] if initlist is None else list(_unwrap(initlist, UserList))

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

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

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        made = _shallow_copy(self)
        made.__dict__['data'] = list(made.__dict__['data'])
        return made

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


def _set_item(seq, i, item):
    seq[i] = item


def _del_item(seq, i):
    del seq[i]


UserList._wrapper_kind = UserList
UserList.copy = _same_class_copy
for _name, _fn, _rewrap in (('__repr__', repr, False), ('__len__', len, False),
                            ('__contains__', lambda seq, item: item in seq, False),
                            ('__setitem__', _set_item, False), ('__delitem__', _del_item, False),
                            ('__mul__', lambda seq, n: seq * n, True), ('__rmul__', lambda seq, n: seq * n, True)):
    setattr(UserList, _name, _on_data(_name, _fn, _rewrap))
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

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __add__(self, other):
        tail = other.data if isinstance(other, UserString) else other if isinstance(other, str) else str(other)
        return self.__class__(self.data + tail)

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding or 'utf-8', errors or 'strict')

    maketrans = str.maketrans


UserString._wrapper_kind = UserString
for _name, _fn, _rewrap in (('__str__', str, False), ('__repr__', repr, False), ('__int__', int, False),
                            ('__float__', float, False), ('__complex__', complex, False),
                            ('__hash__', hash, False), ('__len__', len, False),
                            ('__getnewargs__', lambda text: (text[:],), False),
                            ('__getitem__', lambda text, index: text[index], True),
                            ('__mul__', lambda text, n: text * n, True), ('__rmul__', lambda text, n: text * n, True),
                            ('__mod__', lambda text, args: text % args, True)):
    setattr(UserString, _name, _on_data(_name, _fn, _rewrap))
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
del _name, _names, _wrap, _coerce, _op_fn, _fn, _rewrap, _view, _doc, _holds, _step, _own
