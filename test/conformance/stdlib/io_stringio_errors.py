# io.StringIO: CPython's errors and messages
import io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t('newline int', lambda: io.StringIO(newline=5))
t('newline bad', lambda: io.StringIO(newline='x'))
t('bytes init', lambda: io.StringIO(b'x'))
t('int init', lambda: io.StringIO(3))
t('3 args', lambda: io.StringIO('a', 'b', 'c'))
t('kw', lambda: io.StringIO(initial_value='kw', newline='').getvalue())
s = io.StringIO('abc')
t('write bytes', lambda: s.write(b'x'))
t('write int', lambda: s.write(5))
t('seek neg', lambda: s.seek(-1))
t('seek cur', lambda: s.seek(1, 1))
t('seek end', lambda: s.seek(1, 2))
t('seek whence', lambda: s.seek(0, 3))
t('seek str', lambda: s.seek('a'))
t('seek float', lambda: s.seek(1.0))
t('truncate neg', lambda: s.truncate(-1))
t('read str', lambda: s.read('a'))
t('read float', lambda: s.read(1.0))
t('read None', lambda: s.read(None))
t('readline None', lambda: (s.seek(0), s.readline(None)))
t('read -5', lambda: (s.seek(0), s.read(-5)))
t('fileno', lambda: s.fileno())
t('detach', lambda: s.detach())
t('unsupported is', lambda: issubclass(io.UnsupportedOperation, OSError))
s.close()
s.close()
for m in ['read', 'readline', 'readlines', 'getvalue', 'tell', 'readable', 'writable', 'seekable',
          'isatty', 'flush', '__iter__', '__enter__', 'truncate']:
    t(m, lambda: getattr(s, m)())
t('write', lambda: s.write('x'))
t('writelines', lambda: s.writelines(['x']))
t('seek', lambda: s.seek(0))
t('next', lambda: next(s))
t('closed', lambda: s.closed)

class Lazy(io.StringIO):
    def __init__(self):
        pass
x = Lazy()
t('uninit read', lambda: x.read())
t('uninit closed', lambda: x.closed)
t('uninit write', lambda: x.write('a'))
