"""Operating-system services: files, directories, the environment, processes.

The system calls come from the built-in ``posix`` module (TypeScript); this
module adds what is written naturally in Python on top of them: stat_result
and the other result records, the environ mapping, scandir's DirEntry, walk,
makedirs and friends.  ``os.path`` is ``posixpath``.
"""

import sys
import posix as _posix
from posix import *
from posix import _exit

__all__ = []  # filled at the end

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError

import posixpath as path
sys.modules['os.path'] = path


# ---- result records (struct sequences) ------------------------------------------------------

def _make_record(qualname, visible, hidden=(), module='os'):
    """A tuple subclass whose first items are `visible` named fields and whose
    `hidden` fields are attributes only, as CPython's struct sequences."""
    nvis = len(visible)
    ntotal = nvis + len(hidden)

    def __new__(cls, sequence=(), dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < nvis:
            if nvis == ntotal:
                raise TypeError(f'{module}.{qualname}() takes a {nvis}-sequence ({n}-sequence given)')
            raise TypeError(f'{module}.{qualname}() takes an at least {nvis}-sequence ({n}-sequence given)')
        if n > ntotal:
            if nvis == ntotal:
                raise TypeError(f'{module}.{qualname}() takes a {nvis}-sequence ({n}-sequence given)')
            raise TypeError(f'{module}.{qualname}() takes an at most {ntotal}-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, items[:nvis])
        extra = list(items[nvis:])
        for k in range(len(extra), len(hidden)):
            extra.append(None if dict is None else dict.get(hidden[k]))
        object.__setattr__(self, '_extra', tuple(extra))
        return self

    def __repr__(self):
        parts = ', '.join(f'{f}={v!r}' for f, v in zip(visible, self))
        return f'{module}.{qualname}({parts})'

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(hidden, self._extra))))

    def __setattr__(self, attr, value):
        if attr in visible or attr in hidden:
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'{module}.{qualname}' object has no attribute '{attr}'")

    ns = {
        '__new__': __new__,
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__setattr__': __setattr__,
        '__module__': module,
        '__qualname__': qualname,
        '__match_args__': tuple(visible),
        'n_sequence_fields': nvis,
        'n_fields': ntotal,
        'n_unnamed_fields': 0,
    }
    for k, f in enumerate(visible):
        ns[f] = property(lambda self, k=k: tuple.__getitem__(self, k))
    for k, f in enumerate(hidden):
        ns[f] = property(lambda self, k=k: self._extra[k])
    return type(qualname, (tuple,), ns)


terminal_size = _make_record('terminal_size', ('columns', 'lines'))
times_result = _make_record('times_result', ('user', 'system', 'children_user', 'children_system', 'elapsed'))
uname_result = _make_record('uname_result', ('sysname', 'nodename', 'release', 'version', 'machine'))
statvfs_result = _make_record('statvfs_result', ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail',
                                                 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax'),
                              ('f_fsid',))


class stat_result(tuple):
    """The result of stat(): ten fields as a sequence, more as attributes."""

    _seq = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < 10:
            raise TypeError(f'os.stat_result() takes an at least 10-sequence ({n}-sequence given)')
        if n > 19:
            raise TypeError(f'os.stat_result() takes an at most 19-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, items[:10])
        more = list(items[10:]) + [None] * (19 - n)
        object.__setattr__(self, '_more', more)
        return self

    def __repr__(self):
        names = stat_result._seq + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(f'{f}={v!r}' for f, v in zip(names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self) + tuple(self._more),))

    def __setattr__(self, attr, value):
        raise AttributeError('readonly attribute')

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    # Items 7..9 hold whole seconds; the attributes give float seconds and nanoseconds.
    st_atime = property(lambda self: self._more[0])
    st_mtime = property(lambda self: self._more[1])
    st_ctime = property(lambda self: self._more[2])
    st_atime_ns = property(lambda self: self._more[3])
    st_mtime_ns = property(lambda self: self._more[4])
    st_ctime_ns = property(lambda self: self._more[5])
    st_blksize = property(lambda self: self._more[6])
    st_blocks = property(lambda self: self._more[7])
    st_rdev = property(lambda self: self._more[8])


