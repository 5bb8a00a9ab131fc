"""Support for pickle and copy: a table of reducer functions per type, the
constructors that object.__reduce_ex__'s results name, slot names, and the
registry of extension codes.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}     # type -> reducer(obj) giving a reduce tuple


def _require_callable(obj, what):
    if not callable(obj):
        raise TypeError(what + " must be callable")


def constructor(object):
    """Accept object as a constructor for pickled data (it must be callable)."""
    _require_callable(object, "constructors")


def _register(ob_type, reducer):
    dispatch_table[ob_type] = reducer


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function the reducer for instances of ob_type."""
    _require_callable(pickle_function, "reduction functions")
    _register(ob_type, pickle_function)
    if constructor_ob is not None:
        _require_callable(constructor_ob, "constructors")


dispatch_table[complex] = lambda z: (complex, (z.real, z.imag))


def _union_reducer(u):
    from functools import reduce
    from operator import or_
    return reduce, (or_, u.__args__)


try:
    dispatch_table[type(int | str)] = _union_reducer
except TypeError:       # no X | Y of types in this interpreter yet
    pass


# ---- constructors named by reduce tuples ------------------------------------------------------

def __newobj__(cls, *args):
    """Protocol 2's constructor: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments for __new__."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Protocols 0 and 1: an instance of cls made as its built-in base `base` would be."""
    return object.__new__(cls) if base is object else _made_like(base, cls, state)


def _made_like(base, cls, value):
    """base's constructor and initializer applied to a new cls, with value."""
    fresh = base.__new__(cls, value)
    initializer = base.__init__
    if initializer != object.__init__:
        initializer(fresh, value)
    return fresh


# ---- object.__reduce_ex__ below protocol 2 ----------------------------------------------------

# The type.__flags__ bit of classes made by class statements (CPython's Py_TPFLAGS_HEAPTYPE,
# which type.__flags__ reports in CPython's bit values).
_CLASS_STATEMENT_FLAG = 1 << 9


def _builtin_base(cls):
    """The first class along cls's MRO that was not made by a class statement."""
    for klass in cls.__mro__:
        flags = getattr(klass, '__flags__', None)
        if flags is not None and not flags & _CLASS_STATEMENT_FLAG:
            return klass
    return object


def _old_protocol_state(obj, proto):
    """What protocols 0 and 1 save of obj besides its base's value."""
    slotted = bool(getattr(obj, "__slots__", None))
    getter = getattr(obj, '__getstate__', None)
    if getter is None:
        if slotted:
            raise TypeError(f"cannot pickle {type(obj).__name__!r} object: a class that "
                            f"defines __slots__ without defining __getstate__ cannot be "
                            f"pickled with protocol {proto}")
        return getattr(obj, '__dict__', None)
    if slotted and type(obj).__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    return getter()


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    value = None if base is object else base(self)
    extra = _old_protocol_state(self, proto)
    recipe = (_reconstructor, (cls, base, value))
    return recipe + (extra,) if extra else recipe


# ---- slot names -------------------------------------------------------------------------------

def _own_slots(klass):
    """The slot names klass itself declares, private ones mangled, without __dict__/__weakref__."""
    declared = klass.__dict__.get("__slots__", ())
    if isinstance(declared, str):
        declared = [declared]
    owner = klass.__name__.lstrip('_')
    found = []
    for name in declared:
        if name == "__dict__" or name == "__weakref__":
            continue
        private = name.startswith('__') and not name.endswith('__')
        found.append('_%s%s' % (owner, name) if private and owner else name)
    return found


def _slotnames(cls):
    """All of cls's slot names along its MRO, cached as cls.__slotnames__."""
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            names.extend(_own_slots(klass))
    try:
        cls.__slotnames__ = names
    except Exception:       # a class that refuses new attributes
        pass
    return names


# ---- extension codes (pickle's EXT1/EXT2/EXT4) ------------------------------------------------

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> the object, once loaded


def _registered(key, code):
    return _extension_registry.get(key) == code and _inverted_registry.get(code) == key


def _conflict(key, code):
    """The error message if key or code is already taken by another pairing, else None."""
    if key in _extension_registry:
        return "key %s is already registered with code %s" % (key, _extension_registry[key])
    if code in _inverted_registry:
        return "code %s is already in use for key %s" % (code, _inverted_registry[code])
    return None


def add_extension(module, name, code):
    """Give the object module.name the extension code `code` (1 .. 2**31-1)."""
    number = int(code)
    if not 0 < number < 0x80000000:
        raise ValueError("code out of range")
    pair = (module, name)
    if not _registered(pair, number):
        problem = _conflict(pair, number)
        if problem:
            raise ValueError(problem)
        _extension_registry[pair] = number
        _inverted_registry[number] = pair


def remove_extension(module, name, code):
    """Take back an extension code given by add_extension."""
    pair = (module, name)
    if not _registered(pair, code):
        raise ValueError("key %s is not registered with code %s" % (pair, code))
    for table, entry in ((_extension_registry, pair), (_inverted_registry, code)):
        del table[entry]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
