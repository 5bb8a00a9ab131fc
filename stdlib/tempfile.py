"""Temporary files and folders: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryDirectory...

gilvm's stdlib: written for gilvm, not copied from CPython. It follows CPython 3.12 on POSIX.
Names are the prefix, 8 characters drawn at random from "abcdefghijklmnopqrstuvwxyz0123456789_"
and the suffix; files are created with O_EXCL (and folders with mkdir), so that a name taken
meanwhile by someone else is never reused: the next name is tried, up to TMP_MAX times. The
folder is $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp or the current folder: the first
one where a file can really be written. NamedTemporaryFile gives a wrapper that deletes the
file when closed (or, with delete_on_close=False, when its context ends); TemporaryFile's
file is unlinked at once; SpooledTemporaryFile stays in memory until it outgrows max_size.
"""

import _thread
import errno as _errno
import io as _io
import os as _os
import random as _random
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

# how many names to try before giving up (os.TMP_MAX on Linux, which gilvm's os lacks)
TMP_MAX = getattr(_os, 'TMP_MAX', 238328)

template = "tmp"
tempdir = None  # the folder in use once found; set it to choose another

_OPEN_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)

_once = _thread.allocate_lock()


# ---- names -----------------------------------------------------------------------------------

class _RandomNameSequence:
    """An endless iterator of random 8-character names (its generator reseeded after a fork)."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._pid = None
        self._rng = None

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != self._pid:
            self._rng = _random.Random()
            self._pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_names = None


def _get_candidate_names():
    """The module's shared name sequence."""
    global _names
    if _names is None:
        with _once:
            if _names is None:
                _names = _RandomNameSequence()
    return _names


# ---- the temporary folder ----------------------------------------------------------------------

def _candidate_tempdir_list():
    found = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(var)
        if value:
            found.append(value)
    found.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _writable(folder, names):
    """Whether a file can be created and written in the folder (None: name taken, try again)."""
    name = _os.path.join(folder, next(names))
    try:
        fd = _os.open(name, _OPEN_FLAGS, 0o600)
    except FileExistsError:
        return None
    except OSError:
        return False
    try:
        try:
            _os.write(fd, b'blat')
        finally:
            _os.close(fd)
    except OSError:
        return False
    finally:
        _os.unlink(name)
    return True


def _get_default_tempdir():
    candidates = _candidate_tempdir_list()
    names = _RandomNameSequence()  # not the shared one: its lock is held by our caller
    for folder in candidates:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        for _ in range(100):
            usable = _writable(folder, names)
            if usable is not None:
                break
        if usable:
            return folder
    raise FileNotFoundError(_errno.ENOENT,
                            f"No usable temporary directory found in {candidates}")


def _gettempdir():
    global tempdir
    if tempdir is None:
        with _once:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The folder for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The folder for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


# ---- arguments -----------------------------------------------------------------------------------

def _infer_return_type(*args):
    """str or bytes, from the arguments given (mixing both is an error)."""
    found = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        kind = bytes if isinstance(arg, bytes) else str
        if found is not None and kind is not found:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        found = kind
    if found is None:
        return str if tempdir is None or isinstance(tempdir, str) else bytes
    return found


def _sanitize_params(prefix, suffix, dir):
    """(prefix, suffix, dir, str or bytes) with the defaults filled in."""
    kind = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _create(dir, prefix, suffix, make, what):
    """make(path) on fresh names until one is free; (its result, the path)."""
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if isinstance(prefix, bytes):
            name = _os.fsencode(name)
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            return make(path), path
        except FileExistsError:
            continue
    raise FileExistsError(_errno.EEXIST, f"No usable temporary {what} name found")


def _new_file(path):
    _sys.audit("tempfile.mkstemp", path)
    return _os.open(path, _OPEN_FLAGS, 0o600)


def _new_folder(path):
    _sys.audit("tempfile.mkdtemp", path)
    _os.mkdir(path, 0o700)


def _mkstemp_inner(dir, prefix, suffix):
    return _create(dir, prefix, suffix, _new_file, 'file')


# ---- the low-level calls ------------------------------------------------------------------------

def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file that only this user can read and write: (its fd, its absolute path).

    The caller closes and deletes it. text is accepted for compatibility (POSIX makes no
    difference)."""
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new folder that only this user can use; its absolute path."""
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    _, path = _create(dir, prefix, suffix, _new_folder, 'directory')
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: someone may take it before you do)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.lstat(path)
        except OSError:
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


# ---- files ------------------------------------------------------------------------------------------

def _open_fd(fd, path, mode, buffering, encoding, newline, errors):
    """A file object over the fd, named by path (the opener hands the fd to open())."""
    try:
        return _io.open(path, mode, buffering=buffering, encoding=encoding, newline=newline,
                        errors=errors, opener=lambda _path, _flags: fd)
    except BaseException:
        _os.close(fd)
        raise


