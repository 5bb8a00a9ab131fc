"""Reading JSON text: JSONDecoder and JSONDecodeError (the scanner is _json.decode)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


def _line_and_column(doc, pos):
    """Where index pos of doc is, as (line, column), both counted from 1."""
    newlines_before = doc.count('\n', 0, pos)
    if not newlines_before:
        return 1, pos + 1
    return newlines_before + 1, pos - doc.rindex('\n', 0, pos)


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed.

    msg is the bare message, doc the document, pos the index in it where the
    problem was found, lineno and colno that place counted from 1.
    """

    _rebuilt_from = ('msg', 'doc', 'pos')

    def __init__(self, msg, doc, pos):
        self.lineno, self.colno = _line_and_column(doc, pos)
        super().__init__(f'{msg}: line {self.lineno} column {self.colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos

    def __reduce__(self):
        # rebuilt from what the constructor takes, not from args (the formatted message)
        return type(self), tuple([getattr(self, name) for name in self._rebuilt_from])


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


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}

# (attribute, what it is when the option is None or not given)
_NUMBER_HOOKS = (('parse_float', float), ('parse_int', int), ('parse_constant', _CONSTANTS.__getitem__))


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
        _configure(self, (parse_float, parse_int, parse_constant), strict, object_hook, object_pairs_hook)

    def decode(self, s, _w=None):
        """The Python object for the whole document s (whitespace around it is allowed)."""
        return _whole_document(self, s)

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


def _configure(decoder, number_hooks, strict, object_hook, object_pairs_hook):
    """Set the decoder's options as attributes (the ones a hook left as None get the
    standard conversion) and make its scan_once."""
    settings = vars(decoder)
    for (name, fallback), hook in zip(_NUMBER_HOOKS, number_hooks):
        settings[name] = hook or fallback
    settings.update(object_hook=object_hook, object_pairs_hook=object_pairs_hook, strict=strict,
                    memo={}, parse_string=scanstring)
    # what the pure-Python scanner of CPython reads; ours needs only scan_once
    settings['parse_object'] = settings['parse_array'] = None
    from .scanner import make_scanner
    decoder.scan_once = make_scanner(decoder)


def _whole_document(decoder, s):
    """decoder's value for all of s: one JSON value with only whitespace around it."""
    value, stop = decoder.raw_decode(s, _space_end(s, 0))
    stop = _space_end(s, stop)
    if stop != len(s):
        raise JSONDecodeError('Extra data', s, stop)
    return value
