"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstract-method decorators.

gilvm's stdlib: written for gilvm, not copied from CPython. Each ABC keeps its state in one
`_abc_impl` object (virtual subclasses, and positive and negative caches of subclass checks);
the negative caches are dropped whenever any ABC gains a virtual subclass, which a global
counter (get_cache_token) tells.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

try:
    from _abc import _collection_flag, _set_collection_flag
except ImportError:
    def _collection_flag(cls):
        return 0

    def _set_collection_flag(cls, flag):
        return False


def abstractmethod(funcobj):
    """Mark funcobj abstract: a class of ABCMeta that does not override it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack classmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack staticmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack property on abstractmethod)."""

    __isabstractmethod__ = True


# Bumped each time a class is registered anywhere: negative caches older than it are stale.
_registrations = 0


def get_cache_token():
    """An object that changes whenever ABCMeta.register adds a virtual subclass to any ABC."""
    return _registrations


class _AbcState:
    """What one ABC remembers: its registered subclasses and its subclass-check caches."""

    __slots__ = ('registry', 'yes', 'no', 'no_token')

    def __init__(self):
        self.registry = set()
        self.yes = set()
        self.no = set()
        self.no_token = _registrations


def _is_abstract(obj):
    return bool(getattr(obj, '__isabstractmethod__', False))


def _find_abstracts(cls, own):
    """Names of the abstract methods of cls: its own abstract attributes (`own`: name -> value),
    then the abstract names of its bases that cls still resolves to something abstract."""
    names = {name for name, value in own if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _mark_collection(cls, flag):
    """Give cls and its subclasses the sequence or mapping kind of an ABC it was registered
    with (built-in types, and classes that have that kind already, stop the walk)."""
    if _set_collection_flag(cls, flag):
        for sub in type.__subclasses__(cls):
            _mark_collection(sub, flag)


def _state(cls):
    # An attribute lookup, as CPython's _abc does (a class whose own _abc_impl was deleted uses
    # its base's), not cls.__dict__, which made a mapping proxy at every isinstance.
    st = cls._abc_impl
    if type(st) is not _AbcState:
        raise TypeError('_abc_impl is set to a wrong type')
    return st


class ABCMeta(type):
    """Metaclass of abstract base classes.

    A class made with it may declare abstract methods (see abstractmethod), and may gain
    virtual subclasses through register() or its __subclasshook__; isinstance and issubclass
    then answer True for them, although they do not inherit from it.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _find_abstracts(cls, namespace.items())
        cls._abc_impl = _AbcState()
        # __abc_tpflags__ (collections.abc's Sequence and Mapping) makes instances match
        # sequence or mapping patterns; it is consumed here, not left on the class.
        flags = cls.__dict__.get('__abc_tpflags__')
        if flags is not None:
            _set_collection_flag(cls, flags & ((1 << 5) | (1 << 6)))
            delattr(cls, '__abc_tpflags__')
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it, so it serves as a decorator."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _state(cls).registry.add(subclass)
        _registrations += 1
        flag = _collection_flag(cls)
        if flag:
            _mark_collection(subclass, flag)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), virtual subclasses included."""
        st = _state(cls)
        claimed = instance.__class__
        if claimed in st.yes:
            return True
        actual = type(instance)
        if actual is claimed:
            if st.no_token == _registrations and claimed in st.no:
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), virtual subclasses and __subclasshook__ included."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        st = _state(cls)
        if subclass in st.yes:
            return True
        if st.no_token != _registrations:
            st.no = set()
            st.no_token = _registrations
        elif subclass in st.no:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            (st.yes if verdict else st.no).add(subclass)
            return verdict
        if cls in getattr(subclass, '__mro__', ()):
            st.yes.add(subclass)
            return True
        for candidate in list(st.registry):
            if issubclass(subclass, candidate):
                st.yes.add(subclass)
                return True
        for candidate in cls.__subclasses__():
            if issubclass(subclass, candidate):
                st.yes.add(subclass)
                return True
        st.no.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches (for debugging)."""
        st = _state(cls)
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        print(f'_abc_registry: {st.registry!r}', file=file)
        print(f'_abc_cache: {st.yes!r}', file=file)
        print(f'_abc_negative_cache: {st.no!r}', file=file)
        print(f'_abc_negative_cache_version: {st.no_token!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass registered on this ABC."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Empty this ABC's subclass-check caches."""
        st = _state(cls)
        st.yes.clear()
        st.no.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced; returns cls.

    Classes that never had __abstractmethods__ (not made by ABCMeta) are left alone.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _find_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: derive from it to make an abstract class."""

    __slots__ = ()
