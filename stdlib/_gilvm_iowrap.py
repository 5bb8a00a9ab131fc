"""io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom and io.BufferedRWPair
as classes a program can call over any stream (gilvm's own code, not CPython's _pyio).

The native `_io` types stay what open() returns (and what sys.stdout is): they are fast and
the runtime makes them, but they take no constructor arguments. io.py exports the classes
below instead; each is an ABCMeta class with the native type of the same name registered as
a virtual subclass, so isinstance(open(...), io.TextIOWrapper) and
isinstance(sys.stdout, io.TextIOWrapper) stay True while io.TextIOWrapper(buffer, ...) builds
a Python wrapper over whatever buffer it is given (a BytesIO, a native file buffer, a
RawIOBase subclass). `_io.TextIOWrapper` and friends remain the native types.

There is no codecs module: decoding in pieces is done by _IncrementalDecoder, which holds back
the bytes of a character cut at a read boundary (UTF-8, UTF-16/32 and their BOMs, and any
other codec by probing with a strict decode) and decodes the rest with bytes.decode.
TextIOWrapper.tell() returns a cookie packed as CPython packs it (byte position, decoder
flags, bytes to feed, characters to skip, need-EOF, 64 bits each), so positions at clean
points are plain byte offsets and tell-then-seek round-trips.
"""

import abc
import _io
from _io import (_IOBase, _BufferedIOBase, _TextIOBase, IncrementalNewlineDecoder,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

_NativeTextIOWrapper = _io.TextIOWrapper
_NativeBufferedReader = _io.BufferedReader
_NativeBufferedWriter = _io.BufferedWriter
_NativeBufferedRandom = _io.BufferedRandom

_OWN_NAMES = frozenset(("TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom",
                        "BufferedRWPair"))


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == "_io" and cls.__name__ in _OWN_NAMES:
        return "_io." + cls.__name__
    return cls.__name__


def _index(value):
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _read_size(size):
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None


# ---------------------------------------------------------------- codecs in pieces

def _family(encoding):
    """The codec family of an encoding name (LookupError if Python does not know it)."""
    "".encode(encoding)            # raises LookupError: unknown encoding: ...
    name = encoding.lower().replace("_", "-").replace(" ", "-")
    if name in ("utf-8", "utf8", "u8", "utf", "cp65001"):
        return "utf-8"
    if name in ("utf-8-sig", "utf8-sig"):
        return "utf-8-sig"
    for width in ("16", "32"):
        if name in ("utf-" + width, "utf" + width, "u" + width):
            return "utf-" + width
        for order in ("le", "be"):
            if name in (f"utf-{width}-{order}", f"utf-{width}{order}", f"utf{width}{order}"):
                return f"utf-{width}-{order}"
    if name in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "latin", "ascii",
                "us-ascii", "646", "cp819"):
        return "single"
    return "other"


_BOMS = {"utf-8-sig": ((b"\xef\xbb\xbf", "utf-8"),),
         "utf-16": ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")),
         "utf-32": ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"))}
_BOM_DEFAULT = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}


def _utf8_tail(data):
    """How many bytes at the end of data start a UTF-8 character that is not complete yet."""
    n = len(data)
    for back in range(1, min(4, n + 1)):
        byte = data[n - back]
        if byte & 0xC0 == 0x80:
            continue
        if byte < 0xC0 or byte >= 0xF8:
            return 0
        need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
        return back if need > back else 0
    return 0


def _utf16_tail(data, big):
    n = len(data)
    tail = n & 1
    if n - tail >= 2:
        hi = data[n - tail - 2] if big else data[n - tail - 1]
        if 0xD8 <= hi <= 0xDB:
            tail += 2
    return tail


def _probe_tail(data, encoding):
    """For a codec without a rule here: the incomplete tail a strict decode complains about."""
    start = 0
    while True:
        try:
            data[start:].decode(encoding)
            return 0
        except UnicodeDecodeError as e:
            if e.end >= len(data) - start and e.reason in ("unexpected end of data", "truncated data"):
                return len(data) - start - e.start
            start += max(e.end, e.start + 1)
            if start >= len(data):
                return 0


