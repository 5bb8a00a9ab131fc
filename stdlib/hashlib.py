"""Secure hashes and message digests: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2.

gilvm's stdlib: written for gilvm, not copied from CPython. It offers what
CPython 3.12's hashlib offers (without OpenSSL's extra algorithms and
scrypt): the named constructors, new(), pbkdf2_hmac(), file_digest(), and
hash objects that look like OpenSSL's _hashlib.HASH / HASHXOF and the
_blake2 types, with their names, sizes, reprs and error messages.

Design: a hash object holds only a bytearray *context* (the chaining state,
the unprocessed tail and the length, laid out by src/lib/hash-kernels.ts),
so that it lives in the shared heap and any thread may update it. The
natives of _gilvm_hash do the work on it: absorbing whole blocks straight
from the caller's buffer, padding a copy for the digest, and taking the
context's lock while they do, so concurrent updates of one object never
corrupt it (the order in which they land is the threads' race, as in
CPython).
"""

import _gilvm_hash as _h
from operator import index as _index

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest', 'pbkdf2_hmac')

# name -> (algorithm id, block size, digest size), in the natives' numbering.
_ALGS = {name: (i, block, size) for i, (name, block, size) in enumerate(_h.algorithms())}

algorithms_guaranteed = frozenset(_ALGS)
algorithms_available = set(_ALGS)

# An absent argument: None is not a default of the constructors (md5(None) is a TypeError).
_MISSING = object()


def _parse(func, args, kwargs, positional, keywords):
    """Argument Clinic's rules and messages: `positional` (name, default) pairs that may also be
    given by name unless the name starts with '/', then keyword-only `keywords`."""
    if len(args) > len(positional):
        n = len(positional)
        raise TypeError(f'{func}() takes at most {n} positional argument{"s" if n != 1 else ""} '
                        f'({len(args)} given)')
    values = {}
    for i, (name, default) in enumerate(positional):
        values[name.lstrip('/')] = args[i] if i < len(args) else default
    for key, value in kwargs.items():
        spot = next((i for i, (name, _) in enumerate(positional) if name == key), None)
        if spot is None and key not in keywords:
            raise TypeError(f"'{key}' is an invalid keyword argument for {func}()")
        if spot is not None and spot < len(args):
            raise TypeError(f"argument for {func}() given by name ('{key}') and position ({spot + 1})")
        values[key] = value
    for key, default in keywords.items():
        values.setdefault(key, default)
    return values


