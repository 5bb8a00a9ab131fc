"""Tools for working with functions and callable objects (gilvm's functools).

reduce, partial, partialmethod, lru_cache, cache, wraps, update_wrapper,
total_ordering, cached_property, cmp_to_key, singledispatch and
singledispatchmethod, behaving as CPython 3.12's.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from types import GenericAlias, MappingProxyType, MethodType
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper


# ---- wrappers ----------------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


_ABSENT = object()


def _copy_attributes(source, target, names):
    """setattr(target, n, getattr(source, n)) for each name in `names` that source has."""
    for attribute in names:
        found = getattr(source, attribute, _ABSENT)
        if found is not _ABSENT:
            setattr(target, attribute, found)


def _merge_mappings(source, target, names):
    """target.<n>.update(source.<n>) for each name (source may lack it)."""
    for attribute in names:
        mapping = getattr(target, attribute)
        mapping.update(getattr(source, attribute, {}))


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes it
    has, merge the `updated` dicts, and set wrapper.__wrapped__."""
    _copy_attributes(wrapped, wrapper, assigned)
    _merge_mappings(wrapped, wrapper, updated)
    # Last, so that a __wrapped__ that came with wrapped's __dict__ is replaced.
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) on the function that wraps f."""
    settings = {'wrapped': wrapped, 'assigned': assigned, 'updated': updated}
    return partial(update_wrapper, **settings)


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call for an object whose repr this thread is already
    making returns fillvalue instead of recursing."""
    from _thread import get_ident

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        for attribute in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attribute, getattr(user_function, attribute))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        return wrapper

    return decorating_function


def get_cache_token():
    """abc's cache token, which changes whenever an ABC gains a virtual subclass."""
    from abc import get_cache_token as token
    return token()


# ---- total_ordering ----------------------------------------------------------------------------

def _derive(root, name):
    """The comparison `name` written in terms of the class's `root` one."""
    if root == '__lt__':
        if name == '__gt__':
            def op(self, other):
                r = self.__lt__(other)
                return r if r is NotImplemented else (not r and self != other)
        elif name == '__le__':
            def op(self, other):
                r = self.__lt__(other)
                return r if r is NotImplemented else (r or self == other)
        else:
            def op(self, other):
                r = self.__lt__(other)
                return r if r is NotImplemented else not r
    elif root == '__le__':
        if name == '__ge__':
            def op(self, other):
                r = self.__le__(other)
                return r if r is NotImplemented else (not r or self == other)
        elif name == '__lt__':
            def op(self, other):
                r = self.__le__(other)
                return r if r is NotImplemented else (r and self != other)
        else:
            def op(self, other):
                r = self.__le__(other)
                return r if r is NotImplemented else not r
    elif root == '__gt__':
        if name == '__lt__':
            def op(self, other):
                r = self.__gt__(other)
                return r if r is NotImplemented else (not r and self != other)
        elif name == '__ge__':
            def op(self, other):
                r = self.__gt__(other)
                return r if r is NotImplemented else (r or self == other)
        else:
            def op(self, other):
                r = self.__gt__(other)
                return r if r is NotImplemented else not r
    else:
        if name == '__le__':
            def op(self, other):
                r = self.__ge__(other)
                return r if r is NotImplemented else (not r or self == other)
        elif name == '__gt__':
            def op(self, other):
                r = self.__ge__(other)
                return r if r is NotImplemented else (r and self != other)
        else:
            def op(self, other):
                r = self.__ge__(other)
                return r if r is NotImplemented else not r
    op.__name__ = name
    op.__qualname__ = name
    return op


