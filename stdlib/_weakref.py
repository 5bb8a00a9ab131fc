"""Weak references for gilvm: reference and proxy types over the native cells of
_gilvm_weakref (the collector clears a cell when its object is collected)."""

import _gilvm_weakref as _native

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'ReferenceType', 'ProxyType', 'CallableProxyType']


class _WeakBase:
    """Layout shared by every weak reference: the cell and the callback come first
    (the native registry reads them at fixed words)."""
    __slots__ = ('_gilvm_cell', '_gilvm_cb')


_cell_get = _WeakBase._gilvm_cell.__get__
_cell_set = _WeakBase._gilvm_cell.__set__
_cb_get = _WeakBase._gilvm_cb.__get__
_cb_set = _WeakBase._gilvm_cb.__set__


def _hex(o):
    return '0x%016x' % id(o)


def _attach(w, target, callback):
    _cell_set(w, _native.cell(target))
    _cb_set(w, callback)
    _native.track(w)
    return w


class ReferenceType(_WeakBase):
    """ref(object[, callback]): a weak reference; calling it gives the object or None."""
    __slots__ = ('_gilvm_hash',)

    def __new__(cls, ob, callback=None, /, **_ignored):
        if callback is None and cls is ReferenceType:
            for w in _native.refs_to(ob):
                if type(w) is ReferenceType and _cb_get(w) is None:
                    return w
        w = _WeakBase.__new__(cls)
        w._gilvm_hash = None
        return _attach(w, ob, callback)

    def __init__(self, ob, callback=None, /, **_ignored):
        pass

    def __call__(self):
        return _native.target(_cell_get(self))

    @property
    def __callback__(self):
        return _cb_get(self)

    def __hash__(self):
        h = self._gilvm_hash
        if h is None:
            target = self()
            if target is None:
                raise TypeError('weak object has gone away')
            h = self._gilvm_hash = hash(target)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        mine, theirs = self(), other()
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        mine, theirs = self(), other()
        if mine is None or theirs is None:
            return self is not other
        return mine != theirs

    def __repr__(self):
        target = self()
        if target is None:
            return '<weakref at %s; dead>' % _hex(self)
        tname = type(target).__name__
        try:
            name = target.__name__
        except Exception:
            name = None
        text = "<weakref at %s; to '%s' at %s" % (_hex(self), tname, _hex(target))
        if isinstance(name, str):
            text += ' (%s)' % name
        return text + '>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _live(p):
    target = _native.target(_cell_get(p))
    if target is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return target


class ProxyType(_WeakBase):
    """A weak proxy: every operation goes to the object, ReferenceError once it is gone."""
    __slots__ = ()

    def __getattribute__(self, name):
        return getattr(_live(self), name)

    def __setattr__(self, name, value):
        setattr(_live(self), name, value)

    def __delattr__(self, name):
        delattr(_live(self), name)

    def __repr__(self):
        target = _native.target(_cell_get(self))
        if target is None:
            return '<weakproxy at %s; dead>' % _hex(self)
        return '<weakproxy at %s to %s at %s>' % (_hex(self), type(target).__name__, _hex(target))

    def __str__(self):
        return str(_live(self))

    def __bytes__(self):
        return bytes(_live(self))

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _proxy_type_name(self))

    def __bool__(self):
        return bool(_live(self))

    def __len__(self):
        return len(_live(self))

    def __iter__(self):
        return iter(_live(self))

    def __next__(self):
        return next(_live(self))

    def __reversed__(self):
        return reversed(_live(self))

    def __contains__(self, item):
        return item in _live(self)

    def __getitem__(self, key):
        return _live(self)[key]

    def __setitem__(self, key, value):
        _live(self)[key] = value

    def __delitem__(self, key):
        del _live(self)[key]

    def __index__(self):
        import operator
        return operator.index(_live(self))

    def __int__(self):
        return int(_live(self))

    def __float__(self):
        return float(_live(self))

    def __abs__(self):
        return abs(_live(self))

    def __neg__(self):
        return -_live(self)

    def __pos__(self):
        return +_live(self)

    def __invert__(self):
        return ~_live(self)

    def __enter__(self):
        return _live(self).__enter__()

    def __exit__(self, *exc):
        return _live(self).__exit__(*exc)


def _unwrap(x):
    return _live(x) if isinstance(x, ProxyType) else x


def _proxy_type_name(p):
    return 'weakref.' + _WeakBase.__getattribute__(p, '__class__').__name__


def _make_binary(op):
    def forward(self, other):
        return op(_live(self), _unwrap(other))

    def backward(self, other):
        return op(_unwrap(other), _live(self))
    return forward, backward


def _install_operators():
    import operator
    table = [('add', operator.add), ('sub', operator.sub), ('mul', operator.mul),
             ('truediv', operator.truediv), ('floordiv', operator.floordiv),
             ('mod', operator.mod), ('pow', pow), ('matmul', operator.matmul),
             ('lshift', operator.lshift), ('rshift', operator.rshift),
             ('and', operator.and_), ('or', operator.or_), ('xor', operator.xor),
             ('divmod', divmod)]
    for name, op in table:
        fwd, bwd = _make_binary(op)
        setattr(ProxyType, '__%s__' % name, fwd)
        setattr(ProxyType, '__r%s__' % name, bwd)
    for name, op in [('eq', operator.eq), ('ne', operator.ne), ('lt', operator.lt),
                     ('le', operator.le), ('gt', operator.gt), ('ge', operator.ge)]:
        setattr(ProxyType, '__%s__' % name, _make_binary(op)[0])
    for name in ('iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow',
                 'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'imatmul'):
        op = getattr(operator, name)

        def inplace(self, other, _op=op):
            _op(_live(self), _unwrap(other))
            return self
        setattr(ProxyType, '__%s__' % name, inplace)


_install_operators()
del _install_operators


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _live(self)(*args, **kwargs)


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'


def proxy(ob, callback=None, /):
    """A proxy to ob that refers to it weakly (callable if ob is)."""
    if callback is None:
        for w in _native.refs_to(ob):
            if type(w) in (ProxyType, CallableProxyType) and _cb_get(w) is None:
                return w
    kind = CallableProxyType if callable(ob) else ProxyType
    return _attach(_WeakBase.__new__(kind), ob, callback)


def getweakrefcount(ob, /):
    """How many weak references and proxies refer to ob."""
    return len(_native.refs_to(ob))


def getweakrefs(ob, /):
    """The weak references and proxies that refer to ob."""
    return _native.refs_to(ob)


def _remove_dead_weakref(d, key, /):
    """Delete d[key] if it is a dead weak reference."""
    w = d.get(key)
    if w is not None and w() is None:
        del d[key]