stat_result.__module__ = 'os'


def _stat_from(raw):
    mode, ino, dev, nlink, uid, gid, size, ans, mns, cns, blksize, blocks, rdev = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        ans // 1_000_000_000, mns // 1_000_000_000, cns // 1_000_000_000,
                        ans / 1e9, mns / 1e9, cns / 1e9, ans, mns, cns, blksize, blocks, rdev))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Information about a file (following symbolic links unless told not to)."""
    return _stat_from(_posix._stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Information about a file, not following a final symbolic link."""
    return _stat_from(_posix._lstat(path, dir_fd=dir_fd))


def fstat(fd):
    """Information about an open file descriptor."""
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return _stat_from(_posix._stat(fd))


def times():
    """Process times: user, system, children's user and system, elapsed."""
    return times_result(_posix._times())


def statvfs(path):
    """Information about the file system holding `path` (a path or an open descriptor).

    From statfs(2) as Node reports it: f_frsize is taken as f_bsize and f_favail as f_ffree
    (Linux's statvfs does the same for most file systems); f_flag (the mount flags) and
    f_fsid are not reported and read 0, and f_namemax reads 255."""
    bsize, blocks, bfree, bavail, files, ffree = _posix._statvfs(path)
    return statvfs_result((bsize, bsize, blocks, bfree, bavail, files, ffree, ffree, 0, 255, 0))


def uname():
    """The system's name, host name, release, version and machine."""
    return uname_result(_posix.uname())


