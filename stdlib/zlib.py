"""The zlib compression library's interface: compress, decompress, streaming objects, checksums.

gilvm's stdlib: written for gilvm, not copied from CPython. The work is done by the native
_gilvm_zlib (src/lib/zlib-module.ts over node:zlib); this module checks arguments as CPython's
Argument Clinic does, with its messages, and holds the Compress and Decompress classes, whose
state is a handle to a z_stream kept in the thread that made it.

Node bundles Chromium's zlib, whose compressed bytes can differ from those of the zlib CPython
is linked with for the same level (both are valid; each decompresses the other's).
"""

import _gilvm_zlib as _z
from operator import index as _index

__version__ = '1.0'

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384

Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1

Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0

Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6

ZLIB_VERSION = '1.3.1'
ZLIB_RUNTIME_VERSION = '1.3.1'


class error(Exception):
    pass


error.__module__ = 'zlib'
_z.error = error

_MISSING = object()


def _args(func, args, kwargs, names, required, posonly):
    """Argument Clinic's parsing: `names` (name, default) in order, the first `posonly`
    positional-only, the first `required` required."""
    n = len(names)
    if len(args) > n:
        if required == n:
            raise TypeError(f'{func}() takes exactly {n} argument{"s" if n != 1 else ""} ({len(args)} given)')
        raise TypeError(f'{func}() takes at most {n} argument{"s" if n != 1 else ""} ({len(args)} given)')
    if len(args) < posonly and required > len(args):
        raise TypeError(f'{func}() takes at least {min(required, posonly)} positional argument'
                        f'{"s" if min(required, posonly) != 1 else ""} ({len(args)} given)')
    values = list(args) + [_MISSING] * (n - len(args))
    for key, value in kwargs.items():
        spot = next((i for i, (name, _) in enumerate(names) if name == key and i >= posonly), None)
        if spot is None:
            raise TypeError(f"{func}() got an unexpected keyword argument '{key}'")
        if spot < len(args):
            raise TypeError(f"argument for {func}() given by name ('{key}') and position ({spot + 1})")
        values[spot] = value
    for i in range(required):
        if values[i] is _MISSING:
            if i < posonly:
                raise TypeError(f'{func}() takes at least {required} positional argument'
                                f'{"s" if required != 1 else ""} ({len(args)} given)')
            raise TypeError(f"{func}() missing required argument '{names[i][0]}' (pos {i + 1})")
    return [names[i][1] if v is _MISSING else v for i, v in enumerate(values)]


def _cint(v):
    """A C int argument (index(), with OverflowError out of range)."""
    v = _index(v)
    if not -2147483648 <= v <= 2147483647:
        if v > 0:
            raise OverflowError('signed integer is greater than maximum')
        raise OverflowError('signed integer is less than minimum')
    return v


def _ssize(v):
    v = _index(v)
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


def _clamp(v):
    """A C int handed to the natives, whose small ints stop at 2**30 (such values are invalid anyway)."""
    return max(-(1 << 30), min(v, (1 << 30) - 1))


def _buffer(data):
    memoryview(data)  # TypeError for a non-buffer, with CPython's message
    return data


def compress(*args, **kwargs):
    data, level, wbits = _args('compress', args, kwargs, (('data', None), ('level', -1), ('wbits', MAX_WBITS)), 1, 1)
    return _z.compress(data, _clamp(_cint(level)), _clamp(_cint(wbits)))


def decompress(*args, **kwargs):
    data, wbits, bufsize = _args('decompress', args, kwargs,
                                 (('data', None), ('wbits', MAX_WBITS), ('bufsize', DEF_BUF_SIZE)), 1, 1)
    wbits = _cint(wbits)
    if _ssize(bufsize) < 0:
        raise ValueError('bufsize must be non-negative')
    return _z.decompress(data, _clamp(wbits))


def crc32(*args, **kwargs):
    if kwargs:
        raise TypeError('crc32() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        raise TypeError(f'crc32 expected {"at least 1 argument" if not args else "at most 2 arguments"}, got {len(args)}')
    value = _index(args[1]) & 0xFFFFFFFF if len(args) > 1 else 0
    return _z.crc32(args[0], value)


def adler32(*args, **kwargs):
    if kwargs:
        raise TypeError('adler32() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        raise TypeError(f'adler32 expected {"at least 1 argument" if not args else "at most 2 arguments"}, got {len(args)}')
    value = _index(args[1]) & 0xFFFFFFFF if len(args) > 1 else 1
    return _z.adler32(args[0], value)


class _Stream:
    __slots__ = ('_h',)

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create 'zlib.{cls.__name__}' instances")

    @classmethod
    def _wrap(cls, handle):
        self = object.__new__(cls)
        self._h = handle
        return self

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()


class Compress(_Stream):
    __slots__ = ()

    def compress(self, data, /):
        return _z.c_compress(self._h, data)

    def flush(self, mode=Z_FINISH, /):
        return _z.c_flush(self._h, _clamp(_cint(mode)))

    def copy(self):
        return _Compress._wrap(_z.c_copy(self._h))


class Decompress(_Stream):
    __slots__ = ('_unused', '_tail', '_eof')

    @property
    def unused_data(self):
        return self._unused

    @property
    def unconsumed_tail(self):
        return self._tail

    @property
    def eof(self):
        return self._eof

    def _run(self, data, max_length):
        out, used, eof = _z.d_decompress(self._h, data, max_length)
        size = len(data) if isinstance(data, bytes) else memoryview(data).nbytes
        if used < size:
            rest = data[used:] if isinstance(data, bytes) else memoryview(data).cast('B')[used:].tobytes()
        else:
            rest = b''
        if eof:
            self._eof = True
            if rest:
                self._unused += rest
                rest = b''
        if rest or self._tail:
            self._tail = rest
        return out

    def decompress(self, *args, **kwargs):
        data, max_length = _args('decompress', args, kwargs, (('data', None), ('max_length', 0)), 1, 1)
        max_length = _ssize(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._run(data, _clamp(max_length))

    def flush(self, length=DEF_BUF_SIZE, /):
        if _ssize(length) <= 0:
            raise ValueError('length must be greater than zero')
        return self._run(self._tail, 0)

    def copy(self):
        c = _Decompress._wrap(_z.d_copy(self._h))
        c._unused, c._tail, c._eof = self._unused, self._tail, self._eof
        return c


# As in CPython, the types are reached through the objects only, not as module attributes.
_Compress, _Decompress = Compress, Decompress
_Compress.__module__ = _Decompress.__module__ = 'zlib'
del Compress, Decompress


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    args = [_clamp(_cint(v)) for v in (level, method, wbits, memLevel, strategy)]
    return _Compress._wrap(_z.compressobj(*args, zdict))


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    wbits = _cint(wbits)
    if zdict is not None:
        try:
            memoryview(zdict)
        except TypeError:
            raise TypeError('zdict argument must support the buffer protocol') from None
    d = _Decompress._wrap(_z.decompressobj(_clamp(wbits), zdict if zdict else None))
    d._unused, d._tail, d._eof = b'', b'', False
    return d
