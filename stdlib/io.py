"""The io module: open(), the file and in-memory stream types, and the abstract I/O classes.

gilvm's stdlib: written for gilvm, not copied from CPython. The concrete types are native
(the `_io` module: FileIO, the Buffered* types and TextIOWrapper that open() makes, StringIO,
BytesIO). The classes that CPython writes in C as `_io._IOBase`, `_io._RawIOBase`,
`_io._BufferedIOBase` and `_io._TextIOBase` (the default methods that a subclass of
io.RawIOBase and the others inherits: readline from read, read from readinto, iteration,
the context manager, close) are written here in Python, under those names; IOBase,
RawIOBase, BufferedIOBase and TextIOBase are the ABCs over them, and the native types are
registered as their virtual subclasses, as CPython's io.py registers its C types.

io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom and io.BufferedRWPair
are the constructible Python classes of _gilvm_iowrap (loaded on first use): they wrap any
stream, and the native types of the same names (what open() returns) are registered as their
virtual subclasses, so isinstance(open(...), io.TextIOWrapper) holds.
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

import _io
import abc
import sys

from _io import (DEFAULT_BUFFER_SIZE, SEEK_CUR, SEEK_END, SEEK_SET, BytesIO, FileIO, StringIO,
                 UnsupportedOperation, open)

BlockingIOError = BlockingIOError


def _size_argument(size):
    """A read size: None or an int, as C's _Py_convert_optional_to_ssize_t takes it."""
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None


class _IOBase:
    """The base class of all I/O classes: the methods every stream has, and defaults for the rest.

    read, readinto and write are left to the subclasses: which of them a stream has depends
    on its kind. Methods a stream does not support raise UnsupportedOperation.
    """

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        """Change the stream position to pos (relative to whence) and return the new position."""
        self._unsupported("seek")

    def tell(self):
        """The current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Resize the stream to pos bytes (default: the current position)."""
        self._unsupported("truncate")

    def flush(self):
        """Flush write buffers, if any (an error once the stream is closed)."""
        self._checkClosed()

    def close(self):
        """Flush and close the stream; closing a closed stream does nothing."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        """The underlying file descriptor, where there is one."""
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read up to and including the next b'\\n', at most size bytes if size >= 0."""
        limit = _size_argument(size)
        peek = getattr(self, "peek", None)
        line = bytearray()
        while limit < 0 or len(line) < limit:
            want = 1
            if peek is not None:
                # read up to the newline (or the end of what is buffered) in one go
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError(f"peek() should have returned a bytes object, not '{type(ahead).__name__}'")
                if ahead:
                    end = ahead.find(b"\n") + 1 or len(ahead)
                    want = end if limit < 0 else min(end, limit - len(line))
            chunk = self.read(want)
            if not isinstance(chunk, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(chunk).__name__}'")
            if not chunk:
                break
            line += chunk
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """A list of lines, stopping once their total length reaches hint (if hint > 0)."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write each item of an iterable (no line separators are added)."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """The base class of raw binary streams: read and readall from readinto."""

    def read(self, size=-1):
        size = _size_argument(size)
        if size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        if n is None:
            return None
        del buffer[n:]
        return bytes(buffer)

    def readall(self):
        """Read until the end of the stream (None if no data is available yet)."""
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if chunk is None:
                if not data:
                    return None
                break
            if not isinstance(chunk, bytes):
                raise TypeError("read() should return bytes")
            if not chunk:
                break
            data += chunk
        return bytes(data)

    def readinto(self, buffer):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """The base class of buffered binary streams: readinto from read."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        """Separate the underlying raw stream from the buffer and return it."""
        self._unsupported("detach")

    def readinto(self, buffer):
        return self._readinto(buffer, self.read)

    def readinto1(self, buffer):
        return self._readinto(buffer, self.read1)

    def _readinto(self, buffer, read):
        view = memoryview(buffer)
        size = view.nbytes
        data = read(size)
        if not isinstance(data, bytes):
            raise TypeError("read() should return bytes")
        n = len(data)
        if n > size:
            raise ValueError(f"read() returned too much data: {size} bytes requested, {n} returned")
        view[:n] = data
        return n


class _TextIOBase(_IOBase):
    """The base class of text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        """Separate the underlying binary buffer from the text stream and return it."""
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class IncrementalNewlineDecoder:
    """Decode in pieces with a decoder (or take str when it is None), noting the newline kinds seen
    and, with translate, turning '\\r\\n' and '\\r' into '\\n' (a '\\r' at the end of a piece waits for
    the next one)."""

    _LF, _CR, _CRLF = 1, 2, 4
    _KINDS = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self._decoder = decoder
        self._translate = translate
        self._errors = errors
        self._seen = 0
        self._pending_cr = False

    def decode(self, input, final=False):
        output = input if self._decoder is None else self._decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError(f"decoder should return a string result, not '{type(output).__name__}'")
        if self._pending_cr and (output or final):
            output = "\r" + output
            self._pending_cr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pending_cr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (self._LF if lf else 0) | (self._CR if cr else 0) | (self._CRLF if crlf else 0)
        if self._translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self._decoder is None:
            buffered, flag = b"", 0
        else:
            buffered, flag = self._decoder.getstate()
        flag <<= 1
        if self._pending_cr:
            flag |= 1
        return buffered, flag

    def setstate(self, state):
        buffered, flag = state
        self._pending_cr = bool(flag & 1)
        if self._decoder is not None:
            self._decoder.setstate((buffered, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pending_cr = False
        if self._decoder is not None:
            self._decoder.reset()

    @property
    def newlines(self):
        return self._KINDS[self._seen]


for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, IncrementalNewlineDecoder):
    _cls.__module__ = "_io"
    setattr(_io, _cls.__name__, _cls)
del _cls

# The wrappers a program can construct (io.TextIOWrapper(buffer, ...), io.BufferedReader(raw), ...)
# are Python classes over any stream, with the native types open() returns registered as their
# virtual subclasses (see _gilvm_iowrap's docstring). _io keeps the native types. They load on
# first use (PEP 562), so that `import io` does not pay for compiling them.
_WRAPPERS = ("BufferedRandom", "BufferedReader", "BufferedRWPair", "BufferedWriter", "TextIOWrapper")


def __getattr__(name):
    if name in _WRAPPERS:
        import _gilvm_iowrap
        for wrapper in _WRAPPERS:
            globals()[wrapper] = getattr(_gilvm_iowrap, wrapper)
        return globals()[name]
    raise AttributeError(f"module 'io' has no attribute '{name}'")


class IOBase(_IOBase, metaclass=abc.ABCMeta):
    __doc__ = _IOBase.__doc__


class RawIOBase(_RawIOBase, IOBase):
    __doc__ = _RawIOBase.__doc__


class BufferedIOBase(_BufferedIOBase, IOBase):
    __doc__ = _BufferedIOBase.__doc__


class TextIOBase(_TextIOBase, IOBase):
    __doc__ = _TextIOBase.__doc__


RawIOBase.register(FileIO)
for _cls in (BytesIO, _io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, _io.TextIOWrapper):
    TextIOBase.register(_cls)
del _cls


def open_code(path):
    """Open path for reading as bytes, as the import system opens source files."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding a function taking encoding=None should use: 'utf-8' in UTF-8 mode, else 'locale'."""
    if encoding is None:
        encoding = "utf-8" if sys.flags.utf8_mode else "locale"
        if sys.flags.warn_default_encoding:
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, stacklevel + 1)
    return encoding
