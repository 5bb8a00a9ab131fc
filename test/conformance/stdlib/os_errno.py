# errno: the error numbers by name, errorcode, and OSError's errno against them
import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY, errno.EINVAL)
print(errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], errno.errorcode[13])
print(len(errno.errorcode), len([n for n in dir(errno) if n.startswith('E')]))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
try:
    os.stat('missing')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
try:
    os.mkdir('.')
except OSError as e:
    print(e.errno == errno.EEXIST, type(e).__name__)
print(sorted(n for n in errno.__dict__ if not n.startswith('E'))[:3], type(errno.errorcode).__name__)
