"""High-level file operations: copying files and trees, removing trees, moving,
finding programs (which), disk usage, changing owners, the terminal's size.

Written for gilvm over the os module.  Files are copied through their file
objects, COPY_BUFSIZE bytes at a time (no sendfile or copy_file_range);
copystat copies the times (to the nanosecond) and the permission bits, and not
extended attributes or BSD flags.
rmtree walks the tree by path, so it is not hardened against symbolic-link
races (rmtree.avoids_symlink_attacks is False) and dir_fd raises
NotImplementedError; what it hands to onexc/onerror follows CPython on Linux.

Archives (make_archive, unpack_archive and their format registries) are not
here: they need zipfile and tarfile, which gilvm does not have yet.  Asking for
them raises AttributeError saying so.
"""

import os
import sys
import stat

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2',
           'copytree', 'move', 'rmtree', 'Error', 'SpecialFileError',
           'ExecError', 'disk_usage', 'chown', 'which', 'ignore_patterns',
           'get_terminal_size', 'SameFileError']

# How much copyfileobj reads at a time (CPython's value on POSIX systems).
COPY_BUFSIZE = 64 * 1024

_ARCHIVE_NAMES = frozenset({
    'make_archive', 'unpack_archive', 'get_archive_formats', 'register_archive_format',
    'unregister_archive_format', 'get_unpack_formats', 'register_unpack_format',
    'unregister_unpack_format'})


def __getattr__(name):
    if name in _ARCHIVE_NAMES:
        raise AttributeError(f'shutil.{name} is not available in gilvm: archives need the '
                             f'zipfile and tarfile modules, which are not written yet')
    raise AttributeError(f"module 'shutil' has no attribute '{name}'")


# ---- exceptions ---------------------------------------------------------------------------------

class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


# ---- sources that may be os.DirEntry objects ----------------------------------------------------
#
# copytree hands its DirEntry objects to copy/copy2 so that the stat scandir may already know is
# not asked for again; these helpers take either kind.

def _name_of(thing):
    return thing.path if isinstance(thing, os.DirEntry) else thing


def _stat_of(thing, follow=True):
    if isinstance(thing, os.DirEntry):
        return thing.stat(follow_symlinks=follow)
    return os.stat(thing, follow_symlinks=follow)


def _is_symlink(thing):
    if isinstance(thing, os.DirEntry):
        return thing.is_symlink()
    return os.path.islink(thing)


def _same_file(src, dst):
    """Whether src and dst name one file (False when either cannot be looked at)."""
    try:
        if isinstance(src, os.DirEntry):
            return os.path.samestat(src.stat(), os.stat(dst))
        return os.path.samefile(src, dst)
    except OSError:
        return False


