"""JSON (RFC 8259) for Python objects: dumps/dump write it, loads/load read it.

    >>> import json
    >>> json.dumps({'a': [1, 2.5, None]})
    '{"a": [1, 2.5, null]}'
    >>> json.loads('{"a": [1, 2.5, null]}')
    {'a': [1, 2.5, None]}

The options of dumps/dump are JSONEncoder's (skipkeys, ensure_ascii,
check_circular, allow_nan, indent, separators, default, sort_keys), those of
loads/load JSONDecoder's (object_hook, parse_float, parse_int,
parse_constant, object_pairs_hook, strict); cls= picks another encoder or
decoder class, which gets the options.
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Shared by every call that sets no option.
_SHARED_ENCODER = JSONEncoder()
_SHARED_DECODER = JSONDecoder()

# Hooks given as None count as not given (a custom decoder class never sees them).
_DECODER_HOOKS = ('object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant')


def _encoder(cls, options):
    if cls is None and not options:
        return _SHARED_ENCODER
    return (JSONEncoder if cls is None else cls)(**options)


def _decoder(cls, options):
    for name in _DECODER_HOOKS:
        if name in options and options[name] is None:
            del options[name]
    if cls is None and not options:
        return _SHARED_DECODER
    return (JSONDecoder if cls is None else cls)(**options)


def dumps(obj, *, cls=None, **options):
    """The JSON text for obj, as a str."""
    return _encoder(cls, options).encode(obj)


def dump(obj, fp, *, cls=None, **options):
    """Write the JSON text for obj to the text file fp."""
    # One write of the whole text (CPython writes each piece of iterencode(); the text is the same).
    fp.write(_encoder(cls, options).encode(obj))


# Byte order marks and the codec each announces.
_MARKS = (
    (b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
    (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'),
)


def _codec_of(data):
    """The codec of JSON bytes: a byte order mark, else where NUL bytes start the text (RFC 4627)."""
    for mark, codec in _MARKS:
        if data.startswith(mark):
            return codec
    nul = [b == 0 for b in data[:4]]
    if len(nul) == 4:
        if nul[0]:
            return 'utf-32-be' if nul[1] else 'utf-16-be'
        if nul[1]:
            return 'utf-32-le' if nul[2] and nul[3] else 'utf-16-le'
    elif len(nul) == 2 and (nul[0] or nul[1]):
        return 'utf-16-be' if nul[0] else 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, **options):
    """The Python object for the JSON document s (a str, bytes or bytearray)."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode(_codec_of(s), 'surrogatepass')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + type(s).__name__)
    elif s[:1] == '\ufeff':
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    return _decoder(cls, options).decode(s)


def load(fp, *, cls=None, **options):
    """The Python object for the JSON document read from the file fp."""
    return loads(fp.read(), cls=cls, **options)
