"""Constants/functions for interpreting results of os.stat() and os.lstat().

Suggested usage: from stat import *

gilvm's stdlib: written for gilvm, not copied from CPython. It gives what CPython's
``_stat`` gives on Linux: the ST_* indices into a stat result, the S_* file-type and
permission bits with the S_IS*() tests, S_IMODE, S_IFMT and filemode(), the BSD
UF_*/SF_* flags and the Windows FILE_ATTRIBUTE_* values. The functions take a mode as
CPython's C ones do (an int that fits in a C mode_t),
with the same TypeError and OverflowError messages.
"""

# -- indices into the tuple of os.stat() -------------------------------------------------------

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# -- file types (the S_IFMT part of a mode) ----------------------------------------------------

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts: Linux has none of them.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# -- permission bits ---------------------------------------------------------------------------

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID       # mandatory locking, on System V
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# -- st_flags of the BSDs and macOS ------------------------------------------------------------

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# -- st_file_attributes of Windows -------------------------------------------------------------

FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000

_FORMAT_BITS = 0o170000
_MODE_BITS = 0o7777


def _mode_of(name, args, kwargs):
    """The one argument of the function `name`, checked and converted as a C mode_t."""
    if kwargs:
        raise TypeError(f'_stat.{name}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'_stat.{name}() takes exactly one argument ({len(args)} given)')
    if not isinstance(args[0], int):
        raise TypeError('an integer is required')      # even with __index__, as CPython's
    mode = int(args[0])
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= 1 << 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if mode >= 1 << 32:
        raise OverflowError('mode out of range')
    return mode


def S_IMODE(*args, **kwargs):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return _mode_of('S_IMODE', args, kwargs) & _MODE_BITS


def S_IFMT(*args, **kwargs):
    """Return the portion of the file's mode that describes the file type."""
    return _mode_of('S_IFMT', args, kwargs) & _FORMAT_BITS


def _type_test(name, file_type, what):
    """S_ISDIR and its kind: whether a mode's file type is `file_type` (0: never)."""

    def test(*args, **kwargs):
        mode = _mode_of(name, args, kwargs)
        return file_type != 0 and mode & _FORMAT_BITS == file_type

    test.__name__ = test.__qualname__ = name
    test.__doc__ = f'{name}(mode) -> bool\n\nReturn True if mode is from {what}.'
    return test


S_ISDIR = _type_test('S_ISDIR', S_IFDIR, 'a directory')
S_ISCHR = _type_test('S_ISCHR', S_IFCHR, 'a character special device file')
S_ISBLK = _type_test('S_ISBLK', S_IFBLK, 'a block special device file')
S_ISREG = _type_test('S_ISREG', S_IFREG, 'a regular file')
S_ISFIFO = _type_test('S_ISFIFO', S_IFIFO, 'a FIFO (named pipe)')
S_ISLNK = _type_test('S_ISLNK', S_IFLNK, 'a symbolic link')
S_ISSOCK = _type_test('S_ISSOCK', S_IFSOCK, 'a socket')
S_ISDOOR = _type_test('S_ISDOOR', S_IFDOOR, 'a door')
S_ISPORT = _type_test('S_ISPORT', S_IFPORT, 'an event port')
S_ISWHT = _type_test('S_ISWHT', S_IFWHT, 'a whiteout')

# filemode()'s ten columns: each a list of (bits, letter), the first whose bits are all set
# wins, '-' when none is; the type column compares the whole S_IFMT part instead.
_filemode_table = (
    ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
     (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p')),
    ((S_IRUSR, 'r'),),
    ((S_IWUSR, 'w'),),
    ((S_IXUSR | S_ISUID, 's'), (S_ISUID, 'S'), (S_IXUSR, 'x')),
    ((S_IRGRP, 'r'),),
    ((S_IWGRP, 'w'),),
    ((S_IXGRP | S_ISGID, 's'), (S_ISGID, 'S'), (S_IXGRP, 'x')),
    ((S_IROTH, 'r'),),
    ((S_IWOTH, 'w'),),
    ((S_IXOTH | S_ISVTX, 't'), (S_ISVTX, 'T'), (S_IXOTH, 'x')),
)


def _column(mode, choices):
    for bits, letter in choices:
        if mode & bits == bits:
            return letter
    return '-'


def filemode(*args, **kwargs):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'"""
    mode = _mode_of('filemode', args, kwargs)
    kinds = dict(_filemode_table[0])
    # an unknown type shows as '?', as CPython's C filemode does
    letters = [kinds.get(mode & _FORMAT_BITS, '?')]
    letters.extend(_column(mode, choices) for choices in _filemode_table[1:])
    return ''.join(letters)
