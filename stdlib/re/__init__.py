"""Regular expressions with Python's syntax and API.

gilvm's re translates each pattern into a JavaScript regular expression and
runs it with V8's engine (the `_re` built-in module does the translating and
the matching; this module holds the Pattern and Match types and the module
functions). What cannot be expressed that way is refused with re.error at
compile time rather than matched differently: conditional groups
(?(id)yes|no), and a backreference to a group that may not have taken part
in the match at that point. The DEBUG flag is accepted and prints nothing.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "template",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


# ---- flags -------------------------------------------------------------------------------------

class RegexFlag(int):
    """A set of re flags: an int whose repr names the flags (re.IGNORECASE|re.MULTILINE)."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        bits = int(self)
        if bits == 0:
            return "NOFLAG"
        parts = [n for n, v in _FLAG_ORDER if v & bits == v and v]
        known = 0
        for n, v in _FLAG_ORDER:
            if n in parts:
                known |= v
        if known != bits:
            return None
        return "|".join(parts)

    def __repr__(self):
        bits = int(self)
        if bits == 0:
            return "re.NOFLAG"
        parts = []
        rest = bits
        for n, v in _FLAG_ORDER:
            if v and bits & v == v:
                parts.append("re." + n)
                rest &= ~v
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))


# The order in which CPython's RegexFlag lists its members.
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511

for _name, _value in _FLAG_ORDER:
    setattr(RegexFlag, _name, RegexFlag(_value))
RegexFlag.NOFLAG = RegexFlag(0)
RegexFlag.A = RegexFlag.ASCII
RegexFlag.I = RegexFlag.IGNORECASE
RegexFlag.L = RegexFlag.LOCALE
RegexFlag.U = RegexFlag.UNICODE
RegexFlag.M = RegexFlag.MULTILINE
RegexFlag.S = RegexFlag.DOTALL
RegexFlag.X = RegexFlag.VERBOSE
RegexFlag.T = RegexFlag.TEMPLATE
del _name, _value

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

# Pattern.__repr__ names the flags in this order (CPython's C table).
_REPR_ORDER = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
)


# ---- errors ------------------------------------------------------------------------------------

