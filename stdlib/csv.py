"""Reading and writing CSV files: reader, writer, DictReader, DictWriter, dialects and Sniffer.

gilvm's stdlib: written for gilvm, not copied from CPython.

CPython implements the core of this module in C (_csv); here it is Python, with the same
names, results and messages as CPython 3.12: csv.Error, the reader and writer types and
the dialect objects report themselves as living in `_csv`.

Design:
- A dialect given to reader(), writer() or register_dialect() is checked and frozen into a
  _csv.Dialect object (read-only attributes), in the order CPython checks the parameters,
  so that the first error is the one CPython reports.
- The reader is the documented state machine over the characters of each line, plus a fast
  path: a line that starts a record and holds no quote character, no escape character and
  no line break before its end is split on the delimiter directly.
- The writer quotes or escapes a field only when it holds one of the special characters
  (delimiter, quotechar, escapechar or a character of the lineterminator), as CPython 3.12.
- Sniffer guesses the quote character from quoted fields next to delimiters, else the
  delimiter from the character whose count per line is the most consistent. It follows
  CPython's heuristics in outline: samples of a few lines get CPython's answers, long ones
  (CPython weighs them in chunks of 10 lines) may not.
"""

import re
import types
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
QUOTE_STRINGS = 4
QUOTE_NOTNULL = 5

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'


# ---------------------------------------------------------------- dialects

# The parameters in the order CPython reads (and so checks) them.
_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')
_MISSING = object()


def _char(name, value, default):
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _char_or_none(name, value, default):
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _bool(value, default):
    return default if value is _MISSING else bool(value)


