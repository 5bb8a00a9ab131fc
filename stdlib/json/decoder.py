"""Reading JSON text: JSONDecoder and JSONDecodeError (the scanner is _json.decode)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed.

    msg is the bare message, doc the document, pos the index in it where the
    problem was found, lineno and colno that place counted from 1.
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        where = (doc.count('\n', 0, line_start) + 1, pos - line_start + 1)
        super().__init__('%s: line %d column %d (char %d)' % (msg, *where, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = where

    def __reduce__(self):
        # rebuilt from what the constructor takes, not from args (the formatted message)
        return self.__class__, (self.msg, self.doc, self.pos)


_SPACE = frozenset(' \t\n\r')


def _space_end(s, i):
    """Index of the first non-whitespace character of s at or after i."""
    while i < len(s) and s[i] in _SPACE:
        i += 1
    return i


def scanstring(s, end, strict=True):
    """Decode the JSON string literal whose opening quote is at s[end - 1].

    Returns the str and the index just past the closing quote.
    """
    return _json.scanstring(s, end, strict, JSONDecodeError)


class JSONDecoder(object):
    """Turns JSON text into Python objects.

    object: dict, array: list, string: str, number: int or float,
    true/false: True/False, null: None; NaN, Infinity and -Infinity are
    accepted as floats. The hooks replace those choices: object_hook gets each
    decoded dict, object_pairs_hook each object's (key, value) list (and wins
    over object_hook), parse_float / parse_int the text of each number,
    parse_constant 'NaN', 'Infinity' or '-Infinity'. strict=False lets control
    characters appear inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        from .scanner import make_scanner
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """The Python object for the whole document s (whitespace around it is allowed)."""
        start = _space_end(s, 0)
        obj, end = self.raw_decode(s, start)
        end = _space_end(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the one value that starts at s[idx]: (object, index after it)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return _json.decode(
            s, idx, self.strict, self.object_hook, self.object_pairs_hook,
            None if pf is float else pf,
            None if pi is int else pi,
            pc, JSONDecodeError)


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}
