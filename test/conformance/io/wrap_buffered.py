# io.BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair over arbitrary raw streams.
import io


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Raw(io.RawIOBase):
    """An in-memory raw stream that counts its calls and returns at most 3 bytes a read."""

    def __init__(self, data=b'', seekable=True):
        self.data = bytearray(data)
        self.pos = 0
        self.calls = []
        self._seekable = seekable

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return self._seekable

    def readinto(self, b):
        self.calls.append(('readinto', len(b)))
        chunk = self.data[self.pos:self.pos + min(3, len(b))]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

    def write(self, b):
        b = bytes(b)
        self.calls.append(('write', b))
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = [0, self.pos, len(self.data)][whence] + pos
        return self.pos

    def tell(self):
        return self.pos

    def truncate(self, pos=None):
        del self.data[self.pos if pos is None else pos:]
        return len(self.data)


b = io.BufferedReader(io.BytesIO(b'abc'))
print(repr(b), b.peek()[:3], b.read(1), b.raw.getvalue(), b.readable(), b.writable(), b.seekable())
print(isinstance(b, io.BufferedReader), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
with open(__file__, 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedWriter))


class NamedRaw(Raw):
    name = 'dev0'
    mode = 'rb'


b = io.BufferedReader(NamedRaw(b'hello\nworld\nend'), 4)
print(repr(b), b.name, b.mode)
print(b.read(2), b.read1(10), b.peek(1)[:1], b.readline(), b.tell())
print(b.readline(3), b.readline(), b.read(), b.read(), b.read1(5))
b.seek(1)
print(b.read(4), b.tell(), b.seek(-2, 1), b.read(3), b.seek(-3, 2), b.read())
buf = bytearray(5)
b.seek(0)
print(b.readinto(buf), buf, b.readinto1(buf), buf)
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(), b.read(0))
b.seek(0)
print(b.read(None))

# writer: buffering until flush or a full buffer
raw = Raw()
w = io.BufferedWriter(raw, 8)
print(repr(w), w.write(b'abc'), w.write(bytearray(b'de')), w.tell(), raw.calls)
w.flush()
print(raw.calls, raw.data)
print(w.write(b'0123456789'), raw.calls[-1], w.tell())
print(w.write(memoryview(b'xy')), raw.data, w.seek(0), raw.data)
w.write(b'Z')
w.close()
print(raw.data, w.closed, raw.closed)
attempt(lambda: w.write(b'x'))
attempt(w.flush)
attempt(lambda: io.BufferedWriter(Raw()).write('text'))
print(io.BufferedWriter(Raw()).readable(), hasattr(io.BufferedWriter(Raw()), 'peek'))
attempt(io.BufferedWriter(Raw()).read)

# random: reads and writes share the position
raw = Raw(b'0123456789')
r = io.BufferedRandom(raw, 4)
print(repr(r), r.read(2), r.tell(), r.write(b'ab'), r.tell(), r.read(2), r.tell())
r.flush()
print(raw.data, r.seek(0), r.read(), r.seek(8), r.write(b'XYZ'), r.tell())
r.seek(0)
print(r.read(), r.truncate(5), r.seek(0), r.read(), r.peek()[:1])
r.close()
print(raw.data, r.closed)

# pair: a reader and a writer
reader, writer = Raw(b'line one\nline two\n'), Raw()
p = io.BufferedRWPair(reader, writer)
print(p.readline(), p.peek(1)[:1], p.read1(4), p.write(b'out'), writer.data)
p.flush()
print(writer.data, p.readable(), p.writable(), p.closed, p.read())
p.close()
print(p.closed, reader.closed, writer.closed)


# construction errors
class ReadOnly(io.RawIOBase):
    def readable(self):
        return True


class WriteOnly(io.RawIOBase):
    def writable(self):
        return True


attempt(lambda: io.BufferedReader(io.BytesIO(), 0))
attempt(lambda: io.BufferedReader(io.BytesIO(), -1))
attempt(lambda: io.BufferedReader(WriteOnly()))
attempt(lambda: io.BufferedWriter(ReadOnly()))
attempt(lambda: io.BufferedRandom(ReadOnly()))
attempt(lambda: io.BufferedRandom(Raw(seekable=False)))
attempt(lambda: io.BufferedRWPair(WriteOnly(), WriteOnly()))
attempt(lambda: io.BufferedRWPair(ReadOnly(), ReadOnly()))

# read and seek argument errors
b = io.BufferedReader(io.BytesIO(b'hello'))
attempt(lambda: b.read(-2))
attempt(lambda: b.read('a'))
attempt(lambda: b.seek(0, 5))
attempt(lambda: b.seek('a'))
attempt(lambda: b.write(b'x'))
attempt(lambda: b.truncate())
attempt(lambda: io.BufferedReader(ReadOnly()).seek(0))

# closed and detached streams
for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    print('--', cls.__name__)
    b = cls(io.BytesIO(b'hello\nworld'))
    b.close()
    print(b.closed, repr(b), b.close())
    for m in ('read', 'read1', 'peek', 'readline', 'write', 'flush', 'tell', 'seek', 'truncate',
              'readinto', 'isatty', 'readable', 'writable', 'seekable', '__next__', '__enter__'):
        if hasattr(b, m):
            args = {'write': (b'x',), 'seek': (0,), 'readinto': (bytearray(2),)}.get(m, ())
            print(m, end=' ')
            attempt(lambda: getattr(b, m)(*args))
    b = cls(io.BytesIO(b'hello\nworld'))
    raw = b.detach()
    print(type(raw).__name__, b.raw, repr(b))
    for m in ('read', 'write', 'flush', 'tell', 'seek', 'close', 'fileno', 'isatty', 'readable',
              'writable', 'seekable', 'detach'):
        args = {'write': (b'x',), 'seek': (0,)}.get(m, ())
        print(m, end=' ')
        attempt(lambda: getattr(b, m)(*args))
    for a in ('closed', 'name', 'mode'):
        print(a, end=' ')
        attempt(lambda: getattr(b, a))

# a detached writer hands over what it buffered
bio = io.BytesIO()
w = io.BufferedWriter(bio)
w.write(b'kept')
print(w.detach().getvalue())


class MyReader(io.BufferedReader):
    pass


print(repr(MyReader(io.BytesIO())), repr(MyReader(NamedRaw())))
# text over buffered over a custom raw
t = io.TextIOWrapper(io.BufferedReader(NamedRaw('α\nβ\n'.encode())), encoding='utf-8')
print(repr(t), t.readlines())