class _Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)

        def given(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is None:
                return _MISSING
            return getattr(dialect, name, _MISSING)

        values = {}
        values['delimiter'] = _char('delimiter', given('delimiter'), ',')
        values['doublequote'] = _bool(given('doublequote'), True)
        values['escapechar'] = _char_or_none('escapechar', given('escapechar'), None)
        term = given('lineterminator')
        if term is _MISSING:
            term = '\r\n'
        elif term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        values['lineterminator'] = term
        quotechar = given('quotechar')
        values['quotechar'] = _char_or_none('quotechar', quotechar, '"')
        quoting = given('quoting')
        if quoting is _MISSING:
            values['quoting'] = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        else:
            values['quoting'] = quoting
        values['skipinitialspace'] = _bool(given('skipinitialspace'), False)
        values['strict'] = _bool(given('strict'), False)

        if values['quoting'] not in (0, 1, 2, 3, 4, 5):
            raise TypeError('bad "quoting" value')
        # quotechar=None alone means "no quoting"; with a quoting asked for it is an error
        if quotechar is None and quoting is _MISSING:
            values['quoting'] = QUOTE_NONE
        if values['quoting'] != QUOTE_NONE and values['quotechar'] is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if values['lineterminator'] is None:
            raise TypeError('lineterminator must be set')
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        if name in _PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields; returns the previous limit."""
    global _field_limit
    if kwargs:
        raise TypeError("'%s' is an invalid keyword argument for field_size_limit()" % next(iter(kwargs)))
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        if not -2 ** 63 <= limit < 2 ** 63:
            raise OverflowError("Python int too large to convert to C long")
        _field_limit = limit
    return old


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # CPython reports a bad Dialect subclass as csv.Error, not TypeError
            raise Error(str(e)) from e


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------- reading

# States of the parser.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_NEWLINE_ERROR = ("new-line character seen in unquoted field - "
                  "do you need to open the file in universal-newline mode?")


class _Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, csvfile, dialect, fmtparams):
        self._lines = iter(csvfile)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0
        d = self.dialect
        self._delim = d.delimiter
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        self._esc = d.escapechar
        self._skipspace = d.skipinitialspace
        self._strict = d.strict
        self._numeric = d.quoting == QUOTE_NONNUMERIC
        # A line can be split directly unless the delimiter is itself special.
        self._fast_ok = self._delim not in '\r\n' and not (self._skipspace and self._delim == ' ')

    def __iter__(self):
        return self

    def __next__(self):
        fields = []
        state = _START_RECORD
        field = ''
        # whether the field being read began unquoted (QUOTE_NONNUMERIC converts those)
        numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if self._strict:
                        raise Error("unexpected end of data") from None
                    self._save(fields, field, numeric)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if state == _START_RECORD and self._fast_ok:
                row = self._split(line)
                if row is not None:
                    return row
            state, field, numeric = self._parse(line, fields, state, field, numeric)
            if state == _START_RECORD:
                return fields

    def _split(self, line):
        """The fields of a whole record on one line without quotes or escapes, else None."""
        quote = self._quote
        esc = self._esc
        if (quote is not None and quote in line) or (esc is not None and esc in line):
            return None
        body = line.rstrip('\r\n')
        if '\n' in body or '\r' in body:
            return None
        if not body:
            return []
        parts = body.split(self._delim)
        limit = _field_limit
        skip = self._skipspace
        numeric = self._numeric
        for i in range(len(parts)):
            part = parts[i]
            if skip:
                part = part.lstrip(' ')
                parts[i] = part
            if len(part) > limit:
                raise Error("field larger than field limit (%d)" % limit)
            if numeric and part:
                parts[i] = float(part)
        return parts

    def _save(self, fields, field, numeric):
        if numeric and self._numeric:
            field = float(field)
        fields.append(field)

    def _too_long(self):
        return Error("field larger than field limit (%d)" % _field_limit)

    def _parse(self, line, fields, state, field, numeric):
        """Feed one line to the state machine; the state after its end."""
        delim = self._delim
        quote = self._quote
        esc = self._esc
        doublequote = self.dialect.doublequote
        limit = _field_limit
        size = len(line)
        i = 0
        # One pass more than there are characters: c is None stands for the end of the line.
        while i <= size:
            c = line[i] if i < size else None
            i += 1
            if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                if state == _AFTER_ESCAPED_CRNL and c is None:
                    continue
                state = _IN_FIELD
                # the common case first: copy a run of ordinary characters at once
                if c is not None and c != delim and c != esc and c != '\n' and c != '\r':
                    j = i
                    while j < size:
                        d = line[j]
                        if d == delim or d == esc or d == '\n' or d == '\r':
                            break
                        j += 1
                    field += line[i - 1:j]
                    if len(field) > limit:
                        raise self._too_long()
                    i = j
                    continue
                if c is None or c == '\n' or c == '\r':
                    self._save(fields, field, numeric)
                    field = ''
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                else:  # the delimiter
                    self._save(fields, field, numeric)
                    field = ''
                    state = _START_FIELD
                continue
            if state == _IN_QUOTED_FIELD:
                if c is None:
                    pass
                elif c == esc:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    state = _QUOTE_IN_QUOTED_FIELD if doublequote else _IN_FIELD
                else:
                    j = i
                    while j < size:
                        d = line[j]
                        if d == quote or d == esc:
                            break
                        j += 1
                    field += line[i - 1:j]
                    if len(field) > limit:
                        raise self._too_long()
                    i = j
                continue
            if state == _START_RECORD:
                if c is None:
                    return _START_RECORD, '', False
                if c == '\n' or c == '\r':
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                numeric = False
                if c is None or c == '\n' or c == '\r':
                    self._save(fields, '', False)
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif c == quote:
                    state = _IN_QUOTED_FIELD
                elif c == esc:
                    state = _ESCAPED_CHAR     # CPython converts no field that starts escaped
                elif c == ' ' and self._skipspace:
                    pass
                elif c == delim:
                    self._save(fields, '', False)
                else:
                    numeric = True
                    if len(field) >= limit:
                        raise self._too_long()
                    field += c
                    state = _IN_FIELD
            elif state == _ESCAPED_CHAR:
                if c == '\n' or c == '\r':
                    field += c
                    state = _AFTER_ESCAPED_CRNL
                    continue
                if c is None:
                    c = '\n'
                if len(field) >= limit:
                    raise self._too_long()
                field += c
                state = _IN_FIELD
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                if c is None:
                    c = '\n'
                if len(field) >= limit:
                    raise self._too_long()
                field += c
                state = _IN_QUOTED_FIELD
            elif state == _QUOTE_IN_QUOTED_FIELD:
                if c == quote:
                    field += c
                    state = _IN_QUOTED_FIELD
                elif c == delim:
                    self._save(fields, field, numeric)
                    field = ''
                    state = _START_FIELD
                elif c is None or c == '\n' or c == '\r':
                    self._save(fields, field, numeric)
                    field = ''
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif not self._strict:
                    field += c
                    state = _IN_FIELD
                else:
                    raise Error("'%s' expected after '%s'" % (delim, quote))
            elif state == _EAT_CRNL:
                if c == '\n' or c == '\r':
                    pass
                elif c is None:
                    state = _START_RECORD
                else:
                    raise Error(_NEWLINE_ERROR)
        return state, field, numeric


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(*args, **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    dialect = args[1] if len(args) > 1 else fmtparams.pop('dialect', None)
    return _Reader(args[0], dialect, fmtparams)


# ---------------------------------------------------------------- writing

def _is_number(value):
    # what C's PyNumber_Check accepts: ints, floats, complex and whatever converts to them
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return hasattr(cls, '__index__') or hasattr(cls, '__int__') or hasattr(cls, '__float__')


class _Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect, fmtparams):
        write = getattr(fileobj, 'write', None)
        if write is None:
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = d = _make_dialect(dialect, fmtparams)
        specials = d.delimiter + d.lineterminator
        if d.quotechar is not None:
            specials += d.quotechar
        if d.escapechar is not None:
            specials += d.escapechar
        self._specials = frozenset(specials)

    def _field(self, value, quoted):
        d = self.dialect
        text = value if isinstance(value, str) else str(value)
        specials = self._specials
        for c in text:
            if c in specials:
                break
        else:
            return text, quoted
        quote = d.quotechar
        esc = d.escapechar
        none = d.quoting == QUOTE_NONE
        out = []
        for c in text:
            if c in specials:
                escape = False
                if none:
                    escape = True
                elif c == quote:
                    if d.doublequote:
                        out.append(quote)
                    else:
                        escape = True
                elif c == esc:
                    escape = True
                if escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
                else:
                    quoted = True
            out.append(c)
        return ''.join(out), quoted

    def writerow(self, *args):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        if len(args) != 1:
            raise TypeError("writer.writerow() takes exactly one argument (%d given)" % len(args))
        row = args[0]
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        quoting = d.quoting
        quote = d.quotechar
        parts = []
        for value in values:
            if quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(value, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = value is not None
            else:
                quoted = False
            if value is None:
                text = ''
            else:
                text, quoted = self._field(value, quoted)
            parts.append(quote + text + quote if quoted else text)
        line = d.delimiter.join(parts)
        # a record of one empty field would read back as no field at all
        if len(parts) == 1 and not line:
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = quote + quote
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(*args, **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    dialect = args[1] if len(args) > 1 else fmtparams.pop('dialect', None)
    return _Writer(args[0], dialect, fmtparams)


# ---------------------------------------------------------------- dictionaries

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)   # a one-shot iterator would be used up
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames   # reads the header line
        row = next(self.reader)
        while row == []:    # blank lines are skipped
            row = next(self.reader)
        self.line_num = self.reader.line_num
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            extra = [key for key in rowdict if key not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(key) for key in extra]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))

    __class_getitem__ = classmethod(types.GenericAlias)


# ---------------------------------------------------------------- guessing a dialect

# A field quoted with ' or ", bounded on each side by a delimiter (any character that is
# not a word character, a quote or a line break), a line's start or a line's end.
_QUOTED_PATTERNS = [
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
]


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''

    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quoted(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quoted(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from the quoted fields,
        or ('', False, None, 0) when there are none."""
        matches = []
        for pattern in _QUOTED_PATTERNS:
            matches = list(re.finditer(pattern, data, re.DOTALL | re.MULTILINE))
            if matches:
                break
        if not matches:
            return '', False, None, 0
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            groups = m.groupdict()
            quotes[groups['quote']] = quotes.get(groups['quote'], 0) + 1
            delim = groups.get('delim')
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if groups.get('space'):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':   # most likely a file of a single column
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # a doubled quote inside a quoted field
        d = re.escape(delim)
        q = re.escape(quotechar)
        doubled = re.compile(r'((%(d)s)|^)\W*%(q)s[^%(d)s\n]*%(q)s[^%(d)s\n]*%(q)s\W*((%(d)s)|$)'
                             % {'d': d, 'q': q}, re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """The character found the same number of times on (nearly) every line."""
        lines = [line for line in data.split('\n') if line][:100]
        if not lines:
            return '', 0
        candidates = {}
        for ch in set(''.join(lines)):
            if ord(ch) >= 127 or (delimiters is not None and ch not in delimiters):
                continue
            counts = {}
            for line in lines:
                n = line.count(ch)
                counts[n] = counts.get(n, 0) + 1
            mode = max(counts, key=lambda n: (counts[n], n))
            if mode == 0:
                continue
            consistency = counts[mode] / len(lines)
            if consistency >= 0.9:
                candidates[ch] = (consistency, mode, counts[mode])
        if not candidates:
            return '', 0
        # the most consistent characters (to the hundredth), then the preferred ones,
        # then the one found most often per line
        best = int(max(v[0] for v in candidates.values()) * 100) / 100
        chosen = [ch for ch in candidates if candidates[ch][0] >= best]
        delim = None
        if len(chosen) == 1:
            delim = chosen[0]
        else:
            for ch in self.preferred:
                if ch in chosen:
                    delim = ch
                    break
            else:
                delim = max(chosen, key=lambda ch: (candidates[ch][1:], ch))
        first = data.split('\n')[0]
        skipinitialspace = first.count(delim) == first.count(delim + ' ')
        return delim, skipinitialspace

    def has_header(self, sample):
        # A header is likely when the first row's values differ in kind from the rows'
        # below: not numbers where the column holds numbers, or of another length where
        # the column's values all have one length.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        kinds = dict.fromkeys(range(columns))
        for checked, row in enumerate(rows):
            if checked >= 20:
                break
            if len(row) != columns:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]   # inconsistent: no evidence either way
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