class _TemporaryFileCloser:
    """Closes the file and deletes it: on close() (if delete_on_close) or on cleanup()."""

    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close

    def cleanup(self):
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            if not self.close_called:
                self.close_called = True
                self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        if self.close_called:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete and self.delete_on_close:
                self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """A file with a name, deleted as NamedTemporaryFile was asked; the rest is the file's."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)
        # CPython's closer deletes the file when the wrapper is collected or at exit, by
        # __del__; gilvm calls no __del__ at exit, a finalizer does it
        self._finalizer = _weakref.finalize(self, self._closer.cleanup)

    def _settle(self):
        if self._closer.cleanup_called:
            self._finalizer.detach()

    def __getattr__(self, name):
        # only reached for what the wrapper itself lacks: read, write, seek, mode...
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        self._settle()
        return result

    def close(self):
        """Close the file (and delete it, unless delete=False or delete_on_close=False)."""
        self._closer.close()
        self._settle()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A temporary file with a name in the file system (the wrapper's .name).

    delete: remove it at the end; delete_on_close: that end is close() rather than the end
    of the with statement."""
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix)
    try:
        file = _open_fd(fd, name, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name: it is unlinked at once (its .name is the fd)."""
    # CPython tries O_TMPFILE first on Linux; creating then unlinking gives the same file
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, encoding=encoding, newline=newline,
                        errors=errors)
    except BaseException:
        _os.close(fd)
        raise


def _default_text_encoding():
    # what open() reports for encoding=None (gilvm has no locale module to ask)
    try:
        import locale
        return locale.getencoding()
    except (ImportError, AttributeError):
        return 'UTF-8'


class SpooledTemporaryFile(_io.IOBase):
    """A file kept in memory until it holds more than max_size (or fileno() is asked for);
    then it rolls over to a real TemporaryFile, its contents and position kept."""

    _rolled = False
    _read_seen = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
            self._text_encoding = None
        else:
            # gilvm cannot wrap a BytesIO in a TextIOWrapper: a StringIO holds the text, and
            # positions are turned into byte counts where CPython's would be
            self._file = _io.StringIO(newline=newline)
            self._text_encoding = encoding or _default_text_encoding()
            self._text_errors = errors or 'strict'
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _position(self):
        """The position as CPython would report it (bytes, in text mode too)."""
        pos = self._file.tell()
        if self._rolled or self._text_encoding is None:
            return pos
        return len(self._file.getvalue()[:pos].encode(self._text_encoding, self._text_errors))

    def _check(self):
        if not self._rolled and self._max_size and self._position() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the contents to a real temporary file (once)."""
        if self._rolled:
            return
        old = self._file
        pos = self._position()
        new = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        new.write(old.getvalue())
        new.seek(pos, 0)
        self._file = new
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        self._read_seen = True
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn(f"Unclosed file {self!r}", ResourceWarning, stacklevel=2, source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled or self._text_encoding is None:
            return self._file.encoding
        return self._text_encoding

    @property
    def errors(self):
        if self._rolled or self._text_encoding is None:
            return self._file.errors
        return self._text_errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        if self._text_encoding is not None and not self._rolled and not self._read_seen:
            # a StringIO counts the newlines written; CPython's TextIOWrapper only those read
            return None
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        self._read_seen = True
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        self._read_seen = True
        return self._file.readline(*args)

    def readlines(self, *args):
        self._read_seen = True
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._position()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        written = self._file.write(s)
        self._check()
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._check()
        return result

    def detach(self):
        return self._file.detach()


# ---- folders --------------------------------------------------------------------------------------

def _rmtree(path, ignore_errors=False):
    """Remove the folder and everything in it; a folder that forbids it is opened up first."""
    def attempt(action, target):
        try:
            action(target)
        except FileNotFoundError:
            pass
        except PermissionError:
            # make the folder holding it (and a folder itself) writable, then try once more
            for folder in {_os.path.dirname(target), target}:
                try:
                    _os.chmod(folder, 0o700)
                except OSError:
                    pass
            try:
                action(target)
            except FileNotFoundError:
                pass
            except OSError:
                if not ignore_errors:
                    raise
        except OSError:
            if not ignore_errors:
                raise

    def remove_folder(folder):
        try:
            entries = list(_os.scandir(folder))
        except PermissionError:
            _os.chmod(folder, 0o700)
            entries = list(_os.scandir(folder))
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                attempt(remove_folder, entry.path)
            else:
                attempt(_os.unlink, entry.path)
        _os.rmdir(folder)

    attempt(remove_folder, path)


class TemporaryDirectory:
    """A temporary folder, removed with everything in it by cleanup() or at the end of the
    with statement (whose value is its name); delete=False keeps it."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        # removes the folder if the object is dropped (or at exit) without cleanup()
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name, warn_message=f"Implicitly cleaning up {self!r}",
            ignore_errors=self._ignore_cleanup_errors, delete=self._delete)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False, delete=True):
        if delete:
            _rmtree(name, ignore_errors=ignore_errors)
            _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        """Remove the folder and its contents (again if it was made anew)."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            _rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
