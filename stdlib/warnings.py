"""Issue warnings, and decide with filters which are shown, ignored or raised.

A warning is shown once per (text, category, line) in the module that
caused it unless a filter says otherwise; it is printed on sys.stderr as
``file:line: Category: message`` followed by the source line.

Design: the filters are tuples (action, message pattern, category, module
pattern, line) searched first to last.  What an action does with the
registries is a table of small rule functions (_RULES).  A shown warning is
a WarningMessage handed to the current destination: the program's own
showwarning() if it replaced ours, else the list catch_warnings(record=True)
collects into, else sys.stderr.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}

# Changes with every change of the filters; a registry made under another generation is emptied.
_generation = [1]

# Where shown warnings go while catch_warnings(record=True) is active (a list), else None.
_record_into = None


def _filters_mutated():
    _generation[0] += 1


# ---- the record of one warning ---------------------------------------------------------------------

class WarningMessage:
    """What a warning was: message, category, where, and the file it goes to."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        vars(self).update(zip(self._WARNING_DETAILS, given))
        self._category_name = getattr(category, '__name__', None) if category else None

    def __str__(self):
        fields = (('message', repr(self.message)), ('category', repr(self._category_name)),
                  ('filename', repr(self.filename)), ('lineno', str(self.lineno)),
                  ('line', repr(self.line)))
        return '{' + ', '.join(f'{k} : {v}' for k, v in fields) + '}'


# ---- text and output ------------------------------------------------------------------------------