_ORDER_OPS = ('__lt__', '__le__', '__gt__', '__ge__')


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__),
    define the other three."""
    defined = [name for name in _ORDER_OPS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The preference order is __lt__, __le__, __gt__, __ge__.
    root = defined[0]
    for name in _ORDER_OPS:
        if name not in defined:
            setattr(cls, name, _derive(root, name))
    return cls


# ---- partialmethod (partial itself is _functools.partial) -------------------------------------------

def _call_repr(head, args, keywords):
    parts = [head]
    parts.extend(repr(a) for a in args)
    parts.extend('%s=%r' % (k, v) for k, v in keywords.items())
    return ', '.join(parts)


def _need_callable(obj, descriptors_too):
    """TypeError unless obj is callable (or, with descriptors_too, has __get__)."""
    if callable(obj) or (descriptors_too and hasattr(obj, '__get__')):
        return
    raise TypeError('%r is not callable or a descriptor' % (obj,))


class partialmethod:
    """partialmethod(func, *args, **keywords): partial() for methods, binding
    the instance (or class) first."""

    def __init__(self, func, /, *args, **keywords):
        _need_callable(func, True)
        inner_args, inner_keywords = (), {}
        while isinstance(func, partialmethod):
            inner_args = func.args + inner_args
            inner_keywords = {**func.keywords, **inner_keywords}
            func = func.func
        self.func = func
        self.args = inner_args + args
        self.keywords = {**inner_keywords, **keywords}

    def __repr__(self):
        owner = type(self)
        return '%s.%s(%s)' % (owner.__module__, owner.__qualname__,
                              _call_repr(repr(self.func), self.args, self.keywords))

    def _plain_function(self):
        """A function taking the instance (or class) first, for functions that do not bind."""
        spec = self

        def method(first, /, *args, **keywords):
            merged = dict(spec.keywords)
            merged.update(keywords)
            return spec.func(first, *spec.args, *args, **merged)
        method.__isabstractmethod__ = spec.__isabstractmethod__
        method._partialmethod = spec
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        produced = self.func if binder is None else binder(obj, cls)
        if produced is self.func:
            plain = self._plain_function()
            return plain if obj is None else MethodType(plain, obj)
        bound = partial(produced, *self.args, **self.keywords)
        owner = getattr(produced, '__self__', _ABSENT)
        if owner is not _ABSENT:
            bound.__self__ = owner
        return bound

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ---- lru_cache ---------------------------------------------------------------------------------

class _CacheInfo(tuple):
    """Statistics of an lru_cache: hits, misses, maxsize, currsize."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Calls answered from the cache')
    misses = property(lambda self: self[1], doc='Calls that ran the function')
    maxsize = property(lambda self: self[2], doc='Most entries kept (None: no limit)')
    currsize = property(lambda self: self[3], doc='Entries in the cache now')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


def _make_cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    parameters = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(parameters)
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember up to `maxsize` results of a function (None: no
    limit), dropping the least recently used first. `typed` keeps f(1) and
    f(1.0) apart. The function gets cache_info() and cache_clear()."""
    if maxsize is not None and not isinstance(maxsize, int):
        if not (callable(maxsize) and isinstance(typed, bool)):
            raise TypeError('Expected first argument to be an integer, a callable, or None')
        # Used as @lru_cache, without parentheses: maxsize is the function.
        return _make_cached(maxsize, 128, typed)
    limit = maxsize if maxsize is None or maxsize >= 0 else 0
    return lambda user_function: _make_cached(user_function, limit, typed)


def cache(user_function, /):
    """An unbounded lru_cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch ----------------------------------------------------------------------------

def _is_union(obj):
    return type(obj).__name__ == 'UnionType' and hasattr(obj, '__args__')


def _dispatch_classes(obj):
    """The classes a register() argument stands for, or None if it is not a class or union of them."""
    if isinstance(obj, type):
        return [obj]
    if _is_union(obj) and all(isinstance(a, type) for a in obj.__args__):
        return list(obj.__args__)
    return None


def _first_annotation(func):
    """The first parameter annotation of `func`: (name, annotation)."""
    target = getattr(func, '__func__', func)
    annotations = getattr(target, '__annotations__', None) or {}
    for name, annotation in annotations.items():
        if name == 'return':
            continue
        if isinstance(annotation, str):
            annotation = eval(annotation, getattr(target, '__globals__', {}))
        return name, annotation
    return None


def _best_match(cls, registry):
    """The registered class that dispatch on `cls` uses: the first registered
    class of cls's MRO, unless an abstract base that cls implements without
    naming it comes before it: such a base ranks right after the last class
    of the MRO that is its subclass."""
    mro = cls.__mro__
    explicit = None
    for position, klass in enumerate(mro):
        if klass in registry:
            explicit = position
            break
    implicit = []
    for klass in registry:
        if klass in mro:
            continue
        try:
            applies = issubclass(cls, klass)
        except TypeError:
            applies = False
        if not applies:
            continue
        rank = 0
        for position, base in enumerate(mro):
            try:
                if issubclass(base, klass):
                    rank = position
            except TypeError:
                pass
        implicit.append((rank, klass))
    if implicit:
        rank = min(r for r, _ in implicit)
        if explicit is None or rank < explicit:
            candidates = [k for r, k in implicit if r == rank]
            # The most derived of the candidates, if they are ordered.
            best = candidates[0]
            for k in candidates[1:]:
                if issubclass(k, best):
                    best = k
            for k in candidates:
                if k is not best and not issubclass(best, k):
                    raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best, k))
            return best
    return None if explicit is None else mro[explicit]


