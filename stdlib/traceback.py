"""Extract, format and print exceptions and stack traces, in the layout the
interpreter itself uses for an uncaught exception.

Design: every public function goes through a few helpers of this module:
_entries_of_tb / _entries_of_frames turn a traceback or a frame chain into
(frame, position) pairs, _summarize makes a StackSummary of them, and
_Report (a TracebackException built from an exception) produces the lines.
The rows under a ``File`` line (source and carets) and an exception's own
lines (message, suggestions, SyntaxError's display, notes) come from the
runtime (``_gilvm_traceback``), so that this module and the interpreter
always print alike.
"""

import sys
import linecache
import _gilvm_traceback as _rt

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_SAME_ENTRY_SHOWN = 3
_HEADERS = {
    'cause': '\nThe above exception was the direct cause of the following exception:\n\n',
    'context': '\nDuring handling of the above exception, another exception occurred:\n\n',
}
_TB_HEADER = 'Traceback (most recent call last):\n'


class _Unset:
    def __repr__(self):
        return '<implicit>'


_UNSET = _Unset()


def _write_all(lines, file):
    out = sys.stderr if file is None else file
    for text in lines:
        print(text, file=out, end='')


def _follow(start, link):
    """Yield `start` and what attribute `link` leads to from it, until None."""
    node = start
    while node is not None:
        yield node
        node = getattr(node, link)


# ---- frames ------------------------------------------------------------------------------------

