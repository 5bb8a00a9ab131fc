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


# ---- wrappers ----------------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes it
    has, merge the `updated` dicts, and set wrapper.__wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) on the function that wraps f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


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


# ---- cmp_to_key --------------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _other(self, other):
            if type(other) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return other.obj

        def __lt__(self, other):
            return mycmp(self.obj, self._other(other)) < 0

        def __gt__(self, other):
            return mycmp(self.obj, self._other(other)) > 0

        def __eq__(self, other):
            return mycmp(self.obj, self._other(other)) == 0

        def __le__(self, other):
            return mycmp(self.obj, self._other(other)) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, self._other(other)) >= 0

        __hash__ = None

    KeyWrapper.__module__ = 'functools'
    KeyWrapper.__qualname__ = 'KeyWrapper'
    # Messages name it as CPython's C type does ("unhashable type: 'functools.KeyWrapper'").
    KeyWrapper.__name__ = 'functools.KeyWrapper'
    return KeyWrapper


# ---- reduce ------------------------------------------------------------------------------------

_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the iterable from the left with a two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c). `initial`, when given, goes first
    (and is the result for an empty iterable)."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % n)
    if n > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % n)
    function = args[0]
    try:
        it = iter(args[1])
        failed = False
    except TypeError:
        failed = True
    if failed:
        raise TypeError('reduce() arg 2 must support iteration')
    if n == 3:
        acc = args[2]
    else:
        acc = next(it, _missing)
        if acc is _missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in it:
        acc = function(acc, item)
    return acc


# ---- partial -----------------------------------------------------------------------------------

_repr_active = set()


def _call_repr(head, args, keywords):
    parts = [head]
    parts.extend(repr(a) for a in args)
    parts.extend('%s=%r' % (k, v) for k, v in keywords.items())
    return ', '.join(parts)


class _ReadOnly:
    """A read-only view of a private slot (CPython's readonly member)."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class partial:
    """partial(func, *args, **keywords): a callable that calls func with these
    arguments first, then the ones it is given."""

    __slots__ = ('_p_func', '_p_args', '_p_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError('type %r takes at least one argument' % cls.__name__)
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial of a partial becomes one partial of the inner function.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func._p_args + args
            keywords = {**func._p_keywords, **keywords}
            func = func._p_func
        self = object.__new__(cls)
        self._p_func = func
        self._p_args = tuple(args)
        self._p_keywords = dict(keywords)
        return self

    def __call__(self, /, *args, **keywords):
        if self._p_keywords:
            keywords = {**self._p_keywords, **keywords}
        return self._p_func(*self._p_args, *args, **keywords)

    func = _ReadOnly('_p_func', 'The function the partial calls.')
    args = _ReadOnly('_p_args', 'The positional arguments given first.')
    keywords = _ReadOnly('_p_keywords', 'The keyword arguments given to every call.')

    def __repr__(self):
        cls = type(self)
        key = id(self)
        if key in _repr_active:
            return '...'
        _repr_active.add(key)
        try:
            inner = _call_repr(repr(self._p_func), self._p_args, self._p_keywords)
        finally:
            _repr_active.discard(key)
        # CPython's tp_name: the module-qualified name for partial itself, the bare name for a subclass.
        name = 'functools.partial' if cls is partial else cls.__name__
        return '%s(%s)' % (name, inner)

    def __reduce__(self):
        return (type(self), (self._p_func,),
                (self._p_func, self._p_args, self._p_keywords, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self._p_func = func
        self._p_args = tuple(args)
        self._p_keywords = dict(kwds) if kwds else {}
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)



class partialmethod:
    """partialmethod(func, *args, **keywords): partial() for methods, binding
    the instance (or class) first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        inner = _call_repr(repr(self.func), self.args, self.keywords)
        return '%s.%s(%s)' % (cls.__module__, cls.__qualname__, inner)

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

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
_KWD_MARK = object()


def _cache_key(args, kwds, typed):
    """The cache key of a call: the arguments (and their types when `typed`)."""
    key = args
    if kwds:
        key = args + (_KWD_MARK,) + tuple(kwds.items())
    if typed:
        key = key + tuple(type(a) for a in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _lru_cache_wrapper:
    """The callable that lru_cache makes: the function with a cache in front."""

    __slots__ = ('_function', '_maxsize', '_typed', '_cache', '_hits', '_misses', '__dict__', '__weakref__')

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        key = _cache_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _missing)
        if result is not _missing:
            self._hits += 1
            if maxsize is not None:
                # Most recently used last.
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if key in cache:
            # A recursive call cached it meanwhile.
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def cache_info(self):
        """Report the cache's statistics."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Empty the cache and reset its statistics."""
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self



def lru_cache(maxsize=128, typed=False):
    """Decorator: remember up to `maxsize` results of a function (None: no
    limit), dropping the least recently used first. `typed` keeps f(1) and
    f(1.0) apart. The function gets cache_info() and cache_clear()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    return decorating_function


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


def singledispatch(func):
    """Make `func` a generic function dispatching on the type of its first
    argument; add implementations with its .register()."""
    registry = {object: func}
    found = {}

    def dispatch(cls):
        """The implementation that `cls` gets."""
        try:
            return found[cls]
        except KeyError:
            pass
        match = _best_match(cls, registry)
        impl = registry[match] if match is not None else registry[object]
        found[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) or @register(cls) or @register on a function
        whose first parameter is annotated with the class (or union)."""
        if func is None:
            if isinstance(cls, type) or _is_union(cls):
                if _dispatch_classes(cls) is None:
                    raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
                return lambda f: register(cls, f)
            annotation = _first_annotation(cls)
            if annotation is None:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')
            func = cls
            argname, cls = annotation
            classes = _dispatch_classes(cls)
            if classes is None:
                if _is_union(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        else:
            classes = _dispatch_classes(cls)
            if classes is None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
        for klass in classes:
            registry[klass] = func
        found.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = found.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatch on the type of the first argument
    after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register an implementation, as singledispatch's register()."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{funcname} requires at least 1 positional argument')
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ---------------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            store = None
        if store is None:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f'instance to cache {name!r} property.')
        value = store.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                store = None
            if store is None:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f'does not support item assignment for caching {name!r} property.')
        return value

    __class_getitem__ = classmethod(GenericAlias)