def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as it is shown: 'file:line: Category: message' and the source line."""
    head = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        line = _source_line(filename, lineno)
    body = line.strip() if line else ''
    return head + (f'  {body}\n' if body else '')


def _text_of(record):
    fmt = formatwarning
    return fmt(record.message, record.category, record.filename, record.lineno, record.line)


def _write_out(record):
    """Write a warning's text to its file, or sys.stderr (quietly giving up if that fails)."""
    target = record.file if record.file is not None else sys.stderr
    if target is None:
        return
    text = _text_of(record)
    try:
        target.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default)."""
    _write_out(WarningMessage(message, category, filename, lineno, file, line))


_own_showwarning = showwarning


def _deliver(record):
    """Hand a warning to whoever shows it now."""
    hook = showwarning
    if hook is not _own_showwarning:
        if not callable(hook):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        hook(record.message, record.category, record.filename, record.lineno, record.file, record.line)
    elif _record_into is not None:
        _record_into.append(record)
    else:
        _write_out(record)


# ---- filters --------------------------------------------------------------------------------------

def _check(condition, complaint):
    if not condition:
        raise AssertionError(complaint)


def _install(rule, at_end):
    if at_end:
        if rule not in filters:
            filters.append(rule)
    else:
        while rule in filters:
            filters.remove(rule)
        filters[:0] = [rule]
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter: warnings whose text starts with the regex `message` (any case),
    of `category`, from modules matching `module`, at `lineno` (0: any) get `action`."""
    _check(action in _ACTIONS, f'invalid action: {action!r}')
    _check(isinstance(message, str), 'message must be a string')
    _check(isinstance(category, type), 'category must be a class')
    _check(issubclass(category, Warning), 'category must be a Warning subclass')
    _check(isinstance(module, str), 'module must be a string')
    _check(isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0')
    patterns = [None, None]
    if message or module:
        import re
        if message:
            patterns[0] = re.compile(message, re.I)
        if module:
            patterns[1] = re.compile(module)
    _install((action, patterns[0], category, patterns[1], lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter on category (and line number) alone."""
    _check(action in _ACTIONS, f'invalid action: {action!r}')
    _check(isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0')
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter (the default action then applies to all warnings)."""
    del filters[:]
    _filters_mutated()


def _fits(pattern, text):
    """A filter's message or module part: None fits anything, a str the same text
    only, a compiled regex where it matches at the start."""
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return pattern.match(text) is not None


def _choose(text, category, module, lineno):
    """(action, filter) of the first filter that applies, or the default action."""
    for rule in filters:
        act, msg_pat, cat, mod_pat, line = rule
        if line and line != lineno:
            continue
        if issubclass(category, cat) and _fits(msg_pat, text) and _fits(mod_pat, module):
            return act, rule
    return defaultaction, None


# Each rule says whether a warning is shown, recording it in the registries as it goes.
def _rule_always(registry, text, category, lineno):
    return True


def _rule_default(registry, text, category, lineno):
    registry[(text, category, lineno)] = 1
    return True


def _rule_once(registry, text, category, lineno):
    registry[(text, category, lineno)] = 1
    first = (text, category) not in onceregistry or not onceregistry[(text, category)]
    onceregistry[(text, category)] = 1
    return first


def _rule_module(registry, text, category, lineno):
    registry[(text, category, lineno)] = 1
    first = not registry.get((text, category, 0))
    registry[(text, category, 0)] = 1
    return first


_RULES = {'always': _rule_always, 'default': _rule_default, 'once': _rule_once, 'module': _rule_module}


# ---- issuing --------------------------------------------------------------------------------------

def _origin(stacklevel, skip_prefixes):
    """(globals, filename, lineno) of the code `stacklevel` calls out from warn()'s caller,
    or None past the outermost frame."""
    try:
        frame = sys._getframe(3)
    except ValueError:
        return None
    for _ in range(stacklevel - 1):
        if frame is None:
            break
        frame = frame.f_back
        while skip_prefixes and frame is not None and frame.f_code.co_filename.startswith(skip_prefixes):
            frame = frame.f_back
    if frame is None:
        return None
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def _category_for(message, category):
    if isinstance(message, Warning):
        return type(message)
    chosen = UserWarning if category is None else category
    if isinstance(chosen, type) and issubclass(chosen, Warning):
        return chosen
    raise TypeError(f"category must be a Warning subclass, not '{type(chosen).__name__}'")


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning: shown, ignored or raised as the filters say."""
    category = _category_for(message, category)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    _issue(message, category, stacklevel if not skip_file_prefixes else max(stacklevel, 2),
           source, skip_file_prefixes)


def _issue(message, category, stacklevel, source, skip_prefixes):
    where = _origin(stacklevel, skip_prefixes)
    namespace, filename, lineno = where if where is not None else (sys.__dict__, 'sys', 1)
    if isinstance(namespace, dict):
        module = namespace.get('__name__', '<string>')
        registry = namespace.setdefault('__warningregistry__', {})
    else:
        module, registry = '<string>', {}
    warn_explicit(message, category, filename, lineno, module, registry, namespace, source)


def _module_from_filename(filename):
    name = filename or '<unknown>'
    return name[:-3] if name.lower().endswith('.py') else name


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning said to come from `filename`:`lineno` in `module`."""
    lineno = int(lineno)
    if module is None:
        module = _module_from_filename(filename)
    registry = {} if registry is None else registry
    if registry.get('version', 0) != _generation[0]:
        registry.clear()
        registry['version'] = _generation[0]
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    if registry.get((text, category, lineno)):
        return
    action, rule = _choose(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    decide = _RULES.get(action)
    if decide is None:
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {rule}')
    if not decide(registry, text, category, lineno):
        return
    if module_globals is not None:
        try:
            import linecache
            linecache.getlines(filename, module_globals)
        except Exception:
            pass
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


# ---- catch_warnings -------------------------------------------------------------------------------

class catch_warnings:
    """A context manager that saves the filters and showwarning on entry and puts
    them back on exit; with record=True, warnings are collected in the list it gives."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._target = module if module is not None else sys.modules[__name__]
        self._record = record
        self._preset = None if action is None else (action, category, lineno, append)
        self._saved = None
        self._used = False

    def __repr__(self):
        shown = ['record=True'] if self._record else []
        if self._target is not sys.modules[__name__]:
            shown.append(f'module={self._target!r}')
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def __enter__(self):
        if self._used:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._used = True
        target = self._target
        self._saved = (target.filters, target.showwarning, getattr(target, '_record_into', None))
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._preset is not None:
            target.simplefilter(*self._preset)
        if not self._record:
            return None
        log = []
        target.showwarning = getattr(target, '_own_showwarning', target.showwarning)
        target._record_into = log
        return log

    def __exit__(self, *exc_info):
        if self._saved is None:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        target = self._target
        target.filters, target.showwarning, target._record_into = self._saved
        self._saved = None
        target._filters_mutated()


_warnings_defaults = True
