"""Base16, base32, base64 and base85 (Ascii85 and git's) encodings of binary data.

gilvm's stdlib: written for gilvm, not copied from CPython.

    b64encode / b64decode           base64, optionally with two other characters for '+/'
    standard_b64* / urlsafe_b64*    the standard alphabet; the URL-safe one ('-_')
    encodebytes / decodebytes       base64 in lines of 76 characters (MIME)
    encode / decode                 the same between binary file objects
    b32encode / b32decode           base32 (RFC 4648), b32hex* with the extended-hex alphabet
    b16encode / b16decode           uppercase hex
    main                            python -m base64 [-d|-e|-u] [file|-]
    a85encode / a85decode           Ascii85 (btoa, Adobe), with 'z'/'y' folding and wrapping
    b85encode / b85decode           base85 as git and Mercurial write it

The results and the messages of the errors are those of CPython 3.12.

Design: base64 and base16 are binascii's. A Python loop over every byte is slow in gilvm, so
the others regroup bits with operations gilvm does natively: base32 goes through a string of
'0'/'1' characters (str.translate turns each hex digit or base32 character into its bits, and
each 10-bit or 8-bit slice is looked up in a dict); the base85 encoders split 32-bit words with
map() over divmod-like builtins and small tables. Decoders check the input first and raise the
error the first bad character or group gives, as a left-to-right decoder would.
"""

import binascii
import re
import struct
from itertools import repeat

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode",
           "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "b85encode",
           "b85decode", "a85encode", "a85decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76  # characters of encoded output per line (RFC 2045)
