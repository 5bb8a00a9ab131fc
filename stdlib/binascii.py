"""Conversions between binary data and ASCII encodings: base64, hex, uuencode, quoted-printable, and CRCs.

gilvm's stdlib: written for gilvm, not copied from CPython.

    a2b_base64 / b2a_base64     base64, with CPython's lenient and strict decoding
    a2b_hex / b2a_hex           hex digits (also unhexlify / hexlify), with an optional separator
    a2b_uu / b2a_uu             one uuencoded line
    a2b_qp / b2a_qp             quoted-printable (RFC 1521), with the header variant
    crc32 / crc_hqx             the zlib CRC-32 and the CRC-CCITT of binhex
    Error, Incomplete           the exceptions (Error is a ValueError)

The results, and the messages of the errors, are those of CPython 3.12's C module.

Design: a Python loop over every byte is slow in gilvm, so the bulk conversions go through
operations gilvm does natively. Base64 works on the hex text of the data: three hex digits
(12 bits) are exactly two base64 characters, so one 4096-entry dict maps each way, applied with
map() and joined; bytes.hex() and bytes.fromhex() do the rest. Decoding takes that fast road for
the run of well-formed quads and hands only the end (padding, stray characters) to a loop that
follows the C decoder's rules character by character. The CRCs are table-driven loops.
"""

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "a2b_qp", "a2b_uu", "b2a_base64",
           "b2a_hex", "b2a_qp", "b2a_uu", "crc32", "crc_hqx", "hexlify", "unhexlify"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'


# --- argument conversion -----------------------------------------------------------------------

def _binary(data):
    """The bytes of a bytes-like argument (what the b2a_* functions and the CRCs take)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
    if not view.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return view.tobytes()


def _ascii(data):
    """The bytes of an a2b_* argument: bytes-like, or a str of ASCII characters only."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None
    if not view.c_contiguous:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__)
    return view.tobytes()


# --- base64 ------------------------------------------------------------------------------------

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_BYTES = _B64.encode('ascii')
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# Three lowercase hex digits <-> the two base64 characters of the same 12 bits.
_HEX3_TO_B64 = {}
for _n in range(4096):
    _HEX3_TO_B64['%03x' % _n] = _B64[_n >> 6] + _B64[_n & 63]
_B64_TO_HEX3 = {v: k for k, v in _HEX3_TO_B64.items()}
del _n
# Every byte but the alphabet and '=': what lenient decoding skips.
_B64_JUNK = bytes(b for b in range(256) if b not in _B64_VALUE and b != 61)


def b2a_base64(data, /, *, newline=True):
    """Base64-encode the data, with a newline at the end unless newline is false."""
    data = _binary(data)
    whole = len(data) - len(data) % 3
    hexdigits = data[:whole].hex()
    table = _HEX3_TO_B64
    text = ''.join(map(table.__getitem__,
                       map(str.__add__, map(str.__add__, hexdigits[0::3], hexdigits[1::3]),
                           hexdigits[2::3])))
    rest = data[whole:]
    if len(rest) == 1:
        text += _B64[rest[0] >> 2] + _B64[(rest[0] & 3) << 4] + '=='
    elif len(rest) == 2:
        n = (rest[0] << 8) | rest[1]
        text += _B64[n >> 10] + _B64[(n >> 4) & 63] + _B64[(n & 15) << 2] + '='
    if newline:
        text += '\n'
    return text.encode('ascii')


def _decode_quads(chunk):
    """The bytes of whole base64 quads, every character in the alphabet."""
    text = chunk.decode('ascii')
    table = _B64_TO_HEX3
    return bytes.fromhex(''.join(map(table.__getitem__, map(str.__add__, text[0::2], text[1::2]))))


def a2b_base64(data, /, *, strict_mode=False):
    """Decode base64 data.

    Leniently (the default), characters outside the alphabet are skipped and decoding stops at
    the padding that completes a quad. With strict_mode, anything but the alphabet and final
    padding is an error."""
    data = _ascii(data)
    if strict_mode:
        if data[:1] == b'=':
            raise Error('Leading padding not allowed')
        text = data
        stop = len(text) - len(text.lstrip(_B64_BYTES))  # the leading run of the alphabet
    else:
        text = data.translate(None, _B64_JUNK)
        stop = text.find(b'=')
        if stop < 0:
            stop = len(text)
    stop -= stop % 4
    # text[:stop] is whole quads of alphabet characters; the rest goes through the slow loop.
    return _decode_quads(text[:stop]) + _decode_tail(text, stop, strict_mode)


def _decode_tail(text, start, strict):
    """Decode text[start:] (start at a quad boundary) character by character, with the C
    decoder's rules for padding, stray characters and the errors."""
    out = bytearray()
    quad_pos = 0     # how many characters of the current quad we have
    bits = 0         # the bits of the current quad not yet written out
    pads = 0         # '=' seen since the last data character, counted only from quad_pos 2
    padding_started = False
    count = start    # data characters so far, for the error message
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        i += 1
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict and i < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        bits = (bits << 6) | value
        if quad_pos == 0:
            quad_pos = 1
        elif quad_pos == 1:
            out.append(bits >> 4)
            bits &= 15
            quad_pos = 2
        elif quad_pos == 2:
            out.append(bits >> 2)
            bits &= 3
            quad_pos = 3
        else:
            out.append(bits)
            bits = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 '
                    'more than a multiple of 4' % count)
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)


# --- hex ---------------------------------------------------------------------------------------

_HEX_DIGITS = b'0123456789abcdefABCDEF'
_NO_SEP = object()


