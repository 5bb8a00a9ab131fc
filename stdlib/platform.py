"""What this platform and this Python are: the system, the machine, the C library, the version.

gilvm's stdlib: written for gilvm, not copied from CPython.

Most answers come from os.uname() and sys; the C library's version from
os.confstr('CS_GNU_LIBC_VERSION'); the Linux distribution from /etc/os-release.
The interpreter is gilvm: python_implementation() says so, and python_version()
is the version of the language it implements (sys.version_info). Windows, macOS and
Java questions get CPython's answers on Linux (empty values).
"""

import collections
import functools
import os
import struct
import sys

__all__ = ['architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver', 'mac_ver', 'machine',
           'node', 'platform', 'processor', 'python_branch', 'python_build', 'python_compiler',
           'python_implementation', 'python_revision', 'python_version', 'python_version_tuple',
           'release', 'system', 'system_alias', 'uname', 'uname_result', 'version', 'win32_edition',
           'win32_is_iot', 'win32_ver']

__version__ = '1.0.8'


_uname_base = collections.namedtuple('uname_result_base', 'system node release version machine')


class uname_result(_uname_base):
    """uname()'s answer: five fields from the system, and `processor`, found on first use.

    It shows itself with five fields but holds six, as CPython's does, so that code that
    unpacks six values keeps working.
    """

    _fields = _uname_base._fields + ('processor',)

    @functools.cached_property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    def __len__(self):
        return len(tuple(iter(self)))

    def __getitem__(self, key):
        return tuple(self)[key]

    def __reduce__(self):
        return uname_result, tuple(self)[:len(_uname_base._fields)]

    @classmethod
    def _make(cls, iterable):
        # Five values, as the base tuple takes them; its own error for any other count.
        return cls(*iterable)


def _processor():
    # CPython asks `uname -p`, which says 'unknown' on most Linux systems and becomes ''.
    return ''


_uname_cache = None


def uname():
    """The system's uname fields (as os.uname) and the processor, cached."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        fields = [u.sysname, u.nodename, u.release, u.version, u.machine]
        _uname_cache = uname_result(*fields)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    """Aliases for a few old systems (SunOS as Solaris, and so on); others unchanged."""
    if system == 'SunOS' and release >= '5':
        major, _, rest = release.partition('.')
        release = f'{int(major) - 3}.{rest}' if rest else f'{int(major) - 3}'
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: its pointer size, and ELF on Linux."""
    pointer_bits = f'{struct.calcsize("P") * 8}bit'
    if sys.platform.startswith('linux'):
        return pointer_bits, 'ELF'
    return bits or pointer_bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library this process runs with: ('glibc', '2.36')."""
    try:
        name_version = os.confstr('CS_GNU_LIBC_VERSION')
    except (AttributeError, ValueError, OSError):
        name_version = None
    if name_version:
        name, _, ver = name_version.partition(' ')
        return name, ver
    return lib, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def python_implementation():
    """The interpreter's name: 'gilvm'."""
    return 'gilvm'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    """(build number, build date): gilvm's version string names a branch and no date."""
    inside = sys.version.partition('(')[2].partition(')')[0]
    number, _, date = inside.partition(', ')
    return number, date


def python_compiler():
    """What built the interpreter: the part of sys.version in brackets."""
    return sys.version.partition('[')[2].rpartition(']')[0]


def platform(aliased=False, terse=False):
    """One string for the platform: 'Linux-6.1.0-x86_64-with-glibc2.36'.

    On Linux the C library is always named, terse or not (as CPython does); elsewhere terse
    gives only the system and release.
    """
    u = uname()
    system, release, version = u.system, u.release, u.version
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        name, ver = libc_ver()
        parts = [system, release, u.machine, u.processor, 'with', name + ver]
    elif terse:
        parts = [system, release]
    else:
        parts = [system, release, version, u.machine, u.processor]
    return _joined(parts)


def _joined(parts):
    """The parts joined by '-', empty ones left out and odd characters made '_'."""
    text = '-'.join(p for p in parts if p)
    for ch in ' /\\:;"()':
        text = text.replace(ch, '_')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_os_release = None


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not key.replace('_', '').isalnum() or not key[0].isalpha():
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
            for escaped in ('\\\\', '\\$', '\\"', "\\'", '\\`'):
                value = value.replace(escaped, escaped[1])
        info[key] = value
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict; OSError without one."""
    global _os_release
    if _os_release is None:
        errno = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, f'Unable to read files {", ".join(("/etc/os-release", "/usr/lib/os-release"))}')
    return _os_release.copy()