MAXBINSIZE = (MAXLINESIZE // 4) * 3  # the bytes that make one line


def _decode_data(s):
    """The bytes a decoder works on: a bytes-like object's, or an ASCII str's."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % type(s).__name__) from None


def _encode_data(s):
    """The bytes of an encoder's argument (bytes-like only), as memoryview() takes it."""
    if isinstance(s, bytes):
        return s
    return memoryview(s).tobytes()


def _bytes_arg(s):
    if isinstance(s, bytes):
        return s
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(s).tobytes()


# --- base64 ------------------------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Base64-encode the bytes-like s; altchars, two bytes, replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        altchars = _bytes_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode base64 s (bytes-like or ASCII str). Characters outside the alphabet are skipped
    unless validate is true, when they raise binascii.Error, as does bad padding."""
    s = _decode_data(s)
    if altchars is not None:
        altchars = _decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode base64 in the standard alphabet, skipping other characters."""
    return b64decode(s)


_URLSAFE_ENCODE = bytes.maketrans(b'+/', b'-_')
_URLSAFE_DECODE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64-encode with the URL- and file-name-safe alphabet ('-' and '_' for '+' and '/')."""
    return b64encode(s).translate(_URLSAFE_ENCODE)


def urlsafe_b64decode(s):
    """Decode base64 in the URL-safe alphabet (the standard '+/' are accepted too)."""
    return b64decode(_decode_data(s).translate(_URLSAFE_DECODE))


def _check_bytes_like(s):
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__) from None
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D, not %d-D memoryview of %s' % (view.ndim, type(s).__name__))
    if not view.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return view.tobytes()


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    text = binascii.b2a_base64(_check_bytes_like(s), newline=False)
    # 57 bytes make exactly one 76-character line, so encoding at once then cutting is the same
    # as encoding line by line.
    return b''.join([text[i:i + MAXLINESIZE] + b'\n' for i in range(0, len(text), MAXLINESIZE)])


def decodebytes(s):
    """Decode base64 lines (as encodebytes writes them)."""
    return binascii.a2b_base64(_check_bytes_like(s))


def encode(input, output):
    """Base64-encode the binary file input into the binary file output, in 76-character lines."""
    block = MAXBINSIZE * 1024
    pending = b''
    while True:
        chunk = input.read(block)
        if not chunk:
            break
        pending += chunk
        whole = len(pending) - len(pending) % MAXBINSIZE
        if whole:
            output.write(encodebytes(pending[:whole]))
            pending = pending[whole:]
    if pending:
        output.write(encodebytes(pending))


def decode(input, output):
    """Decode the base64 lines of the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


# --- base32 ------------------------------------------------------------------------------------

_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV'
_HEX_TO_BITS = {ord(d): format(int(d, 16), '04b') for d in '0123456789abcdef'}
_BITS8_TO_HEX = {format(n, '08b'): '%02x' % n for n in range(256)}
_TEN_BITS = re.compile('.{10}')
_EIGHT_BITS = re.compile('.{8}')
_b32_tables = {}
# Bytes kept from the last 8-character group, by the number of '=' that pad it.
_B32_KEEP = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_table(alphabet):
    """(10-bit string -> two characters, character code -> 5-bit string) for the alphabet."""
    tables = _b32_tables.get(alphabet)
    if tables is None:
        encode = {format(n, '010b'): alphabet[n >> 5] + alphabet[n & 31] for n in range(1024)}
        decode = {ord(c): format(i, '05b') for i, c in enumerate(alphabet)}
        tables = _b32_tables[alphabet] = (encode, decode)
    return tables


def _b32encode(alphabet, s):
    data = _encode_data(s)
    pad = -len(data) % 5
    bits = (data + bytes(pad)).hex().translate(_HEX_TO_BITS)
    text = ''.join(map(_b32_table(alphabet)[0].__getitem__, _TEN_BITS.findall(bits)))
    # The zero bytes added make whole characters of padding: 1 byte -> 6 '=', 2 -> 4, 3 -> 3, 4 -> 1.
    npad = (0, 1, 3, 4, 6)[pad]
    if npad:
        text = text[:-npad] + '=' * npad
    return text.encode('ascii')


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    npad = len(s) - len(body)
    if body.translate(None, alphabet.encode('ascii')):
        raise binascii.Error('Non-base32 digit found')
    if npad not in _B32_KEEP:
        raise binascii.Error('Incorrect padding')
    if not s:
        return b''
    size = len(s) // 8 * 5 - 5 + _B32_KEEP[npad]
    bits = body.decode('ascii').translate(_b32_table(alphabet)[1])[:size * 8]
    return bytes.fromhex(''.join(map(_BITS8_TO_HEX.__getitem__, _EIGHT_BITS.findall(bits))))


def b32encode(s):
    """Base32-encode the bytes-like s (RFC 4648), padded with '=' to a multiple of 8."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 s. casefold accepts lowercase; map01 (b'I' or b'L') reads the digit 0 as
    the letter O and 1 as that letter. Bad padding or characters raise binascii.Error."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode with the extended hex alphabet (0-9, A-V) of RFC 4648."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode base32 in the extended hex alphabet; casefold accepts lowercase."""
    return _b32decode(_B32HEX, s, casefold)


# --- base16 ------------------------------------------------------------------------------------

_NOT_B16 = re.compile(b'[^0-9A-F]')


def b16encode(s):
    """Uppercase hex of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode uppercase hex (lowercase too with casefold); anything else raises binascii.Error."""
    s = _decode_data(s)
    if casefold:
        s = s.upper()
    if _NOT_B16.search(s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# --- base85: shared --------------------------------------------------------------------------

class _Base85:
    """The tables for one 85-character alphabet."""

    def __init__(self, alphabet):
        self.chars = list(alphabet)
        # Values below 85 * 85 as two characters; a 32-bit word is one char then two pairs.
        self.pairs = [alphabet[n // 85] + alphabet[n % 85] for n in range(85 * 85)]
        self.values = bytes(alphabet.index(chr(b)) if chr(b) in alphabet else 255
                            for b in range(256))
        self.bad = re.compile(b'[^' + re.escape(alphabet.encode('ascii')) + b']')


def _words_to_text(codec, words):
    """Five characters for each 32-bit word."""
    pairs = codec.pairs
    high = list(map(int.__floordiv__, words, repeat(7225)))
    return list(map(str.__add__,
                    map(str.__add__,
                        map(codec.chars.__getitem__, map(int.__floordiv__, high, repeat(7225))),
                        map(pairs.__getitem__, map(int.__mod__, high, repeat(7225)))),
                    map(pairs.__getitem__, map(int.__mod__, words, repeat(7225)))))


def _85encode(codec, data, pad, folds=None):
    data = _encode_data(data)
    padding = -len(data) % 4
    data += bytes(padding)
    words = struct.unpack('>%dI' % (len(data) // 4), data)
    chunks = _words_to_text(codec, words)
    if folds:
        # Whole words of zeros (or spaces) written as one character.
        chunks = list(map(folds.get, chunks, chunks))
    if padding and not pad:
        last = chunks[-1]
        if len(last) == 1:
            last = codec.chars[0] * 5  # a folded word with padding is written out
        chunks[-1] = last[:5 - padding]
    return ''.join(chunks).encode('ascii')


def _powers_table(power):
    return [v * 85 ** power if v < 85 else 0 for v in range(256)]


_P4, _P3, _P2, _P1 = _powers_table(4), _powers_table(3), _powers_table(2), _powers_table(1)


def _groups_to_words(values):
    """The 32-bit values (possibly too big) of groups of five digit values (a bytes)."""
    add = int.__add__
    return list(map(add,
                    map(add,
                        map(add, map(_P4.__getitem__, values[0::5]), map(_P3.__getitem__, values[1::5])),
                        map(add, map(_P2.__getitem__, values[2::5]), map(_P1.__getitem__, values[3::5]))),
                    values[4::5]))


def _first_overflow(words):
    """The index of the first value that does not fit 32 bits, or -1."""
    if not words or max(words) <= 0xFFFFFFFF:
        return -1
    for i, w in enumerate(words):
        if w > 0xFFFFFFFF:
            return i


def _words_to_bytes(words):
    return bytes.fromhex(''.join(map('%08x'.__mod__, words)))


# --- Ascii85 -----------------------------------------------------------------------------------

_A85 = _Base85(''.join(map(chr, range(33, 118))))
_A85_START = b'<~'
_A85_END = b'~>'


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode the bytes-like b.

    A word of zeros is written 'z' (and of spaces 'y' with foldspaces); pad encodes a last
    partial word whole; wrapcol > 0 breaks lines that long; adobe adds the '<~' and '~>'
    frame."""
    folds = {'!!!!!': 'z'}
    if foldspaces:
        folds['+<VdL'] = 'y'
    text = _85encode(_A85, b, pad, folds)
    if adobe:
        text = _A85_START + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        # The closing '~>' goes on the last line only if it fits there.
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """Decode Ascii85 data: 'z' (and 'y' with foldspaces) expand to a word, ignorechars are
    skipped, and with adobe the data must end with '~>' (a leading '<~' is optional).
    Anything else raises ValueError."""
    b = _decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (_A85_END,))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    # A digit or a fold letter is one even when ignorechars lists it.
    specials = b'zy' if foldspaces else b'z'
    skip = bytes(c for c in set(ignorechars)
                 if isinstance(c, int) and not (33 <= c <= 117) and c not in specials)
    if skip:
        b = b.translate(None, skip)
    bad = re.search(b'[^!-u' + specials + b']', b)
    body = b[:bad.start()] if bad else b
    # The runs of digits between the fold letters: a fold letter must stand between groups,
    # so every run but the last must be whole groups of five.
    runs = re.split(b'[' + specials + b']', body)
    if any(map(int.__mod__, map(len, runs[:-1]), repeat(5))):
        k = next(k for k, run in enumerate(runs) if len(run) % 5)
        at = sum(map(len, runs[:k + 1])) + k
        _a85_groups(_a85_unfold(body[:at - len(runs[k]) % 5]))  # an earlier overflow comes first
        raise ValueError('%c inside Ascii85 5-tuple' % body[at])
    body = _a85_unfold(body)
    short = len(runs[-1]) % 5
    out = _a85_groups(body[:len(body) - short])
    if bad:
        raise ValueError('Non-Ascii85 digit found: %c' % bad.group()[0])
    if short:
        # A short last group is read padded with the largest digit, then cut back.
        out += _a85_groups(body[-short:] + b'u' * (5 - short))[:short - 1]
    return out


def _a85_unfold(text):
    """The digits with each 'z' and 'y' written out as the group it stands for."""
    return text.replace(b'z', b'!!!!!').replace(b'y', b'+<VdL')


def _a85_groups(run):
    words = _groups_to_words(run.translate(_A85.values))
    if _first_overflow(words) >= 0:
        raise ValueError('Ascii85 overflow')
    return _words_to_bytes(words)


# --- base85 ------------------------------------------------------------------------------------

_B85 = _Base85('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def b85encode(b, pad=False):
    """Base85-encode the bytes-like b (git's alphabet); pad encodes a last partial word whole."""
    return _85encode(_B85, b, pad)


def b85decode(b):
    """Decode base85 (git's alphabet); a short last group is allowed. Bad characters and
    groups over 32 bits raise ValueError."""
    b = _decode_data(b)
    padding = -len(b) % 5
    b += b'~' * padding
    bad = _B85.bad.search(b)
    stop = bad.start() if bad else len(b)
    words = _groups_to_words(b[:stop - stop % 5].translate(_B85.values))
    over = _first_overflow(words)
    if over >= 0:
        raise ValueError('base85 overflow in hunk starting at byte %d' % (over * 5))
    if bad:
        raise ValueError('bad base85 character at position %d' % stop)
    result = _words_to_bytes(words)
    return result[:len(result) - padding] if padding else result


# --- command line ------------------------------------------------------------------------------

_USAGE = """usage: %s [-h|-d|-e|-u] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)"""


def main():
    """python -m base64: encode (or with -d decode) a file, or standard input, to standard output."""
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeu')
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(_USAGE % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    func = encode
    for opt, _ in opts:
        if opt == '-h':
            print(_USAGE % sys.argv[0])
            sys.exit(0)
        if opt in ('-d', '-u'):
            func = decode
        elif opt == '-e':
            func = encode
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
