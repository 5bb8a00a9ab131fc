"""Thread-local data: a ``local`` object shows each thread its own attributes.

Design (gilvm's, not CPython's): a ``local`` keeps a table, Thread object ->
that thread's attribute dict, so a dict lives exactly as long as both its
local and its thread: when the local dies its table goes with it, and when a
thread ends ``threading`` calls ``_forget_thread``, which removes the thread's
row from every local it touched (each thread keeps weak references to those,
in ``_tl_touched``; no weakref callbacks are needed, which gilvm runs late).

Attribute access does the generic lookup itself, against the calling thread's
dict: data descriptors of the class first, then the thread's dict, then other
class attributes. Nothing is swapped into the object, so no lock is taken.
A subclass's ``__init__`` runs again, with the arguments given at creation,
the first time each other thread touches the object.
"""

from _weakref import ref as _weak

__all__ = ['local']

_MISSING = object()
_OWN_NAMES = frozenset(('__slots__', '__weakref__', '_tl_table', '_tl_creation_args',
                        '_tl_shown_name'))
_OWN_MODULES = ('_threading_local', '_thread')     # threading.local says '_thread'


def _class_attr(kind, name):
    for klass in kind.__mro__:
        space = klass.__dict__
        if name in space:
            return space[name]
    return _MISSING


def _defines_init(kind):
    init = _class_attr(kind, '__init__')
    return init is not _MISSING and init is not object.__dict__['__init__']


class _Touched(list):
    """Weak references to the locals a thread has a row in; dead ones are dropped as it grows."""

    __slots__ = ('prune_at',)

    def remember(self, obj):
        if len(self) >= getattr(self, 'prune_at', 16):
            self[:] = [r for r in self if r() is not None]
            self.prune_at = max(16, 2 * len(self))
        self.append(_weak(obj))


def _new_row(obj, table, thread):
    row = table[thread] = {}
    touched = thread.__dict__.get('_tl_touched')
    if touched is None:
        touched = thread.__dict__['_tl_touched'] = _Touched()
    touched.remember(obj)
    return row


def _forget_thread(thread):
    """Drop the rows of `thread` (which has ended) from every local it used."""
    for alive in thread.__dict__.pop('_tl_touched', ()):
        obj = alive()
        if obj is not None:
            _table_of(obj).pop(thread, None)


def _attrs_of(obj):
    """The calling thread's attribute dict for `obj`, made on first use."""
    thread = current_thread()
    table = _table_of(obj)
    row = table.get(thread)
    if row is not None:
        return row
    row = _new_row(obj, table, thread)
    kind = type(obj)
    if _defines_init(kind):
        args, kwargs = _creation_args_of(obj)
        try:
            kind.__init__(obj, *args, **kwargs)
        except BaseException:
            table.pop(thread, None)
            raise
    return row


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

    __slots__ = ('_tl_table', '_tl_creation_args', '__weakref__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and not _defines_init(cls):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        table = {}
        _set_table(self, table)
        _set_creation_args(self, (args, kwargs))
        # The creating thread's row exists at once: type() runs __init__ itself here.
        _new_row(self, table, current_thread())
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

    def __dir__(self):
        # The calling thread's attributes and the class's, less this module's machinery
        # (slots, names), unless a user's class defines such a name itself.
        kept = set()
        for klass in type(self).__mro__:
            if klass.__module__ not in _OWN_MODULES:
                kept.update(name for name in _OWN_NAMES if name in klass.__dict__)
        return [name for name in object.__dir__(self) if name not in _OWN_NAMES or name in kept]

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


_table_of = local.__dict__['_tl_table'].__get__
_set_table = local.__dict__['_tl_table'].__set__
_creation_args_of = local.__dict__['_tl_creation_args'].__get__
_set_creation_args = local.__dict__['_tl_creation_args'].__set__

from threading import current_thread
