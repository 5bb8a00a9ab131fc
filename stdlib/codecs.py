"""Codec registry, base classes and helpers for encoding text to bytes and back.

gilvm's stdlib: written for gilvm, not copied from CPython.

    lookup(encoding)                    the CodecInfo of a codec (LookupError if none)
    encode / decode                     obj through a codec, by name
    getencoder / getdecoder / getincrementalencoder / getincrementaldecoder / getreader /
    getwriter                           one part of a codec's CodecInfo
    register / unregister               codec search functions
    register_error / lookup_error       error handlers by name ('strict', 'replace', ...)
    open(filename, mode, encoding)      a file that reads and writes str through a codec
    iterencode / iterdecode             a codec's incremental coder over an iterator
    Codec, IncrementalEncoder, IncrementalDecoder, BufferedIncrementalDecoder,
    StreamReader, StreamWriter, StreamReaderWriter    base classes of codecs
    BOM_UTF8, BOM_UTF16_LE, ...         byte order marks

The built-in codecs are those of str.encode: utf-8, utf-8-sig, ascii, latin-1, utf-16 and
utf-32 (with -le / -be forms), unicode-escape and raw-unicode-escape; besides them the
bytes-to-bytes codecs hex and base64 (over binascii) and the str-to-str rot13.

Design: gilvm has no `encodings` package. One search function, registered first, makes the
CodecInfo of every built-in codec from the native functions of _codecs (a pair per codec:
encode(str, errors) -> (bytes, consumed) and decode(data, errors, final) -> (str, consumed),
where final false leaves a sequence cut short at the end unconsumed). The incremental coders
are built from that pair; stream readers and writers are built from the incremental coders, so
a codec with a byte order mark (utf-16, utf-32, utf-8-sig) writes it once and reads it once per
stream, as CPython's do.
"""

import builtins
import sys

import _codecs
# The per-codec functions (utf_8_encode, utf_8_decode, ...) are codecs' too.
from _codecs import *
from _codecs import lookup_error, register_error

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode",
           "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "register_error", "lookup_error"]

# ---- byte order marks --------------------------------------------------------------------------

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
# The old names (from when UTF-16 was "32-bit" and UTF-32 "64-bit" in these constants).
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

# ---- error handlers ----------------------------------------------------------------------------------

strict_errors = lookup_error('strict')
ignore_errors = lookup_error('ignore')
replace_errors = lookup_error('replace')
xmlcharrefreplace_errors = lookup_error('xmlcharrefreplace')
backslashreplace_errors = lookup_error('backslashreplace')
# No namereplace_errors: gilvm has no table of every Unicode character's name to write from.

# ---- CodecInfo and the base classes -----------------------------------------------------------------


