"""Context variables: ContextVar, Token, Context and copy_context.

gilvm's stdlib: written for gilvm, not copied from CPython.

A ContextVar names a slot whose value depends on the *current context*: a Context
object, a mapping ContextVar -> value. Each thread has its own current context (a
new thread starts with an empty one, as in CPython 3.12); Context.run(func) makes a
context current in the calling thread for the length of the call, and a context can
be current in one thread at a time ("already entered" otherwise).

Design: a Context holds a dict that is never changed once it has been stored. A set
or a reset builds a new dict and swaps it in, so copy_context() and Context.copy()
share the dict (O(1)) and a reader in another thread always sees a whole mapping.
Only the thread that has entered a context writes to it, so the swap needs no lock;
entering does, to make the "already entered" check atomic in free-threading mode.
The thread's current context is kept in its Thread object's __dict__, which goes away
with the thread. The classes show themselves as CPython's ``_contextvars`` types do
(names, reprs, error messages); like CPython's, they cannot be subclassed.
"""

import types as _types
import _thread
from threading import current_thread as _current_thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NOTHING = object()
_SLOT = '_contextvars_current'         # the key in a Thread's __dict__
_enter_guard = _thread.allocate_lock()
_setattr = object.__setattr__


def _current():
    """The calling thread's current context, made empty on first use."""
    space = _current_thread().__dict__
    ctx = space.get(_SLOT)
    if ctx is None:
        ctx = space[_SLOT] = _new_context({})
        _setattr(ctx, '_entered', True)
    return ctx


def _new_context(data):
    ctx = object.__new__(Context)
    _setattr(ctx, '_data', data)
    _setattr(ctx, '_entered', False)
    return ctx


