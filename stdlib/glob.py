"""Path names matching a shell pattern: glob, iglob, escape and has_magic.

gilvm's stdlib: written for gilvm, not copied from CPython. Results come in the order the
folders list their entries (not sorted, as in CPython); names starting with '.' match only
a pattern that starts with '.' too, unless include_hidden is true; with recursive=True,
'**' matches any files and zero or more folders. dir_fd is not supported yet.
"""

import fnmatch
import itertools
import os
import re

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of path names that match the pattern (relative to root_dir when given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the path names that match the pattern."""
    if dir_fd is not None:
        raise NotImplementedError("glob's dir_fd is not supported by gilvm yet")
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _matches(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # '**' at the start also yields '' (for the folder itself): not a path name
        first = next(found, None)
        if first:
            found = itertools.chain((first,), found)
    return found


_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def has_magic(s):
    """Whether the string holds a wildcard."""
    magic = _MAGIC_BYTES if isinstance(s, bytes) else _MAGIC
    return magic.search(s) is not None


def escape(pathname):
    """The path with its wildcard characters escaped (as one-character sets), drive untouched."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = _MAGIC_BYTES.sub(br'[\1]', rest)
    else:
        rest = _MAGIC.sub(r'[\1]', rest)
    return drive + rest


def _matches(pathname, root_dir, recursive, dironly, include_hidden):
    folder, base = os.path.split(pathname)
    if not has_magic(pathname):
        # a plain path: itself if it exists (a trailing separator asks for a folder)
        if base:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, folder)):
            yield pathname
        return
    if not folder:
        if recursive and _is_recursive(base):
            yield from _recursive(root_dir, base, dironly, include_hidden)
        else:
            yield from _wildcard(root_dir, base, dironly, include_hidden)
        return
    # os.path.split gives a drive or UNC root back as the folder: nothing above it to expand
    if folder != pathname and has_magic(folder):
        folders = _matches(folder, root_dir, recursive, True, include_hidden)
    else:
        folders = [folder]
    if not has_magic(base):
        in_folder = _literal
    elif recursive and _is_recursive(base):
        in_folder = _recursive
    else:
        in_folder = _wildcard
    for found_folder in folders:
        for name in in_folder(_join(root_dir, found_folder), base, dironly, include_hidden):
            yield os.path.join(found_folder, name)


def _wildcard(folder, pattern, dironly, include_hidden):
    """The names in the folder that match a pattern of one path component."""
    names = _names(folder, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _literal(folder, base, dironly, include_hidden):
    if base:
        return [base] if os.path.lexists(_join(folder, base)) else []
    # an empty base (a trailing separator): the folder itself, if it is one
    return [base] if os.path.isdir(folder) else []


def _recursive(folder, pattern, dironly, include_hidden):
    """'**': '' for the folder itself, then everything below it."""
    if not folder or os.path.isdir(folder):
        yield pattern[:0]
    yield from _below(folder, dironly, include_hidden)


def _below(folder, dironly, include_hidden):
    for name in _names(folder, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(folder, name) if folder else name
            for deeper in _below(path, dironly, include_hidden):
                yield _join(name, deeper)


def _names(folder, dironly):
    """The entries of a folder ('' is the current one), only subfolders if dironly; [] if unreadable."""
    if not folder:
        folder = b'.' if isinstance(folder, bytes) else os.curdir
    try:
        with os.scandir(folder) as entries:
            names = []
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _join(folder, name):
    if not folder or not name:
        return folder or name
    return os.path.join(folder, name)


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')
