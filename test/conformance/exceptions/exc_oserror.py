# OSError: errno/strerror/filename attributes, the errno -> subclass mapping and str.
ENOENT, EEXIST, EACCES, EISDIR = 2, 17, 13, 21  # errno's values on Linux

def show(e):
    print(type(e).__name__, repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
    print('   str:', str(e))

show(OSError())
show(OSError('just a message'))
show(OSError(2, 'No such file or directory'))
show(OSError(ENOENT, 'No such file or directory', 'missing.txt'))
show(OSError(EEXIST, 'File exists', 'a', None, 'b'))
show(OSError(EACCES, 'Permission denied'))
show(OSError(EISDIR, 'Is a directory', 'd'))
show(OSError(999, 'unknown errno'))
show(OSError(1, 2, 3, 4, 5, 6))
show(FileNotFoundError(EACCES, 'sub class kept'))
print(OSError(ENOENT, 'x', 'f').__reduce__())
print(isinstance(OSError(ENOENT, 'x'), FileNotFoundError), IOError is OSError, EnvironmentError is OSError)

class MyOSError(OSError):
    def __init__(self, path):
        super().__init__(ENOENT, 'gone', path)

m = MyOSError('p')
print(type(m).__name__, m.args, m.errno, m.filename, str(m))

try:
    open('/definitely/not/here.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