# ---- copying files ------------------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copy what file object fsrc reads, up to its end, to file object fdst."""
    size = length or COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(size)
        if not chunk:
            return
        write(chunk)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src to dst, which is made or overwritten.
    Return dst.

    With follow_symlinks false, a symbolic link src is copied as a new
    symbolic link rather than as the file it points to."""
    sys.audit('shutil.copyfile', src, dst)
    if _same_file(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    for thing in (src, dst):
        try:
            st = _stat_of(thing)
        except OSError:
            continue  # most likely not there (yet)
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError(f'`{_name_of(thing)}` is a named pipe')
    if not follow_symlinks and _is_symlink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # 'missing/' is refused as a directory; say what is really wrong.
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from e
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst.

    With follow_symlinks false and both src and dst symbolic links, the
    links' own modes would be copied; Linux has no lchmod, so nothing is done."""
    sys.audit('shutil.copymode', src, dst)
    if not follow_symlinks and _is_symlink(src) and os.path.islink(dst):
        lchmod = getattr(os, 'lchmod', None)
        if lchmod is not None:
            lchmod(dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    os.chmod(dst, stat.S_IMODE(_stat_of(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of src
    to dst (not its contents, owner or group).

    With follow_symlinks false and both src and dst symbolic links, the links
    themselves are read and changed: their times, not their modes (Linux
    cannot change a link's mode)."""
    sys.audit('shutil.copystat', src, dst)
    follow = follow_symlinks or not (_is_symlink(src) and os.path.islink(dst))
    st = _stat_of(src, follow)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    if follow:
        os.chmod(dst, stat.S_IMODE(st.st_mode))
    else:
        lchmod = getattr(os, 'lchmod', None)
        if lchmod is not None:
            lchmod(dst, stat.S_IMODE(st.st_mode))


def _into_directory(src, dst):
    """dst, or dst/<name of src> when dst is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy a file's contents and permission bits, as "cp src dst"; dst may be
    a directory to copy into.  Return the path of the copy."""
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy a file's contents and its metadata (copystat), as "cp -p src dst";
    dst may be a directory to copy into.  Return the path of the copy."""
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---- copying trees ------------------------------------------------------------------------------

def ignore_patterns(*patterns):
    """An `ignore` function for copytree leaving out the names matching any of
    the glob-style patterns."""
    import fnmatch

    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree at src to dst and return dst.

    dst is made with its missing parents; if it exists already, FileExistsError
    is raised unless dirs_exist_ok is true.  Files are copied with
    copy_function (copy2 by default).  Symbolic links in the tree are copied as
    links when `symlinks` is true, else what they point to is copied (a
    dangling link is then an error, or left out with ignore_dangling_symlinks).
    `ignore(dir, names)` may return the names in each directory to leave out
    (see ignore_patterns).

    What fails is collected, and copying goes on; at the end one Error is
    raised whose args[0] lists (source, destination, reason) for each."""
    sys.audit('shutil.copytree', src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    return _copy_entries(entries, src, dst, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)


def _copy_entries(entries, src, dst, symlinks, ignore, copy_function,
                  ignore_dangling_symlinks, dirs_exist_ok):
    if ignore is None:
        left_out = ()
    else:
        left_out = ignore(os.fspath(src), [entry.name for entry in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    # copy and copy2 understand DirEntry objects; another copy_function is given paths.
    pass_entries = copy_function is copy2 or copy_function is copy
    errors = []
    for entry in entries:
        if entry.name in left_out:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        source = entry if pass_entries else srcname
        try:
            if entry.is_symlink():
                target = os.readlink(srcname)
                if symlinks:
                    os.symlink(target, dstname)
                    copystat(source, dstname, follow_symlinks=False)
                    continue
                # As CPython, a relative target is looked for from the current directory here.
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(source, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                # A dangling link or a special file fails in copy_function, and is collected.
                copy_function(source, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


# ---- removing trees -----------------------------------------------------------------------------

def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory tree at `path`.

    With ignore_errors true, failures are passed over.  Otherwise each failure
    is handed to onexc(function, path, exception) where given, else to the
    older onerror(function, path, sys.exc_info()-style triple), else raised.
    `path` may not be a symbolic link (OSError "Cannot call rmtree on a
    symbolic link").  dir_fd is not supported here (NotImplementedError)."""
    sys.audit('shutil.rmtree', path, dir_fd)
    if ignore_errors:
        def handle(function, name, exc):
            pass
    elif onexc is not None:
        handle = onexc
    elif onerror is not None:
        def handle(function, name, exc):
            return onerror(function, name, (type(exc), exc, exc.__traceback__))
    else:
        def handle(function, name, exc):
            raise exc
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        st = os.lstat(path)
    except OSError as err:
        handle(os.lstat, path, err)
        return
    if stat.S_ISLNK(st.st_mode):
        try:
            os.stat(path)
        except OSError as err:
            # A dangling link cannot be opened as a directory: CPython reports it so.
            handle(os.open, path, err)
            return
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError as err:
            handle(os.path.islink, path, err)
        return
    _remove_contents(path, handle)
    try:
        os.rmdir(path)
    except OSError as err:
        handle(os.rmdir, path, err)


def _remove_contents(path, handle):
    """Remove what directory `path` holds, depth first, reporting failures to handle()."""
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError as err:
        handle(os.scandir, path, err)
        return
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                is_dir = stat.S_ISDIR(entry.stat(follow_symlinks=False).st_mode)
            except OSError as err:
                handle(os.lstat, fullname, err)
                continue
        if is_dir:
            _remove_contents(fullname, handle)
            try:
                os.rmdir(fullname)
            except OSError as err:
                handle(os.rmdir, fullname, err)
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                handle(os.unlink, fullname, err)


# Whether rmtree is safe from a directory being swapped for a symbolic link while it works.
rmtree.avoids_symlink_attacks = False


# ---- moving -------------------------------------------------------------------------------------

def _last_name(path):
    """The last component of path, trailing slashes first taken off ('a/b/' -> 'b')."""
    path = os.fspath(path)
    slash = b'/' if isinstance(path, bytes) else '/'
    return os.path.basename(path.rstrip(slash))


def _inside(src, dst):
    """Whether dst is src or lies under it."""
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    slash = b'/' if isinstance(src, bytes) else '/'
    if not src.endswith(slash):
        src += slash
    if not dst.endswith(slash):
        dst += slash
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst, as "mv", and return where it went.

    When dst is a directory (or a link to one), src goes inside it, where
    nothing of its name may exist yet.  os.rename is tried first; where it
    fails (another file system, say), src is copied (symbolic links as links,
    trees with copytree, files with copy_function) and then removed."""
    sys.audit('shutil.move', src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # Perhaps the same name spelled in another case; rename anyway, as CPython.
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _last_name(src))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _inside(src, dst):
                raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


# ---- which, disk_usage, chown -------------------------------------------------------------------

def _usable(name, mode):
    return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the file `cmd` found on `path` (PATH by default) that
    os.access allows for `mode`, or None.  A cmd with a directory part is
    looked at where it says, not on the path."""
    as_bytes = isinstance(cmd, bytes)
    head, cmd = os.path.split(cmd)
    if head:
        dirs = [head]
    else:
        if path is None:
            path = os.environ.get('PATH', None)
            if path is None:
                try:
                    path = os.confstr('CS_PATH')
                except (AttributeError, ValueError):
                    path = os.defpath
        # PATH='' finds nothing, while PATH=':' looks in the current directory.
        if not path:
            return None
        if as_bytes:
            dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
        else:
            dirs = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for directory in dirs:
        key = os.path.normcase(directory)
        if key in seen:
            continue
        seen.add(key)
        name = os.path.join(directory, cmd)
        if _usable(name, mode):
            return name
    return None


_usage = None


def disk_usage(path):
    """Total, used and free space in bytes on the file system holding path,
    as a named tuple (total, used, free); free is what an ordinary user may use."""
    global _usage
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple('usage', 'total used free')
    st = os.statvfs(path)
    unit = st.f_frsize
    return _usage(st.f_blocks * unit, (st.f_blocks - st.f_bfree) * unit, st.f_bavail * unit)


def _lookup_id(table, name):
    """The uid (table 'passwd') or gid ('group') of a user or group name, or None where it is
    unknown: from pwd/grp where they exist, else from /etc/passwd or /etc/group (gilvm has
    no pwd or grp modules yet)."""
    if name is None:
        return None
    try:
        if table == 'passwd':
            from pwd import getpwnam as find
        else:
            from grp import getgrnam as find
    except ImportError:
        pass
    else:
        try:
            return find(name)[2]
        except KeyError:
            return None
    try:
        with open('/etc/' + table, encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[0] == name:
                    return int(fields[2])
    except (OSError, ValueError):
        pass
    return None


def chown(path, user=None, group=None):
    """Change the owner and/or group of path; user and group are ids or names."""
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    uid = user
    gid = group
    if user is None:
        uid = -1
    elif isinstance(user, str):
        uid = _lookup_id('passwd', user)
        if uid is None:
            raise LookupError(f'no such user: {user!r}')
    if group is None:
        gid = -1
    elif not isinstance(group, int):
        gid = _lookup_id('group', group)
        if gid is None:
            raise LookupError(f'no such group: {group!r}')
    os.chown(path, uid, gid)


# ---- the terminal -------------------------------------------------------------------------------

def _from_environment():
    """[columns, lines] from COLUMNS / LINES; 0 where unset or not a number."""
    found = []
    for var in ('COLUMNS', 'LINES'):
        try:
            found.append(int(os.environ.get(var, '')))
        except ValueError:
            found.append(0)
    return found


def _ask_terminal():
    """(columns, lines) of the terminal on standard output, or None."""
    stream = getattr(sys, '__stdout__', None)
    try:
        answer = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):
        return None
    return answer.columns, answer.lines


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size(columns, lines).

    COLUMNS and LINES in the environment win; otherwise the terminal on
    standard output is asked, and `fallback` is used when there is none."""
    size = _from_environment()
    if min(size) <= 0:
        probed = _ask_terminal() or tuple(fallback)
        for i in (0, 1):
            if size[i] <= 0:
                size[i] = probed[i] or fallback[i]
    return os.terminal_size(tuple(size))