class CodecInfo(tuple):
    """What lookup() returns: a 4-tuple (encode, decode, streamreader, streamwriter), for the
    code that unpacks it, with those and the incremental coders as attributes."""

    _is_text_encoding = True  # False for bytes-to-bytes and str-to-str codecs (hex, rot13)

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """A stateless encoder and decoder: both return (output, length of input consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; encode(..., final=True) ends the input."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the input its _buffer_encode leaves unconsumed."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces; decode(..., final=True) ends the input."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes its _buffer_decode leaves unconsumed (the
    start of a character cut by the end of a piece) for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes str to a binary stream through the codec's encode()."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        # Everything else (close, flush, tell, ...) is the stream's.
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads str from a binary stream through the codec's decode(), which must leave the bytes
    of a character cut by the end of a chunk unconsumed (they are kept for the next read)."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer

    def _fill(self, size, firstline):
        """Reads size bytes (size < 0: the rest of the stream) and decodes them onto the
        character buffer; returns False at the end of the stream."""
        new = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + new
        if not data:
            return False
        try:
            chars, consumed = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            # readline() can still return the complete lines before the bad bytes.
            if not firstline:
                raise
            chars, consumed = self.decode(data[:exc.start], self.errors)
            if len(chars.splitlines(True)) <= 1:
                raise
        self.bytebuffer = data[consumed:]
        self.charbuffer += chars
        return bool(new)

    def read(self, size=-1, chars=-1, firstline=False):
        """Returns up to `chars` characters, reading `size` bytes at a time (chars < 0: size
        characters; both < 0: the rest of the stream)."""
        if chars < 0:
            chars = size  # read(n) asks for about n characters
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(size, firstline):
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Returns the next line (line ends as str.splitlines() sees them)."""
        chunk = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(chunk, firstline=True)
            # A '\r' at the end may be the first half of '\r\n'.
            if data.endswith('\r'):
                data += self.read(size=1, chars=1)
            line += data
            parts = line.splitlines(True)
            if len(parts) > 1:
                # A whole line and more: the rest goes back before the buffered characters.
                self.charbuffer = self._empty_charbuffer.join(parts[1:]) + self.charbuffer
                line = parts[0]
                break
            if parts and parts[0].splitlines(False)[0] != parts[0]:
                break  # exactly one line, with its end
            if not data or size is not None:
                break
            if chunk < 8000:
                chunk *= 2
        if not keepends and line:
            line = line.splitlines(False)[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A stream that reads through one codec's StreamReader and writes through its
    StreamWriter (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """A binary stream whose data is re-encoded on the way: read() and write() take and give
    bytes in the `encode`/`decode` pair's encoding; the stream holds the Reader/Writer's."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def readline(self, size=None):
        return self.encode(self.reader.readline(size), self.errors)[0]

    def readlines(self, sizehint=None):
        return self.encode(self.reader.read(), self.errors)[0].splitlines(True)

    def __next__(self):
        return self.encode(next(self.reader), self.errors)[0]

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---- the registry ------------------------------------------------------------------------------------

_search_functions = []
_cache = {}


def register(search_function):
    """Adds a search function: called with a normalized encoding name, it returns a
    CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function (and forgets the codecs found so far)."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """Returns the CodecInfo of `encoding`, from the first search function that knows it."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    # As CPython: search functions get the name lowercased, with runs of other characters than
    # ASCII letters, digits and '.' made one '_' ('UTF 8' -> 'utf_8').
    key = _codecs._normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = info
        return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec `encoding` (str to bytes for text encodings)."""
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec `encoding` (bytes to str for text encodings)."""
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens filename in binary mode and wraps it in a StreamReaderWriter of the codec (with
    no encoding: the file as builtins.open gives it)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder over file: bytes in data_encoding outside, file_encoding in the file."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader,
                       file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes the str pieces of iterator, yielding the non-empty bytes pieces."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = encoder.encode(piece)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the bytes pieces of iterator, yielding the non-empty str pieces."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = decoder.decode(piece)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of a decoding map; targets of several keys map to None."""
    m = {}
    for k, v in decoding_map.items():
        m[v] = None if v in m else k
    return m


# ---- the built-in codecs ----------------------------------------------------------------------------


def _codec_classes(encode_first, encode_rest, decode_start):
    """The incremental coders and stream classes of a codec.

    encode_first / encode_rest: (str, errors) -> (bytes, consumed), for the first piece of a
    stream and the others (they differ where a byte order mark starts the stream).
    decode_start: (data, errors, final) -> (str, consumed, decode_rest) where decode_rest
    decodes the pieces that follow (again (data, errors, final) -> (str, consumed)), or None
    while there is too little data to choose (a byte order mark not yet whole)."""

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            if self._started:
                return encode_rest(input, self.errors)[0]
            self._started = True
            return encode_first(input, self.errors)[0]

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started else 2

        def setstate(self, state):
            self._started = not state

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._rest = None

        def _buffer_decode(self, input, errors, final):
            if self._rest is not None:
                return self._rest(input, errors, final)
            text, consumed, rest = decode_start(input, errors, final)
            self._rest = rest
            return text, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._rest = None

    # The streams code through an incremental coder, which keeps their state (the byte order
    # mark written or read, the bytes of a character cut by the end of a chunk).
    class _StreamWriter(StreamWriter):
        def encode(self, input, errors='strict'):
            coder = self.__dict__.get('_coder')
            if coder is None:
                coder = self._coder = _IncrementalEncoder(errors)
            return coder.encode(input), len(input)

        def reset(self):
            self.__dict__.pop('_coder', None)

    class _StreamReader(StreamReader):
        def decode(self, input, errors='strict'):
            coder = self.__dict__.get('_coder')
            if coder is None:
                coder = self._coder = _IncrementalDecoder(errors)
            return coder.decode(input), len(input)

        def reset(self):
            StreamReader.reset(self)
            self.__dict__.pop('_coder', None)

    return _IncrementalEncoder, _IncrementalDecoder, _StreamReader, _StreamWriter


def _plain(decode):
    """decode_start of a codec without a byte order mark."""
    def start(data, errors, final):
        text, consumed = decode(data, errors, final)
        return text, consumed, decode
    return start


def _with_bom(boms, default):
    """decode_start of a codec whose data may begin with one of `boms` ((mark, decode) pairs);
    without one, `default` decodes."""
    def start(data, errors, final):
        for mark, decode in boms:
            if data[:len(mark)] == mark:
                text, consumed = decode(data[len(mark):], errors, final)
                return text, consumed + len(mark), decode
        if not final and any(len(data) < len(mark) and mark.startswith(data) for mark, _ in boms):
            return '', 0, None  # maybe a mark: wait for more
        text, consumed = default(data, errors, final)
        return text, consumed, default
    return start


def _no_final(decode):
    """A decode(data, errors, final) of a codec that never leaves bytes over (one byte is one
    character)."""
    return lambda data, errors='strict', final=False: decode(data, errors)


def _codec(name, encode, decode, classes):
    ienc, idec, reader, writer = classes
    for cls, kind in ((ienc, 'IncrementalEncoder'), (idec, 'IncrementalDecoder'),
                      (reader, 'StreamReader'), (writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = 'encodings.' + name.replace('-', '_')
    return CodecInfo(encode, decode, reader, writer, ienc, idec, name)


def _simple(name, prefix):
    enc = getattr(_codecs, prefix + '_encode')
    dec = getattr(_codecs, prefix + '_decode')
    if prefix in ('ascii', 'latin_1'):
        dec = _no_final(dec)
    return _codec(
        name,
        enc,
        lambda input, errors='strict': dec(input, errors, True),
        _codec_classes(enc, enc, _plain(dec)))


def _bom_codec(name, encode_bom, encode_plain, boms, default, whole=None):
    """whole: the native decoder of whole data, whose error positions count the mark."""
    start = _with_bom(boms, default)

    def decode(input, errors='strict'):
        if whole is not None:
            return whole(input, errors, True)
        text, consumed, _ = start(input, errors, True)
        return text, consumed
    return _codec(name, encode_bom, decode, _codec_classes(encode_bom, encode_plain, start))


def _utf_8_sig_encode(input, errors='strict'):
    data, consumed = _codecs.utf_8_encode(input, errors)
    return BOM_UTF8 + data, consumed


_LE = sys.byteorder == 'little'


def _make_builtin(canonical):
    c = _codecs
    if canonical == 'utf-8-sig':
        return _bom_codec(canonical, _utf_8_sig_encode, c.utf_8_encode,
                          [(BOM_UTF8, c.utf_8_decode)], c.utf_8_decode)
    if canonical == 'utf-16':
        return _bom_codec(canonical, c.utf_16_encode,
                          c.utf_16_le_encode if _LE else c.utf_16_be_encode,
                          [(BOM_UTF16_LE, c.utf_16_le_decode), (BOM_UTF16_BE, c.utf_16_be_decode)],
                          c.utf_16_le_decode if _LE else c.utf_16_be_decode, c.utf_16_decode)
    if canonical == 'utf-32':
        return _bom_codec(canonical, c.utf_32_encode,
                          c.utf_32_le_encode if _LE else c.utf_32_be_encode,
                          [(BOM_UTF32_LE, c.utf_32_le_decode), (BOM_UTF32_BE, c.utf_32_be_decode)],
                          c.utf_32_le_decode if _LE else c.utf_32_be_decode, c.utf_32_decode)
    if canonical in ('unicode-escape', 'raw-unicode-escape'):
        prefix = canonical.replace('-', '_')
        enc = getattr(c, prefix + '_encode')
        dec = getattr(c, prefix + '_decode')
        # These decode with final=True unless told otherwise; the incremental coders say so.
        return _codec(canonical, enc, lambda input, errors='strict': dec(input, errors, True),
                      _codec_classes(enc, enc, _plain(dec)))
    prefix = 'latin_1' if canonical == 'iso8859-1' else canonical.replace('-', '_')
    return _simple(canonical, prefix)


# Codecs that are not text encodings, by their normalized names.

# bytes.hex and bytes.fromhex are native; binascii (slower to import) only gives the errors.

def _hex_encode(input, errors='strict'):
    try:
        data = memoryview(input).tobytes()
    except TypeError:
        import binascii
        return binascii.b2a_hex(input), len(input)
    return data.hex().encode('ascii'), len(data)


def _hex_decode(input, errors='strict'):
    data = input.encode('ascii') if isinstance(input, str) else memoryview(input).tobytes()
    if len(data) % 2 == 0 and not data.translate(None, b'0123456789abcdefABCDEF'):
        return bytes.fromhex(data.decode('ascii')), len(data)
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    return base64.encodebytes(input), len(input)


def _base64_decode(input, errors='strict'):
    import base64
    return base64.decodebytes(input), len(input)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict'):
    return input.translate(_ROT13), len(input)


def _stateless_classes(encode, decode):
    return _codec_classes(encode, encode,
                          _plain(lambda data, errors='strict', final=False: decode(data, errors)))


_OTHER_CODECS = {
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base_64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'rot13': ('rot-13', _rot13, _rot13),
    'rot_13': ('rot-13', _rot13, _rot13),
}


def _builtin_search(name):
    try:
        canonical = _codecs._canonical(name)
    except LookupError:
        entry = _OTHER_CODECS.get(name.replace('-', '_'))
        if entry is None:
            return None
        codec_name, enc, dec = entry
        info = _codec(codec_name, enc, dec, _stateless_classes(enc, dec))
        info._is_text_encoding = False
        return info
    return _make_builtin(canonical)


register(_builtin_search)
