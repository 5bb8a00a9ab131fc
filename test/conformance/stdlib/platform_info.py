# platform: uname and its six fields, the C library, platform() on Linux, Python's version, the
# empty answers of other systems; os.confstr, whose glibc version platform reads.
import os, platform, sys
u = platform.uname()
print(repr(u) == repr(platform.uname()), len(u), tuple(u)[:5] == tuple(os.uname()), u.processor == u[5], u._fields)
s, n, r, v, m, p = u
print(s == platform.system(), n == platform.node(), r == platform.release(), v == platform.version(), m == platform.machine(), p == platform.processor())
print(repr(u).startswith('uname_result(system='), u[-1] == p, u[1:3] == (n, r))
print(platform.architecture(), platform.libc_ver()[0], platform.libc_ver()[1] == os.confstr('CS_GNU_LIBC_VERSION').split()[1])
print(platform.platform() == "-".join([s, r, m, "with-" + "".join(platform.libc_ver())]), platform.platform(terse=True) == platform.platform())
print(platform.python_version(), platform.python_version_tuple())
print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot(), platform.java_ver())
print(platform.system_alias('SunOS', '5.11', 'x'), platform.system_alias('Linux', '6', 'v'))
rel = platform.freedesktop_os_release()
print(sorted(k for k in ('NAME', 'ID') if k in rel), rel is not platform.freedesktop_os_release())
print(os.confstr('CS_PATH'), os.confstr(0), sorted(os.confstr_names)[:3], len(os.confstr_names))
for bad in ('nope', 9999):
    try:
        os.confstr(bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    platform.uname_result._make([1, 2, 3, 4, 5, 6])
except TypeError as e:
    print('TypeError', e)
