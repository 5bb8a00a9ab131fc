"""Names for the interpreter's own object types, and helpers for making classes.

Each type is taken from a real object of that type, so `isinstance(f, FunctionType)`
means what it says. gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import sys as _sys


# ---- the types of objects the interpreter makes ---------------------------------------------

def _a_function():
    pass


FunctionType = type(_a_function)
LambdaType = type(lambda: None)
CodeType = type(_a_function.__code__)
MappingProxyType = type(type.__dict__)


def _a_cell():
    captured = 0

    def inner():
        return captured
    return inner.__closure__[0]


CellType = type(_a_cell())
del _a_cell


def _a_generator():
    yield 1


GeneratorType = type(_a_generator())


async def _a_coroutine():
    pass


_c = _a_coroutine()
CoroutineType = type(_c)
_c.close()
del _c


async def _an_async_generator():
    yield 1


AsyncGeneratorType = type(_an_async_generator())


class _Holder:
    __slots__ = ('slot',)

    def method(self):
        pass


MethodType = type(_Holder().method)
MemberDescriptorType = type(_Holder.__dict__['slot'])
del _Holder

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        return type(tb), type(tb.tb_frame)


TracebackType, FrameType = _traceback_and_frame()
del _traceback_and_frame

GenericAlias = type(list[int])
try:
    UnionType = type(int | str)
except TypeError:  # an interpreter without PEP 604 unions
    pass

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


# ---- SimpleNamespace ----------------------------------------------------------------------

class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        busy = _namespace_reprs_running
        if key in busy:
            return name + '(...)'
        busy.add(key)
        try:
            body = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            busy.discard(key)
        return f'{name}({body})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_namespace_reprs_running = set()
SimpleNamespace.__module__ = 'types'


# ---- making classes dynamically -----------------------------------------------------------

def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by what that returns."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        hook = getattr(base, '__mro_entries__', None)
        if hook is None:
            result.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        result.extend(entries)
        changed = True
    return tuple(result) if changed else bases


def _most_derived_metaclass(meta, bases):
    """The metaclass that is a subclass of every base's metaclass (as class statements pick it)."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def _split_metaclass(bases, kwds):
    """(the metaclass to use, the other class keywords): an explicit metaclass= first, else
    the first base's type, else type; a class metaclass is then reconciled with the bases'."""
    rest = dict(kwds or {})
    chosen = rest.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(chosen, type):
        chosen = _most_derived_metaclass(chosen, bases)
    return chosen, rest


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) as a class statement would find them."""
    meta, rest = _split_metaclass(bases, kwds)
    hook = getattr(meta, '__prepare__', None)
    return meta, ({} if hook is None else hook(name, bases, **rest)), rest


def _assemble_class(name, written_bases, kwds, fill):
    real_bases = resolve_bases(written_bases)
    meta, namespace, rest = prepare_class(name, real_bases, kwds)
    if fill is not None:
        fill(namespace)
    if real_bases is not written_bases:
        namespace['__orig_bases__'] = written_bases
    return meta(name, real_bases, namespace, **rest)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would, with exec_body(ns) filling its namespace."""
    return _assemble_class(name, bases, kwds, exec_body)


def get_original_bases(cls, /):
    """The bases a class was written with, before __mro_entries__ replaced any."""
    if not isinstance(cls, type):
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}')
    return cls.__dict__.get('__orig_bases__', cls.__bases__)


# ---- DynamicClassAttribute ----------------------------------------------------------------

class DynamicClassAttribute:
    """A property on instances; on the class itself it raises AttributeError, so that the
    metaclass's __getattr__ answers instead (enum's `name` and `value` use this)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if self.overwrite_doc else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def _apply(self, accessor, complaint, *args):
        if accessor is None:
            raise AttributeError(complaint)
        return accessor(*args)

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return self._apply(self.fget, 'unreadable attribute', instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        self._apply(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        self._apply(self.fdel, "can't delete attribute", instance)

    def _copy_with(self, **changes):
        parts = {'fget': self.fget, 'fset': self.fset, 'fdel': self.fdel,
                 'doc': None if self.overwrite_doc else self.__doc__}
        parts.update(changes)
        made = type(self)(**parts)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        return self._copy_with(fget=fget)

    def setter(self, fset):
        return self._copy_with(fset=fset)

    def deleter(self, fdel):
        return self._copy_with(fdel=fdel)


# ---- coroutine ----------------------------------------------------------------------------

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _AwaitableGenerator:
    """What a @coroutine generator function returns: its generator, awaitable."""

    def __init__(self, gen):
        self._gen = gen

    def __next__(self):
        return self._gen.send(None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __iter__(self):
        return self._gen

    __await__ = __iter__


def coroutine(func):
    """Make a generator-based function usable with await."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None:
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if not code.co_flags & _CO_GENERATOR:
            pass  # an ordinary function: wrapped below, as its result may be a generator

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType or (hasattr(result, '__next__') and hasattr(result, 'send')
                                             and not hasattr(result, '__await__')):
            return _AwaitableGenerator(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, '__dict__', {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [name for name in globals() if name[:1] != '_' and name != 'sys']