def b2a_hex(data, sep=_NO_SEP, bytes_per_sep=1):
    """The data as hex digits (bytes), optionally with sep between every bytes_per_sep bytes
    (counted from the right, or from the left when negative)."""
    data = _binary(data)
    if sep is _NO_SEP:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def a2b_hex(hexstr, /):
    """The bytes that a string of hex digits (an even number of them, nothing else) spells."""
    hexstr = _ascii(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    if hexstr.translate(None, _HEX_DIGITS):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(hexstr.decode('ascii'))


def hexlify(data, sep=_NO_SEP, bytes_per_sep=1):
    """The same as b2a_hex."""
    return b2a_hex(data, sep, bytes_per_sep)


def unhexlify(hexstr, /):
    """The same as a2b_hex."""
    return a2b_hex(hexstr)


# --- CRCs --------------------------------------------------------------------------------------

def _crc32_table():
    table = []
    for n in range(256):
        for _ in range(8):
            n = (n >> 1) ^ 0xEDB88320 if n & 1 else n >> 1
        table.append(n)
    return table


def _crc_hqx_table():
    table = []
    for n in range(256):
        n <<= 8
        for _ in range(8):
            n = ((n << 1) ^ 0x1021 if n & 0x8000 else n << 1) & 0xFFFF
        table.append(n)
    return table


_CRC32 = _crc32_table()
_CRC_HQX = _crc_hqx_table()


def crc32(data, crc=0, /):
    """The CRC-32 of the data (as zlib computes it), continuing from crc; an unsigned int."""
    table = _CRC32
    crc = ~crc & 0xFFFFFFFF
    for b in _binary(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """The 16-bit CRC-CCITT (polynomial 0x1021) of the data, starting from crc, as binhex uses."""
    table = _CRC_HQX
    crc &= 0xFFFF
    for b in _binary(data):
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc


# --- uuencode ----------------------------------------------------------------------------------

def b2a_uu(data, /, *, backtick=False):
    """One uuencoded line (at most 45 bytes of data), ending with a newline. With backtick,
    zero is written '`' rather than a space."""
    data = _binary(data)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')
    zero = 96 if backtick else 32
    out = bytearray([32 + len(data) if data else zero])
    padded = data + bytes(-len(data) % 3)
    for i in range(0, len(padded), 3):
        n = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            v = (n >> shift) & 63
            out.append(32 + v if v else zero)
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    """The bytes of one uuencoded line: the length its first character gives, padding with
    zeros where the line is short."""
    data = _ascii(data)
    # An empty line reads as a NUL length character, as in C.
    size = ((data[0] if data else 0) - 32) & 63
    out = bytearray()
    bits = 0
    nbits = 0
    i = 1
    while len(out) < size:
        c = data[i] if i < len(data) else 10
        i += 1
        if c == 10 or c == 13:
            v = 0  # a line cut short (trailing spaces eaten): zeros
        elif c < 32 or c > 96:
            raise Error('Illegal char')
        else:
            v = (c - 32) & 63
        bits = (bits << 6) | v
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append(bits >> nbits)
            bits &= (1 << nbits) - 1
    for c in data[i:]:
        if c not in (32, 96, 10, 13):
            raise Error('Trailing garbage')
    return bytes(out)


# --- quoted-printable --------------------------------------------------------------------------

_MAXLINE = 76
_HEXUP = b'0123456789ABCDEF'


def a2b_qp(data, header=False):
    """Decode quoted-printable data: '=XX' escapes, soft line breaks ('=' at the end of a line),
    and with header, '_' for a space. A malformed '=' is kept as it is."""
    data = _ascii(data)
    out = bytearray()
    i = 0
    n = len(data)
    hexdigits = b'0123456789abcdefABCDEF'
    while i < n:
        c = data[i]
        i += 1
        if c == 61:  # '='
            if i >= n:
                break
            d = data[i]
            if d == 10 or d == 13:
                # A soft line break: skip to just past the next newline.
                end = data.find(b'\n', i)
                i = n if end < 0 else end + 1
            elif d == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and d in hexdigits and data[i + 1] in hexdigits:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
        else:
            out.append(c)
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode data as quoted-printable, lines at most 76 characters with soft breaks.

    quotetabs escapes every space and tab; istext=False escapes line ends too (binary data);
    header writes spaces as '_' (and escapes '_'). Line ends are written as the data's first
    one is: CRLF if it is one."""
    data = _binary(data)
    n = len(data)
    first_nl = data.find(b'\n')
    crlf = first_nl > 0 and data[first_nl - 1] == 13
    newline = b'\r\n' if crlf else b'\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        nxt = -1 if last else data[i + 1]
        if _qp_must_escape(c, nxt, last, linelen, quotetabs, istext, header):
            if linelen + 3 >= _MAXLINE:
                out += b'=' + newline
                linelen = 0
            out += bytes((61, _HEXUP[c >> 4], _HEXUP[c & 15]))
            linelen += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            # A hard line break; whitespace just before it would be lost, so escape it.
            if out and out[-1] in (32, 9):
                ws = out[-1]
                out[-1] = 61
                out += bytes((_HEXUP[ws >> 4], _HEXUP[ws & 15]))
            out += newline
            linelen = 0
            i += 2 if c == 13 else 1
        else:
            if not last and nxt != 10 and linelen + 1 >= _MAXLINE:
                out += b'=' + newline
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def _qp_must_escape(c, nxt, last, linelen, quotetabs, istext, header):
    if c > 126 or c == 61 or (header and c == 95):
        return True
    # A lone '.' on a line would end an SMTP message.
    if c == 46 and linelen == 0 and (last or nxt in (10, 13, 0)):
        return True
    if not istext and (c == 13 or c == 10):
        return True
    if (c == 9 or c == 32) and last:
        return True
    return c < 33 and c != 13 and c != 10 and (quotetabs or (c != 9 and c != 32))