def _register_target(cls, func):
    """What a register() call means: (classes, implementation), or None when it is
    @register(cls) waiting for the function."""
    if func is not None:
        classes = _dispatch_classes(cls)
        if classes is None:
            raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
        return classes, func
    if isinstance(cls, type) or _is_union(cls):
        if _dispatch_classes(cls) is None:
            raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
        return None
    # @register on a function: its first annotated parameter names the classes.
    annotated = _first_annotation(cls)
    if annotated is None:
        raise TypeError(
            f'Invalid first argument to `register()`: {cls!r}. '
            f'Use either `@register(some_class)` or plain `@register` '
            f'on an annotated function.')
    param, hint = annotated
    classes = _dispatch_classes(hint)
    if classes is None:
        detail = 'not all arguments are classes' if _is_union(hint) else 'is not a class'
        raise TypeError(f'Invalid annotation for {param!r}. {hint!r} {detail}.')
    return classes, cls


class _GenericFunction:
    """What singledispatch returns: calls the implementation registered for
    the class of the first argument."""

    def __init__(self, default):
        self._impls = {object: default}
        self._chosen = {}
        self._label = getattr(default, '__name__', 'singledispatch function')
        self.registry = MappingProxyType(self._impls)

    def dispatch(self, cls):
        """The implementation that `cls` gets."""
        impl = self._chosen.get(cls)
        if impl is None:
            best = _best_match(cls, self._impls)
            impl = self._impls[object if best is None else best]
            self._chosen[cls] = impl
        return impl

    def register(self, cls, func=None):
        """register(cls, func) or @register(cls) or @register on a function
        whose first parameter is annotated with the class (or union)."""
        target = _register_target(cls, func)
        if target is None:
            return lambda f: self.register(cls, f)
        classes, impl = target
        for klass in classes:
            self._impls[klass] = impl
        self._chosen.clear()
        return impl

    def _clear_cache(self):
        self._chosen.clear()

    def __call__(self, /, *args, **kwargs):
        if not args:
            raise TypeError(f'{self._label} requires at least 1 positional argument')
        return self.dispatch(args[0].__class__)(*args, **kwargs)

    def __get__(self, obj, cls=None):
        return self if obj is None else MethodType(self, obj)


def singledispatch(func):
    """Make `func` a generic function dispatching on the type of its first
    argument; add implementations with its .register()."""
    return update_wrapper(_GenericFunction(func), func)


class _DispatchingMethod:
    """What a singledispatchmethod gives when looked up: dispatch on the
    first argument, then bind the implementation as the method would be."""

    def __init__(self, owner, obj, cls):
        self._owner = owner
        self._obj = obj
        self._cls = cls
        self.register = owner.register
        self.__isabstractmethod__ = owner.__isabstractmethod__

    def __call__(self, /, *args, **kwargs):
        if not args:
            label = getattr(self._owner.func, '__name__', 'singledispatchmethod method')
            raise TypeError(f'{label} requires at least 1 positional argument')
        impl = self._owner.dispatcher.dispatch(args[0].__class__)
        return impl.__get__(self._obj, self._cls)(*args, **kwargs)


class singledispatchmethod:
    """singledispatch for methods: dispatch on the type of the first argument
    after self (or cls)."""

    def __init__(self, func):
        _need_callable(func, True)
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """Register an implementation, as singledispatch's register()."""
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        return update_wrapper(_DispatchingMethod(self, obj, cls), self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ---------------------------------------------------------------------------

_UNSET = object()


class cached_property:
    """A property computed once per instance and then kept in its __dict__."""

    def __init__(self, func):
        self.attrname = None
        self.func = func
        for copied in ('__doc__', '__module__'):
            setattr(self, copied, getattr(func, copied))

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is not None and known != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (known, name))
        self.attrname = name

    def _namespace(self, instance):
        """The instance __dict__ that keeps the value."""
        namespace = getattr(instance, '__dict__', _UNSET)
        if namespace is _UNSET:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname))
        return namespace

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        namespace = self._namespace(instance)
        value = namespace.get(self.attrname, _UNSET)
        if value is _UNSET:
            value = self.func(instance)
            stored = True
            try:
                namespace[self.attrname] = value
            except TypeError:
                stored = False
            if not stored:
                raise TypeError("The '__dict__' attribute on %r instance does not support item "
                                'assignment for caching %r property.'
                                % (type(instance).__name__, self.attrname))
        return value

    __class_getitem__ = classmethod(GenericAlias)