def _one_argument(method, args, kwargs):
    """The argument of a C method taking exactly one positional argument (METH_O's messages)."""
    if kwargs:
        raise TypeError(f'{method}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'{method}() takes exactly one argument ({len(args)} given)')
    return args[0]


# ---- OpenSSL-style hash objects -------------------------------------------------------------

class HASH:
    """A hash object (as OpenSSL's _hashlib.HASH): update(), digest(), hexdigest(), copy()."""

    __slots__ = ('_ctx', '_name')
    __module__ = '_hashlib'

    def __new__(cls, *args, **kwargs):
        # A C type's name is dotted; a Python subclass's is its bare name.
        shown = f'_hashlib.{cls.__name__}' if cls.__module__ == '_hashlib' else cls.__name__
        raise TypeError(f"cannot create '{shown}' instances")

    @classmethod
    def _make(cls, name, data):
        self = object.__new__(cls)
        self._name = name
        self._ctx = _h.new(_ALGS[name][0])
        if data is not _MISSING:
            _h.update(self._ctx, data)
        return self

    def __repr__(self):
        return f'<{self._name} _hashlib.{type(self).__name__} object @ {hex(id(self))}>'

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _ALGS[self._name][2]

    @property
    def block_size(self):
        return _ALGS[self._name][1]

    def update(self, *args, **kwargs):
        """Update this hash object's state with the provided bytes-like object."""
        _h.update(self._ctx, _one_argument('HASH.update', args, kwargs))

    def digest(self):
        """Return the digest value as a bytes object."""
        return _h.digest(self._ctx, self.digest_size)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other._name = self._name
        other._ctx = _h.copy(self._ctx)
        return other


def _length(length, method):
    if length is _MISSING:
        raise TypeError(f"{method}() missing required argument 'length' (pos 1)")
    n = _index(length)
    if n >= 1 << 63 or n < -(1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    if n < 0:
        # What CPython 3.12 itself says (its C code passes the length on unchecked).
        raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
    return n


class HASHXOF(HASH):
    """An extendable-output hash (SHAKE): digest(length) and hexdigest(length)."""

    __slots__ = ()
    __module__ = '_hashlib'

    def digest(self, length=_MISSING):
        """Return the digest value as a bytes object."""
        return _h.digest(self._ctx, _length(length, 'digest'))

    def hexdigest(self, length=_MISSING):
        """Return the digest value as a string of hexadecimal digits."""
        return _h.digest(self._ctx, _length(length, 'hexdigest')).hex()


def _openssl_constructor(name):
    cls = HASHXOF if name.startswith('shake_') else HASH
    func = 'openssl_' + name

    def construct(*args, **kwargs):
        a = _parse(func, args, kwargs, [('string', _MISSING)], {'usedforsecurity': True})
        return cls._make(name, a['string'])

    construct.__name__ = construct.__qualname__ = func
    construct.__doc__ = f'Returns a {name} hash object; optionally initialized with a string'
    return construct


md5, sha1, sha224, sha256, sha384, sha512 = map(
    _openssl_constructor, ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256 = map(
    _openssl_constructor, ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'))


# ---- BLAKE2 ---------------------------------------------------------------------------------

def _c_int(v):
    v = _index(v)
    if not -(1 << 31) <= v < 1 << 31:
        raise OverflowError('Python int too large to convert to C int')
    return v


def _unsigned(v, bits, message):
    v = _index(v)
    if v < 0:
        raise ValueError('value must be positive')
    if v >= 1 << bits:
        raise OverflowError(message)
    return v


def _buffer(v):
    if isinstance(v, str) or not _is_buffer(v):
        raise TypeError(f"a bytes-like object is required, not '{type(v).__name__}'")
    return bytes(v)


def _is_buffer(v):
    try:
        memoryview(v)
    except TypeError:
        return False
    return True


def _no_subclasses(cls):
    """As CPython's _blake2 types, which are not acceptable base types (blake2b and blake2s
    themselves, subclasses of _Blake2 here, are told apart by the module name they declare)."""
    if cls.__module__ != '_blake2':
        base = cls.__bases__[0]
        raise TypeError(f"type '{base.__module__}.{base.__name__}' is not an acceptable base type")


class _Blake2:
    """What blake2b and blake2s share; each subclass sets the sizes of its variant (RFC 7693)."""

    __slots__ = ('_ctx', '_size')
    __init_subclass__ = classmethod(_no_subclasses)

    def __new__(cls, *args, **kwargs):
        a = _parse(cls._NAME, args, kwargs, [('/data', _MISSING)], {
            'digest_size': cls.MAX_DIGEST_SIZE, 'key': b'', 'salt': b'', 'person': b'',
            'fanout': 1, 'depth': 1, 'leaf_size': 0, 'node_offset': 0, 'node_depth': 0,
            'inner_size': 0, 'last_node': False, 'usedforsecurity': True})
        self = object.__new__(cls)
        self._size = size = cls._check(a)
        # The parameter block of RFC 7693 section 2.5 (BLAKE2s: 6-byte node offset, no padding).
        wide = cls.MAX_DIGEST_SIZE == 64
        param = (bytes((size, len(a['key']), a['fanout'], a['depth']))
                 + a['leaf_size'].to_bytes(4, 'little')
                 + a['node_offset'].to_bytes(8 if wide else 6, 'little')
                 + bytes((a['node_depth'], a['inner_size']))
                 + bytes(14 if wide else 0)
                 + a['salt'].ljust(cls.SALT_SIZE, b'\0')
                 + a['person'].ljust(cls.PERSON_SIZE, b'\0'))
        self._ctx = _h.new(_ALGS[cls._NAME][0], param, a['key'], bool(a['last_node']))
        if a['data'] is not _MISSING:
            _h.update(self._ctx, a['data'])
        return self

    @classmethod
    def _check(cls, a):
        """Convert the parameters in order, then check their ranges in CPython's order."""
        size = _c_int(a['digest_size'])
        for k in ('key', 'salt', 'person'):
            a[k] = _buffer(a[k])
        a['fanout'], a['depth'] = _c_int(a['fanout']), _c_int(a['depth'])
        a['leaf_size'] = _unsigned(a['leaf_size'], 64, 'Python int too large to convert to C unsigned long')
        a['node_offset'] = _unsigned(a['node_offset'], 64, 'int too big to convert')
        a['node_depth'], a['inner_size'] = _c_int(a['node_depth']), _c_int(a['inner_size'])
        top = cls.MAX_DIGEST_SIZE
        if not 1 <= size <= top:
            raise ValueError(f'digest_size must be between 1 and {top} bytes')
        if len(a['salt']) > cls.SALT_SIZE:
            raise ValueError(f'maximum salt length is {cls.SALT_SIZE} bytes')
        if len(a['person']) > cls.PERSON_SIZE:
            raise ValueError(f'maximum person length is {cls.PERSON_SIZE} bytes')
        if not 0 <= a['fanout'] <= 255:
            raise ValueError('fanout must be between 0 and 255')
        if not 1 <= a['depth'] <= 255:
            raise ValueError('depth must be between 1 and 255')
        if a['leaf_size'] > 0xFFFFFFFF:
            raise OverflowError('leaf_size is too large')
        if top == 32 and a['node_offset'] >= 1 << 48:
            raise OverflowError('node_offset is too large')
        if not 0 <= a['node_depth'] <= 255:
            raise ValueError('node_depth must be between 0 and 255')
        if not 0 <= a['inner_size'] <= top:
            raise ValueError(f'inner_size must be between 0 and is {top}')  # sic, CPython's words
        if len(a['key']) > cls.MAX_KEY_SIZE:
            raise ValueError(f'maximum key length is {cls.MAX_KEY_SIZE} bytes')
        return size

    @property
    def name(self):
        return self._NAME

    @property
    def digest_size(self):
        return self._size

    @property
    def block_size(self):
        return _ALGS[self._NAME][1]

    def update(self, *args, **kwargs):
        """Update this hash object's state with the provided string."""
        _h.update(self._ctx, _one_argument(self._NAME + '.update', args, kwargs))

    def digest(self):
        """Return the digest value as a bytes object."""
        return _h.digest(self._ctx, self._size)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other._size = self._size
        other._ctx = _h.copy(self._ctx)
        return other


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    __slots__ = ()
    __module__ = '_blake2'
    _NAME = 'blake2b'  # not __name__: subclasses keep the algorithm
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 64
    SALT_SIZE = PERSON_SIZE = 16


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    __slots__ = ()
    __module__ = '_blake2'
    _NAME = 'blake2s'
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 32
    SALT_SIZE = PERSON_SIZE = 8


# ---- new, pbkdf2_hmac, file_digest ----------------------------------------------------------

# OpenSSL's own spellings that CPython's new() accepts besides the hashlib names.
_OPENSSL_ALIASES = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
_CONSTRUCTORS = {name: globals()[name] for name in _ALGS}


def _lookup(name):
    """The hashlib name for an algorithm name, or None."""
    if name in _ALGS:
        return name
    lower = name.lower()
    return lower if lower in _OPENSSL_ALIASES else None


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name in ('blake2b', 'blake2s'):
        return _CONSTRUCTORS[name](data, **kwargs)
    a = _parse('new', (name, data), kwargs, [('name', None), ('string', None)], {'usedforsecurity': True})
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    found = _lookup(name)
    if found is None:
        raise ValueError('unsupported hash type ' + name)
    cls = HASHXOF if found.startswith('shake_') else HASH
    return cls._make(found, a['string'])


new = __hash_new


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    password, salt = _buffer(password), _buffer(salt)
    iterations = _index(iterations)
    found = _lookup(hash_name)
    if found is None or _ALGS[found][2] == 0:
        raise ValueError('unsupported hash type ' + hash_name)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 0x7FFFFFFF:
        raise OverflowError('iteration value is too great.')
    dklen = _ALGS[found][2] if dklen is None else _index(dklen)
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > 0x7FFFFFFF:
        raise OverflowError('key length is too great.')
    return _h.pbkdf2(_ALGS[found][0], password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    digest is a hash name or a callable that returns a new hash object.
    """
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        # io.BytesIO: its whole buffer at once, without copying through reads.
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if not size:
            break
        h.update(view[:size])
    return h
