"""Lines of source files, read once and kept (for tracebacks and warnings).

`cache` maps a file name to a _Source (its lines and what it was read
from), or to a _Pending (a way to get a module's source later).
"""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


class _Source:
    """The lines of one file, with the size and modification time they were read at
    (mtime None: the text came from a loader, not a file)."""

    __slots__ = ('size', 'mtime', 'lines', 'path')

    def __init__(self, size, mtime, lines, path):
        self.size, self.mtime, self.lines, self.path = size, mtime, lines, path

    def stale(self):
        if self.mtime is None:
            return False
        try:
            now = os.stat(self.path)
        except (OSError, ValueError):
            return True
        return (now.st_size, now.st_mtime) != (self.size, self.mtime)


class _Pending:
    """A module's source not read yet: the loader call that gives it."""

    __slots__ = ('fetch',)

    def __init__(self, fetch):
        self.fetch = fetch


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of the file (with its newline), or '' when there is none."""
    if lineno < 1:
        return ''
    found = getlines(filename, module_globals)
    return found[lineno - 1] if lineno <= len(found) else ''


def getlines(filename, module_globals=None):
    """All the lines of a file, read now or taken from the cache."""
    known = cache.get(filename)
    if isinstance(known, _Source):
        return known.lines
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cached files that changed on disk (or all of them)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        known = cache.get(name)
        if isinstance(known, _Source) and known.stale():
            del cache[name]


def _split_lines(text):
    """Lines with their newline, as a file opened in text mode reads them."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    pieces = text.split('\n')
    tail = pieces.pop()
    lines = [p + '\n' for p in pieces]
    if tail:
        lines.append(tail + '\n')
    return lines


def _is_pseudo(filename):
    return not filename or (filename[0] == '<' and filename[-1] == '>')


def _loader_text(module_globals):
    """A module's source through its loader's get_source, or None."""
    if not module_globals or '__name__' not in module_globals:
        return None
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    fetch = getattr(loader, 'get_source', None)
    if fetch is None:
        return None
    try:
        return fetch(module_globals['__name__'])
    except (ImportError, OSError):
        return None


def _locate(filename):
    """(path, stat) of the file, looked up along sys.path when the name is relative; None if absent."""
    candidates = [filename]
    if not os.path.isabs(filename):
        candidates += [os.path.join(folder, filename) for folder in sys.path if isinstance(folder, str)]
    for path in candidates:
        try:
            return path, os.stat(path)
        except (OSError, ValueError):
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read `filename` again (looking along sys.path for a relative name) and cache its lines."""
    previous = cache.pop(filename, None)
    if _is_pseudo(filename):
        return []
    try:
        st = os.stat(filename)
        found = (filename, st)
    except (OSError, ValueError):
        text = _loader_text(module_globals)
        if text is None and isinstance(previous, _Pending):
            text = previous.fetch()
        if text is not None:
            lines = _split_lines(text)
            cache[filename] = _Source(len(text), None, lines, filename)
            return lines
        found = None if os.path.isabs(filename) else _locate(filename)
    if found is None:
        return []
    path, st = found
    try:
        with open(path, 'rb') as f:
            raw = f.read()
    except OSError:
        return []
    text = raw.decode('utf-8', 'replace')
    lines = _split_lines(text[1:] if text[:1] == '\ufeff' else text)
    cache[filename] = _Source(st.st_size, st.st_mtime, lines, path)
    return lines


def lazycache(filename, module_globals):
    """Note how to get a module's source later; True if that is possible."""
    if filename in cache:
        return isinstance(cache[filename], _Pending)
    if _is_pseudo(filename) or not module_globals or '__name__' not in module_globals:
        return False
    fetch = getattr(module_globals.get('__loader__'), 'get_source', None)
    if fetch is None:
        return False
    name = module_globals['__name__']
    cache[filename] = _Pending(lambda: fetch(name))
    return True
