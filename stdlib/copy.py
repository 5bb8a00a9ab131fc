"""Shallow and deep copies of Python objects.

copy(x) makes a new object of x's kind sharing x's contents; deepcopy(x)
copies the contents too, recursively, copying each object once (a memo dict
maps id(original) to its copy, so shared and cyclic structures stay so).

A class can define __copy__() and __deepcopy__(memo); otherwise the object
is rebuilt from what __reduce_ex__(4) (or copyreg.dispatch_table) says.
"""

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # the old name


class _Probe:
    def method(self):
        pass


_function = type(_Probe.method)
_method = type(_Probe().method)
_builtin = type(len)
_code = type(_Probe.method.__code__)

# Objects that both copies return unchanged: immutable, or without a meaningful copy.
_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str, bytes,
    type, range, _builtin, _function, _code, property,
}
try:
    from weakref import ref as _weakref
except ImportError:
    pass
else:
    _ATOMIC.add(_weakref)

# copy() also returns these unchanged: immutable containers.
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}

# copy() of these is their own .copy().
_SHALLOW_METHOD = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def _reduction(x, cls, what):
    """The reduce tuple (or string) that describes how to rebuild x."""
    reducer = copyreg.dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    reduce_ex = getattr(x, "__reduce_ex__", None)
    if reduce_ex is not None:
        return reduce_ex(4)
    reduce = getattr(x, "__reduce__", None)
    if reduce is not None:
        return reduce()
    raise Error(f"un({what})copyable object of type {cls}")


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    by_method = _SHALLOW_METHOD.get(cls)
    if by_method is not None:
        return by_method(x)
    if issubclass(cls, type):
        return x
    own = getattr(cls, "__copy__", None)
    if own is not None:
        return own(x)
    recipe = _reduction(x, cls, "shallow")
    if isinstance(recipe, str):
        return x
    return _rebuild(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) -> copy for objects already copied."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    handler = _DEEP.get(cls)
    if handler is not None:
        result = handler(x, memo)
    elif cls in _ATOMIC or issubclass(cls, type):
        result = x
    else:
        own = getattr(x, "__deepcopy__", None)
        if own is not None:
            result = own(memo)
        else:
            recipe = _reduction(x, cls, "deep")
            result = x if isinstance(recipe, str) else _rebuild(x, memo, *recipe)
    if result is not x:
        memo[key] = result
        _hold(x, memo)
    return result


def _hold(x, memo):
    # Keep the original alive while memo lives, so that its id is not reused by another
    # object during the same deepcopy. The list sits in memo under memo's own id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- deep copies of the built-in containers ---------------------------------------------------

def _deep_atomic(x, memo):
    return x


def _deep_list(x, memo):
    out = []
    memo[id(x)] = out
    for item in x:
        out.append(deepcopy(item, memo))
    return out


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A cycle through x may already have made its copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deep_dict(x, memo):
    out = {}
    memo[id(x)] = out
    for k, v in x.items():
        out[deepcopy(k, memo)] = deepcopy(v, memo)
    return out


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP = {cls: _deep_atomic for cls in _ATOMIC}
_DEEP.update({list: _deep_list, tuple: _deep_tuple, dict: _deep_dict, _method: _deep_method})


# ---- rebuilding from a reduce tuple -----------------------------------------------------------

def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Make the copy that (func, args, state, listitems, dictitems) describes.

    memo is None for a shallow copy; otherwise args, state and items are deep-copied.
    """
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setter = getattr(y, '__setstate__', None)
        if setter is not None:
            setter(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state is not None:
                y.__dict__.update(state)
            if slots is not None:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
