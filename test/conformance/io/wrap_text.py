# io.TextIOWrapper constructed over arbitrary binary streams: reading, writing, newlines, encodings.
import io
import sys


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t = io.TextIOWrapper(io.BytesIO(b'a\nb'), encoding='utf-8')
print(repr(t), t.encoding, t.errors, t.newlines, t.line_buffering, t.write_through)
print(t.readable(), t.writable(), t.seekable(), t.closed)
print(repr(t.read()))
print(isinstance(t, io.TextIOWrapper), isinstance(t, io.TextIOBase), isinstance(t, io.IOBase))
print(isinstance(sys.stdout, io.TextIOWrapper), issubclass(type(sys.stdout), io.TextIOWrapper))
with open(__file__, encoding='utf-8') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedReader))
print(io.TextIOWrapper(io.BytesIO()).encoding, io.TextIOWrapper(io.BytesIO(), encoding='locale').encoding)
print(repr(io.TextIOWrapper(io.BytesIO(), encoding='Latin1')))

# reading: read(n), readline(size), readlines, iteration
data = 'héllo wörld\nsecond line €\nthird 😀 line\nlast'
t = io.TextIOWrapper(io.BytesIO(data.encode('utf-8')), encoding='utf-8')
print(repr(t.read(3)), repr(t.readline()), repr(t.readline(4)), repr(t.readline()))
print(t.readlines())
print(repr(t.read()), repr(t.readline()))
t = io.TextIOWrapper(io.BytesIO(data.encode('utf-8')), encoding='utf-8')
print([line for line in t])
t = io.TextIOWrapper(io.BytesIO(data.encode('utf-8')), encoding='utf-8')
print(t.readlines(20))


# a raw stream that hands out one byte at a time: multi-byte characters cut at every boundary
class Trickle(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        if self.pos >= len(self.data):
            return 0
        b[0] = self.data[self.pos]
        self.pos += 1
        return 1


t = io.TextIOWrapper(io.BufferedReader(Trickle(data.encode('utf-8')), 1), encoding='utf-8')
print(repr(t.read(8)), repr(t.readline()), repr(t.read()))
t = io.TextIOWrapper(Trickle('aé€😀\r\nb\rc'.encode('utf-16')), encoding='utf-16')
print(repr(t.read()), t.newlines)
t = io.TextIOWrapper(Trickle('x😀y'.encode('utf-8')), encoding='utf-8')
print([t.read(1) for _ in range(4)])

# newline modes when reading
raw = b'a\r\nb\rc\nd\r'
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.TextIOWrapper(io.BytesIO(raw), encoding='ascii', newline=nl)
    print(repr(nl), [line for line in t], repr(t.newlines))
    t = io.TextIOWrapper(io.BytesIO(raw), encoding='ascii', newline=nl)
    print(repr(nl), repr(t.read()))

# newline modes when writing
for nl in (None, '', '\n', '\r', '\r\n'):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='ascii', newline=nl)
    print(t.write('one\ntwo\r\nthree\r'), end=' ')
    t.flush()
    print(repr(nl), b.getvalue())

# writing: pending until flush, line_buffering, write_through, encodings
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
print(t.write('héllo\nx'), b.getvalue())
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', line_buffering=True)
t.write('ab')
print(t.buffer.getvalue())
t.write('c\rd')
print(t.buffer.getvalue())
t.write('e\nf')
print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', write_through=True)
t.write('ab')
print(t.buffer.getvalue())
for enc in ('latin-1', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'ascii'):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    t.write('ab')
    t.write('c\n')
    t.flush()
    print(enc, b.getvalue())
    t.seek(0)
    print(repr(t.read()))

# errors
t = io.TextIOWrapper(io.BytesIO(b'ok\xffno\xc3'), encoding='utf-8', errors='replace')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'ok\xffno'), encoding='utf-8', errors='surrogateescape')
print(ascii(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'ok\xffno'), encoding='utf-8')
attempt(t.read)
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='backslashreplace')
t.write('caf\xe9')
t.flush()
print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
attempt(lambda: t.write('caf\xe9'))

# bad arguments
attempt(lambda: io.TextIOWrapper(io.BytesIO(), encoding='nope'))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), newline=5))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), errors=5))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
t = io.TextIOWrapper(io.BytesIO(b'x'), encoding='utf-8')
attempt(lambda: t.write(b'x'))
t = io.TextIOWrapper(io.BufferedWriter(io.BytesIO()), encoding='utf-8')
attempt(t.read)
attempt(t.readline)
print(t.readable(), t.writable())


class ReadOnly(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        return 0


t = io.TextIOWrapper(ReadOnly(), encoding='utf-8')
attempt(lambda: t.write('x'))
attempt(t.tell)
attempt(lambda: t.seek(0))
attempt(t.fileno)
print(t.seekable(), t.writable(), repr(t.read()))


# subclassing, repr with name and mode
class Named(io.BytesIO):
    name = 'data.bin'


t = io.TextIOWrapper(Named(b'z'), encoding='utf-8')
print(repr(t), t.name)
t.mode = 'r'
print(repr(t))


class MyWrapper(io.TextIOWrapper):
    def shout(self):
        return self.read().upper()


w = MyWrapper(io.BytesIO(b'quiet'), encoding='utf-8')
print(repr(w), w.shout(), isinstance(w, io.TextIOBase))
