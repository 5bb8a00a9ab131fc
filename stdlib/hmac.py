"""HMAC (keyed-hashing for message authentication, RFC 2104).

gilvm's stdlib: written for gilvm, not copied from CPython. It offers
CPython 3.12's interface: the HMAC class (new() makes one), the one-shot
digest(), and compare_digest().

Design: an HMAC is two hashlib objects, the inner one keyed with K ^ ipad
and the outer one with K ^ opad; messages go to the inner one, and a digest
is the outer one's copy fed with the inner digest. hashlib's objects lock
their own state, so an HMAC shared by threads stays consistent without a
lock of its own (its outer object never changes after construction).
"""

import hashlib as _hashlib

__all__ = ['HMAC', 'new', 'digest', 'compare_digest']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hashing module used.
digest_size = None


def _constructor(digestmod):
    """A function data -> new hash object, for a name, a constructor or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _keyed_pair(key, cons):
    """The inner and outer hash objects for key, and the block size used to pad it."""
    inner, outer = cons(), cons()
    block_size = getattr(inner, 'block_size', 64)
    if block_size < 16:
        block_size = 64  # CPython warns and uses 64 for such odd hashes
    if len(key) > block_size:
        key = cons(key).digest()
    key = bytes(key).ljust(block_size, b'\0')
    outer.update(key.translate(trans_5C))
    inner.update(key.translate(trans_36))
    return inner, outer, block_size


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247).
    """
    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ('_hmac', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or buffer, key for the keyed hash object.
        msg: bytes or buffer, Initial input for the hash or None.
        digestmod: a hash name, a constructor or a module. Required.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._hmac = None
        self._inner, self._outer, self.block_size = _keyed_pair(key, _constructor(digestmod))
        self.digest_size = self._inner.digest_size
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other._hmac = None
        other.digest_size, other.block_size = self.digest_size, self.block_size
        other._inner, other._outer = self._inner.copy(), self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object (does not alter it)."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it (see HMAC)."""
    return HMAC(key, msg, digestmod)


def _need_buffer(v):
    """v's buffer as a simple (C-contiguous) request gets it, with that request's errors."""
    try:
        view = None if isinstance(v, str) else memoryview(v)
    except TypeError:
        view = None
    if view is None:
        raise TypeError(f"a bytes-like object is required, not '{type(v).__name__}'")
    if not view.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return view


def digest(key, msg, digest):
    """Fast inline implementation of HMAC: the digest of msg with key, in one call."""
    key, msg = _need_buffer(key), _need_buffer(msg)
    inner, outer, _ = _keyed_pair(key, _constructor(digest))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(*args):
    """Return 'a == b', taking a time that depends on the length of b, not on where they differ.

    a and b must both be str (ASCII only) or both bytes-like objects.
    """
    if len(args) != 2:
        raise TypeError(f'compare_digest expected 2 arguments, got {len(args)}')
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a, b = a.encode(), b.encode()
    elif not (_is_buffer(a) or _is_buffer(b)):
        raise TypeError('unsupported operand types(s) or combination of types: '
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    a, b = bytes(_need_buffer(a)), bytes(_need_buffer(b))
    # Every byte of b is compared whatever the lengths and differences, as CPython's _tscmp.
    result = len(a) ^ len(b)
    left = a if len(a) == len(b) else b
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0


def _is_buffer(v):
    try:
        memoryview(v)
    except TypeError:
        return False
    return True