class _IncrementalDecoder:
    """Decode bytes that arrive in pieces: getstate() is (pending bytes, flags) where the flags
    say whether a byte-order mark is still to be looked for (0) or which one was found."""

    def __init__(self, encoding, errors="strict"):
        self.errors = errors
        self._family = _family(encoding)
        self._encoding = encoding
        self.reset()

    def reset(self):
        self._pending = b""
        self._flags = 0
        self._codec = self._encoding if self._family not in _BOMS else None

    def getstate(self):
        return self._pending, self._flags

    def setstate(self, state):
        pending, flags = state
        self._pending = bytes(pending)
        self._flags = flags
        if self._family in _BOMS:
            if flags == 0:
                self._codec = None
            else:
                boms = _BOMS[self._family]
                self._codec = boms[flags - 1][1] if flags - 1 < len(boms) else _BOM_DEFAULT[self._family]

    def decode(self, input, final=False):
        data = self._pending + bytes(input) if self._pending else bytes(input)
        self._pending = b""
        if self._codec is None:
            boms = _BOMS[self._family]
            for i, (bom, codec) in enumerate(boms):
                if data.startswith(bom):
                    data = data[len(bom):]
                    self._codec = codec
                    self._flags = i + 1
                    break
                if not final and bom.startswith(data):
                    self._pending = data
                    return ""
            else:
                self._codec = _BOM_DEFAULT[self._family]
                self._flags = len(boms) + 1
        if not final:
            codec = self._codec
            family = self._family
            if codec in ("utf-8",) or family == "utf-8":
                tail = _utf8_tail(data)
            elif family == "single":
                tail = 0
            elif codec in ("utf-16-le", "utf-16-be"):
                tail = _utf16_tail(data, codec == "utf-16-be")
            elif codec in ("utf-32-le", "utf-32-be"):
                tail = len(data) & 3
            else:
                tail = _probe_tail(data, codec)
            if tail:
                self._pending = data[-tail:]
                data = data[:-tail]
        return data.decode(self._codec, self.errors)


class _IncrementalEncoder:
    """Encode str in pieces, writing a byte-order mark (utf-16, utf-32, utf-8-sig) only once."""

    def __init__(self, encoding, errors="strict"):
        self.errors = errors
        self._encoding = encoding
        self._family = _family(encoding)
        self.reset()

    def reset(self):
        self._codec = self._encoding

    def setstate(self, state):
        # state 0: the byte-order mark has been written (as CPython's encoders take it)
        if self._family in _BOMS:
            self._codec = _BOM_DEFAULT[self._family] if state == 0 else self._encoding

    def encode(self, text):
        data = text.encode(self._codec, self.errors)
        if self._family in _BOMS and self._codec == self._encoding:
            self._codec = _BOM_DEFAULT[self._family]
        return data


# ---------------------------------------------------------------- buffered binary streams