class FrameSummary:
    """One entry of a stack: where (file, line, function), the source line and its columns."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno = end_lineno if end_lineno is not None else lineno
        self.colno, self.end_colno = colno, end_colno
        self._line = line
        self.locals = None
        if locals:
            self.locals = {key: _repr_or_note(value) for key, value in locals.items()}
        if lookup_line:
            self._load()

    def _load(self):
        """The raw source line (read on first need), or None without a line number."""
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        return self._load()

    @property
    def line(self):
        """The source line, stripped (None when the line number is unknown)."""
        raw = self._load()
        return None if raw is None else raw.strip()


def _repr_or_note(value):
    try:
        return repr(value)
    except Exception:
        return '<%s repr() failed>' % type(value).__name__


def _pairs(start, link, frame_of, line_of):
    return ((frame_of(node), line_of(node)) for node in _follow(start, link))


def walk_stack(f):
    """Yield (frame, line number) from frame `f` (the caller's caller by default) outwards."""
    start = f if f is not None else sys._getframe(1)
    return _pairs(start, 'f_back', lambda fr: fr, lambda fr: fr.f_lineno)


def walk_tb(tb):
    """Yield (frame, line number) for each entry of traceback `tb`, outermost first."""
    return _pairs(tb, 'tb_next', lambda t: t.tb_frame, lambda t: t.tb_lineno)


def _entries_of_tb(tb):
    """(frame, (lineno, end_lineno, colno, end_colno)) for each traceback entry."""
    for entry in _follow(tb, 'tb_next'):
        first, last, col, end_col = _rt.position(entry.tb_frame.f_code, entry.tb_lasti)
        line = entry.tb_lineno if entry.tb_lineno is not None else first
        yield entry.tb_frame, (line, last, col, end_col)


def _entries_of_frames(pairs):
    """The same from (frame, lineno) pairs, without columns (so no carets)."""
    return ((frame, (lineno, None, None, None)) for frame, lineno in pairs)


def _effective_limit(limit):
    if limit is not None:
        return limit
    from_sys = getattr(sys, 'tracebacklimit', None)
    return None if from_sys is None else max(from_sys, 0)


def _summarize(kind, entries, limit, lookup_lines, capture_locals):
    """A `kind` (StackSummary) of the entries, cut to `limit` (negative: the last ones)."""
    chosen = list(entries)
    limit = _effective_limit(limit)
    if limit is not None:
        chosen = chosen[:limit] if limit >= 0 else chosen[limit:]
    summary = kind()
    for frame, (lineno, end_lineno, colno, end_colno) in chosen:
        code = frame.f_code
        linecache.lazycache(code.co_filename, frame.f_globals)
        summary.append(FrameSummary(
            code.co_filename, lineno, code.co_name, lookup_line=False,
            locals=frame.f_locals if capture_locals else None,
            end_lineno=end_lineno, colno=colno, end_colno=end_colno))
    for name in {fs.filename for fs in summary}:
        linecache.checkcache(name)
    if lookup_lines:
        for fs in summary:
            fs._load()
    return summary


def _repeat_note(extra):
    return '  [Previous line repeated %d more time%s]\n' % (extra, 's' if extra > 1 else '')


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Build from an iterable of (frame, lineno) pairs."""
        return _summarize(klass, _entries_of_frames(frame_gen), limit, lookup_lines, capture_locals)

    @classmethod
    def from_list(klass, a_list):
        """Build from FrameSummary objects or (filename, lineno, name, line) tuples."""
        def as_summary(item):
            if isinstance(item, FrameSummary):
                return item
            filename, lineno, name, line = item
            return FrameSummary(filename, lineno, name, line=line)
        return klass(as_summary(item) for item in a_list)

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File row, source row, carets and locals."""
        fs = frame_summary
        parts = ['  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)]
        stripped = fs.line
        if stripped:
            if fs.colno is None or fs.end_colno is None:
                parts.append('    ' + stripped + '\n')
            else:
                parts.append(_rt.source_rows(fs._original_line, fs.lineno, fs.end_lineno,
                                             fs.colno, fs.end_colno))
        for name, value in sorted((fs.locals or {}).items()):
            parts.append('    %s = %s\n' % (name, value))
        return ''.join(parts)

    def format(self):
        """The entries' texts, a run of more than three identical entries shortened."""
        out = []
        run_key, run_length = None, 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == run_key:
                run_length += 1
            else:
                if run_length > _SAME_ENTRY_SHOWN:
                    out.append(_repeat_note(run_length - _SAME_ENTRY_SHOWN))
                run_key, run_length = key, 1
            if run_length <= _SAME_ENTRY_SHOWN:
                out.append(self.format_frame_summary(fs))
        if run_length > _SAME_ENTRY_SHOWN:
            out.append(_repeat_note(run_length - _SAME_ENTRY_SHOWN))
        return out


# ---- stacks and tracebacks ----------------------------------------------------------------------

def extract_tb(tb, limit=None):
    """The StackSummary of traceback `tb`."""
    return _summarize(StackSummary, _entries_of_tb(tb), limit, True, False)


def format_tb(tb, limit=None):
    """The formatted entries of traceback `tb`."""
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback `tb`."""
    _write_all(format_tb(tb, limit), file)


def _stack_from(frame, limit):
    """The StackSummary of `frame` and its callers, outermost first."""
    pairs = ((fr, fr.f_lineno) for fr in _follow(frame, 'f_back'))
    summary = _summarize(StackSummary, _entries_of_frames(pairs), limit, True, False)
    summary.reverse()
    return summary


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or from frame `f`), outermost first."""
    return _stack_from(sys._getframe(1) if f is None else f, limit)


def format_stack(f=None, limit=None):
    """The formatted entries of the current stack."""
    return _stack_from(sys._getframe(1) if f is None else f, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Print the current stack, outermost first."""
    _write_all(_stack_from(sys._getframe(1) if f is None else f, limit).format(), file)


def format_list(extracted_list):
    """Format a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or 4-tuples."""
    _write_all(format_list(extracted_list), file)


def clear_frames(tb):
    """Clear the frames of traceback `tb` (gilvm's are snapshots: nothing to free)."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except RuntimeError:
            pass


# ---- exceptions ----------------------------------------------------------------------------------

def _type_label(kind):
    """'module.Qualname' of an exception class (no module for builtins and __main__)."""
    label = getattr(kind, '__qualname__', None) or getattr(kind, '__name__', '<unknown>')
    home = getattr(kind, '__module__', None)
    if home in ('__main__', 'builtins', None):
        return label
    return (home if isinstance(home, str) else '<unknown>') + '.' + label


def _str_or_note(value, what):
    try:
        return str(value)
    except Exception:
        return '<%s str() failed>' % what


def _own_lines(exc_type, exc_value):
    """The exception-only lines of (type, value)."""
    if isinstance(exc_value, BaseException):
        return _rt.exception_only(exc_value).splitlines(True)
    text = 'None' if exc_value is None else _str_or_note(exc_value, 'exception')
    if exc_type is None:
        return [text + '\n']
    label = _type_label(exc_type)
    return [label + (': ' + text if text else '') + '\n']


class TracebackException:
    """An exception made ready to format: its type, stack, message and chain,
    captured when made."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._str = _str_or_note(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = _summarize(StackSummary, _entries_of_tb(exc_traceback), limit, lookup_lines,
                                capture_locals)
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        if isinstance(exc_type, type) and issubclass(exc_type, SyntaxError):
            self._copy_syntax_details(exc_value)
        nested = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                      max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=seen)

        def wrap(other):
            if other is None or id(other) in seen:
                return None
            return TracebackException(type(other), other, other.__traceback__, **nested)

        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))
        self.__cause__ = wrap(getattr(exc_value, '__cause__', None))
        skip_context = compact and (self.__cause__ is not None or self.__suppress_context__)
        self.__context__ = None if skip_context else wrap(getattr(exc_value, '__context__', None))
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [wrap(e) or TracebackException(type(e), e, e.__traceback__, **nested)
                               for e in exc_value.exceptions]

    def _copy_syntax_details(self, err):
        as_text = lambda n: None if n is None else str(n)
        self.filename, self.text, self.msg = err.filename, err.text, err.msg
        self.lineno, self.end_lineno = as_text(err.lineno), as_text(err.end_lineno)
        self.offset, self.end_offset = err.offset, err.end_offset

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exception `exc`."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return None if self.exc_type is None else _type_label(self.exc_type)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return ((self.exc_type, self._str, list(self.stack), self.__cause__, self.__context__)
                == (other.exc_type, other._str, list(other.stack), other.__cause__, other.__context__))

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception's own lines: 'Type: message', SyntaxError's rows, notes."""
        return iter(_own_lines(self.exc_type, self._exc))

    def _chain(self, follow):
        """[(report, header between it and the newer one)], newest first."""
        links = [(self, None)]
        while follow:
            node = links[-1][0]
            if node.__cause__ is not None:
                links.append((node.__cause__, _HEADERS['cause']))
            elif node.__context__ is not None and not node.__suppress_context__:
                links.append((node.__context__, _HEADERS['context']))
            else:
                break
        return links

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report: the chain (oldest first), each with its stack."""
        for te, header in reversed(self._chain(chain)):
            yield from te._own_block()
            if header is not None:
                yield header

    def _own_block(self):
        if self.exceptions is not None and isinstance(self._exc, BaseExceptionGroup):
            return _group_block(self._exc)
        block = [_TB_HEADER] + self.stack.format() if self.stack else []
        return block + _own_lines(self.exc_type, self._exc)

    def print(self, *, file=None, chain=True):
        """Print the report to `file` (sys.stderr by default)."""
        _write_all(self.format(chain=chain), file)


def _group_block(group):
    """An exception group's own report (boxes drawn by the runtime), without its chain."""
    text = _rt.report(group)
    chained = group.__cause__ is not None or (group.__context__ is not None
                                              and not group.__suppress_context__)
    if chained:
        header = _HEADERS['cause'] if group.__cause__ is not None else _HEADERS['context']
        cut = text.rfind(header)
        if cut >= 0:
            text = text[cut + len(header):]
    return text.splitlines(True)


def _resolve(exc, value, tb):
    """The (value, traceback) a call of the exception functions is about."""
    if (value is _UNSET) is not (tb is _UNSET):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _UNSET:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    return exc, exc.__traceback__


def _report(exc, value, tb, limit):
    value, tb = _resolve(exc, value, tb)
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def format_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, chain=True):
    """The lines that print_exception() would print."""
    return list(_report(exc, value, tb, limit).format(chain=chain))


def print_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, file=None, chain=True):
    """Print an exception and its traceback, as the interpreter does when it is not caught."""
    _write_all(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_UNSET):
    """The exception's own lines, without its traceback."""
    subject = exc if value is _UNSET else value
    return _own_lines(type(subject), subject)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    _write_all(format_exception(sys.exception(), limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc, or the older last_type/value/traceback)."""
    last = getattr(sys, 'last_exc', None)
    if last is not None:
        lines = format_exception(last, limit=limit, chain=chain)
    elif hasattr(sys, 'last_type'):
        lines = format_exception(sys.last_type, sys.last_value, sys.last_traceback,
                                 limit=limit, chain=chain)
    else:
        raise ValueError('no last exception')
    _write_all(lines, file)
