"""String constants, capwords(), Template ($-substitution) and Formatter
(str.format's machinery, open to overriding).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace by default), capitalize each word, join with sep."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template ---------------------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)
_DEFAULT_ID = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2     # re.IGNORECASE's value
_VERBOSE = 64       # re.VERBOSE's value
_no_mapping = {}


class _Placeholder:
    """One match of a Template's pattern: which kind, where, and its text."""
    __slots__ = ('kind', 'name', 'start', 'end', 'text', 'invalid_at')

    def __init__(self, kind, name, start, end, text, invalid_at):
        self.kind = kind            # 'escaped', 'named', 'braced', 'invalid' or None
        self.name = name
        self.start = start
        self.end = end
        self.text = text
        self.invalid_at = invalid_at


class Template:
    """A string with $-placeholders: $$ is a $, $name and ${name} are substituted."""

    delimiter = '$'
    idpattern = _DEFAULT_ID
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        # The built-in scanner handles any delimiter with the default identifier rules;
        # a class that changes the rules (or gives its own pattern) is served by re.
        own = cls.__dict__.get('pattern')
        if own is not None and not isinstance(own, _PatternProperty):
            # A class's own pattern (a str or a compiled one): kept aside, compiled on first
            # use; reading cls.pattern gives the compiled form, as in CPython.
            cls._pattern_source = own
            cls.pattern = _PatternProperty()
            cls._regex = None
            cls._needs_re = True
        else:
            cls._needs_re = (cls.idpattern != _DEFAULT_ID or cls.braceidpattern is not None
                             or cls.flags != _IGNORECASE)
            cls._regex = None

    _needs_re = False
    _regex = None

    def __init__(self, template):
        self.template = template

    # -- scanning --

    @classmethod
    def _compiled(cls):
        import re
        if cls._regex is None:
            pattern = None
            for klass in cls.__mro__:
                if '_pattern_source' in klass.__dict__:
                    pattern = klass.__dict__['_pattern_source']
                    break
            if pattern is None:
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                bident = cls.braceidpattern or cls.idpattern
                pattern = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                           f'{{(?P<braced>{bident})}}|(?P<invalid>))')
                pattern = re.compile(pattern, cls.flags | re.VERBOSE)
            elif isinstance(pattern, str):
                pattern = re.compile(pattern, cls.flags | re.VERBOSE)
            cls._regex = pattern
        return cls._regex

    def _placeholders(self):
        """The placeholders of self.template, in order."""
        text = self.template
        if type(self)._needs_re:
            for mo in type(self)._compiled().finditer(text):
                # A pattern must have the four groups (mo.group raises IndexError otherwise).
                name = mo.group('named') or mo.group('braced')
                if name is not None:
                    kind = 'named'
                elif mo.group('escaped') is not None:
                    kind = 'escaped'
                elif mo.group('invalid') is not None:
                    kind = 'invalid'
                else:
                    kind = None
                at = mo.start('invalid') if kind == 'invalid' else -1
                yield _Placeholder(kind, name, mo.start(), mo.end(), mo.group(), at)
            return
        delim = self.delimiter
        width = len(delim)
        size = len(text)
        pos = text.find(delim) if width else -1
        while pos >= 0:
            after = pos + width
            if text.startswith(delim, after):
                end = after + width
                yield _Placeholder('escaped', None, pos, end, text[pos:end], -1)
            elif after < size and text[after] in _ID_START:
                end = after + 1
                while end < size and text[end] in _ID_REST:
                    end += 1
                yield _Placeholder('named', text[after:end], pos, end, text[pos:end], -1)
            else:
                end = -1
                if after + 1 < size and text[after] == '{' and text[after + 1] in _ID_START:
                    stop = after + 2
                    while stop < size and text[stop] in _ID_REST:
                        stop += 1
                    if stop < size and text[stop] == '}':
                        end = stop + 1
                        yield _Placeholder('braced', text[after + 1:stop], pos, end,
                                           text[pos:end], -1)
                if end < 0:
                    end = after
                    yield _Placeholder('invalid', None, pos, end, text[pos:end], after)
            pos = text.find(delim, end) if end > pos else text.find(delim, pos + 1)

    def _invalid(self, where):
        head = self.template[:where].splitlines(keepends=True)
        if not head:
            line, col = 1, 1
        else:
            col = where - len(''.join(head[:-1]))
            line = len(head)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _fill(self, mapping, kws, lenient):
        if mapping is _no_mapping:
            lookup = kws.__getitem__
        elif kws:
            def lookup(key):
                if key in kws:
                    return kws[key]
                return mapping[key]
        else:
            lookup = mapping.__getitem__
        pieces = []
        done = 0
        text = self.template
        for ph in self._placeholders():
            pieces.append(text[done:ph.start])
            done = ph.end
            kind = ph.kind
            if kind == 'named' or kind == 'braced':
                if lenient:
                    try:
                        pieces.append(str(lookup(ph.name)))
                    except KeyError:
                        pieces.append(ph.text)
                else:
                    pieces.append(str(lookup(ph.name)))
            elif kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                if lenient:
                    pieces.append(ph.text)
                else:
                    self._invalid(ph.invalid_at)
            else:
                raise ValueError('Unrecognized named group in pattern', type(self).pattern)
        pieces.append(text[done:])
        return ''.join(pieces)

    # -- the API --

    def substitute(self, mapping=_no_mapping, /, **kws):
        """The template with every placeholder replaced; KeyError or ValueError otherwise."""
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        """The template with what can be replaced replaced; the rest left as it is."""
        return self._fill(mapping, kws, True)

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
            if ph.kind is None:
                raise ValueError('Unrecognized named group in pattern', type(self).pattern)
        return True

    def get_identifiers(self):
        """The names of the template's placeholders, each once, in order of appearance."""
        names = []
        for ph in self._placeholders():
            if ph.kind == 'named' or ph.kind == 'braced':
                if ph.name not in names:
                    names.append(ph.name)
            elif ph.kind is None:
                raise ValueError('Unrecognized named group in pattern', type(self).pattern)
        return names