class _BufferedBase(_BufferedIOBase):
    """What BufferedReader, BufferedWriter and BufferedRandom share: the raw stream, a read
    buffer (bytes and a position in it) and a write buffer (a bytearray)."""

    _raw = None
    _ok = False

    def _setup(self, raw, buffer_size):
        buffer_size = _index(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self._buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        self._ok = True

    def _attached(self):
        raw = self._raw
        if raw is None:
            if not self._ok:
                raise ValueError("I/O operation on uninitialized object")
            raise ValueError("raw stream has been detached")
        return raw

    def _check_closed(self, msg):
        if self._attached().closed:
            raise ValueError(msg)

    # ---- attributes passed through from the raw stream
    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def mode(self):
        return self._attached().mode

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def seekable(self):
        raw = self._attached()
        self._checkClosed()
        return raw.seekable()

    def readable(self):
        raw = self._attached()
        self._checkClosed()
        return raw.readable()

    def writable(self):
        raw = self._attached()
        self._checkClosed()
        return raw.writable()

    def __repr__(self):
        name = _type_name(self)
        try:
            shown = self.name
        except (AttributeError, ValueError):
            return f"<{name}>"
        return f"<{name} name={shown!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{_type_name(self)}' object")

    def __del__(self):
        if self._raw is None:
            return
        try:
            closed = self._raw.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    # ---- positions
    def _raw_tell(self):
        pos = self._attached().tell()
        if pos < 0:
            raise OSError(f"Raw stream returned invalid position {pos}")
        return pos

    def tell(self):
        pos = self._raw_tell() - (len(self._rbuf) - self._rpos) + len(self._wbuf)
        return pos if pos > 0 else 0

    def seek(self, pos, whence=0):
        pos = _index(pos)
        if whence not in (0, 1, 2):
            whence = _index(whence)
            raise ValueError(f"whence value {whence} unsupported")
        self._check_closed("seek of closed file")
        raw = self._attached()
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if whence != 2 and not self._wbuf and self._rbuf:
            # a target inside the read buffer needs no raw seek
            here = self._raw_tell()
            start = here - len(self._rbuf)
            target = pos if whence == 0 else here - (len(self._rbuf) - self._rpos) + pos
            if start <= target <= here:
                self._rpos = target - start
                return target
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        result = raw.seek(pos, whence)
        if result is not None and result < 0:
            raise OSError(f"Raw stream returned invalid position {result}")
        return result

    def _rewind_reads(self):
        """Before writing through a read buffer: move the raw stream back to the logical position."""
        ahead = len(self._rbuf) - self._rpos
        if ahead:
            self._raw.seek(-ahead, 1)
        self._rbuf = b""
        self._rpos = 0

    def _flush_writes(self):
        raw = self._raw
        while self._wbuf:
            n = raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            if n < 0 or n > len(self._wbuf):
                raise OSError(f"raw write() returned invalid length {n} (should have been between 0 and {len(self._wbuf)})")
            del self._wbuf[:n]

    def flush(self):
        self._attached()
        self._checkClosed()

    def close(self):
        raw = self._attached()
        if raw.closed:
            return
        try:
            self.flush()
        except BaseException as flush_error:
            try:
                raw.close()
            except BaseException as close_error:
                close_error.__context__ = flush_error
                raise
            raise
        raw.close()

    def detach(self):
        raw = self._attached()
        self.flush()
        self._raw = None
        return raw

    # ---- reading
    def _fill(self, size):
        """One raw read of up to size bytes into the read buffer: its length, or None if none yet."""
        data = self._raw.read(size)
        if data is None:
            return None
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"read() should return bytes, not '{type(data).__name__}'")
        if len(data) > size:
            raise OSError(f"raw readinto() returned invalid length {len(data)} (should have been between 0 and {size})")
        rest = self._rbuf[self._rpos:]
        self._rbuf = rest + bytes(data) if rest else bytes(data)
        self._rpos = 0
        return len(data)

    def _take(self, n):
        end = self._rpos + n
        data = self._rbuf[self._rpos:end]
        self._rpos = min(end, len(self._rbuf))
        if self._rpos == len(self._rbuf):
            self._rbuf = b""
            self._rpos = 0
        return data

    def _prepare_read(self, what):
        raw = self._attached()
        if raw.closed:
            raise ValueError(f"{what} of closed file")
        if self._wbuf:
            self._flush_writes()
        return raw

    def read(self, size=-1):
        size = _read_size(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        raw = self._prepare_read("read")
        if size == -1:
            parts = [self._take(len(self._rbuf))]
            readall = getattr(raw, "readall", None)
            if readall is not None:
                rest = readall()
                if rest is None:
                    return parts[0] or None
                parts.append(bytes(rest))
            else:
                while True:
                    chunk = raw.read()
                    if not chunk:
                        if chunk is None and not parts[0] and len(parts) == 1:
                            return None
                        break
                    parts.append(bytes(chunk))
            return b"".join(parts)
        have = len(self._rbuf) - self._rpos
        if size <= have:
            return self._take(size)
        parts = [self._take(have)]
        want = size - have
        while want > 0:
            got = self._fill(max(want, self._buffer_size) if want < self._buffer_size else want)
            if not got:
                if got is None and len(parts) == 1 and not parts[0]:
                    return None
                break
            chunk = self._take(want)
            parts.append(chunk)
            want -= len(chunk)
        return b"".join(parts)

    def read1(self, size=-1):
        size = _read_size(size)
        self._prepare_read("read")
        if size < 0:
            size = self._buffer_size
        if size == 0:
            return b""
        if self._rpos < len(self._rbuf):
            return self._take(size)
        self._fill(max(size, self._buffer_size))
        return self._take(size)

    def peek(self, size=0):
        self._prepare_read("peek")
        if self._rpos >= len(self._rbuf):
            self._fill(self._buffer_size)
        return self._rbuf[self._rpos:]

    def readinto(self, buffer):
        return self._read_into(buffer, False)

    def readinto1(self, buffer):
        return self._read_into(buffer, True)

    def _read_into(self, buffer, once):
        view = memoryview(buffer).cast("B")
        self._prepare_read("readinto")
        data = self.read1(len(view)) if once else self.read(len(view))
        if data is None:
            return None
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        size = _read_size(size)
        self._prepare_read("readline")
        parts = []
        total = 0
        while size < 0 or total < size:
            if self._rpos >= len(self._rbuf):
                if not self._fill(self._buffer_size):
                    break
            end = self._rbuf.find(b"\n", self._rpos)
            avail = (end + 1 if end >= 0 else len(self._rbuf)) - self._rpos
            if size >= 0:
                avail = min(avail, size - total)
            chunk = self._take(avail)
            parts.append(chunk)
            total += len(chunk)
            if chunk.endswith(b"\n"):
                break
        return b"".join(parts)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- writing
    def write(self, b):
        raw = self._attached()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(b))
        if raw.closed:
            raise ValueError("write to closed file")
        if self._rbuf:
            self._rewind_reads()
        size = self._buffer_size
        if len(self._wbuf) + len(data) <= size:
            self._wbuf += data
            return len(data)
        # what no longer fits: flush the buffer, write the excess straight through, keep the rest
        self._flush_writes()
        view = memoryview(data)
        while len(view) > size:
            n = raw.write(view)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", len(data) - len(view))
            view = view[n:]
        self._wbuf += view
        return len(data)

    def _flush_all(self):
        raw = self._attached()
        if raw.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()
        if self._rbuf:
            self._rewind_reads()

    def truncate(self, pos=None):
        raw = self._attached()
        if raw.closed:
            raise ValueError("truncate of closed file")
        if not self.writable():
            raise UnsupportedOperation("truncate")
        self._flush_all()
        if pos is None:
            pos = raw.tell()
        return raw.truncate(pos)


