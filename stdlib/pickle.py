"""gilvm's stdlib: written for gilvm, not copied from CPython.

Serialize Python objects to bytes (dumps/dump, Pickler) and back (loads/load,
Unpickler) in the pickle format, protocols 0 to 5.

Design: the Pickler writes the same bytes as CPython 3.12's C pickler: the
same opcode per object and protocol, the same memo numbering, batches of 1000
for APPENDS/SETITEMS/ADDITEMS, and the same framing (protocol 4+: a frame is
closed once it reaches 64 KiB after an object's save; frames under 4 bytes get
no FRAME header; payloads of 64 KiB or more are written outside any frame).
Output goes to one bytearray; the current frame's 9-byte header is reserved up
front and filled in (or cut out) when the frame closes. The Unpickler reads
from an in-memory buffer (the whole of loads' data, or one frame of a file) and
falls back to the file's read/readline between frames.
"""

import sys
import copyreg
from struct import pack as _pack, unpack_from as _unpack_from
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper of a bytes-like object that protocol 5 may send out of band."""

    def __init__(self, buffer):
        self._obj = buffer
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        self._view = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()

    def _readonly(self):
        return not isinstance(self._obj, bytearray) and getattr(self.raw(), "readonly", True)


# ---- opcodes ----------------------------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4
_NO_FRAME = 1 << 62     # a frame limit never reached: framing is off


class _Probe:
    def method(self):
        pass


_FunctionType = type(_Probe.method)
_BUILTINS_OF_TYPES = ''.join(['built', 'ins'])
_BUILTINS_OF_OTHERS = ''.join(['builti', 'ns'])
_BUILTINS_OF_SEARCH = _BUILTINS_OF_TYPES
# Built-in callables whose __reduce_ex__ gilvm does not give as CPython does: they are
# reduced here to a global name or getattr(owner, name), as CPython reduces them.
_CALLABLE_KINDS = {type(len), type(_Probe().method), type(str.upper), type(object.__init__),
                   type([].__len__), type(dict.__dict__['fromkeys'])}


# ---- helpers shared by both directions --------------------------------------------------------

def _raw_unicode_escape(text):
    """Protocol 0's UNICODE argument: latin-1, other characters and the line-breaking
    ones (and backslash) as \\uXXXX / \\UXXXXXXXX."""
    for ch in '\\\0\n\r\x1a':
        if ch in text:
            text = text.replace(ch, '\\u%04x' % ord(ch))
    # backslashreplace writes what raw-unicode-escape does past latin-1: \\uXXXX, \\UXXXXXXXX
    return text.encode('latin-1', 'backslashreplace')


def _raw_unicode_unescape(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        start = i
        while i < n and text[i] == '\\':
            i += 1
        run = i - start
        # Only an odd run of backslashes before u/U starts an escape.
        if run % 2 == 0 or i >= n or text[i] not in 'uU':
            out.append(text[start:i])
            continue
        out.append('\\' * (run - 1))
        width = 4 if text[i] == 'u' else 8
        digits = text[i + 1:i + 1 + width]
        if len(digits) != width or not all(c in '0123456789abcdefABCDEF' for c in digits):
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), start, i + 1,
                                     'truncated \\uXXXX escape' if width == 4
                                     else 'truncated \\UXXXXXXXX escape')
        code = int(digits, 16)
        if code > 0x10FFFF:
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), start, i + 1 + width,
                                     '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i += 1 + width
    return ''.join(out)


def _long_bytes(x):
    """x as the fewest little-endian two's-complement bytes (LONG1/LONG4's payload)."""
    if x == 0:
        return b''
    size = ((x if x >= 0 else ~x).bit_length() + 8) >> 3
    return x.to_bytes(size, 'little', signed=True)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """Stands for _codecs.encode, which protocols 0-2 name to rebuild bytes."""
    return obj.encode(encoding, errors)


def _deep_getattr(obj, parts):
    parent = None
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _which_module(obj, parts):
    name = getattr(obj, '__module__', None)
    if name is not None:
        return name
    modules = dict(sys.modules)
    order = ['builtins'] + [m for m in modules if m != 'builtins']
    for module_name in order:
        module = modules.get(module_name)
        if module_name in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _deep_getattr(module, parts)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# ---- pickling ---------------------------------------------------------------------------------

class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = int(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports)
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._out = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        out = self._out = bytearray()
        self._flimit = _NO_FRAME
        self._fstart = -1
        pid = getattr(self, 'persistent_id', None)
        self._pid = pid
        self._override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._table = dispatch_table if table is None else table
        self._fix = self.fix_imports and self.proto < 3
        if self.proto >= 2:
            out += PROTO
            out.append(self.proto)
        if self.proto >= 4:
            self._open_frame()
        try:
            self.save(obj)
            out += STOP
            if self.proto >= 4:
                self._close_frame()
            data = bytes(out)
        finally:
            self._out = None
        self._file_write(data)

    # -- output and frames --

    def _open_frame(self):
        out = self._out
        self._fstart = len(out)
        out += b'\0\0\0\0\0\0\0\0\0'
        self._flimit = self._fstart + 9 + _FRAME_TARGET

    def _close_frame(self):
        out = self._out
        start = self._fstart
        size = len(out) - start - 9
        if size >= _FRAME_MIN:
            out[start:start + 9] = FRAME + size.to_bytes(8, 'little')
        else:
            del out[start:start + 9]
        self._flimit = _NO_FRAME

    def _next_frame(self):
        self._close_frame()
        self._open_frame()

    def _write_large(self, header, payload):
        """header + payload, outside the frames when the payload fills one (as CPython)."""
        out = self._out
        if len(payload) >= _FRAME_TARGET and self._flimit != _NO_FRAME:
            self._close_frame()
            out += header
            out += payload
            self._open_frame()
        else:
            out += header
            out += payload

    # -- memo --

    def _memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        index = len(memo)
        memo[id(obj)] = (index, obj)
        out = self._out
        if self.proto >= 4:
            out += MEMOIZE
        elif self.bin:
            if index < 256:
                out += BINPUT
                out.append(index)
            else:
                out += LONG_BINPUT + _pack('<I', index)
        else:
            out += ('p%d\n' % index).encode('ascii')

    def _get(self, index):
        out = self._out
        if self.bin:
            if index < 256:
                out += BINGET
                out.append(index)
            else:
                out += LONG_BINGET + _pack('<I', index)
        else:
            out += ('g%d\n' % index).encode('ascii')

    # -- the dispatcher --

    def save(self, obj, save_persistent_id=True):
        # As CPython, a full frame is closed when the next object's save starts.
        if len(self._out) >= self._flimit:
            self._next_frame()
        if save_persistent_id and self._pid is not None:
            pid = self._pid(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._out += NONE
        elif t is int:
            self._save_int(obj)
        elif t is bool:
            if self.proto >= 2:
                self._out += NEWTRUE if obj else NEWFALSE
            else:
                self._out += TRUE if obj else FALSE
        elif t is float:
            if self.bin:
                self._out += BINFLOAT + _pack('>d', obj)
            else:
                self._out += FLOAT + repr(obj).encode('ascii') + b'\n'
        else:
            seen = self.memo.get(id(obj))
            if seen is not None:
                self._get(seen[0])
            elif t is str:
                self._save_str(obj)
            elif t is bytes:
                self._save_bytes(obj)
            else:
                self._save_other(obj, t)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out += BINPERSID
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._out += PERSID + text.encode('ascii') + b'\n'

    def _save_other(self, obj, t):
        if self._override is not None:
            rv = self._override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is list:
            self._save_list(obj)
        elif t is dict:
            self._save_dict(obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is set:
            self._save_set(obj)
        elif t is frozenset:
            self._save_frozenset(obj)
        elif t is bytearray:
            self._save_bytearray(obj)
        elif t is PickleBuffer and self.proto >= 5:
            self._save_picklebuffer(obj)
        elif t is type:
            self._save_type(obj)
        elif t is _FunctionType:
            self.save_global(obj)
        else:
            reducer = self._table.get(t)
            if reducer is not None:
                rv = reducer(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = self._builtin_reduction(obj, t)
                if rv is None:
                    rv = self._call_reduce(obj, t)
            self._save_reduce_value(obj, rv)

    def _call_reduce(self, obj, t):
        reduce_ex = getattr(obj, '__reduce_ex__', None)
        if reduce_ex is not None:
            return reduce_ex(self.proto)
        reduce = getattr(obj, '__reduce__', None)
        if reduce is not None:
            return reduce()
        raise PicklingError("can't pickle %r object: %r" % (t.__name__, obj))

    def _builtin_reduction(self, obj, t):
        """The reduce value CPython's built-ins give where gilvm's differ, else None."""
        if obj is Ellipsis:
            return 'Ellipsis'
        if obj is NotImplemented:
            return 'NotImplemented'
        if t is PickleBuffer:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        if t not in _CALLABLE_KINDS:
            return None
        owner = getattr(obj, '__self__', None)
        name = obj.__name__
        if owner is None or type(owner) is type(sys):
            owner = getattr(obj, '__objclass__', None)
            if owner is None:
                return getattr(obj, '__qualname__', name)
        return (getattr, (owner, name))

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self._save_reduce(*rv, obj=obj)

    # -- atoms --

    def _save_int(self, x):
        out = self._out
        if self.bin and -0x80000000 <= x < 0x80000000:
            if 0 <= x < 0x100:
                out += BININT1
                out.append(x)
            elif 0 <= x < 0x10000:
                out += BININT2 + _pack('<H', x)
            else:
                out += BININT + _pack('<i', x)
        elif not self.bin and -0x80000000 <= x < 0x80000000:
            out += ('I%d\n' % x).encode('ascii')
        elif self.proto >= 2:
            data = _long_bytes(x)
            if len(data) < 256:
                out += LONG1
                out.append(len(data))
            else:
                out += LONG4 + _pack('<i', len(data))
            out += data
        else:
            out += ('L%dL\n' % x).encode('ascii')

    def _save_str(self, s):
        if not self.bin:
            self._out += UNICODE + _raw_unicode_escape(s) + b'\n'
        else:
            data = s.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                out = self._out
                out += SHORT_BINUNICODE
                out.append(n)
                out += data
            elif n <= 0xffffffff:
                self._write_large(BINUNICODE + _pack('<I', n), data)
            elif self.proto >= 4:
                self._write_large(BINUNICODE8 + _pack('<Q', n), data)
            else:
                raise OverflowError("cannot serialize a string larger than 4GiB")
        self._memoize(s)

    def _save_bytes(self, b):
        if self.proto < 3:
            # No bytes opcode before protocol 3: rebuild as bytes() or as
            # _codecs.encode(latin-1 text, 'latin1'), which Python 2 also reads.
            if not b:
                self._save_reduce(bytes, (), obj=b)
            else:
                self._save_reduce(_codecs_encode, (b.decode('latin-1'), 'latin1'), obj=b)
            return
        self._save_bytes_data(b)
        self._memoize(b)

    def _save_bytes_data(self, b):
        n = len(b)
        if n < 256:
            out = self._out
            out += SHORT_BINBYTES
            out.append(n)
            out += b
        elif n <= 0xffffffff:
            self._write_large(BINBYTES + _pack('<I', n), b)
        elif self.proto >= 4:
            self._write_large(BINBYTES8 + _pack('<Q', n), b)
        else:
            raise OverflowError("cannot serialize a bytes object larger than 4 GiB")

    def _save_bytearray(self, b):
        if self.proto < 5:
            if not b:
                self._save_reduce(bytearray, (), obj=b)
            else:
                self._save_reduce(bytearray, (bytes(b),), obj=b)
            return
        self._write_large(BYTEARRAY8 + _pack('<Q', len(b)), b)
        self._memoize(b)

    def _save_picklebuffer(self, buf):
        view = buf.raw()
        readonly = buf._readonly()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(buf))
        if in_band:
            data = bytes(view)
            if readonly:
                self._save_bytes_data(data)
            else:
                self._write_large(BYTEARRAY8 + _pack('<Q', len(data)), data)
            self._memoize(buf)
        else:
            self._out += NEXT_BUFFER
            if readonly:
                self._out += READONLY_BUFFER

    def _save_type(self, cls):
        if cls is type(None):
            self._save_reduce(type, (None,), obj=cls)
        elif cls is type(Ellipsis):
            self._save_reduce(type, (Ellipsis,), obj=cls)
        elif cls is type(NotImplemented):
            self._save_reduce(type, (NotImplemented,), obj=cls)
        else:
            self.save_global(cls)

    # -- containers --

    def _save_tuple(self, t):
        out = self._out
        n = len(t)
        if n == 0:
            out += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in t:
                save(item)
            seen = memo.get(id(t))
            if seen is not None:
                # t is inside itself: drop the copy just built, use the memo's.
                out += POP * n
                self._get(seen[0])
            else:
                out += (TUPLE1, TUPLE2, TUPLE3)[n - 1]
                self._memoize(t)
            return
        out += MARK
        for item in t:
            save(item)
        seen = memo.get(id(t))
        if seen is not None:
            out += POP_MARK if self.bin else POP * (n + 1)
            self._get(seen[0])
        else:
            out += TUPLE
            self._memoize(t)

    def _save_list(self, lst):
        self._out += EMPTY_LIST if self.bin else MARK + LIST
        self._memoize(lst)
        if not self.bin:
            self._appends_one_by_one(iter(lst))
            return
        out = self._out
        n = len(lst)
        if n == 1:
            self.save(lst[0])
            out += APPEND
            return
        save = self.save
        plain = self._pid is None
        start = 0
        while start < n:
            out += MARK
            for item in lst[start:start + _BATCHSIZE]:
                if plain and type(item) is int and 0 <= item < 256:
                    if len(out) >= self._flimit:
                        self._next_frame()
                    out += BININT1
                    out.append(item)
                else:
                    save(item)
            out += APPENDS
            start += _BATCHSIZE

    def _appends_one_by_one(self, items):
        save = self.save
        for item in items:
            save(item)
            self._out += APPEND

    def _batch_appends(self, items):
        """listitems from a reduce value: batches, a lone item with APPEND."""
        if not self.bin:
            self._appends_one_by_one(items)
            return
        save = self.save
        out = self._out
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                save(batch[0])
                out += APPEND
                return
            out += MARK
            for item in batch:
                save(item)
            out += APPENDS
            if len(batch) < _BATCHSIZE:
                return

    def _save_dict(self, d):
        self._out += EMPTY_DICT if self.bin else MARK + DICT
        self._memoize(d)
        if not self.bin:
            self._setitems_one_by_one(iter(d.items()))
            return
        out = self._out
        save = self.save
        if not d:
            return
        if len(d) == 1:
            for key, value in d.items():
                save(key)
                save(value)
            out += SETITEM
            return
        items = list(d.items())
        plain = self._pid is None
        start = 0
        # As CPython: a full last batch is followed by an empty MARK SETITEMS.
        while True:
            batch = items[start:start + _BATCHSIZE]
            out += MARK
            for key, value in batch:
                save(key)
                if plain and type(value) is int and 0 <= value < 256:
                    if len(out) >= self._flimit:
                        self._next_frame()
                    out += BININT1
                    out.append(value)
                else:
                    save(value)
            out += SETITEMS
            if len(batch) < _BATCHSIZE:
                break
            start += _BATCHSIZE

    def _setitems_one_by_one(self, items):
        save = self.save
        for item in items:
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            save(item[0])
            save(item[1])
            self._out += SETITEM

    def _batch_setitems(self, items):
        """dictitems from a reduce value: batches, a lone pair with SETITEM."""
        if not self.bin:
            self._setitems_one_by_one(items)
            return
        save = self.save
        out = self._out
        while True:
            batch = []
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                save(batch[0][0])
                save(batch[0][1])
                out += SETITEM
                return
            out += MARK
            for key, value in batch:
                save(key)
                save(value)
            out += SETITEMS
            if len(batch) < _BATCHSIZE:
                return

    def _save_set(self, s):
        if self.proto < 4:
            self._save_reduce(set, (list(s),), obj=s)
            return
        out = self._out
        out += EMPTY_SET
        self._memoize(s)
        if not s:
            return
        items = list(s)
        save = self.save
        start = 0
        # As CPython: a full last batch is followed by an empty MARK ADDITEMS.
        while True:
            batch = items[start:start + _BATCHSIZE]
            out += MARK
            for item in batch:
                save(item)
            out += ADDITEMS
            if len(batch) < _BATCHSIZE:
                break
            start += _BATCHSIZE

    def _save_frozenset(self, s):
        if self.proto < 4:
            self._save_reduce(frozenset, (list(s),), obj=s)
            return
        out = self._out
        out += MARK
        save = self.save
        for item in s:
            save(item)
        seen = self.memo.get(id(s))
        if seen is not None:
            out += POP_MARK
            self._get(seen[0])
        else:
            out += FROZENSET
            self._memoize(s)

    # -- reduce values and globals --

    def _save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                     state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        save = self.save
        out = self._out
        name = getattr(func, '__name__', None) if self.proto >= 2 else None
        if name == '__newobj_ex__':
            self._save_newobj_ex(args)
        elif name == '__newobj__':
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, '__class__', None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            out += NEWOBJ
        else:
            save(func)
            save(args)
            out += REDUCE
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is not None:
                # obj was reached again while its arguments were saved.
                out += POP
                self._get(seen[0])
                return
            self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                out += BUILD
            else:
                save(state_setter)
                save(obj)
                save(state)
                out += TUPLE2 + REDUCE + POP

    def _save_newobj_ex(self, args):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                "not %d" % len(args))
        cls, cargs, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                "not %s" % type(cls).__name__)
        if not isinstance(cargs, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                "not %s" % type(cargs).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                "not %s" % type(kwargs).__name__)
        if self.proto >= 4:
            self.save(cls)
            self.save(cargs)
            self.save(kwargs)
            self._out += NEWOBJ_EX
        else:
            from functools import partial
            self.save(partial(cls.__new__, cls, *cargs, **kwargs))
            self.save(())
            self._out += REDUCE

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        parts = name.split('.')
        if '<locals>' in parts:
            # CPython 3.12 raises this one as AttributeError, naming the qualified name.
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = _which_module(obj, parts)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _deep_getattr(module, parts)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        self._write_global(obj, module_name, name, parent is module, parts[-1], parent)

    def _write_global(self, obj, module_name, name, top_level, lastname, parent):
        out = self._out
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    out += EXT1
                    out.append(code)
                elif code <= 0xffff:
                    out += EXT2 + _pack('<H', code)
                else:
                    out += EXT4 + _pack('<i', code)
                return
        if self.proto >= 4:
            if module_name == 'builtins':
                # CPython's built-in types, built-in functions and the objects found by
                # searching sys.modules name their module with different 'builtins'
                # strings, so the memo does not share them.
                if getattr(obj, '__module__', None) is None:
                    module_name = _BUILTINS_OF_SEARCH
                elif isinstance(obj, type):
                    module_name = _BUILTINS_OF_TYPES
                else:
                    module_name = _BUILTINS_OF_OTHERS
            self.save(module_name)
            self.save(name)
            out += STACK_GLOBAL
        elif not top_level:
            self._save_reduce(getattr, (parent, lastname))
        else:
            if self._fix:
                pair = (module_name, name)
                if pair in _compat_pickle.REVERSE_NAME_MAPPING:
                    module_name, name = _compat_pickle.REVERSE_NAME_MAPPING[pair]
                elif module_name in _compat_pickle.REVERSE_IMPORT_MAPPING:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING[module_name]
            codec = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                module_data = module_name.encode(codec)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using pickle "
                                    "protocol %d" % (module_name, self.proto)) from None
            try:
                name_data = name.encode(codec)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using pickle "
                                    "protocol %d" % (name, self.proto)) from None
            out += GLOBAL + module_data + b'\n' + name_data + b'\n'
        self._memoize(obj)


# _codecs.encode is what protocols 0-2 name to rebuild bytes.
_codecs_encode.__module__ = '_codecs'
_codecs_encode.__qualname__ = 'encode'
_codecs_encode.__name__ = 'encode'


def _patch_global_of_stand_in():
    # save_global would look _codecs up; the stand-in is written by name instead.
    original = Pickler.save_global

    def save_global(self, obj, name=None):
        if obj is _codecs_encode:
            self._write_global(obj, '_codecs', 'encode', True, 'encode', None)
        else:
            original(self, obj, name)
    Pickler.save_global = save_global


_patch_global_of_stand_in()


# ---- unpickling -------------------------------------------------------------------------------

class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)"""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0
        self._buf = b''
        self._pos = 0

    @classmethod
    def _from_bytes(cls, data, **options):
        self = cls(_NoFile, **options)
        self._buf = data
        return self

    # -- input --

    def _read(self, n):
        pos = self._pos
        end = pos + n
        buf = self._buf
        if end <= len(buf):
            self._pos = end
            return buf[pos:end]
        if pos < len(buf) or self._file is _NoFile:
            raise UnpicklingError("pickle data was truncated")
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        buf = self._buf
        pos = self._pos
        if pos < len(buf) or self._file is _NoFile:
            end = buf.find(b'\n', pos)
            if end < 0:
                raise UnpicklingError("pickle data was truncated")
            self._pos = end + 1
            return buf[pos:end + 1]
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _read_opcode(self):
        pos = self._pos
        buf = self._buf
        if pos < len(buf):
            self._pos = pos + 1
            return buf[pos]
        if self._file is _NoFile:
            raise EOFError("Ran out of input")
        data = self._file_read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    # -- the loop --

    def load(self):
        """Read one pickle and return the object it describes."""
        self.stack = []
        self._marks = []
        dispatch = _DISPATCH
        try:
            while True:
                code = self._read_opcode()
                action = dispatch.get(code)
                if action is None:
                    if 32 < code < 127:
                        raise UnpicklingError("invalid load key, '%c'." % code)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % code)
                action(self)
        except _Stop as stop:
            return stop.value

    def _pop(self):
        stack = self.stack
        if len(stack) <= (self._marks[-1] if self._marks else 0):
            raise UnpicklingError("unexpected MARK found" if self._marks
                                  else "unpickling stack underflow")
        return stack.pop()

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self.stack[start:]
        del self.stack[start:]
        return items

    def _top(self):
        if len(self.stack) <= (self._marks[-1] if self._marks else 0):
            raise UnpicklingError("unexpected MARK found" if self._marks
                                  else "unpickling stack underflow")
        return self.stack[-1]

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            pair = (module, name)
            if pair in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[pair]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if module == '_codecs' and name == 'encode':
            try:
                import _codecs
                return _codecs.encode
            except ImportError:
                return _codecs_encode
        __import__(module)
        mod = sys.modules[module]
        if self.proto >= 4:
            try:
                return _deep_getattr(mod, name.split('.'))[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def _decode_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _persistent(self, pid):
        loader = getattr(self, 'persistent_load', None)
        if loader is None:
            raise UnpicklingError("A load persistent id instruction was encountered, "
                                  "but no persistent_load function was specified.")
        return loader(pid)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            return cls(*args)
        return cls.__new__(cls)

    def _memo_get(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _memo_put(self, index):
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _build(self, state):
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for key, value in state.items():
                if type(key) is str:
                    key = sys.intern(key)
                inst_dict[key] = value
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def _extension(self, code):
        if code in _extension_cache:
            self.stack.append(_extension_cache[code])
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def _frame(self):
        size = _unpack_from('<Q', self._read(8))[0]
        if self._file is _NoFile or self._pos < len(self._buf):
            if self._pos + size > len(self._buf):
                raise UnpicklingError("pickle data was truncated")
            return
        data = self._file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle exhausted before end of frame")
        self._buf = data
        self._pos = 0


class _NoFile:
    """The file of an Unpickler made by loads(): all its data is in the buffer."""
    read = readline = None


# One function per opcode; each takes the Unpickler.

def _op_proto(u):
    proto = u._read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u.proto = proto


def _op_stop(u):
    raise _Stop(u._pop())


def _op_mark(u):
    u._marks.append(len(u.stack))


def _op_pop(u):
    stack = u.stack
    if u._marks and len(stack) <= u._marks[-1]:
        u._pop_mark()
    elif stack:
        stack.pop()
    else:
        raise UnpicklingError("unpickling stack underflow")


def _op_pop_mark(u):
    u._pop_mark()


def _op_dup(u):
    u.stack.append(u._top())


def _op_int(u):
    line = u._readline()[:-1]
    if line == b'00':
        value = False
    elif line == b'01':
        value = True
    else:
        value = int(line)
    u.stack.append(value)


def _op_long(u):
    line = u._readline()[:-1]
    if line.endswith(b'L'):
        line = line[:-1]
    u.stack.append(int(line))


def _op_float(u):
    u.stack.append(float(u._readline()[:-1]))


def _op_none(u):
    u.stack.append(None)


def _unquote_py2_string(line):
    if len(line) < 2 or line[0] != line[-1] or line[:1] not in (b'"', b"'"):
        raise UnpicklingError("the STRING opcode argument must be quoted")
    return _escape_decode(line[1:-1])


_SIMPLE_ESCAPES = {ord('\\'): 92, ord("'"): 39, ord('"'): 34, ord('a'): 7, ord('b'): 8,
                   ord('f'): 12, ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('v'): 11}


def _escape_decode(data):
    """Python 2 str-literal escapes in data (the body of a STRING argument) -> bytes."""
    if b'\\' not in data:
        return bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 92 or i >= n:
            out.append(c)
            continue
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 10:
            pass
        elif 48 <= c <= 55:
            value = c - 48
            for _ in range(2):
                if i < n and 48 <= data[i] <= 55:
                    value = value * 8 + data[i] - 48
                    i += 1
            out.append(value & 0xff)
        elif c == ord('x'):
            digits = data[i:i + 2]
            try:
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
            i += 2
        else:
            out.append(92)
            out.append(c)
    return bytes(out)


def _op_string(u):
    u.stack.append(u._decode_string(_unquote_py2_string(u._readline()[:-1])))


def _op_binstring(u):
    n = _unpack_from('<i', u._read(4))[0]
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u.stack.append(u._decode_string(u._read(n)))


def _op_short_binstring(u):
    u.stack.append(u._decode_string(u._read(u._read(1)[0])))


def _op_unicode(u):
    u.stack.append(_raw_unicode_unescape(u._readline()[:-1]))


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


def _op_binunicode(u):
    u.stack.append(_utf8(u._read(_unpack_from('<I', u._read(4))[0])))


def _op_binunicode8(u):
    u.stack.append(_utf8(u._read(_unpack_from('<Q', u._read(8))[0])))


def _op_short_binunicode(u):
    u.stack.append(_utf8(u._read(u._read(1)[0])))


def _op_binbytes(u):
    u.stack.append(bytes(u._read(_unpack_from('<I', u._read(4))[0])))


def _op_binbytes8(u):
    u.stack.append(bytes(u._read(_unpack_from('<Q', u._read(8))[0])))


def _op_short_binbytes(u):
    u.stack.append(bytes(u._read(u._read(1)[0])))


def _op_bytearray8(u):
    u.stack.append(bytearray(u._read(_unpack_from('<Q', u._read(8))[0])))


def _op_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                              "argument was given")
    try:
        u.stack.append(next(u._buffers))
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None


def _op_readonly_buffer(u):
    buf = u._top()
    view = memoryview(buf)
    if not getattr(view, 'readonly', True):
        u.stack[-1] = view.toreadonly()


def _op_binint(u):
    u.stack.append(_unpack_from('<i', u._read(4))[0])


def _op_binint1(u):
    u.stack.append(u._read(1)[0])


def _op_binint2(u):
    u.stack.append(_unpack_from('<H', u._read(2))[0])


def _op_long1(u):
    u.stack.append(int.from_bytes(u._read(u._read(1)[0]), 'little', signed=True))


def _op_long4(u):
    n = _unpack_from('<i', u._read(4))[0]
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.stack.append(int.from_bytes(u._read(n), 'little', signed=True))


def _op_binfloat(u):
    u.stack.append(_unpack_from('>d', u._read(8))[0])


def _op_newtrue(u):
    u.stack.append(True)


def _op_newfalse(u):
    u.stack.append(False)


def _op_empty_tuple(u):
    u.stack.append(())


def _op_tuple(u):
    u.stack.append(tuple(u._pop_mark()))


def _op_tuple1(u):
    u.stack.append((u._pop(),))


def _op_tuple2(u):
    second = u._pop()
    u.stack.append((u._pop(), second))


def _op_tuple3(u):
    third = u._pop()
    second = u._pop()
    u.stack.append((u._pop(), second, third))


def _op_empty_list(u):
    u.stack.append([])


def _op_list(u):
    u.stack.append(u._pop_mark())


def _op_append(u):
    value = u._pop()
    target = u._top()
    if type(target) is list:
        target.append(value)
    else:
        target.append(value)


def _op_appends(u):
    items = u._pop_mark()
    target = u._top()
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        append = target.append
        for item in items:
            append(item)


def _op_empty_dict(u):
    u.stack.append({})


def _op_dict(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    u.stack.append({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})


def _op_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def _op_setitems(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    target = u._top()
    for i in range(0, len(items) - 1, 2):
        target[items[i]] = items[i + 1]


def _op_empty_set(u):
    u.stack.append(set())


def _op_additems(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for item in items:
            add(item)


def _op_frozenset(u):
    u.stack.append(frozenset(u._pop_mark()))


def _read_name_line(u):
    return u._readline()[:-1].decode('utf-8')


def _op_global(u):
    module = _read_name_line(u)
    name = _read_name_line(u)
    u.stack.append(u.find_class(module, name))


def _op_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.stack.append(u.find_class(module, name))


def _op_inst(u):
    module = u._readline()[:-1].decode('ascii')
    name = u._readline()[:-1].decode('ascii')
    cls = u.find_class(module, name)
    u.stack.append(u._instantiate(cls, u._pop_mark()))


def _op_obj(u):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    cls = args.pop(0)
    u.stack.append(u._instantiate(cls, args))


def _op_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u.stack.append(cls.__new__(cls, *args))


def _op_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                              % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                              % type(args).__name__)
    if not isinstance(kwargs, dict):
        raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                              % type(kwargs).__name__)
    u.stack.append(cls.__new__(cls, *args, **kwargs))


def _op_reduce(u):
    args = u._pop()
    func = u._pop()
    u.stack.append(func(*args))


def _op_build(u):
    u._build(u._pop())


def _op_persid(u):
    line = u._readline()[:-1]
    try:
        pid = line.decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u.stack.append(u._persistent(pid))


def _op_binpersid(u):
    u.stack.append(u._persistent(u._pop()))


def _op_get(u):
    u.stack.append(u._memo_get(int(u._readline()[:-1])))


def _op_binget(u):
    u.stack.append(u._memo_get(u._read(1)[0]))


def _op_long_binget(u):
    u.stack.append(u._memo_get(_unpack_from('<I', u._read(4))[0]))


def _op_put(u):
    u._memo_put(int(u._readline()[:-1]))


def _op_binput(u):
    u._memo_put(u._read(1)[0])


def _op_long_binput(u):
    u._memo_put(_unpack_from('<I', u._read(4))[0])


def _op_memoize(u):
    u.memo[len(u.memo)] = u._top()


def _op_ext1(u):
    u._extension(u._read(1)[0])


def _op_ext2(u):
    u._extension(_unpack_from('<H', u._read(2))[0])


def _op_ext4(u):
    u._extension(_unpack_from('<i', u._read(4))[0])


def _op_frame(u):
    u._frame()


_DISPATCH = {op[0]: action for op, action in [
    (PROTO, _op_proto), (STOP, _op_stop), (MARK, _op_mark), (POP, _op_pop),
    (POP_MARK, _op_pop_mark), (DUP, _op_dup), (INT, _op_int), (LONG, _op_long),
    (FLOAT, _op_float), (NONE, _op_none), (STRING, _op_string), (BINSTRING, _op_binstring),
    (SHORT_BINSTRING, _op_short_binstring), (UNICODE, _op_unicode),
    (BINUNICODE, _op_binunicode), (BINUNICODE8, _op_binunicode8),
    (SHORT_BINUNICODE, _op_short_binunicode), (BINBYTES, _op_binbytes),
    (BINBYTES8, _op_binbytes8), (SHORT_BINBYTES, _op_short_binbytes),
    (BYTEARRAY8, _op_bytearray8), (NEXT_BUFFER, _op_next_buffer),
    (READONLY_BUFFER, _op_readonly_buffer), (BININT, _op_binint), (BININT1, _op_binint1),
    (BININT2, _op_binint2), (LONG1, _op_long1), (LONG4, _op_long4), (BINFLOAT, _op_binfloat),
    (NEWTRUE, _op_newtrue), (NEWFALSE, _op_newfalse), (EMPTY_TUPLE, _op_empty_tuple),
    (TUPLE, _op_tuple), (TUPLE1, _op_tuple1), (TUPLE2, _op_tuple2), (TUPLE3, _op_tuple3),
    (EMPTY_LIST, _op_empty_list), (LIST, _op_list), (APPEND, _op_append),
    (APPENDS, _op_appends), (EMPTY_DICT, _op_empty_dict), (DICT, _op_dict),
    (SETITEM, _op_setitem), (SETITEMS, _op_setitems), (EMPTY_SET, _op_empty_set),
    (ADDITEMS, _op_additems), (FROZENSET, _op_frozenset), (GLOBAL, _op_global),
    (STACK_GLOBAL, _op_stack_global), (INST, _op_inst), (OBJ, _op_obj),
    (NEWOBJ, _op_newobj), (NEWOBJ_EX, _op_newobj_ex), (REDUCE, _op_reduce),
    (BUILD, _op_build), (PERSID, _op_persid), (BINPERSID, _op_binpersid), (GET, _op_get),
    (BINGET, _op_binget), (LONG_BINGET, _op_long_binget), (PUT, _op_put),
    (BINPUT, _op_binput), (LONG_BINPUT, _op_long_binput), (MEMOIZE, _op_memoize),
    (EXT1, _op_ext1), (EXT2, _op_ext2), (EXT4, _op_ext4), (FRAME, _op_frame),
]}


# ---- the module functions ---------------------------------------------------------------------

class _Collector:
    def __init__(self):
        self.data = b''

    def write(self, data):
        self.data = data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    sink = _Collector()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.data


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read one pickle from the binary file and return its object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """The object the pickle `data` describes."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler._from_bytes(bytes(data), fix_imports=fix_imports, encoding=encoding,
                                 errors=errors, buffers=buffers).load()


_Pickler = Pickler
_Unpickler = Unpickler
