"""Path operations for POSIX systems: what ``os.path`` is on gilvm.

Every function takes str or bytes (or an os.PathLike giving one of them)
and answers in the same type.
"""

import os
import sys

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime',
           'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount',
           'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile',
           'samestat', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath',
           'isjunction']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _pieces(p):
    """(sep, curdir, pardir, extsep, empty) in the type of path `p`."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b'.', b''
    return '/', '.', '..', '.', ''


def _same_kind(funcname, *args):
    """Check that the arguments are all str or all bytes (CPython's messages)."""
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(a).__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Case is significant on POSIX: the path unchanged."""
    return os.fspath(s)


def isabs(s):
    """Whether the path starts at the root."""
    s = os.fspath(s)
    return s.startswith(_pieces(s)[0])


def join(a, *p):
    """Join path components; an absolute component drops what came before it."""
    parts = [os.fspath(a)]
    try:
        parts += [os.fspath(x) for x in p]
    except TypeError:
        _same_kind('join', a, *p)
        raise
    _same_kind('join', *parts)
    slash = _pieces(parts[0])[0]
    start = 0
    for k in range(len(parts) - 1, -1, -1):
        if parts[k].startswith(slash):
            start = k
            break
    out = parts[start]
    for piece in parts[start + 1:]:
        out = out + piece if (not out or out[-1:] == slash) else out + slash + piece
    return out


def split(p):
    """(head, tail): tail is after the last slash, head has trailing slashes
    removed unless it is all slashes."""
    p = os.fspath(p)
    slash = _pieces(p)[0]
    head, mark, tail = p.rpartition(slash)
    if not mark:
        return p[:0], p
    head += mark
    trimmed = head.rstrip(slash)
    return (trimmed or head), tail


def splitext(p):
    """(root, ext) where ext is the last dot and what follows in the last
    component, unless that component only starts with dots."""
    p = os.fspath(p)
    slash, _, _, dot, empty = _pieces(p)
    last_slash = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_slash:
        # Leading dots of the file name do not start an extension.
        k = last_slash + 1
        while k < last_dot:
            if p[k:k + 1] != dot:
                return p[:last_dot], p[last_dot:]
            k += 1
    return p, p[:0]


def splitdrive(p):
    """POSIX paths have no drive: ('', p)."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail): the root is '', '/' or exactly '//' (POSIX's rule)."""
    p = os.fspath(p)
    slash, _, _, _, empty = _pieces(p)
    leading = len(p) - len(p.lstrip(slash))
    # Exactly two leading slashes are kept as the root; one or three or more mean '/'.
    width = 2 if leading == 2 else min(leading, 1)
    rest = p[width:] if width < 2 else p[2:]
    if leading > 2:
        rest = p[1:]
    return empty, p[:width], rest


def basename(p):
    """What follows the last slash."""
    p = os.fspath(p)
    return p[p.rfind(_pieces(p)[0]) + 1:]


def dirname(p):
    """What precedes the last slash (trailing slashes dropped unless all slashes)."""
    return split(p)[0]


def commonprefix(m):
    """The longest string that starts every item of `m` (character by character)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


# ---- questions asked of the file system ---------------------------------------------------------

def exists(path):
    """Whether `path` names an existing file (following symbolic links)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether `path` exists, a broken symbolic link counting."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, kind, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == kind


def isfile(path):
    """Whether `path` is a regular file (following symbolic links)."""
    return _mode_is(path, 0o100000)


def isdir(s):
    """Whether `s` is a directory (following symbolic links)."""
    return _mode_is(s, 0o040000)


def islink(path):
    """Whether `path` is a symbolic link."""
    return _mode_is(path, 0o120000, follow=False)


def isjunction(path):
    """POSIX has no junctions."""
    os.fspath(path)
    return False


def ismount(path):
    """Whether `path` is a mount point (its parent is on another device, or the same inode)."""
    try:
        here = os.lstat(path)
        if _kind_bits(here) == 0o120000:
            return False
        path = os.fspath(path)
        up = os.lstat(join(path, _pieces(path)[2]))
    except (OSError, ValueError):
        return False
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def _kind_bits(st):
    return st.st_mode & 0o170000


def getsize(filename):
    """The size of a file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The last modification time of a file (seconds since the epoch)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The last access time of a file."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The last metadata change time of a file."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


# ---- rewriting paths ------------------------------------------------------------------------------

def normpath(path):
    """Collapse redundant slashes and '.' components, and 'x/..' pairs."""
    path = os.fspath(path)
    slash, dot, dotdot, _, empty = _pieces(path)
    if path == empty:
        return dot
    _, root, rest = splitroot(path)
    kept = []
    for part in rest.split(slash):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
            elif not root:
                kept.append(part)
            # '..' at the root stays at the root
            continue
        kept.append(part)
    result = root + slash.join(kept)
    return result or dot


def abspath(path):
    """The absolute, normalized form of `path` (relative to the current directory)."""
    path = os.fspath(path)
    if isabs(path):
        return normpath(path)
    here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
    return normpath(join(here, path))


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    filename = os.fspath(filename)
    slash, dot, dotdot, _, empty = _pieces(filename)
    if isabs(filename):
        todo = filename[1:]
        done = slash
    else:
        todo = filename
        done = os.getcwdb() if isinstance(filename, bytes) else os.getcwd()
    resolved = {}  # link path -> its resolution, or None while being resolved
    result = _resolve(done, todo, strict, resolved)
    return result


def _resolve(done, todo, strict, resolved):
    slash, dot, dotdot, _, empty = _pieces(done)
    parts = [p for p in todo.split(slash)]
    path = done
    k = 0
    while k < len(parts):
        name = parts[k]
        k += 1
        if not name or name == dot:
            continue
        if name == dotdot:
            path = dirname(path) if path != slash else path
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            path = candidate
            continue
        if st.st_mode & 0o170000 != 0o120000:
            path = candidate
            continue
        if candidate in resolved:
            target = resolved[candidate]
            if target is not None:
                path = target
                continue
            if strict:
                os.stat(candidate)  # raises ELOOP
            # A loop: keep the rest of the path as it is.
            rest = slash.join(parts[k:])
            return join(candidate, rest) if rest else candidate
        resolved[candidate] = None
        link = os.readlink(candidate)
        base = slash if isabs(link) else path
        path = _resolve(base, link[1:] if isabs(link) else link, strict, resolved)
        resolved[candidate] = path
    return path


def relpath(path, start=None):
    """`path` relative to `start` (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    start = _pieces(path)[1] if start is None else os.fspath(start)
    _same_kind('relpath', path, start)
    slash, dot, dotdot, _, empty = _pieces(path)
    target = _components(abspath(path))
    origin = _components(abspath(start))
    shared = _shared_length(target, origin)
    steps = [dotdot] * (len(origin) - shared) + target[shared:]
    return slash.join(steps) if steps else dot


def _components(p):
    """The non-empty, non-'.' components of a path."""
    slash, dot = _pieces(p)[:2]
    return [c for c in p.split(slash) if c and c != dot]


def _shared_length(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def commonpath(paths):
    """The longest common sub-path of the sequence `paths`."""
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _same_kind('commonpath', *paths)
    slash = _pieces(paths[0])[0]
    rooted = {p.startswith(slash) for p in paths}
    if len(rooted) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = _components(paths[0])
    for other in paths[1:]:
        common = common[:_shared_length(common, _components(other))]
    return (slash if rooted.pop() else slash[:0]) + slash.join(common)


def _home_of(user):
    """The home directory of `user` from /etc/passwd, or None."""
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """Replace a leading ~ or ~user with the home directory."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    text = os.fsdecode(path) if as_bytes else path
    if text[:1] != '~':
        return path
    user, slash, rest = text[1:].partition('/')
    if user:
        home = _home_of(user)
    else:
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of(_current_user())
    if home is None:
        return path
    result = (home.rstrip('/') + slash + rest) or '/'
    return os.fsencode(result) if as_bytes else result


def _current_user():
    uid = str(os.getuid())
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) >= 3 and fields[2] == uid:
                    return fields[0]
    except OSError:
        pass
    return ''


def _is_name_char(c):
    return c == '_' or c.isascii() and c.isalnum()


def expandvars(path):
    """Replace $name and ${name} with environment variables; unknown ones stay."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if as_bytes else path
    if '$' not in text:
        return path
    out = []
    k = 0
    n = len(text)
    while k < n:
        c = text[k]
        if c != '$':
            out.append(c)
            k += 1
            continue
        if text[k + 1:k + 2] == '{':
            close = text.find('}', k + 2)
            name = text[k + 2:close] if close >= 0 else ''
            if close < 0 or not name:
                out.append(c)
                k += 1
                continue
            end = close + 1
        else:
            end = k + 1
            while end < n and _is_name_char(text[end]):
                end += 1
            name = text[k + 1:end]
            if not name:
                out.append(c)
                k += 1
                continue
        value = os.environ.get(name)
        out.append(text[k:end] if value is None else value)
        k = end
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if as_bytes else result
