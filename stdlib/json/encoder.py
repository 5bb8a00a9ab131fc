"""Writing JSON text: JSONEncoder (the work is done by _json.encode)."""

import _json

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def encode_basestring(s):
    """The JSON string literal for s, non-ASCII characters kept as they are."""
    return _json.quote(s, False)


def encode_basestring_ascii(s):
    """The JSON string literal for s in ASCII only (\\uXXXX escapes)."""
    return _json.quote(s, True)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python objects into JSON text.

    dict (and its subclasses): object, list and tuple: array, str: string,
    int and float (and subclasses such as IntEnum): number, True/False: true/false,
    None: null. Anything else goes to default(), which a subclass overrides
    to return something encodable (or the default argument, a function).

    skipkeys: drop dict keys that are not str, int, float, bool or None instead
    of raising TypeError. ensure_ascii: escape every non-ASCII character.
    check_circular: refuse containers that contain themselves (ValueError).
    allow_nan: write NaN and the infinities (otherwise ValueError). sort_keys:
    dicts in key order. indent: None for one line, else an int (spaces) or a
    str repeated per level. separators: (item separator, key separator).
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects the encoder does not know: return an encodable stand-in, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text for o, as one str."""
        if isinstance(o, str):
            return _json.quote(o, self.ensure_ascii)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.default, self.sort_keys, indent,
                            self.key_separator, self.item_separator, self.skipkeys,
                            self.ensure_ascii, self.allow_nan, self.check_circular)

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o as a generator of pieces (the pieces CPython's encoder yields)."""
        if _one_shot:
            return iter((self.encode(o),))
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Pieces(self, indent).value(o, 0)


class _Pieces:
    """The piece-by-piece encoder behind JSONEncoder.iterencode."""

    def __init__(self, encoder, indent):
        self.enc = encoder
        self.indent = indent
        self.ascii = encoder.ensure_ascii
        self.active = {} if encoder.check_circular else None

    def scalar(self, o):
        """The text of a str, number, bool or None; None for anything else."""
        if isinstance(o, str):
            return _json.quote(o, self.ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def number(self, x):
        if x != x or x in (_INF, -_INF):
            if not self.enc.allow_nan:
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(x))
            return 'NaN' if x != x else ('Infinity' if x > 0 else '-Infinity')
        return float.__repr__(x)

    def enter(self, o):
        if self.active is not None:
            if id(o) in self.active:
                raise ValueError('Circular reference detected')
            self.active[id(o)] = o

    def leave(self, o):
        if self.active is not None:
            del self.active[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.value(self.enc.default(o), level)
            self.leave(o)

    def array(self, seq, level):
        if not seq:
            yield '[]'
            return
        self.enter(seq)
        head = '['
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep += nl
            head += nl
        first = True
        for item in seq:
            lead = head if first else sep
            first = False
            text = self.scalar(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from self.value(item, level)
        if self.indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(seq)

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.number(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def object(self, d, level):
        if not d:
            yield '{}'
            return
        self.enter(d)
        yield '{'
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep += nl
            yield nl
        items = sorted(d.items()) if self.enc.sort_keys else d.items()
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if not first:
                yield sep
            first = False
            yield _json.quote(k, self.ascii)
            yield self.enc.key_separator
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.value(v, level)
        if self.indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(d)


_INF = float('inf')
