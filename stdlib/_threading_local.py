"""Thread-local data: a ``local`` object shows each thread its own attributes.

Design (gilvm's, not CPython's): the per-thread attribute dicts live with the
thread, not with the ``local`` object. Every Thread object gets a ``_TLStore``
(in its ``__dict__``, under ``_tl_store``) that maps a local's serial number to
``(weak reference to the local, attribute dict)``. ``threading`` drops a
thread's store when the thread ends, so its values die with it; a local that
dies while a long-lived thread still holds its dict is swept out of that
store when the store grows (no weakref callbacks: gilvm runs them late).

Attribute access does the generic lookup itself, against the calling thread's
dict: data descriptors of the class first, then the thread's dict, then other
class attributes. Nothing is swapped into the object, so no lock is taken.
A subclass's ``__init__`` runs again, with the arguments given at creation,
the first time each other thread touches the object.
"""

from itertools import count as _count_from
from _weakref import ref as _weak

__all__ = ['local']

_serial = _count_from(1).__next__
_MISSING = object()
_STORE_KEY = '_tl_store'


class _TLStore(dict):
    """One thread's dicts of every local it touched."""

    __slots__ = ('sweep_at',)

    def __init__(self):
        super().__init__()
        self.sweep_at = 32

    def sweep(self):
        for key in [key for key, (alive, _) in self.items() if alive() is None]:
            del self[key]
        self.sweep_at = max(32, 2 * len(self))


def _class_attr(kind, name):
    for klass in kind.__mro__:
        space = klass.__dict__
        if name in space:
            return space[name]
    return _MISSING


def _defines_init(kind):
    init = _class_attr(kind, '__init__')
    return init is not _MISSING and init is not object.__dict__['__init__']


def _store_here():
    owner = current_thread().__dict__
    store = owner.get(_STORE_KEY)
    if store is None:
        store = owner[_STORE_KEY] = _TLStore()
    return store


def _register(obj, store):
    if len(store) >= store.sweep_at:
        store.sweep()
    attrs = {}
    store[_serial_of(obj)] = (_weak(obj), attrs)
    return attrs


def _attrs_of(obj):
    """The calling thread's attribute dict for `obj`, made on first use."""
    store = _store_here()
    entry = store.get(_serial_of(obj))
    if entry is not None:
        return entry[1]
    attrs = _register(obj, store)
    kind = type(obj)
    if _defines_init(kind):
        args, kwargs = _creation_args_of(obj)
        try:
            kind.__init__(obj, *args, **kwargs)
        except BaseException:
            store.pop(_serial_of(obj), None)
            raise
    return attrs


def _type_name(kind):
    # A class may give the name its messages show (threading.local shows '_thread._local',
    # as CPython's C type); subclasses show their own __name__.
    return kind.__dict__.get('_tl_shown_name') or kind.__name__


def _read_only(obj):
    return AttributeError(f"'{_type_name(type(obj))}' object attribute '__dict__' is read-only")


def _missing(obj, name):
    return AttributeError(f"'{_type_name(type(obj))}' object has no attribute '{name}'",
                          name=name, obj=obj)


class local:
    """An object whose attributes are separate for every thread."""

    __slots__ = ('_tl_serial', '_tl_creation_args', '__weakref__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and not _defines_init(cls):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        _set_serial(self, _serial())
        _set_creation_args(self, (args, kwargs))
        # The creating thread's dict exists at once: type() runs __init__ itself here.
        _register(self, _store_here())
        return self

    def __getattribute__(self, name):
        attrs = _attrs_of(self)
        if name == '__dict__':
            return attrs
        kind = type(self)
        found = _class_attr(kind, name)
        if found is not _MISSING:
            form = type(found)
            getter = getattr(form, '__get__', None)
            if getter is not None and (hasattr(form, '__set__') or hasattr(form, '__delete__')):
                return getter(found, self, kind)
            if name in attrs:
                return attrs[name]
            return found if getter is None else getter(found, self, kind)
        if name in attrs:
            return attrs[name]
        raise _missing(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise _read_only(self)
        attrs = _attrs_of(self)
        found = _class_attr(type(self), name)
        if found is not _MISSING:
            setter = getattr(type(found), '__set__', None)
            if setter is not None:
                setter(found, self, value)
                return
        attrs[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise _read_only(self)
        attrs = _attrs_of(self)
        found = _class_attr(type(self), name)
        if found is not _MISSING:
            deleter = getattr(type(found), '__delete__', None)
            if deleter is not None:
                deleter(found, self)
                return
        if name not in attrs:
            raise _missing(self, name)
        del attrs[name]


_serial_of = local.__dict__['_tl_serial'].__get__
_set_serial = local.__dict__['_tl_serial'].__set__
_creation_args_of = local.__dict__['_tl_creation_args'].__get__
_set_creation_args = local.__dict__['_tl_creation_args'].__set__

from threading import current_thread
