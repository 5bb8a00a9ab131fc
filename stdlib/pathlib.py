"""Object-oriented file system paths: PurePath and Path, with their POSIX and Windows kinds.

gilvm's stdlib: written for gilvm, not copied from CPython. It follows CPython 3.12 on POSIX.
A path keeps the strings it was made from and parses them on first need into a drive, a
root and a list of names (the "tail"); its string, hash and comparisons come from that.
How a kind of path splits and joins is in a small "flavour" object: _POSIX (posixpath's
rules) or _WINDOWS (drives, UNC shares, backslashes, case-insensitive comparison), so that
PureWindowsPath works on any system. Path adds the file system methods on top of os and
os.path; glob and rglob walk the folders with os.scandir, a selector per pattern part, as
CPython 3.12 does (so results come in the folders' order, and '*' matches hidden names).
"""

import fnmatch
import functools
import io
import os
import posixpath
import re
import sys
import warnings

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


# ---- flavours: how each kind of path splits, joins and compares ----------------------------

class _PosixFlavour:
    sep = '/'
    altsep = None
    case_sensitive = True

    @staticmethod
    def splitroot(path):
        return posixpath.splitroot(path)

    @staticmethod
    def splitdrive(path):
        return '', path

    @staticmethod
    def join(first, *rest):
        return posixpath.join(first, *rest)

    @staticmethod
    def normcase(text):
        return text


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    case_sensitive = False

    @staticmethod
    def splitroot(path):
        """(drive, root, rest) of a Windows path: 'c:', a UNC share or a device, then '\\'."""
        norm = path.replace('/', '\\')
        if norm[:1] == '\\':
            if norm[1:2] != '\\':
                return '', path[:1], path[1:]
            # \\server\share, \\?\device or \\?\UNC\server\share: the drive ends after the
            # second name past the prefix
            start = 8 if norm[:8].upper() == '\\\\?\\UNC\\' else 2
            first = norm.find('\\', start)
            if first == -1:
                return path, '', ''
            second = norm.find('\\', first + 1)
            if second == -1:
                return path, '', ''
            return path[:second], path[second:second + 1], path[second + 1:]
        if norm[1:2] == ':':
            if norm[2:3] == '\\':
                return path[:2], path[2:3], path[3:]
            return path[:2], '', path[2:]
        return '', '', path

    @classmethod
    def splitdrive(cls, path):
        drive, root, rest = cls.splitroot(path)
        return drive, root + rest

    @classmethod
    def join(cls, first, *rest):
        drive, root, tail = cls.splitroot(first)
        for piece in rest:
            p_drive, p_root, p_tail = cls.splitroot(piece)
            if p_root:
                # an anchored piece starts over, keeping our drive if it names none
                if p_drive or not drive:
                    drive = p_drive
                root, tail = p_root, p_tail
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, root, tail = p_drive, p_root, p_tail
                    continue
                drive = p_drive
            if tail and tail[-1] not in '\\/':
                tail += '\\'
            tail += p_tail
        if tail and not root and drive and drive[-1] not in ':\\/':
            return drive + '\\' + tail
        return drive + root + tail

    @staticmethod
    def normcase(text):
        return text.lower()


_POSIX = _PosixFlavour()
_WINDOWS = _WindowsFlavour()

_WINDOWS_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                     | {f'COM{c}' for c in '123456789\xb9\xb2\xb3'}
                     | {f'LPT{c}' for c in '123456789\xb9\xb2\xb3'})

# characters that file URIs keep as they are (as urllib.parse.quote_from_bytes with safe='/')
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote_uri(data):
    return ''.join(chr(b) if b in _URI_SAFE else f'%{b:02X}' for b in data)


# ---- pure paths -------------------------------------------------------------------------------

