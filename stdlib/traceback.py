"""Extract, format and print exceptions and stack traces, in the layout the
interpreter itself uses for an uncaught exception.

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

_REPEAT_CUTOFF = 3
_CAUSE_HEADER = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_HEADER = '\nDuring handling of the above exception, another exception occurred:\n\n'
_TB_HEADER = 'Traceback (most recent call last):\n'


class _Missing:
    def __repr__(self):
        return '<implicit>'


_MISSING = _Missing()


def _default_file(file):
    return sys.stderr if file is None else file


def _emit(lines, file):
    for text in lines:
        print(text, file=file, end='')


# ---- frames ------------------------------------------------------------------------------------

class FrameSummary:
    """One entry of a stack: where (file, line, function), the source line and its columns."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        """The source line, stripped (None when the line number is unknown)."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return f'<{type(value).__name__} repr() failed>'


def walk_stack(f):
    """Yield (frame, line number) from frame `f` (the caller's caller by default) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, line number) for each entry of traceback `tb`, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    """(frame, (lineno, end_lineno, colno, end_colno)) for each traceback entry."""
    while tb is not None:
        frame = tb.tb_frame
        lineno, end_lineno, colno, end_colno = _rt.position(frame.f_code, tb.tb_lasti)
        if lineno is None:
            lineno = tb.tb_lineno
        yield frame, (tb.tb_lineno if tb.tb_lineno is not None else lineno, end_lineno, colno, end_colno)
        tb = tb.tb_next


def _limit_from_sys(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Build from an iterable of (frame, lineno) pairs."""
        def with_positions():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._from_positions(with_positions(), limit=limit, lookup_lines=lookup_lines,
                                     capture_locals=capture_locals)

    @classmethod
    def _from_positions(klass, entries, *, limit=None, lookup_lines=True, capture_locals=False):
        limit = _limit_from_sys(limit)
        entries = list(entries)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for frame, (lineno, end_lineno, colno, end_colno) in entries:
            code = frame.f_code
            filename = code.co_filename
            linecache.lazycache(filename, frame.f_globals)
            local_vars = frame.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, code.co_name, lookup_line=False,
                                       locals=local_vars, end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        for fs in result:
            linecache.checkcache(fs.filename)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File row, source row, carets and locals."""
        fs = frame_summary
        text = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        if fs.line:
            raw = fs._original_line
            if fs.colno is not None and fs.end_colno is not None:
                text += _rt.source_rows(raw, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
            else:
                text += f'    {fs.line.strip()}\n'
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                text += f'    {name} = {value}\n'
        return text

    def format(self):
        """The entries' texts, a run of more than three identical entries shortened."""
        out = []
        previous = None
        repeats = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != previous:
                if repeats > _REPEAT_CUTOFF:
                    out.append(_repeat_line(repeats - _REPEAT_CUTOFF))
                previous = key
                repeats = 0
            repeats += 1
            if repeats > _REPEAT_CUTOFF:
                continue
            out.append(self.format_frame_summary(fs))
        if repeats > _REPEAT_CUTOFF:
            out.append(_repeat_line(repeats - _REPEAT_CUTOFF))
        return out


def _repeat_line(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


# ---- stacks and tracebacks ----------------------------------------------------------------------

def extract_tb(tb, limit=None):
    """The StackSummary of traceback `tb`."""
    return StackSummary._from_positions(_tb_entries(tb), limit=limit)


def format_tb(tb, limit=None):
    """The formatted entries of traceback `tb`."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback `tb`."""
    _emit(format_tb(tb, limit=limit), _default_file(file))


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or from frame `f`), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    # As CPython 3.12: stack entries carry no columns, so no carets are drawn under them.
    stack = StackSummary.extract(_frames_out(f), limit=limit)
    stack.reverse()
    return stack


