"""Issue warnings, and decide with filters which are shown, ignored or raised.

A warning is shown once per (text, category, line) in the module that
caused it unless a filter says otherwise; it is printed on sys.stderr as
``file:line: Category: message`` followed by the source line.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message regex or None, category, module regex or None, line number or 0), first match wins.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}

# Bumped whenever the filters change: a module's registry from before is then forgotten.
_version = 1


def _filters_mutated():
    global _version
    _version += 1


# ---- showing ----------------------------------------------------------------------------------

def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as it is shown: 'file:line: Category: message' and the source line."""
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        text += '  ' + line.strip() + '\n'
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default)."""
    _show(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _format(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarning_orig(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _format(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _show(msg):
    _showwarnmsg_impl(msg)


def _showwarnmsg(msg):
    """Show a warning, through a replaced showwarning() when the program put one in."""
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    """What a warning was: message, category, where, and the file it goes to."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}')


# ---- filters ------------------------------------------------------------------------------------

def _add_filter(entry, append):
    if not append:
        try:
            filters.remove(entry)
        except ValueError:
            pass
        filters.insert(0, entry)
    elif entry not in filters:
        filters.append(entry)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter: warnings whose text starts with the regex `message` (any case),
    of `category`, from modules matching `module`, at `lineno` (0: any) get `action`."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter on category (and line number) alone."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter (the default action then applies to all warnings)."""
    filters[:] = []
    _filters_mutated()


# ---- issuing ------------------------------------------------------------------------------------

def _caller(stacklevel, skip_file_prefixes):
    """(globals, filename, lineno) of the frame `stacklevel` calls out from warn()'s caller."""
    try:
        frame = sys._getframe(2)
    except ValueError:
        return None
    k = 1
    while frame is not None and k < stacklevel:
        frame = frame.f_back
        if skip_file_prefixes:
            while frame is not None and frame.f_code.co_filename.startswith(skip_file_prefixes):
                frame = frame.f_back
        k += 1
    if frame is None:
        return None
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning: shown, ignored or raised as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    where = _caller(stacklevel, skip_file_prefixes)
    if where is None:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals, filename, lineno = where
    module = globals.get('__name__', '<string>') if isinstance(globals, dict) else '<string>'
    if isinstance(globals, dict):
        registry = globals.setdefault('__warningregistry__', {})
    else:
        registry = {}
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _matches(pattern, text):
    """A filter's message or module part: None matches anything, a str the same text
    only, a compiled regex where it matches at the start."""
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning said to come from `filename`:`lineno` in `module`."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _version:
        registry.clear()
        registry['version'] = _version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for entry in filters:
        action, msg_re, cat, mod_re, ln = entry
        if (_matches(msg_re, text)
                and issubclass(category, cat)
                and _matches(mod_re, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        entry = None
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == 'module':
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {entry}')
    if module_globals is not None:
        try:
            import linecache
            linecache.getlines(filename, module_globals)
        except Exception:
            pass
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ---- catch_warnings ------------------------------------------------------------------------------

class catch_warnings:
    """A context manager that saves the filters and showwarning on entry and puts
    them back on exit; with record=True, warnings are collected in the list it gives."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append(f'module={self._module!r}')
        return f'{type(self).__name__}({", ".join(args)})'

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        m = self._module
        self._saved_filters = m.filters
        m.filters = m.filters[:]
        m._filters_mutated()
        self._saved_showwarning = m.showwarning
        self._saved_showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        m = self._module
        m.filters = self._saved_filters
        m._filters_mutated()
        m.showwarning = self._saved_showwarning
        m._showwarnmsg_impl = self._saved_showwarnmsg_impl


_warnings_defaults = True