class _PathParents:
    """The read-only sequence of a path's ancestors (path.parents)."""

    __slots__ = ('_path', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parts(self._drv, self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return f'<{type(self._path).__name__}.parents>'


class PurePath:
    """A path without file system access; PurePath() gives the kind of the running system."""

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail_cached', '_str', '_hash',
                 '_str_normcase_cached', '_lines_cached')
    _flavour = _POSIX

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        raw = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._flavour is _WINDOWS and self._flavour is _POSIX:
                    # a Windows path given to a POSIX one keeps its names: '\\' becomes '/'
                    raw.extend(p.replace('\\', '/') for p in arg._raw_paths)
                else:
                    raw.extend(arg._raw_paths)
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                f"__fspath__ returns a str, not {type(path).__name__!r}")
            raw.append(path)
        self._raw_paths = raw

    def with_segments(self, *pathsegments):
        """A new path of this kind from the segments (subclasses override to pass on state)."""
        return type(self)(*pathsegments)

    # -- parsing

    @classmethod
    def _parse(cls, path):
        """(drive, root, names) of one path string, '.' and empty names dropped."""
        flavour = cls._flavour
        if flavour.altsep:
            path = path.replace(flavour.altsep, flavour.sep)
        drv, root, rest = flavour.splitroot(path)
        if not root and drv.startswith(flavour.sep) and not drv.endswith(flavour.sep):
            # a UNC drive ('\\\\server\\share') is always anchored
            pieces = drv.split(flavour.sep)
            if len(pieces) == 4 and pieces[2] not in '?.' or len(pieces) == 6:
                root = flavour.sep
        return drv, root, [name for name in rest.split(flavour.sep) if name and name != '.']

    def _load(self):
        raw = self._raw_paths
        if not raw:
            path = ''
        elif len(raw) == 1:
            path = raw[0]
        else:
            path = self._flavour.join(*raw)
        self._drv, self._root, self._tail_cached = self._parse(path)

    @property
    def drive(self):
        """The drive letter or UNC share ('' on POSIX)."""
        try:
            return self._drv
        except AttributeError:
            self._load()
            return self._drv

    @property
    def root(self):
        """The root separator, if any ('//' kept on POSIX, as the system may give it a meaning)."""
        try:
            return self._root
        except AttributeError:
            self._load()
            return self._root

    @property
    def _tail(self):
        try:
            return self._tail_cached
        except AttributeError:
            self._load()
            return self._tail_cached

    @classmethod
    def _format(cls, drv, root, tail):
        flavour = cls._flavour
        if drv or root:
            return drv + root + flavour.sep.join(tail)
        if tail and flavour.splitdrive(tail[0])[0]:
            # a first name that looks like a drive ('c:a') is kept relative by a leading '.'
            tail = ['.'] + tail
        return flavour.sep.join(tail)

    def _from_parts(self, drv, root, tail):
        path = self.with_segments(self._format(drv, root, tail) or '.')
        path._drv, path._root, path._tail_cached = drv, root, tail
        return path

    # -- strings

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format(self.drive, self.root, self._tail) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def as_uri(self):
        """The path as a 'file:' URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drive = self.drive
        if self._flavour is _WINDOWS:
            if len(drive) == 2 and drive[1] == ':':
                return 'file:///' + drive + _quote_uri(self.as_posix()[2:].encode('utf-8'))
            return 'file:' + _quote_uri(self.as_posix().encode('utf-8'))
        return 'file://' + _quote_uri(os.fsencode(str(self)))

    def __reduce__(self):
        return self.__class__, self.parts

    # -- comparison

    @property
    def _str_normcase(self):
        try:
            return self._str_normcase_cached
        except AttributeError:
            self._str_normcase_cached = self._flavour.normcase(str(self))
            return self._str_normcase_cached

    @property
    def _parts_normcase(self):
        return self._str_normcase.split(self._flavour.sep)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._str_normcase == other._str_normcase

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._str_normcase)
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase < other._parts_normcase

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase <= other._parts_normcase

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase > other._parts_normcase

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase >= other._parts_normcase

    # -- pieces

    @property
    def anchor(self):
        """Drive and root together."""
        return self.drive + self.root

    @property
    def parts(self):
        """The anchor (if any) then each name, as a tuple."""
        if self.drive or self.root:
            return (self.drive + self.root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def parent(self):
        """The logical parent (the path itself for an anchor or '.')."""
        tail = self._tail
        if not tail:
            return self
        return self._from_parts(self.drive, self.root, tail[:-1])

    @property
    def parents(self):
        """The ancestors, nearest first."""
        return _PathParents(self)

    @property
    def name(self):
        """The last name, '' if none."""
        tail = self._tail
        return tail[-1] if tail else ''

    @property
    def suffix(self):
        """The last name's final '.ext', '' if none."""
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        """All the '.ext' of the last name."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last name without its suffix."""
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    def with_name(self, name):
        """The path with its last name replaced."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        flavour = self._flavour
        if (not name or name == '.' or flavour.sep in name
                or flavour.altsep and flavour.altsep in name):
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self.drive, self.root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem replaced (the suffix kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced, added, or removed (suffix '')."""
        flavour = self._flavour
        if (flavour.sep in suffix or flavour.altsep and flavour.altsep in suffix
                or suffix and not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parts(self.drive, self.root, self._tail[:-1] + [name])

    # -- relations

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to `other`; with walk_up, '..' climbs out of `other` as needed."""
        if _deprecated:
            warnings.warn("support for supplying more than one positional argument to "
                          "pathlib.PurePath.relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        for steps, base in enumerate([other] + list(other.parents)):
            if self.is_relative_to(base):
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if base.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        return self.with_segments(*(['..'] * steps + self._tail[len(base._tail):]))

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path is `other` or below it."""
        if _deprecated:
            warnings.warn("support for supplying more than one argument to "
                          "pathlib.PurePath.is_relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def is_absolute(self):
        """Whether the path has a root (and, on Windows, a drive too)."""
        if self._flavour is _WINDOWS:
            return bool(self.drive and self.root)
        return bool(self.root)

    def is_reserved(self):
        """Whether Windows reserves the name (CON, NUL, COM1...); never on POSIX."""
        if self._flavour is _POSIX or not self._tail or self.drive.startswith('\\\\'):
            return False
        name = self._tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED

    # -- joining

    def joinpath(self, *pathsegments):
        """This path joined with each segment (an anchored one starts over)."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    # -- matching

    @property
    def _lines(self):
        # the path with separators turned into newlines: a pattern compiled without DOTALL
        # then cannot match across names
        try:
            return self._lines_cached
        except AttributeError:
            text = str(self)
            if text == '.':
                text = ''
            sep = self._flavour.sep
            self._lines_cached = text.translate({ord(sep): '\n', ord('\n'): sep})
            return self._lines_cached

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob-style pattern, compared from the right
        (a pattern with an anchor must match the whole path)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        regex = _lines_regex(path_pattern._lines, case_sensitive)
        if path_pattern.drive or path_pattern.root:
            return regex.match(self._lines) is not None
        if path_pattern._tail:
            return regex.search(self._lines) is not None
        raise ValueError("empty pattern")


def _name_regex_body(pattern):
    """fnmatch.translate's regex without its '(?s:' ... ')\\Z' wrapper."""
    translated = fnmatch.translate(pattern)
    return translated[4:-3]


@functools.lru_cache(maxsize=256)
def _lines_regex(pattern_lines, case_sensitive):
    pieces = ['^']
    for line in pattern_lines.splitlines(keepends=True):
        newline = line.endswith('\n')
        name = line[:-1] if newline else line
        # a lone '*' must match a whole, non-empty name
        pieces.append('.+' if name == '*' else _name_regex_body(name))
        if newline:
            pieces.append('\n')
    pieces.append(r'\Z')
    flags = re.MULTILINE if case_sensitive else re.MULTILINE | re.IGNORECASE
    return re.compile(''.join(pieces), flags)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""
    __slots__ = ()
    _flavour = _POSIX


class PureWindowsPath(PurePath):
    """A pure path with Windows rules: drives, UNC shares, '\\' and case-insensitive names."""
    __slots__ = ()
    _flavour = _WINDOWS



# ---- concrete paths ---------------------------------------------------------------------------

# the errors that mean "not there" to exists(), is_dir() and the like
_IGNORED_ERRNOS = (2, 20, 9, 40)  # ENOENT, ENOTDIR, EBADF, ELOOP

# file type bits of st_mode (as the stat module names them)
_S_IFMT = 0o170000
_S_IFDIR, _S_IFREG, _S_IFLNK = 0o040000, 0o100000, 0o120000
_S_IFBLK, _S_IFCHR, _S_IFIFO, _S_IFSOCK = 0o060000, 0o020000, 0o010000, 0o140000


def _ignorable(error):
    return getattr(error, 'errno', None) in _IGNORED_ERRNOS


class Path(PurePath):
    """A path of the running system, with file system methods; Path() gives PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            warnings.warn("support for supplying keyword arguments to pathlib.PurePath is "
                          "deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    def _child(self, name):
        # a child's path straight from our string: './x' would otherwise become 'x' anyway
        text = str(self)
        if self._tail:
            text = text + self._flavour.sep + name
        elif text != '.':
            text = text + name
        else:
            text = name
        path = self.with_segments(text)
        path._str = text
        path._drv, path._root, path._tail_cached = self.drive, self.root, self._tail + [name]
        return path

    # -- where

    @classmethod
    def cwd(cls):
        """The current working folder."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home folder."""
        return cls('~').expanduser()

    def absolute(self):
        """The path made absolute against the current folder (no '..' or links resolved)."""
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self._tail:
            return self.with_segments(cwd)
        return self.with_segments(cwd, *self._raw_paths)

    def resolve(self, strict=False):
        """The absolute path with links and '..' resolved; strict: the path must exist."""
        def loop_check(error):
            if error.errno == 40:  # ELOOP
                raise RuntimeError(f"Symlink loop from {error.filename!r}")

        try:
            resolved = os.path.realpath(self, strict=strict)
        except OSError as e:
            loop_check(e)
            raise
        path = self.with_segments(resolved)
        if not strict:
            # realpath gives a loop back as it is: stat() tells
            try:
                path.stat()
            except OSError as e:
                loop_check(e)
        return path

    def expanduser(self):
        """The path with a leading '~' or '~user' replaced by the home folder."""
        if not (self.drive or self.root) and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            drv, root, tail = self._parse(home)
            return self._from_parts(drv, root, tail + self._tail[1:])
        return self

    def readlink(self):
        """The path a symbolic link points to."""
        return self.with_segments(os.readlink(self))

    # -- status

    def stat(self, *, follow_symlinks=True):
        """os.stat of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat of the path (the link itself)."""
        return self.stat(follow_symlinks=False)

    def _kind(self, follow_symlinks=True):
        """The file type bits of st_mode, or None when the path is not there."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & _S_IFMT
        except OSError as e:
            if not _ignorable(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self, *, follow_symlinks=True):
        """Whether the path exists (a broken link does not, unless follow_symlinks=False)."""
        return self._kind(follow_symlinks) is not None

    def is_dir(self):
        return self._kind() == _S_IFDIR

    def is_file(self):
        return self._kind() == _S_IFREG

    def is_symlink(self):
        return self._kind(False) == _S_IFLNK

    def is_block_device(self):
        return self._kind() == _S_IFBLK

    def is_char_device(self):
        return self._kind() == _S_IFCHR

    def is_fifo(self):
        return self._kind() == _S_IFIFO

    def is_socket(self):
        return self._kind() == _S_IFSOCK

    def is_junction(self):
        return False

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether both paths name the same file."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.with_segments(other_path).stat()
        return os.path.samestat(mine, theirs)

    def owner(self):
        """The name of the file's owner."""
        return _user_name(self.stat().st_uid)

    def group(self):
        """The name of the file's group."""
        return _group_name(self.stat().st_gid)

    # -- contents

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened, as the built-in open() would."""
        # CPython passes encoding through io.text_encoding(), for EncodingWarning; gilvm's
        # open() does not know 'locale', what that gives for None, so None is passed as is.
        # The string, not the path: gilvm's open() would put the object in its errors.
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # -- folders

    def iterdir(self):
        """The folder's entries as paths (not '.' or '..'), in the folder's order."""
        for name in os.listdir(self):
            yield self._child(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern, *, case_sensitive=None):
        """The paths below this one that match the relative pattern ('**': any folders)."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        drv, root, parts = self._parse(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        yield from _selector(tuple(parts), self._flavour, case_sensitive).select_from(self)

    def rglob(self, pattern, *, case_sensitive=None):
        """glob() with '**/' in front of the pattern."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        drv, root, parts = self._parse(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        selector = _selector(('**',) + tuple(parts), self._flavour, case_sensitive)
        yield from selector.select_from(self)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(folder path, folder names, file names) for each folder of the tree, as os.walk."""
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        # the stack holds paths still to list and, bottom-up, results waiting for their
        # subfolders to be done
        pending = [self]
        while pending:
            item = pending.pop()
            if isinstance(item, tuple):
                yield item
                continue
            try:
                entries = item._scandir()
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames, filenames = [], []
            with entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                    except OSError:
                        is_dir = False
                    (dirnames if is_dir else filenames).append(entry.name)
            if top_down:
                yield item, dirnames, filenames
            else:
                pending.append((item, dirnames, filenames))
            # read dirnames after the yield: a top-down caller may have pruned it
            pending.extend(item._child(name) for name in reversed(dirnames))

    # -- changes

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or (exist_ok) update its times if it exists."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the folder; parents: its missing ancestors too; exist_ok: no error if there."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link; missing_ok: no error if it is not there."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Rename to target; the new path is returned."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, replacing a file there; the new path is returned."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, self)

    # deprecated since 3.9 in CPython, still there in 3.12
    def __enter__(self):
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in "
                      "Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """A path of a POSIX system."""
    __slots__ = ()

    if os.name == 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")


class WindowsPath(Path, PureWindowsPath):
    """A path of a Windows system (cannot be made elsewhere)."""
    __slots__ = ()

    if os.name != 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")


# ---- owner and group: the system's user and group files (gilvm has no pwd or grp) ----------

def _lookup(table, number, what):
    try:
        with open(table, encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    raise KeyError(f'{what}(): {"uid" if what == "getpwuid" else "gid"} not found: {number}')


def _user_name(uid):
    return _lookup('/etc/passwd', uid, 'getpwuid')


def _group_name(gid):
    return _lookup('/etc/group', gid, 'getgrgid')


# ---- glob selectors: one per pattern part, each handing its matches to the next -------------

@functools.lru_cache(maxsize=256)
def _selector(parts, flavour, case_sensitive):
    first = parts[0]  # an empty pattern ('.') fails here with IndexError, as in CPython
    if not first:
        return _Terminal()
    if first == '**':
        rest = parts[1:]
        while rest and rest[0] == '**':
            rest = rest[1:]
        # a second '**' further on can reach a path twice: those must be filtered
        kind = _DoubleRecursive if '**' in rest else _Recursive
        return kind(rest, flavour, case_sensitive)
    if first == '..':
        return _Parent(parts[1:], flavour, case_sensitive)
    if '**' in first:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    return _Wildcard(first, parts[1:], flavour, case_sensitive)


class _Terminal:
    """The end of the pattern: the path reached is a result."""

    def select_from(self, parent):
        return self._select(parent)

    def _select(self, parent):
        yield parent


class _Step:
    def __init__(self, rest, flavour, case_sensitive):
        if rest:
            self.next = _selector(rest, flavour, case_sensitive)
            self.dironly = True  # more parts follow: only folders can lead on
        else:
            self.next = _Terminal()
            self.dironly = False

    def select_from(self, parent):
        if not parent.is_dir():
            return iter([])
        return self._select(parent)


class _Parent(_Step):
    def _select(self, parent):
        yield from self.next._select(parent._child('..'))


class _Wildcard(_Step):
    def __init__(self, pattern, rest, flavour, case_sensitive):
        super().__init__(rest, flavour, case_sensitive)
        if case_sensitive is None:
            case_sensitive = flavour.case_sensitive
        flags = 0 if case_sensitive else re.IGNORECASE
        self.match = re.compile(fnmatch.translate(pattern), flags).match

    def _select(self, parent):
        try:
            # read the whole folder first: its listing is closed before going deeper
            with parent._scandir() as listing:
                entries = list(listing)
        except OSError:
            return
        for entry in entries:
            if self.dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if self.match(entry.name):
                yield from self.next._select(parent._child(entry.name))


class _Recursive(_Step):
    def _folders(self, parent):
        yield parent
        for folder, dirnames, _ in parent.walk():
            for name in dirnames:
                yield folder._child(name)

    def _select(self, parent):
        for folder in self._folders(parent):
            yield from self.next._select(folder)


class _DoubleRecursive(_Recursive):
    def _select(self, parent):
        seen = set()
        for path in super()._select(parent):
            if path not in seen:
                seen.add(path)
                yield path