def _no_args(name, args, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')
    if args:
        raise TypeError(f'{name}() takes no arguments ({len(args)} given)')


def _shown_name(obj):
    return f'_contextvars.{type(obj).__name__}'


def _refuse_attribute(obj, name, writable_names=()):
    """The AttributeError CPython gives for setting or deleting an attribute of these types."""
    if name in writable_names:
        return AttributeError(f"attribute '{name}' of '{_shown_name(obj)}' objects is not writable")
    if hasattr(type(obj), name):
        return AttributeError(f"'{_shown_name(obj)}' object attribute '{name}' is read-only")
    return AttributeError(f"'{_shown_name(obj)}' object has no attribute '{name}'")


class _Sealed:
    """Shared behaviour of the three types: no subclasses, no new attributes, no pickling."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if _Sealed not in cls.__bases__:
            raise TypeError(f"type '_contextvars.{cls.__mro__[1].__name__}' is not an acceptable base type")
        super().__init_subclass__(**kwargs)

    def __getattr__(self, name):
        raise AttributeError(f"'{_shown_name(self)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        raise _refuse_attribute(self, name)

    def __delattr__(self, name):
        raise _refuse_attribute(self, name)

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '{_shown_name(self)}' object")


class ContextVar(_Sealed):
    __slots__ = ('_name', '_default')

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError(f'ContextVar() takes at most 2 arguments ({len(args) + len(kwargs)} given)')
        if len(args) > 1:
            raise TypeError(f'ContextVar() takes at most 1 positional argument ({len(args)} given)')
        if not args:
            raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError(f"'{key}' is an invalid keyword argument for ContextVar()")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        var = object.__new__(cls)
        _setattr(var, '_name', name)
        _setattr(var, '_default', kwargs.get('default', _NOTHING))
        return var

    __class_getitem__ = classmethod(_types.GenericAlias)

    @property
    def name(self):
        return self._name

    def get(self, *args, **kwargs):
        """Return a value for the context variable for the current context.

If there is no value for the variable in the current context, the method will:
 * return the value of the default argument of the method, if provided; or
 * return the default value for the context variable, if it was created
   with one; or
 * raise a LookupError."""
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _current()._data.get(self, _NOTHING)
        if value is not _NOTHING:
            return value
        if args:
            return args[0]
        if self._default is not _NOTHING:
            return self._default
        raise LookupError(self)

    def set(self, *args, **kwargs):
        """Call to set a new value for the context variable in the current context.

The required value argument is the new value for the context variable.

Returns a Token object that can be used to restore the variable to its previous
value via the `ContextVar.reset()` method."""
        value = _one_argument('ContextVar.set', args, kwargs)
        ctx = _current()
        old = ctx._data
        data = dict(old)
        data[self] = value
        _setattr(ctx, '_data', data)
        return _new_token(ctx, self, old.get(self, Token.MISSING))

    def reset(self, *args, **kwargs):
        """Reset the context variable.

The variable is reset to the value it had before the `ContextVar.set()` that
created the token was used."""
        token = _one_argument('ContextVar.reset', args, kwargs)
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        _setattr(token, '_used', True)
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        _setattr(ctx, '_data', data)

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        raise _refuse_attribute(self, name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __repr__(self):
        default = '' if self._default is _NOTHING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'


def _one_argument(name, args, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'{name}() takes exactly one argument ({len(args)} given)')
    return args[0]


class _Missing:
    """The marker of Token.old_value when the variable had no value."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'Token.MISSING' instances")

    def __repr__(self):
        return '<Token.MISSING>'

    def __getattr__(self, name):
        raise AttributeError(f"'Token.MISSING' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        raise AttributeError(f"'Token.MISSING' object has no attribute '{name}'")


# CPython's C type is named "Token.MISSING": module "Token", name "MISSING".
_Missing.__module__ = 'Token'
_Missing.__name__ = _Missing.__qualname__ = 'MISSING'
_Missing.__doc__ = None


class Token(_Sealed):
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = object.__new__(_Missing)

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    __class_getitem__ = classmethod(_types.GenericAlias)

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __setattr__(self, name, value):
        raise _refuse_attribute(self, name, ('var', 'old_value'))

    def __delattr__(self, name):
        raise _refuse_attribute(self, name, ('var', 'old_value'))

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'


def _new_token(ctx, var, old):
    token = object.__new__(Token)
    _setattr(token, '_ctx', ctx)
    _setattr(token, '_var', var)
    _setattr(token, '_old', old)
    _setattr(token, '_used', False)
    return token


def _key(key):
    if type(key) is not ContextVar:
        raise TypeError(f'a ContextVar key was expected, got {key!r}')
    return key


class Context(_Sealed):
    """A mapping ContextVar -> value, read-only from Python; see the module's docstring."""

    __slots__ = ('_data', '_entered')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        return _new_context({})

    def run(self, *args, **kwargs):
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        space = _current_thread().__dict__
        with _enter_guard:
            if self._entered:
                raise RuntimeError(f'cannot enter context: {self!r} is already entered')
            _setattr(self, '_entered', True)
        outer = space.get(_SLOT)
        space[_SLOT] = self
        try:
            return args[0](*args[1:], **kwargs)
        finally:
            if outer is None:
                del space[_SLOT]     # the thread's own context was never made: it stays empty
            else:
                space[_SLOT] = outer
            _setattr(self, '_entered', False)

    def copy(self, *args, **kwargs):
        """Return a shallow copy of the context object."""
        _no_args('Context.copy', args, kwargs)
        return _new_context(self._data)

    def get(self, *args, **kwargs):
        """Return the value for `key` if `key` has the value in the context object.

If `key` does not exist, return `default`. If `default` is not given,
return None."""
        if kwargs:
            raise TypeError('Context.get() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            bound = 'at least 1 argument' if not args else 'at most 2 arguments'
            raise TypeError(f'get expected {bound}, got {len(args)}')
        return self._data.get(_key(args[0]), args[1] if len(args) == 2 else None)

    def __getitem__(self, key):
        value = self._data.get(_key(key), _NOTHING)
        if value is _NOTHING:
            raise KeyError(key)
        return value

    def __contains__(self, key):
        return _key(key) in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self, *args, **kwargs):
        _no_args('Context.keys', args, kwargs)
        return self._data.keys()

    def values(self, *args, **kwargs):
        _no_args('Context.values', args, kwargs)
        return self._data.values()

    def items(self, *args, **kwargs):
        _no_args('Context.items', args, kwargs)
        return self._data.items()

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __setitem__(self, key, value):
        raise TypeError("'_contextvars.Context' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'_contextvars.Context' object does not support item deletion")


def copy_context(*args, **kwargs):
    _no_args('_contextvars.copy_context', args, kwargs)
    return _new_context(_current()._data)


for _kind in (ContextVar, Token, Context):
    _kind.__module__ = '_contextvars'
ContextVar.__doc__ = Token.__doc__ = Context.__doc__ = None
del _kind
