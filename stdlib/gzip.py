"""Reading and writing gzip files (RFC 1952): compress, decompress, open and GzipFile.

gilvm's stdlib: written for gilvm, not copied from CPython. Members are raw deflate streams
(zlib with wbits=-15) between a header and a CRC-32/length trailer that this module writes and
checks itself, as CPython's does, so that a header is byte for byte CPython's: the mtime, the
file name (for files), XFL (2 for level 9, 4 for level 1, else 0) and OS 255 ("unknown").

A GzipFile reading holds the compressed bytes not yet used (`_pending`), the current member's
decompressor and the decompressed bytes not yet returned (`_out` from `_at`); every reading
method is a view of that buffer, refilled one member piece at a time.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ = 1
WRITE = 2

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024

_TRUNCATED = 'Compressed file ended before the end-of-stream marker was reached'


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(level):
    return 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0


def _header(level, mtime, name=b''):
    flags = FNAME if name else 0
    head = struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, flags, int(mtime) & 0xFFFFFFFF, _xfl(level), 255)
    return head + name + b'\0' if name else head


class _Source:
    """Compressed bytes from a file object or a bytes object, with look-ahead and put-back."""

    def __init__(self, fileobj=None, data=b''):
        self.fileobj = fileobj
        self.pending = data

    def more(self):
        if self.fileobj is None:
            return False
        chunk = self.fileobj.read(READ_BUFFER_SIZE)
        if not chunk:
            return False
        self.pending = self.pending + chunk if self.pending else chunk
        return True

    def take(self, n, exact=True):
        while len(self.pending) < n and self.more():
            pass
        got, self.pending = self.pending[:n], self.pending[n:]
        if exact and len(got) < n:
            raise EOFError(_TRUNCATED)
        return got

    def take_through_nul(self):
        while True:
            at = self.pending.find(b'\0')
            if at >= 0:
                self.pending = self.pending[at + 1:]
                return
            self.pending = b''
            if not self.more():
                return

    def skip_zeros(self):
        """Skip padding zeros between members; False at the end of the input."""
        while True:
            stripped = self.pending.lstrip(b'\0')
            self.pending = stripped
            if stripped:
                return True
            if not self.more():
                return False


def _read_header(src):
    """Parse a member header from src; its mtime, or None at the end of the input."""
    magic = src.take(2, exact=False)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile(f'Not a gzipped file ({magic!r})')
    method, flags, mtime = struct.unpack('<BBIxx', src.take(8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        extra, = struct.unpack('<H', src.take(2))
        src.take(extra)
    if flags & FNAME:
        src.take_through_nul()
    if flags & FCOMMENT:
        src.take_through_nul()
    if flags & FHCRC:
        src.take(2)
    return mtime


def _check_trailer(src, crc, size, detailed):
    want_crc, want_size = struct.unpack('<II', src.take(8))
    if want_crc != crc:
        raise BadGzipFile(f'CRC check failed {hex(want_crc)} != {hex(crc)}' if detailed else 'CRC check failed')
    if want_size != size & 0xFFFFFFFF:
        raise BadGzipFile('Incorrect length of data produced')


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return a gzip member (mtime None: now)."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)  # zlib's own header (OS 3), as CPython 3.12
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    size = memoryview(data).nbytes
    return b''.join((_header(compresslevel, mtime), body,
                     struct.pack('<LL', zlib.crc32(data), size & 0xFFFFFFFF)))


def decompress(data):
    """Decompress every member of gzip data and return the bytes joined."""
    src = _Source(data=bytes(data))
    parts = []
    while _read_header(src) is not None:
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        out = d.decompress(src.pending)
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        src.pending = d.unused_data
        _check_trailer(src, zlib.crc32(out), len(out), False)
        parts.append(out)
        src.pending = src.pending.lstrip(b'\0')
    return b''.join(parts)


class GzipFile(io.BufferedIOBase):
    """A file object that reads or writes one gzip stream through an underlying binary file."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError(f'Invalid mode: {mode!r}')
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.fileobj = fileobj
        self.name = filename
        if mode.startswith('r'):
            self.mode = READ
            self._src = _Source(fileobj)
            self._dec = None
            self._out = b''
            self._at = 0
            self._pos = 0
            self._done = False
            self._last_mtime = None
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._comp = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._crc = 0
            self._size = 0
            self._pos = 0
            self._write_header(compresslevel)
        else:
            raise ValueError(f'Invalid mode: {mode!r}')

    # ---- common ----

    @property
    def mtime(self):
        return self._last_mtime if self.mode == READ else self._write_mtime

    @property
    def closed(self):
        return self.fileobj is None

    def _check_open(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')

    def __repr__(self):
        return f'<gzip {repr(self.fileobj)[1:-1]} {hex(id(self))}>'

    def readable(self):
        self._check_open()
        return self.mode == READ

    def writable(self):
        self._check_open()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    def tell(self):
        self._check_open()
        return self._pos

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._comp.flush())
                fileobj.write(struct.pack('<LL', self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            mine, self.myfileobj = self.myfileobj, None
            if mine:
                mine.close()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- writing ----

    def _write_header(self, level):
        name = os.path.basename(self.name)
        if not isinstance(name, bytes):
            try:
                name = name.encode('latin-1')
            except UnicodeEncodeError:
                name = b''
        if name.endswith(b'.gz'):
            name = name[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(level, mtime, name))

    def write(self, data):
        self._check_open()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            size = len(data)
        else:
            data = memoryview(data)
            size = data.nbytes
        if size > 0:
            self.fileobj.write(self._comp.compress(data))
            self._size += size
            self._crc = zlib.crc32(data, self._crc)
            self._pos += size
        return size

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_open()
        if self.mode == WRITE:
            self.fileobj.write(self._comp.flush(zlib_mode))
            self.fileobj.flush()

    # ---- reading ----

    def _check_read(self, what):
        self._check_open()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, f'{what}() on write-only GzipFile object')

    def _fill(self, hint):
        """Decompress more into the buffer; False at the end of the last member."""
        src = self._src
        while not self._done:
            if self._dec is None:
                if self._last_mtime is not None and not src.skip_zeros():
                    self._done = True
                    return False
                mtime = _read_header(src)
                if mtime is None:
                    self._done = True
                    return False
                self._last_mtime = mtime
                self._dec = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = 0
                self._size = 0
            dec = self._dec
            if not src.pending and not src.more():
                raise EOFError(_TRUNCATED)
            out = dec.decompress(src.pending, max(hint, 8192))
            if dec.eof:
                src.pending = dec.unused_data
            else:
                src.pending = dec.unconsumed_tail
            if out:
                self._crc = zlib.crc32(out, self._crc)
                self._size += len(out)
            if dec.eof:
                _check_trailer(src, self._crc, self._size, True)
                self._dec = None
            if out:
                self._out = self._out[self._at:] + out if self._at < len(self._out) else out
                self._at = 0
                return True
        return False

    def _take(self, n):
        out = self._out[self._at:self._at + n]
        self._at += len(out)
        self._pos += len(out)
        return out

    def read(self, size=-1):
        self._check_read('read')
        if size is None or size < 0:
            while self._fill(READ_BUFFER_SIZE):
                pass
            return self._take(len(self._out) - self._at)
        while len(self._out) - self._at < size and self._fill(size - (len(self._out) - self._at)):
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_read('read1')
        if size is None or size < 0:
            size = READ_BUFFER_SIZE
        if size == 0:
            return b''
        if self._at >= len(self._out):
            self._fill(size)
        return self._take(size)

    def peek(self, n):
        self._check_read('peek')
        if self._at >= len(self._out):
            self._fill(max(n, 8192))
        return self._out[self._at:]

    def readline(self, size=-1):
        self._check_read('readline')
        if size is None:
            size = -1
        scan = self._at
        while True:
            end = self._out.find(b'\n', scan)
            if end >= 0:
                n = end + 1 - self._at
                break
            avail = len(self._out) - self._at
            if 0 <= size <= avail or not self._fill(8192):
                n = avail
                break
            scan = self._at + avail  # _fill keeps the unread bytes first
        if size >= 0:
            n = min(n, size)
        return self._take(n)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._src = _Source(self.fileobj)
        self._dec = None
        self._out, self._at, self._pos = b'', 0, 0
        self._done = False
        self._last_mtime = None

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_open()
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._pos
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._pos:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._pos))
            return self._pos
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            raise io.UnsupportedOperation("Seek from end not supported")
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(offset - self._pos, READ_BUFFER_SIZE)):
                break
        return self._pos


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip file in binary mode ('r', 'w', 'a', 'x', with 'b') or text mode (with 't')."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError(f'Invalid mode: {mode!r}')
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary
