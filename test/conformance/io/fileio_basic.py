# io.FileIO made by the program: modes, reads and writes, seek/tell/truncate, reprs, closefd.
import io
import os

path = 'fileio_basic.tmp'
f = io.FileIO(path, 'w')
print(repr(f), f.mode, f.name, f.closefd, f.readable(), f.writable(), f.seekable())
print(f.write(b'hello world'), f.tell(), f.write(bytearray(b'!')), f.write(memoryview(b'\n')))
f.close()
print(repr(f), f.closed)
f.close()

for mode in ['r', 'r+', 'rb', 'a', 'a+', 'ab', 'w+', 'wb+']:
    with open(path, 'wb') as w:
        w.write(b'hello world!\n')
    g = io.FileIO(path, mode)
    print(mode, g.mode, repr(g), g.readable(), g.writable(), g.tell())
    g.close()

name2 = 'fileio_basic2.tmp'
x = io.FileIO(name2, 'x')
print(x.mode, x.write(b'created'))
x.close()
try:
    io.FileIO(name2, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno == 17)
os.remove(name2)

with open(path, 'wb') as w:
    w.write(b'hello world!\n')
g = io.FileIO(path)
print(g.read(5), g.read(), g.read(), g.tell(), g.seek(0), g.readall())
print(g.seek(-5, 2), g.read(100), g.seek(2, 1), g.seek(0, 1))
b = bytearray(4)
g.seek(1)
print(g.readinto(b), b, g.tell())
print(g.fileno() > 2, g.isatty())
try:
    g.write(b'x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
g.close()
for op in ('read', 'tell', 'fileno', 'readall'):
    try:
        getattr(g, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)

g = io.FileIO(path, 'r+')
print(g.truncate(5), g.tell(), g.read())
g.seek(0)
print(g.read(), g.truncate(), os.path.getsize(path))
g.close()

fd = os.open(path, os.O_RDONLY)
h = io.FileIO(fd, closefd=False)
print(repr(h).replace(str(fd), 'FD'), h.name == fd, h.read())
h.close()
print(os.fstat(fd).st_size)
os.close(fd)
fd = os.open(path, os.O_RDONLY)
h = io.FileIO(fd, 'rb')
print(h.closefd, h.read(3))
h.close()
try:
    os.close(fd)
except OSError as e:
    print('closed by FileIO:', type(e).__name__)

with io.FileIO(path, 'rb') as k:
    print(k.read(2), isinstance(k, io.RawIOBase), isinstance(k, io.FileIO), isinstance(k, io.IOBase))
print(k.closed)
print(hasattr(k, 'detach'), hasattr(k, 'peek'), hasattr(k, 'read1'), type(k) is io.FileIO)

# Layers over it, as open() builds them.
with io.BufferedReader(io.FileIO(path)) as br:
    print(br.read(), repr(br.raw))
with io.FileIO(path, 'w') as w, io.TextIOWrapper(io.BufferedWriter(w), encoding='utf-8') as t:
    t.write('via layers ✓\n')
with io.FileIO(path) as r:
    print(r.read())
print(type(open(path, 'rb', buffering=0)).__name__)
os.remove(path)
