# io.BytesIO: reading, writing, seeking, getbuffer, errors
import io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b'line1\nline2\nend')
print(b.read(3), b.tell(), b.readline(), b.readline(3), b.readline())
print(b.readline(), b.read(), b.read(), b.tell())
b.seek(0)
print(b.readlines(), b.seek(0), list(b), b.seek(0), b.readlines(8))
b.seek(0)
print(b.read1(4), b.read1(), b.read1())

w = io.BytesIO()
print(w.write(b'abc'), w.write(bytearray(b'de')), w.write(memoryview(b'fg')), w.write(b''))
print(w.getvalue(), w.tell())
w.seek(1)
print(w.write(b'XY'), w.getvalue(), w.tell())
print(w.seek(10), w.write(b'!'), w.getvalue())
print(w.truncate(3), w.getvalue(), w.tell())
print(w.seek(-2, 2), w.read(), w.seek(-100, 1), w.seek(0, 2))
w.writelines([b'1', b'22', bytearray(b'333')])
print(w.getvalue())
ba = bytearray(4)
w.seek(1)
print(w.readinto(ba), ba, w.readinto(ba), ba)
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.flush(), w.closed)

g = io.BytesIO(b'abcdef')
view = g.getbuffer()
print(len(view), bytes(view), view[0])
view[0] = 65
print(g.getvalue())
del view

for chunk in io.BytesIO(b'a\nb\n\nc'):
    print(chunk)

with io.BytesIO(b'data') as c:
    print(c.read(), c.closed)
print(c.closed)

class Sub(io.BytesIO):
    pass
s = Sub(b'sub')
print(s.read(), type(s).__name__, isinstance(s, io.BytesIO))
print(io.BytesIO.__name__, io.BytesIO.__module__)
print(io.BytesIO(initial_bytes=b'kw').read(), io.BytesIO(None).read(), io.BytesIO(bytearray(b'ba')).read())

big = io.BytesIO()
for i in range(500):
    big.write(i.to_bytes(2, 'big'))
print(len(big.getvalue()), big.getvalue()[-6:])

b = io.BytesIO(b'abc')
t('write str', lambda: b.write('x'))
t('seek neg', lambda: b.seek(-1))
t('seek whence', lambda: b.seek(0, 3))
t('seek float', lambda: b.seek(0.5))
t('truncate neg', lambda: b.truncate(-1))
t('fileno', lambda: b.fileno())
t('init str', lambda: io.BytesIO('x'))
t('read str', lambda: b.read('x'))
t('readinto bytes', lambda: b.readinto(b'xx'))
b.close()
for m in ['read', 'read1', 'readline', 'readlines', 'getvalue', 'getbuffer', 'tell', 'readable',
          'writable', 'seekable', 'flush', '__enter__', 'isatty', 'truncate']:
    t(m, lambda: getattr(b, m)())
t('write', lambda: b.write(b'x'))
t('seek', lambda: b.seek(0))
t('next', lambda: next(b))
t('closed', lambda: b.closed)
t('close again', lambda: b.close())
