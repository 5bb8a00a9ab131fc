# os: OSError subclasses, errno, strerror, filename and messages
import os

def attempt(label, f, *args):
    try:
        r = f(*args)
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2))
        print('   ', e)
        print('   ', repr(e))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

os.mkdir('d')
with open('d/file', 'w') as f:
    f.write('data')
attempt('stat', os.stat, 'missing')
attempt('lstat', os.lstat, 'missing/x')
attempt('listdir', os.listdir, 'missing')
attempt('listdir-file', os.listdir, 'd/file')
attempt('mkdir-exists', os.mkdir, 'd')
attempt('rmdir-notempty', os.rmdir, 'd')
attempt('rmdir-missing', os.rmdir, 'nothere')
attempt('remove-dir', os.remove, 'd')
attempt('remove-missing', os.remove, b'missing')
attempt('rename', os.rename, 'missing', 'other')
attempt('chdir', os.chdir, 'missing')
attempt('chdir-file', os.chdir, 'd/file')
attempt('open', os.open, 'missing', os.O_RDONLY)
attempt('stat-int-type', os.stat, 3.5)
attempt('listdir-type', os.listdir, [1])
attempt('mkdir-type', os.mkdir, None)
attempt('read-badfd', os.read, 9999, 1)
attempt('close-badfd', os.close, 9999)
attempt('fspath', os.fspath, 1)
attempt('urandom', os.urandom, -1)

print(os.error is OSError)
print(os.strerror(2), os.strerror(13), os.strerror(17))
e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e)
e = OSError(2, 'msg', 'a', None, 'b')
print(e, e.filename2)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
    def __repr__(self):
        return f'P({self.p!r})'

print(os.fspath(P('x')), os.fspath(P(b'y')), os.fspath('s'), os.fspath(b'b'))
attempt('fspath-bad', os.fspath, P(3))
attempt('stat-pathlike', os.stat, P('missing'))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
print(os.path.exists(P('d')), os.stat(P('d/file')).st_size)
print(os.fsencode('abc'), os.fsdecode(b'abc'))