def _frames_out(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def format_stack(f=None, limit=None):
    """The formatted entries of the current stack."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the current stack, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_list(extracted_list):
    """Format a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or 4-tuples."""
    _emit(StackSummary.from_list(extracted_list).format(), _default_file(file))


def clear_frames(tb):
    """Clear the frames of traceback `tb` (gilvm's are snapshots: nothing to free)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


# ---- exceptions ----------------------------------------------------------------------------------

def _qualified_name(kind):
    name = getattr(kind, '__qualname__', None) or getattr(kind, '__name__', '<unknown>')
    module = getattr(kind, '__module__', None)
    if module not in ('__main__', 'builtins', None):
        if not isinstance(module, str):
            module = '<unknown>'
        name = module + '.' + name
    return name


def _safe_str(value, what):
    try:
        return str(value)
    except Exception:
        return f'<{what} str() failed>'


def _only_lines(exc_type, exc_value):
    """The exception-only lines of (type, value)."""
    if isinstance(exc_value, BaseException):
        return _rt.exception_only(exc_value).splitlines(True)
    if exc_type is None:
        return [_safe_str(exc_value, 'exception') + '\n']
    text = _safe_str(exc_value, 'exception') if exc_value is not None else 'None'
    name = _qualified_name(exc_type)
    return [f'{name}: {text}\n' if text else f'{name}\n']


class TracebackException:
    """An exception made ready to format: its type, stack, message and chain,
    captured when made."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._str = _safe_str(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = StackSummary._from_positions(_tb_entries(exc_traceback), limit=limit,
                                                  lookup_lines=lookup_lines,
                                                  capture_locals=capture_locals)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        if exc_type is not None and isinstance(exc_type, type) and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(exc_value.__suppress_context__) if exc_value is not None else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    _seen=_seen, **options)
            context = exc_value.__context__
            need_context = not (compact and (self.__cause__ is not None or self.__suppress_context__))
            if need_context and context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      _seen=_seen, **options)
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, _seen=_seen, **options)
                               for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exception `exc`."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return _qualified_name(self.exc_type) if self.exc_type is not None else None

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type is other.exc_type and self._str == other._str
                    and list(self.stack) == list(other.stack)
                    and self.__cause__ == other.__cause__ and self.__context__ == other.__context__)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception's own lines: 'Type: message', SyntaxError's rows, notes."""
        yield from _only_lines(self.exc_type, self._exc)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report: the chain (oldest first), each with its stack."""
        chained = []
        te = self
        while te is not None:
            if chain and te.__cause__ is not None:
                chained.append((te, _CAUSE_HEADER))
                te = te.__cause__
            elif chain and te.__context__ is not None and not te.__suppress_context__:
                chained.append((te, _CONTEXT_HEADER))
                te = te.__context__
            else:
                chained.append((te, None))
                te = None
        for te, header in reversed(chained):
            if header is not None:
                yield header
            if te.exceptions is not None and isinstance(te._exc, BaseExceptionGroup):
                yield from _group_lines(te, chain)
            else:
                if te.stack:
                    yield _TB_HEADER
                    yield from te.stack.format()
                yield from te.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the report to `file` (sys.stderr by default)."""
        _emit(self.format(chain=chain), _default_file(file))


def _group_lines(te, chain):
    """An exception group's report, drawn in boxes by the runtime."""
    text = _rt.report(te._exc)
    # The runtime's report starts with the group's chain; this part is the group itself.
    marker = _CAUSE_HEADER if te._exc.__cause__ is not None else _CONTEXT_HEADER
    if (te._exc.__cause__ is not None or (te._exc.__context__ is not None
                                          and not te._exc.__suppress_context__)):
        cut = text.rfind(marker)
        if cut >= 0:
            text = text[cut + len(marker):]
    return text.splitlines(True)


def _value_and_tb(exc, value, tb):
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError('Both or neither of value and tb must be given')
    if value is _MISSING:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    """The lines that print_exception() would print."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    """Print an exception and its traceback, as the interpreter does when it is not caught."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_MISSING):
    """The exception's own lines, without its traceback."""
    if value is _MISSING:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    if hasattr(sys, 'last_exc'):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
