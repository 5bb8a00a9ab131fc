"""The scanner of a JSONDecoder: make_scanner(decoder) gives scan_once(string, idx)."""

import _json
from .decoder import JSONDecodeError

__all__ = ['make_scanner']


def make_scanner(context):
    """A function scan_once(string, idx) -> (value, end) with the options of the decoder `context`.

    It raises StopIteration(idx) when no JSON value starts at idx, and
    JSONDecodeError for a value that starts but is malformed.
    """
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    pf = context.parse_float
    pi = context.parse_int
    pc = context.parse_constant
    pf = None if pf is float else pf
    pi = None if pi is int else pi

    def scan_once(string, idx):
        if idx < 0 or idx >= len(string):
            raise StopIteration(idx) from None
        try:
            return _json.decode(string, idx, strict, object_hook, object_pairs_hook,
                                pf, pi, pc, JSONDecodeError)
        except JSONDecodeError as e:
            if e.pos == idx and e.msg == 'Expecting value':
                raise StopIteration(idx) from None
            raise

    return scan_once


py_make_scanner = make_scanner
c_make_scanner = make_scanner
