"""The features a `from __future__ import NAME` statement can name, with the releases that
brought them in and made them standard, and the compiler flag each sets.

gilvm's stdlib: written for gilvm, not copied from CPython. The compiler itself handles
the statement; this module is what the statement imports at run time.
"""


_PARTS = ('optional', 'mandatory', 'compiler_flag')


def _reader(slot):
    def read(self):
        return getattr(self, slot)
    read.__name__ = 'get' + slot.capitalize() + 'Release'
    return read


class _Feature:
    """One future feature: when it became optional, when mandatory, its compile() flag."""

    __slots__ = _PARTS

    def __init__(self, *parts):
        for slot, value in zip(_PARTS, parts, strict=True):
            object.__setattr__(self, slot, value)

    # the release (a sys.version_info-like tuple) where the feature could first be imported,
    # and where it became the only behaviour (None: not yet)
    getOptionalRelease = _reader('optional')
    getMandatoryRelease = _reader('mandatory')

    def __repr__(self):
        shown = ', '.join(repr(getattr(self, slot)) for slot in _PARTS)
        return '_Feature(' + shown + ')'


# (name, optional release, mandatory release, name of the compiler flag, its value)
_TABLE = [
    ('nested_scopes', (2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 'CO_NESTED', 0x0010),
    ('generators', (2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 'CO_GENERATOR_ALLOWED', 0),
    ('division', (2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_DIVISION', 0x20000),
    ('absolute_import', (2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_ABSOLUTE_IMPORT',
     0x40000),
    ('with_statement', (2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 'CO_FUTURE_WITH_STATEMENT',
     0x80000),
    ('print_function', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_PRINT_FUNCTION',
     0x100000),
    ('unicode_literals', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
     'CO_FUTURE_UNICODE_LITERALS', 0x200000),
    ('barry_as_FLUFL', (3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 'CO_FUTURE_BARRY_AS_BDFL',
     0x400000),
    ('generator_stop', (3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 'CO_FUTURE_GENERATOR_STOP',
     0x800000),
    ('annotations', (3, 7, 0, 'beta', 1), None, 'CO_FUTURE_ANNOTATIONS', 0x1000000),
]

all_feature_names = [row[0] for row in _TABLE]
__all__ = ['all_feature_names'] + all_feature_names

for _name, _optional, _mandatory, _flag_name, _flag in _TABLE:
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
    globals()[_flag_name] = _flag
del _name, _optional, _mandatory, _flag_name, _flag
