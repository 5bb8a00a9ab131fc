# The abstract I/O classes: io.IOBase, RawIOBase, BufferedIOBase and TextIOBase, their default
# methods in subclasses, the native types registered under them, BufferedRWPair,
# IncrementalNewlineDecoder, open_code and text_encoding.
import io, sys
class R(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n
        return n
r = R(b"hello\nworld\nlast")
print(r.read(4), r.readline(), r.read(), r.read(), r.closed)
r = R(b"a\nb\nc")
print(list(r), r.readable(), r.writable(), r.seekable(), r.isatty())
for name, call in [('seek', lambda: r.seek(0)), ('tell', lambda: r.tell()), ('truncate', lambda: r.truncate()), ('fileno', lambda: r.fileno()), ('write', lambda: r.write(b'x'))]:
    try: call()
    except Exception as e: print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
r.close(); print(r.closed)
try: r.read()
except ValueError as e: print('closed read', e)
try: iter(r)
except ValueError as e: print('closed iter', e)
with R(b"x") as w: print('with', w.read())
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
print(type(sys.stdout), io.TextIOWrapper, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper.__name__, io.TextIOWrapper.__module__, io.StringIO.__module__)
print(io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, type(io.IOBase).__name__)
class B(io.BufferedIOBase):
    def read(self, n=-1): return b'abc'[:n if n >= 0 else 3]
b = B(); ba = bytearray(2); print(b.readinto(ba), ba)
for name, call in [('read1', lambda: b.read1()), ('detach', lambda: b.detach()), ('write', lambda: b.write(b''))]:
    try: print(name, call())
    except Exception as e: print(name, type(e).__name__, e)
class T(io.TextIOBase):
    pass
t = T()
print(t.encoding, t.newlines, t.errors)
for name, call in [('read', lambda: t.read()), ('write', lambda: t.write('')), ('readline', lambda: t.readline()), ('detach', lambda: t.detach())]:
    try: print(name, call())
    except Exception as e: print(name, type(e).__name__, e)
class W(io.RawIOBase):
    def __init__(self): self.out = []
    def writable(self): return True
    def write(self, b): self.out.append(bytes(b)); return len(b)
w = W(); w.writelines([b'a', b'bc']); print(w.out)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())
d2 = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d2.decode('x\r\ny\rz\n')), d2.newlines); d2.reset(); print(d2.newlines)
class Utf8Pieces:
    # an incremental decoder that keeps an incomplete UTF-8 sequence for the next piece
    def __init__(self): self.held = b''
    def decode(self, data, final=False):
        data = self.held + data
        cut = len(data)
        while cut > 0 and cut > len(data) - 4 and (data[cut - 1] & 0xC0) == 0x80: cut -= 1
        if cut > 0 and data[cut - 1] >= 0xC0 and not final: cut -= 1
        else: cut = len(data)
        self.held = data[cut:]
        return data[:cut].decode('utf-8')
    def getstate(self): return (self.held, 0)
    def setstate(self, state): self.held = state[0]
    def reset(self): self.held = b''
d3 = io.IncrementalNewlineDecoder(Utf8Pieces(), translate=True)
print(repr(d3.decode(b'\xc3')), d3.getstate(), repr(d3.decode(b'\xa9\r')), d3.getstate(), repr(d3.decode(b'\n')), repr(d3.newlines))
d3.setstate((b'', 1)); print(repr(d3.decode(b'x', final=True)))
print(io.text_encoding(None), io.text_encoding('ascii'))
try: io.open_code(3)
except TypeError as e: print(e)
print(io.BlockingIOError is BlockingIOError, sorted(io.__all__))
p = io.BufferedRWPair(io.BytesIO(b'data'), W())
print(p.read(2), p.write(b'zz'), p.readable(), p.writable(), p.closed)
class Plain(io.IOBase): pass
x = Plain(); print(x.readable(), x.closed); x.flush(); x.close(); 
try: x.flush()
except ValueError as e: print(e)
print(Plain.__mro__)
