"""Lines of source files, read once and kept (for tracebacks and warnings).

`cache` maps a file name to a 4-tuple (size, mtime, lines, path): its lines and what they
were read from, mtime None when the text did not come from a file; or to a 1-tuple
holding a way to get a module's source later. The entries are tuples, as CPython's are,
because other code (timeit, doctest) puts its own source in the cache that way.
"""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def _source_entry(size, mtime, lines, path):
    return (size, mtime, lines, path)


def _pending_entry(fetch):
    return (fetch,)


def _is_source(entry):
    return isinstance(entry, tuple) and len(entry) == 4


def _is_pending(entry):
    return isinstance(entry, tuple) and len(entry) == 1


def _stale(entry):
    """Whether a source entry's file changed on disk (never for text that came from elsewhere)."""
    size, mtime, _, path = entry
    if mtime is None:
        return False
    try:
        now = os.stat(path)
    except (OSError, ValueError):
        return True
    return (now.st_size, now.st_mtime) != (size, mtime)


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
    if _is_source(known):
        return known[2]
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
        if _is_source(known) and _stale(known):
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
        if text is None and _is_pending(previous):
            text = previous[0]()
        if text is not None:
            lines = _split_lines(text)
            cache[filename] = _source_entry(len(text), None, lines, filename)
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
    cache[filename] = _source_entry(st.st_size, st.st_mtime, lines, path)
    return lines


def lazycache(filename, module_globals):
    """Note how to get a module's source later; True if that is possible."""
    if filename in cache:
        return _is_pending(cache[filename])
    if _is_pseudo(filename) or not module_globals or '__name__' not in module_globals:
        return False
    fetch = getattr(module_globals.get('__loader__'), 'get_source', None)
    if fetch is None:
        return False
    name = module_globals['__name__']
    cache[filename] = _pending_entry(lambda: fetch(name))
    return True
