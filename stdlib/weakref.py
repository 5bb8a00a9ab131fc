"""Weak references and the containers built on them (gilvm's own implementation).

Objects die at the next collection, not when their last reference goes: a program that
needs the death to have happened calls gc.collect(). Callbacks run after the collection,
so the containers below never see an entry vanish in the middle of one of their own
operations; they iterate over snapshots so that a callback between two steps of an
iteration cannot disturb it either.
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs,
                      ReferenceType, ProxyType, CallableProxyType)
import _collections_abc as _abcs
import sys as _sys
from _gilvm_weakref import weakrefable as _weakrefable

_MISSING = object()

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and its function are."""
    __slots__ = ('_wm_func', '_wm_kind', '_wm_self', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            target, fn = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None
        holder = []

        def on_death(_w):
            me = holder[0]()
            if me is not None and me._wm_alive_flag():
                me._wm_self = None
                if callback is not None:
                    callback(me)
        self = ref.__new__(cls, target, on_death)
        self._wm_func = ref(fn, on_death)
        self._wm_kind = type(meth)
        self._wm_self = True
        holder.append(ref(self))
        return self

    def _wm_alive_flag(self):
        return self._wm_self is True

    def __call__(self):
        bound_to, body = ref.__call__(self), self._wm_func()
        alive = bound_to is not None and body is not None
        return self._wm_kind(body, bound_to) if alive else None

    def _same(self, other):
        both_alive = self._wm_alive_flag() and other._wm_alive_flag()
        if not both_alive:
            return self is other
        return ref.__eq__(self, other) and self._wm_func == other._wm_func

    def __eq__(self, other):
        return self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    def __ne__(self, other):
        return not self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the dictionary key it was stored under."""
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        made = super().__new__(cls, ob, callback)
        made.key = key
        return made

    def __init__(self, ob, callback, key):
        pass


def _pop_live(store, weak_keys):
    """Take entries out of `store` until one whose weak side is alive; return it unwrapped."""
    while store:
        first, second = store.popitem()
        live = (first if weak_keys else second)()
        if live is not None:
            return (live, second) if weak_keys else (first, live)
    raise KeyError('popitem(): dictionary is empty')


def _snapshot(d):
    return list(d.items())


class WeakValueDictionary(_abcs.MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        backref = ref(self)

        def drop(w):
            me = backref()
            if me is not None and me._store.get(w.key) is w:
                del me._store[w.key]
        self._drop = drop
        self._store = {}
        self.update(other, **kw)

    def _wrap(self, key, value):
        return KeyedRef(value, self._drop, key)

    def __getitem__(self, key):
        value = self._store[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._store[key] = self._wrap(key, value)

    def __delitem__(self, key):
        del self._store[key]

    def __contains__(self, key):
        w = self._store.get(key)
        return w is not None and w() is not None

    def __len__(self):
        return sum(1 for _k, w in _snapshot(self._store) if w() is not None)

    def __iter__(self):
        for k, w in _snapshot(self._store):
            if w() is not None:
                yield k

    def keys(self):
        return iter(self)

    def items(self):
        for k, w in _snapshot(self._store):
            v = w()
            if v is not None:
                yield k, v

    def values(self):
        for _k, v in self.items():
            yield v

    def itervaluerefs(self):
        """The KeyedRefs of the live entries."""
        for _k, w in _snapshot(self._store):
            if w() is not None:
                yield w

    def valuerefs(self):
        return list(self.itervaluerefs())

    def get(self, key, default=None):
        w = self._store.get(key)
        if w is None:
            return default
        v = w()
        return default if v is None else v

    def setdefault(self, key, default=None):
        v = self.get(key)
        if v is None:
            self[key] = default
            return default
        return v

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError('pop expected at most 2 arguments, got %d' % (1 + len(default)))
        w = self._store.pop(key, None)
        v = None if w is None else w()
        if v is None:
            if default:
                return default[0]
            raise KeyError(key)
        return v

    def popitem(self):
        return _pop_live(self._store, False)

    def update(self, other=None, /, **kw):
        if other is not None:
            pairs = other.items() if hasattr(other, 'items') else other
            for k, v in pairs:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self._store.clear()

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = WeakValueDictionary()
        for k, v in self.items():
            new[deepcopy(k, memo)] = v
        return new

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))



class WeakKeyDictionary(_abcs.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        backref = ref(self)

        def drop(w):
            me = backref()
            if me is not None:
                me._store.pop(w, None)
        self._drop = drop
        self._store = {}
        if dict is not None:
            self.update(dict)

    def _slot(self, key, watched=False):
        """The storage key of `key`: a weak reference (with the dropping callback if watched)."""
        return ref(key, self._drop) if watched else ref(key)

    def __getitem__(self, key):
        return self._store[self._slot(key)]

    def __setitem__(self, key, value):
        self._store[self._slot(key, True)] = value

    def __delitem__(self, key):
        del self._store[self._slot(key)]

    def __contains__(self, key):
        return _weakrefable(key) and self._slot(key) in self._store

    def __len__(self):
        return sum(1 for w, _v in _snapshot(self._store) if w() is not None)

    def __iter__(self):
        for w, _v in _snapshot(self._store):
            k = w()
            if k is not None:
                yield k

    def keys(self):
        return iter(self)

    def items(self):
        for w, v in _snapshot(self._store):
            k = w()
            if k is not None:
                yield k, v

    def values(self):
        for _k, v in self.items():
            yield v

    def keyrefs(self):
        """The weak references to the live keys."""
        return [w for w, _v in _snapshot(self._store) if w() is not None]

    def get(self, key, default=None):
        found = self._store.get(self._slot(key), _MISSING)
        return default if found is _MISSING else found

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        slot = self._slot(key)
        if default:
            return self._store.pop(slot, default[0])
        return self._store.pop(slot)

    def popitem(self):
        return _pop_live(self._store, True)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, 'items') else dict
            for k, v in pairs:
                self[k] = v
        if kw:
            self.update(kw)

    def clear(self):
        self._store.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = deepcopy(v, memo)
        return new

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))



def _give_union_operators(kind):
    """d | mapping, mapping | d and d |= mapping for the weak dictionary class `kind`."""
    def merged(parts):
        out = kind()
        for part in parts:
            out.update(part)
        return out

    def left(self, other):
        return merged((self, other)) if isinstance(other, _abcs.Mapping) else NotImplemented

    def right(self, other):
        return merged((other, self)) if isinstance(other, _abcs.Mapping) else NotImplemented

    def inplace(self, other):
        self.update(other)
        return self
    kind.__or__, kind.__ror__, kind.__ior__ = left, right, inplace


_give_union_operators(WeakValueDictionary)
_give_union_operators(WeakKeyDictionary)


class WeakSet(_abcs.MutableSet):
    """A set whose elements are held weakly: an element goes when it is collected."""

    def __init__(self, data=None):
        backref = ref(self)

        def drop(w):
            me = backref()
            if me is not None:
                me._refs.discard(w)
        self._drop = drop
        self._refs = set()
        if data is not None:
            self.update(data)

    def _live(self):
        for w in list(self._refs):
            item = w()
            if item is not None:
                yield item

    def __iter__(self):
        return self._live()

    def __len__(self):
        return sum(1 for w in list(self._refs) if w() is not None)

    def __contains__(self, item):
        try:
            return ref(item) in self._refs
        except TypeError:
            return False

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    def add(self, item):
        self._refs.add(ref(item, self._drop))

    def discard(self, item):
        self._refs.discard(ref(item))

    def remove(self, item):
        self._refs.remove(ref(item))

    def pop(self):
        while True:
            try:
                w = self._refs.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = w()
            if item is not None:
                return item

    def clear(self):
        self._refs.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if self is other:
            self.clear()
        else:
            for item in other:
                self.discard(item)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        keep = {ref(item) for item in other}
        self._refs &= keep
        return self

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def __lt__(self, other):
        return self._refs < {ref(item) for item in other}

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self._refs > {ref(item) for item in other}

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._refs == other._refs

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if self is other:
            self.clear()
            return self
        for item in list(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)
        return self

    def union(self, other):
        return type(self)(e for part in (self, other) for e in part)

    __or__ = union

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __repr__(self):
        return repr(set(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj
    is collected, when the finalizer is called, or at exit (if .atexit is true)."""

    __slots__ = ()
    # every live finalizer -> [weakref, func, args, kwargs, atexit flag, serial]
    _pending = {}
    _serial = 0
    _exit_hooked = False
    _at_shutdown = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._exit_hooked:
            import atexit
            atexit.register(cls._run_at_exit)
            cls._exit_hooked = True
        cls._serial += 1
        cls._pending[self] = [ref(obj, self), func, args, kwargs or None, True, cls._serial]

    def __call__(self, _=None):
        """Run the callback now if it has not run yet; return its result."""
        entry = finalize._pending.pop(self, None)
        if entry is not None and not finalize._at_shutdown:
            return entry[1](*entry[2], **(entry[3] or {}))

    def detach(self):
        """Unregister without calling: (obj, func, args, kwargs), or None if dead."""
        entry = finalize._pending.get(self)
        obj = entry and entry[0]()
        if obj is not None and finalize._pending.pop(self, None):
            return (obj, entry[1], entry[2], entry[3] or {})

    def peek(self):
        """(obj, func, args, kwargs) without unregistering, or None if dead."""
        entry = finalize._pending.get(self)
        obj = entry and entry[0]()
        if obj is not None:
            return (obj, entry[1], entry[2], entry[3] or {})

    @property
    def alive(self):
        """Whether the callback has yet to run."""
        return self in finalize._pending

    @property
    def atexit(self):
        """Whether the callback runs at exit while the object is still alive."""
        entry = finalize._pending.get(self)
        return bool(entry) and entry[4]

    @atexit.setter
    def atexit(self, value):
        entry = finalize._pending.get(self)
        if entry:
            entry[4] = bool(value)

    def __repr__(self):
        head = f'<{type(self).__name__} object at {id(self):#x}'
        entry = finalize._pending.get(self)
        target = entry[0]() if entry else None
        if target is None:
            return head + '; dead>'
        return head + f"; for '{type(target).__name__}' at {id(target):#x}>"

    @classmethod
    def _run_at_exit(cls):
        """At exit: the finalizers flagged atexit run, newest first."""
        try:
            due = sorted(((e[5], f) for f, e in cls._pending.items() if e[4]), reverse=True)
            for _serial, f in due:
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
        finally:
            cls._at_shutdown = True