class BufferedReader(_BufferedBase, metaclass=abc.ABCMeta):
    """A buffer over a readable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        self._setup(raw, buffer_size)

    write = _BufferedIOBase.write
    writable = _IOBase.writable

    def truncate(self, pos=None):
        raw = self._attached()
        if raw.closed:
            raise ValueError("truncate of closed file")
        raise UnsupportedOperation("truncate")


class BufferedWriter(_BufferedBase, metaclass=abc.ABCMeta):
    """A buffer over a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._setup(raw, buffer_size)

    read = _BufferedIOBase.read
    read1 = _BufferedIOBase.read1
    readinto = _BufferedIOBase.readinto
    readinto1 = _BufferedIOBase.readinto1
    readline = _IOBase.readline
    __next__ = _IOBase.__next__
    readable = _IOBase.readable

    @property
    def peek(self):
        raise AttributeError(f"'{_type_name(self)}' object has no attribute 'peek'")

    def flush(self):
        self._flush_all()


class BufferedRandom(_BufferedBase, metaclass=abc.ABCMeta):
    """A buffer over a seekable raw stream that is read and written."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._setup(raw, buffer_size)

    def flush(self):
        self._flush_all()


class BufferedRWPair(_BufferedIOBase, metaclass=abc.ABCMeta):
    """A reader and a writer (two raw streams, as a socket's two directions) as one buffered stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(-1 if size is None else size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readinto(self, buffer):
        return self._reader.readinto(buffer)

    def readinto1(self, buffer):
        return self._reader.readinto1(buffer)

    def peek(self, size=0):
        return self._reader.peek(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    @property
    def closed(self):
        return self._writer.closed

    def __del__(self):
        pass


# ---------------------------------------------------------------- text over a binary buffer

def _check_str_arg(name, value, where="TextIOWrapper()"):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{where} argument '{name}' must be str or None, not {type(value).__name__}")


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")


def _resolve_encoding(encoding):
    if encoding is None or encoding == "locale":
        return "UTF-8"
    return encoding


_CHUNK = 8192


class TextIOWrapper(_TextIOBase, metaclass=abc.ABCMeta):
    """Text (str) over a buffered binary stream: decoding, newline translation, line buffering."""

    _buffer = None
    _ok = False

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self._ok = False
        _check_str_arg("encoding", encoding)
        _check_str_arg("errors", errors)
        _check_newline(newline)
        encoding = _resolve_encoding(encoding)
        if errors is None:
            errors = "strict"
        _family(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = []
        self._pending_len = 0
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot = None
        self._seekable = self._telling = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, "read1")
        self._make_codecs()
        self._ok = True
        if self._seekable and self._encoder is not None:
            position = buffer.tell()
            if position != 0:
                self._encoder.setstate(0)

    def _set_newline(self, newline):
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"

    def _make_codecs(self):
        buffer = self._buffer
        self._decoder = None
        self._encoder = None
        if buffer.readable():
            decoder = _IncrementalDecoder(self._encoding, self._errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
            self._decoder = decoder
        if buffer.writable():
            self._encoder = _IncrementalEncoder(self._encoding, self._errors)

    # ---- state checks
    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            if not self._ok:
                raise ValueError("I/O operation on uninitialized object")
            raise ValueError("underlying buffer has been detached")
        return buffer

    def _open(self):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError("I/O operation on closed file.")
        return buffer

    # ---- attributes
    @property
    def buffer(self):
        if not self._ok:
            self._attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        self._attached()
        decoder = self._decoder
        return getattr(decoder, "newlines", None) if decoder is not None else None

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def _CHUNK_SIZE(self):
        return _CHUNK

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def seekable(self):
        self._open()
        return self._seekable

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def __repr__(self):
        parts = ["_io.TextIOWrapper"]      # as CPython: subclasses too
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            parts.append(f"name={name!r}")
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(f"mode={mode!r}")
        parts.append(f"encoding={self._encoding!r}")
        return "<" + " ".join(parts) + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{_type_name(self)}' object")

    def __del__(self):
        if self._buffer is None:
            return
        try:
            closed = self._buffer.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    # ---- writing
    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_len = 0
            self._buffer.write(data)

    def write(self, s):
        buffer = self._attached()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if self._encoder is None:
            raise UnsupportedOperation("not writable")
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        needflush = self._line_buffering and (haslf or "\r" in s)
        data = self._encoder.encode(s)
        self._pending.append(data)
        self._pending_len += len(data)
        if self._pending_len > _CHUNK or needflush or self._write_through:
            self._flush_pending()
        if needflush:
            buffer.flush()
        if self._decoded or self._snapshot is not None:
            self._decoded = ""
            self._decoded_pos = 0
            self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()
        return length

    def flush(self):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError("I/O operation on closed file.")
        self._telling = self._seekable
        self._flush_pending()
        buffer.flush()

    def close(self):
        buffer = self._attached()
        if buffer.closed:
            return
        try:
            self.flush()
        except BaseException as flush_error:
            try:
                buffer.close()
            except BaseException as close_error:
                close_error.__context__ = flush_error
                raise
            raise
        buffer.close()

    def detach(self):
        buffer = self._attached()
        self.flush()
        self._buffer = None
        return buffer

    def truncate(self, pos=None):
        buffer = self._open()
        self.flush()
        if pos is None:
            pos = self.tell()
        return buffer.truncate(pos)

    # ---- reading
    def _reader(self):
        buffer = self._open()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        if self._pending:
            self._flush_pending()
        return buffer

    def _take_decoded(self, n=-1):
        start = self._decoded_pos
        text = self._decoded
        if n < 0 or start + n >= len(text):
            self._decoded_pos = len(text)
            return text[start:] if start else text
        self._decoded_pos = start + n
        return text[start:start + n]

    def _read_chunk(self):
        """Decode the next piece of the buffer into the decoded text: False at the end of the stream."""
        decoder = self._decoder
        if self._telling:
            dec_buffer, dec_flags = decoder.getstate()
        buffer = self._buffer
        data = buffer.read1(_CHUNK) if self._has_read1 else buffer.read(_CHUNK)
        if data is None:
            data = b""
        elif not isinstance(data, (bytes, bytearray, memoryview)):
            method = "read1()" if self._has_read1 else "read()"
            raise TypeError(f"underlying {method} should have returned a bytes-like object, not '{type(data).__name__}'")
        eof = not data
        self._decoded = decoder.decode(data, eof)
        self._decoded_pos = 0
        if self._telling:
            self._snapshot = (dec_flags, dec_buffer + bytes(data))
        return not eof

    def read(self, size=-1):
        buffer = self._reader()
        size = _read_size(size)
        if size < 0:
            data = buffer.read()
            if data is None:
                data = b""
            text = self._take_decoded() + self._decoder.decode(data, True)
            if self._snapshot is not None:
                self._decoded = ""
                self._decoded_pos = 0
                self._snapshot = None
            return text
        parts = [self._take_decoded(size)]
        want = size - len(parts[0])
        while want > 0:
            more = self._read_chunk()
            piece = self._take_decoded(want)
            parts.append(piece)
            want -= len(piece)
            if not more and not piece:
                break
        return "".join(parts)

    def _line_end(self, line, start, eof):
        """Where the first line of line ends (after its terminator), or -1 if it may go on."""
        if self._readtranslate:
            i = line.find("\n", start)
            return i + 1 if i >= 0 else -1
        if self._readuniversal:
            n = len(line)
            i = start
            while i < n:
                c = line[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < n:
                        return i + 2 if line[i + 1] == "\n" else i + 1
                    return i + 1 if eof else -1
                i += 1
            return -1
        i = line.find(self._readnl, start)
        return i + len(self._readnl) if i >= 0 else -1

    def readline(self, size=-1):
        self._reader()
        size = _read_size(size)
        line = self._take_decoded()
        start = 0
        eof = False
        while True:
            end = self._line_end(line, start, eof)
            if end >= 0:
                break
            if size >= 0 and len(line) >= size:
                end = size
                break
            if eof:
                end = len(line)
                break
            start = max(0, len(line) - (len(self._readnl) if self._readnl else 1))
            eof = not self._read_chunk()
            line += self._take_decoded()
        if size >= 0 and end > size:
            end = size
        rest = len(line) - end
        if rest:
            self._decoded_pos = len(self._decoded) - rest
            line = line[:end]
        return line

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # ---- positions
    @staticmethod
    def _pack(position, flags=0, feed=0, skip=0, need_eof=False):
        return position | (flags << 64) | (feed << 128) | (skip << 192) | (int(need_eof) << 256)

    @staticmethod
    def _unpack(cookie):
        mask = (1 << 64) - 1
        return (cookie & mask, (cookie >> 64) & mask, (cookie >> 128) & mask, (cookie >> 192) & mask,
                bool(cookie >> 256))

    def tell(self):
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = buffer.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return position
        dec_flags, next_input = self._snapshot
        position -= len(next_input)
        skip = self._decoded_pos
        if skip == 0:
            return self._pack(position, dec_flags)
        saved = decoder.getstate()
        try:
            # the common case: the consumed text encodes back to the bytes it came from
            consumed = self._decoded[:skip]
            try:
                guess = len(consumed.encode(self._encoding, self._errors))
            except (UnicodeError, LookupError):
                guess = -1
            if 0 <= guess <= len(next_input):
                decoder.setstate((b"", dec_flags))
                if decoder.decode(next_input[:guess]) == consumed:
                    pending, flags = decoder.getstate()
                    if not pending:
                        return self._pack(position + guess, flags)
            # otherwise feed the bytes one at a time, noting the last point with nothing pending
            decoder.setstate((b"", dec_flags))
            start, start_flags = position, dec_flags
            fed = chars = 0
            need_eof = False
            for i in range(len(next_input)):
                fed += 1
                chars += len(decoder.decode(next_input[i:i + 1]))
                pending, flags = decoder.getstate()
                if not pending and chars <= skip:
                    start += fed
                    skip -= chars
                    start_flags = flags
                    fed = chars = 0
                if chars >= skip:
                    break
            else:
                chars += len(decoder.decode(b"", True))
                need_eof = True
                if chars < skip:
                    raise OSError("can't reconstruct logical file position")
            return self._pack(start, start_flags, fed, skip, need_eof)
        finally:
            decoder.setstate(saved)

    def seek(self, cookie, whence=0):
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            whence = 0
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = buffer.seek(0, 2)
            self._decoded = ""
            self._decoded_pos = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            if self._encoder is not None:
                if position:
                    self._encoder.setstate(0)
                else:
                    self._encoder.reset()
            return position
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence!r}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        cookie = _index(cookie)
        self.flush()
        position, dec_flags, feed, skip, need_eof = self._unpack(cookie)
        buffer.seek(position)
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot = None
        decoder = self._decoder
        if decoder is not None:
            if cookie == 0:
                decoder.reset()
            else:
                decoder.setstate((b"", dec_flags))
            self._snapshot = (dec_flags, b"")
        if skip:
            data = buffer.read(feed) or b""
            self._decoded = decoder.decode(data, need_eof)
            self._snapshot = (dec_flags, bytes(data))
            if len(self._decoded) < skip:
                raise OSError("can't restore logical file position")
            self._decoded_pos = skip
        if self._encoder is not None:
            if cookie == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)
        return cookie

    def reconfigure(self, *args, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None, **unknown):
        """Change the encoding, errors, newline, line_buffering or write_through of the stream."""
        if args:
            raise TypeError("reconfigure() takes no positional arguments")
        for key in unknown:
            raise TypeError(f"'{key}' is an invalid keyword argument for reconfigure()")
        # CPython's order: the argument types, no change once decoded text waits to be read,
        # the newline's value, then the flags (ints: 'str' object cannot be interpreted as an integer).
        _check_str_arg("encoding", encoding, "reconfigure()")
        _check_str_arg("errors", errors, "reconfigure()")
        if newline is not Ellipsis and newline is not None and not isinstance(newline, str):
            raise TypeError(f"reconfigure() argument 'newline' must be str or None, not {type(newline).__name__}")
        if self._decoder is not None and (self._decoded or self._snapshot is not None) and (
                encoding is not None or errors is not None or newline is not Ellipsis):
            raise UnsupportedOperation(
                "It is not possible to set the encoding or newline of stream after the first read")
        if newline is not Ellipsis:
            _check_newline(newline)
        if line_buffering is not None:
            line_buffering = _index(line_buffering)
        if write_through is not None:
            write_through = _index(write_through)
        if encoding is not None:
            encoding = _resolve_encoding(encoding)
            _family(encoding)
            if errors is None:
                errors = "strict"
        self.flush()
        if encoding is not None or errors is not None:
            if encoding is not None:
                self._encoding = encoding
            if errors is not None:
                self._errors = errors
        if newline is not Ellipsis:
            self._set_newline(newline)
        if encoding is not None or errors is not None or newline is not Ellipsis:
            self._make_codecs()
            if self._encoder is not None and self._seekable and self._buffer.tell() != 0:
                self._encoder.setstate(0)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


for _cls in (_BufferedBase, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper):
    _cls.__module__ = "_io"
del _cls

_io.BufferedRWPair = BufferedRWPair
TextIOWrapper.register(_NativeTextIOWrapper)
BufferedReader.register(_NativeBufferedReader)
BufferedWriter.register(_NativeBufferedWriter)
BufferedRandom.register(_NativeBufferedRandom)

import io as _io_module    # io loads this module on first use of one of these names: io is complete

for _cls in (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    _io_module.BufferedIOBase.register(_cls)
_io_module.TextIOBase.register(TextIOWrapper)
del _cls