class error(Exception):
    """A pattern or replacement that is not a valid regular expression.

    msg is the message alone; pattern and pos say where (pos may be None);
    lineno and colno give pos as a line and column (None without pos).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            line_start = pattern.rfind(nl, 0, pos) + 1
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - line_start + 1
            text = "%s at position %d" % (msg, pos)
            if nl in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        Exception.__init__(self, text)


error.__module__ = "re"
_re.error = error

_GenericAlias = type(list[int])


# ---- Pattern -----------------------------------------------------------------------------------

class Pattern:
    """A compiled regular expression (made by re.compile)."""

    __slots__ = ("_pattern", "_flags", "_groups", "_groupindex", "_code", "_names")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        """The pattern string the object was compiled from."""
        return self._pattern

    @property
    def flags(self):
        """The flags the pattern was compiled with, inline flags included."""
        return self._flags

    @property
    def groups(self):
        """The number of capturing groups."""
        return self._groups

    @property
    def groupindex(self):
        """A read-only mapping from group names to group numbers."""
        return self._groupindex

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the pattern matches at pos (else None)."""
        return _exec(self._code, string, pos, endpos, 1, False, self, Match)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the pattern matches all of string[pos:endpos] (else None)."""
        return _exec(self._code, string, pos, endpos, 2, False, self, Match)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first Match anywhere in string[pos:endpos] (else None)."""
        return _exec(self._code, string, pos, endpos, 0, False, self, Match)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Every match's text (or its groups) as a list."""
        return _re.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects for every match."""
        # The string's type is checked now, as CPython does.
        _exec(self._code, string, 0, 0, 1, False, self, Match)
        return _iterate(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """string cut at every match (groups included in the result)."""
        return _re.split(self._code, string, maxsplit)

    def _subx(self, repl, string, count, subn):
        if callable(repl):
            return _re.sub(self._code, None, repl, string, count, subn, self, Match)
        if isinstance(repl, str) == isinstance(self._pattern, str) and _is_text(repl):
            templ = _re.template(self._code, repl, self._names)
            return _re.sub(self._code, templ, None, string, count, subn, self, None)
        if not _is_text(repl):
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        # A replacement of the other kind of string is kept literally, and
        # fails when the result is joined (after the matching), as CPython's.
        return _re.sub(self._code, None, repl, string, count, subn, self, None)

    def sub(self, repl, string, count=0):
        """string with matches replaced by repl (a template or a function of the Match)."""
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        """As sub, returning (new_string, number_of_replacements)."""
        return self._subx(repl, string, count, True)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        """An object whose match() and search() give the successive matches."""
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        text = repr(self._pattern)[:200]
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for n, v in _REPR_ORDER:
            if flags & v:
                names.append(n)
                flags &= ~v
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


Pattern.__module__ = "re"

_mappingproxy = type(type.__dict__)


def _is_text(obj):
    if isinstance(obj, str):
        return True
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


def _new_pattern(pattern, flags):
    code, final, groups, names = _re.compile(pattern, flags)
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = final
    p._groups = groups
    p._groupindex = _mappingproxy(dict(names))
    p._code = code
    p._names = names
    return p


# ---- Match -------------------------------------------------------------------------------------

class Match:
    """The result of a successful match: the groups' spans in the string."""

    # _spans: (start0, end0, ..., startN, endN, pos, endpos, lastindex), set by _re.
    __slots__ = ("_re", "_string", "_spans")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def re(self):
        """The Pattern that made this match."""
        return self._re

    @property
    def string(self):
        """The string that was searched."""
        return self._string

    @property
    def pos(self):
        return self._spans[-3]

    @property
    def endpos(self):
        return self._spans[-2]

    @property
    def lastindex(self):
        """The number of the last group that matched (None if none)."""
        li = self._spans[-1]
        if li == -2:
            _unknown(self)
        return li

    @property
    def lastgroup(self):
        """The name of the last group that matched (None if it has none)."""
        li = self.lastindex
        if li is None:
            return None
        for name, index in self._re._names:
            if index == li:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self._re._groups + 1))

    def _index(self, g):
        if isinstance(g, int):
            index = int(g)
        else:
            try:
                index = self._re._groupindex[g]
            except (KeyError, TypeError):
                raise IndexError("no such group")
        if index < 0 or index > self._re._groups:
            raise IndexError("no such group")
        return index

    def _get(self, index, default=None):
        s = self._spans
        a = s[2 * index]
        if a < 0:
            if a == -2:
                _unknown(self, index)
            return default
        string = self._string
        t = type(string)
        if t is str or t is bytes:
            return string[a:s[2 * index + 1]]
        # Groups are str or bytes whatever the subject's type (a str subclass, a bytearray).
        if isinstance(string, str):
            return _str_slice(string, slice(a, s[2 * index + 1]))
        return bytes(memoryview(string)[a:s[2 * index + 1]])

    def group(self, *args):
        """One group's text (group 0: the whole match), or a tuple of several."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """The texts of all the groups (default for those that did not match)."""
        return tuple(self._get(g, default) for g in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        """The named groups' texts by name."""
        return {name: self._get(index, default) for name, index in self._re._names}

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def span(self, group=0):
        g = self._index(group)
        a = self._spans[2 * g]
        if a == -2:
            _unknown(self, g)
        return (a, self._spans[2 * g + 1])

    def expand(self, template):
        """template with its group references replaced by this match's groups."""
        parts = _re.template(self._re._code, template, self._re._names)
        out = [parts[0]]
        for k in range(1, len(parts), 2):
            text = self._get(parts[k])
            if text is not None:
                out.append(text)
            out.append(parts[k + 1])
        return out[0][:0].join(out)

    def __repr__(self):
        s = self._spans
        return "<re.Match object; span=(%d, %d), match=%s>" % (s[0], s[1], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


Match.__module__ = "re"


def _unknown(m, group=None):
    if group is None:
        s = m._spans
        group = next(g for g in range(1, m._re._groups + 1) if s[2 * g] == -2)
    raise NotImplementedError(
        "gilvm cannot tell what group %d captured: it is in a repeat, whose repetitions "
        "JS's regex engine records differently (an earlier capture forgotten, or an "
        "empty last repetition refused)" % group)
_exec = _re.exec
_str_slice = str.__getitem__
# Pattern.search, match and fullmatch become native methods of the same
# behaviour (the Python ones above stay as their description), saving a frame.
_re.install(Pattern, Match)


def _iterate(pattern, string, pos, endpos):
    """finditer's matches, found by _re a batch at a time."""
    code = pattern._code
    at = pos
    advance = False
    size = 8
    while True:
        batch = _re.scan(code, string, pos, endpos, at, advance, pattern, Match, size)
        yield from batch
        if len(batch) < size:
            return
        spans = batch[-1]._spans
        at = spans[1]
        advance = spans[0] == spans[1]
        if size < 256:
            size *= 2


class _Scanner:
    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_at", "_advance")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = pattern._bounds(string, pos, endpos)
        self._at = self._pos
        self._advance = False

    def _step(self, mode):
        m = _exec(self.pattern._code, self._string, self._pos, self._endpos, mode, self._advance,
                  self.pattern, Match, self._at)
        if m is None:
            return None
        spans = m._spans
        self._advance = spans[0] == spans[1]
        self._at = spans[1]
        return m

    def match(self):
        return self._step(1)

    def search(self):
        return self._step(0)


# ---- the module's functions --------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    # Keyed by the pattern alone when there are no flags (str and bytes
    # patterns never compare equal), else by (pattern, flags).
    key = (pattern, flags) if flags else pattern
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    debug = flags & DEBUG
    p = _new_pattern(pattern, int(flags))
    if not debug:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern into a Pattern."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of string, else None."""
    try:
        p = _cache[(pattern, flags) if flags else pattern]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return _exec(p._code, string, 0, _MAXSIZE, 1, False, p, Match)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches all of string, else None."""
    try:
        p = _cache[(pattern, flags) if flags else pattern]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return _exec(p._code, string, 0, _MAXSIZE, 2, False, p, Match)


def search(pattern, string, flags=0):
    """The first Match of the pattern anywhere in string, else None."""
    try:
        p = _cache[(pattern, flags) if flags else pattern]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return _exec(p._code, string, 0, _MAXSIZE, 0, False, p, Match)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the pattern's matches replaced by repl (a template or a function)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub, returning (new_string, number_of_replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split at the pattern's matches (captured groups included)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """The texts of every match (or their groups) as a list."""
    try:
        p = _cache[(pattern, flags) if flags else pattern]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return _re.findall(p._code, string, 0, _MAXSIZE)


def finditer(pattern, string, flags=0):
    """An iterator of a Match for every match."""
    return _compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    """Compile a pattern with the TEMPLATE flag (kept for compatibility; deprecated by CPython)."""
    return _compile(pattern, flags | TEMPLATE)


def purge():
    """Forget the compiled patterns kept by the module's functions."""
    _cache.clear()


# Characters that have a meaning in a pattern and are escaped by escape().
_SPECIAL = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """pattern with every character that is special in a regular expression escaped."""
    is_text = isinstance(pattern, str)
    escaped = (pattern if is_text else pattern.decode("latin1")).translate(_SPECIAL)
    return escaped if is_text else escaped.encode("latin1")