def get_terminal_size(fd=1, /):
    """The size of the terminal on file descriptor `fd` (OSError if it is not one)."""
    return terminal_size(_posix._terminal_size(fd))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set a file's access and modification times (now, `times` in seconds, or `ns`)."""
    if times is not None and ns is not None:
        raise ValueError('utime: you may specify either times or ns but not both')
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: times must be either a tuple of two ints or None')
        a, m = (int(t * 1_000_000_000) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: ns must be a tuple of two ints')
        a, m = ns
    else:
        a = m = None
    _posix._utime(path, a, m, follow_symlinks)


# ---- paths --------------------------------------------------------------------------------

class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is not PathLike:
            return type.__subclasscheck__(cls, sub)
        return any('__fspath__' in k.__dict__ for k in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base of objects that stand for a file-system path (__fspath__)."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def fspath(path):
    """The str or bytes form of a path: itself, or what its __fspath__ gives."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        if hasattr(kind, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not ' + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f'expected {kind.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(result).__name__}')


def fsencode(filename):
    """A path as bytes (UTF-8, surrogates escaped)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- directories -----------------------------------------------------------------------------

_KIND_DIR, _KIND_FILE, _KIND_LINK = 1, 2, 3


class DirEntry:
    """One entry of a directory, as scandir() yields it."""

    __slots__ = ('name', 'path', '_kind', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, top, name, kind):
        self = object.__new__(cls)
        self.name = name
        if isinstance(top, bytes):
            self.path = top + b'/' + name if top and not top.endswith(b'/') else top + name
        else:
            self.path = top + '/' + name if top and not top.endswith('/') else top + name
        self._kind = kind
        self._stat = None
        self._lstat = None
        return self

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == _KIND_LINK:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        return self._kind == _KIND_LINK

    def is_junction(self):
        return False

    def _test(self, follow_symlinks, kind, mask):
        if self._kind != _KIND_LINK or not follow_symlinks:
            return self._kind == kind
        try:
            return self.stat().st_mode & 0o170000 == mask
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._test(follow_symlinks, _KIND_DIR, 0o040000)

    def is_file(self, *, follow_symlinks=True):
        return self._test(follow_symlinks, _KIND_FILE, 0o100000)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, entries):
        self._entries = entries
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._next >= len(self._entries):
            raise StopIteration
        e = self._entries[self._next]
        self._next += 1
        return e

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of directory `path`."""
    if path is None:
        top = '.'
        raw = _posix._scandir()
    else:
        top = fspath(path)
        raw = _posix._scandir(path)
    return _ScandirIterator([DirEntry._make(top, n, k) for n, k in raw])


def _ancestors(name):
    """The directories above `name` as written (not normalized: 'x/..' needs x), nearest first."""
    found = []
    current = name
    while True:
        head, tail = path.split(current)
        if not tail:
            head, tail = path.split(head)
        if not (head and tail) or head == current:
            return found
        found.append(head)
        current = head


def makedirs(name, mode=0o777, exist_ok=False):
    """Make directory `name` and any missing parents."""
    missing = [d for d in _ancestors(name) if not path.exists(d)]
    for directory in reversed(missing):
        try:
            mkdir(directory)
        except FileExistsError:
            pass
    last = path.basename(name.rstrip(sep) if isinstance(name, str) else name)
    if missing and last in (curdir, curdir.encode()):
        return
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def _prune(directory):
    """Remove `directory` and then each parent for as long as removal works."""
    for d in [directory] + _ancestors(directory):
        try:
            rmdir(d)
        except OSError:
            if d is directory:
                raise
            return


def removedirs(name):
    """Remove directory `name`, then its parents for as long as they are empty."""
    _prune(name)


def renames(old, new):
    """Rename, making the new name's directories and pruning the old one's."""
    target_dir = path.dirname(new)
    if target_dir and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir = path.dirname(old)
    if source_dir:
        try:
            _prune(source_dir)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory of the tree at `top`."""
    top = fspath(top)
    pending = [top]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            # A directory whose subdirectories are done (bottom-up order).
            yield item
            continue
        here = item
        dirs = []
        files = []
        links = []
        try:
            it = scandir(here)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        with it:
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                    links.append(entry.is_symlink())
                else:
                    files.append(entry.name)
        if topdown:
            yield here, dirs, files
            for d in reversed(dirs):
                sub = path.join(here, d)
                if followlinks or not path.islink(sub):
                    pending.append(sub)
        else:
            pending.append((here, dirs, files))
            for d, link in zip(reversed(dirs), reversed(links)):
                if followlinks or not link:
                    pending.append(path.join(here, d))


# ---- the environment ------------------------------------------------------------------------

class _Environ:
    """os.environ: a mapping of str to str whose changes reach the process's
    environment (what child processes inherit) through putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value, what='str'):
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _absent = object()

    def pop(self, key, default=_absent):
        try:
            value = self[key]
        except KeyError:
            if default is self._absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in reversed(list(self._data)):
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwargs):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """The environment variable `key`, or `default`."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for programs (PATH)."""
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = defpath
    return value.split(pathsep)


def system(command):
    """Run `command` in a shell (/bin/sh -c) and return its wait status: the exit status
    shifted left 8 bits, or the number of the signal that ended it. The shell shares this
    process's stdin, stdout and stderr; the GIL is released while it runs."""
    import _gilvm_subprocess
    command = fsdecode(command)
    code = _gilvm_subprocess.run(('sh', '-c', command), '/bin/sh',
                                 tuple('%s=%s' % kv for kv in environ.items()),
                                 None, None, None, None, None, None)[0]
    return -code if code < 0 else code << 8


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0


def WTERMSIG(status):
    return status & 0x7f


def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code: the exit status, or -signal."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError('invalid wait status: %d' % status)


# environ is a MutableMapping; registered only when the abstract classes are already loaded,
# since importing them would double the cost of 'import os'.
if '_collections_abc' in sys.modules:
    sys.modules['_collections_abc'].MutableMapping.register(_Environ)

__all__ = [n for n in globals() if not n.startswith('_') and n not in ('sys',)]