class _PatternProperty:
    """Template.pattern: the compiled regular expression, made on first use."""

    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return cls._compiled()


Template.pattern = _PatternProperty()


# ---- Formatter --------------------------------------------------------------------------------

def _split_markup(text):
    """Parse a format string: (literal, field_name, format_spec, conversion) tuples, as
    str.format reads it ({{ and }} stand for braces; the last three are None after a
    literal with no field)."""
    size = len(text)
    pos = 0
    while pos < size:
        start = pos
        brace = ''
        while pos < size:
            ch = text[pos]
            pos += 1
            if ch == '{' or ch == '}':
                brace = ch
                break
        literal_end = pos
        at_end = pos >= size
        if brace == '}' and (at_end or text[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if not brace:
            yield (text[start:pos], None, None, None)
            continue
        if text[pos] == brace:
            # A doubled brace: one of it belongs to the literal.
            pos += 1
            yield (text[start:literal_end], None, None, None)
            continue
        literal = text[start:literal_end - 1]
        name, spec, conversion, pos = _read_field(text, pos, size)
        yield (literal, name, spec, conversion)


def _read_field(text, pos, size):
    """Read the replacement field that starts at text[pos] (just past its '{'): its name,
    format spec and conversion, and the position after its closing '}'."""
    start = pos
    stop = ''
    while pos < size:
        ch = text[pos]
        pos += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            while pos < size and text[pos] != ']':
                pos += 1
            continue
        if ch == '}' or ch == ':' or ch == '!':
            stop = ch
            break
    if not stop:
        raise ValueError("expected '}' before end of string")
    name = text[start:pos - 1]
    conversion = None
    if stop == '}':
        return name, '', None, pos
    if stop == '!':
        if pos >= size:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos]
        pos += 1
        if pos < size:
            ch = text[pos]
            pos += 1
            if ch == '}':
                return name, '', conversion, pos
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    # The format spec runs to the '}' that balances the field's '{'.
    spec_start = pos
    depth = 1
    while pos < size:
        ch = text[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _as_position(part):
    """part as an int if it is all decimal digits, else part itself."""
    if part and all('0' <= c <= '9' or c.isdecimal() for c in part):
        return int(part)
    return part


def _split_field_name(name):
    """(first, [(is_attribute, key), ...]) for a field name like 'a.b[0]'."""
    size = len(name)
    pos = 0
    while pos < size and name[pos] not in '.[':
        pos += 1
    first = _as_position(name[:pos])
    rest = []
    while pos < size:
        ch = name[pos]
        pos += 1
        if ch == '.':
            start = pos
            while pos < size and name[pos] not in '.[':
                pos += 1
            if pos == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[start:pos]))
        elif ch == '[':
            start = pos
            while pos < size and name[pos] != ']':
                pos += 1
            if pos >= size:
                raise ValueError("Missing ']' in format string")
            key = name[start:pos]
            if not key:
                raise ValueError("Empty attribute in format string")
            pos += 1
            rest.append((False, _as_position(key)))
            if pos < size and name[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


_CONVERTERS = {'s': str, 'r': repr, 'a': ascii}
_MIXED_NUMBERING = 'cannot switch from manual field specification to automatic field numbering'


def _field_number(name, auto):
    """Resolve automatic numbering: ('{}' gets the next number; '{0}' turns it off)
    -> (the name to look up, the new auto state: a count, or False once manual)."""
    if name == '':
        if auto is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(auto), auto + 1
    if name.isdigit():
        if auto:
            raise ValueError(_MIXED_NUMBERING)
        return name, False
    return name, auto


def _follow(obj, path):
    """obj after the attribute and item steps of a field name."""
    for is_attr, key in path:
        obj = getattr(obj, key) if is_attr else obj[key]
    return obj


class Formatter:
    """str.format's algorithm in overridable steps: parse, get_field, get_value,
    convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text = self._vformat(format_string, args, kwargs, seen, 2)[0]
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        """(the expansion of format_string, the automatic numbering state after it)."""
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        auto = auto_arg_index
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            pieces.append(literal)
            if name is not None:
                name, auto = _field_number(name, auto)
                value, key = self.get_field(name, args, kwargs)
                used_args.add(key)
                value = self.convert_field(value, conversion)
                # The spec may hold fields of its own, numbered on from here.
                spec, auto = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1, auto)
                pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto

    def get_value(self, key, args, kwargs):
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converter = _CONVERTERS.get(conversion)
        if converter is None:
            raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
        return converter(value)

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)."""
        return _split_markup(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object field_name names, and the key of the argument it came from."""
        first, path = _split_field_name(field_name)
        return _follow(self.get_value(first, args, kwargs), path), first
