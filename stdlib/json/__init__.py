"""JSON (RFC 8259) for Python objects: dumps/dump write it, loads/load read it.

    >>> import json
    >>> json.dumps({'a': [1, 2.5, None]})
    '{"a": [1, 2.5, null]}'
    >>> json.loads('{"a": [1, 2.5, null]}')
    {'a': [1, 2.5, None]}
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text for obj (see JSONEncoder for the options; cls: an encoder class to use)."""
    if (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _plain_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write the JSON text for obj to the text file fp (same options as dumps)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
    # One write of the whole text (CPython writes each piece of iterencode(); the text is the same).
    fp.write(encoder.encode(obj))


def _guess_encoding(b):
    """The encoding of JSON bytes, from a BOM or the pattern of zero bytes (RFC 4627)."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        z = [x == 0 for x in b[:4]]
        if z[0] and z[1] and z[2]:
            return 'utf-32-be'
        if z[1] and z[2] and z[3]:
            return 'utf-32-le'
        if z[0]:
            return 'utf-16-be'
        if z[1]:
            return 'utf-16-le'
    elif len(b) == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object for the JSON document s (str, bytes or bytearray; see JSONDecoder)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(_guess_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_float is None and parse_int is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _plain_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object for the JSON document read from fp (see loads)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
