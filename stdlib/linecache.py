"""Lines of source files, read once and kept (for tracebacks and warnings)."""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); lazy entries are a 1-tuple holding a function.
cache = {}


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of the file (with its newline), or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of a file, read now or taken from the cache."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cached files that changed on disk (or all of them)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _split_lines(text):
    """Lines with their newline, as a file opened in text mode reads them."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = [line + '\n' for line in text.split('\n')]
    if lines[-1] == '\n':
        lines.pop()
    return lines


def _source_from_loader(filename, module_globals):
    if not module_globals:
        return None
    loader = module_globals.get('__loader__')
    spec = module_globals.get('__spec__')
    if spec is not None and getattr(spec, 'loader', None) is not None:
        loader = spec.loader
    get_source = getattr(loader, 'get_source', None)
    name = module_globals.get('__name__')
    if get_source is None or name is None:
        return None
    try:
        return get_source(name)
    except (ImportError, OSError):
        return None


def updatecache(filename, module_globals=None):
    """Read `filename` again (looking along sys.path for a relative name) and cache its lines."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        text = _source_from_loader(filename, module_globals)
        if text is None and entry is not None and len(entry) == 1:
            text = entry[0]()
        if text is not None:
            lines = _split_lines(text)
            cache[filename] = (len(text), None, lines, fullname)
            return lines
        if os.path.isabs(filename):
            return []
        for folder in sys.path:
            try:
                fullname = os.path.join(folder, filename)
                st = os.stat(fullname)
                break
            except (TypeError, AttributeError, OSError, ValueError):
                continue
        else:
            return []
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    text = data.decode('utf-8', 'replace')
    if text.startswith('\ufeff'):
        text = text[1:]
    lines = _split_lines(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Note how to get a module's source later; True if that is possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if get_source is not None:
            name = module_globals['__name__']
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
