# detach() on buffered binary files gives the raw FileIO; .raw, peek() and readinto on it.
import io
import os
import sys

path = 'detach_buffered.tmp'
f = open(path, 'wb')
print(repr(f.raw), f.raw.closefd, f.raw.mode, f.raw.name, f.raw is f.raw)
f.write(b'hello ')
raw = f.detach()
print(repr(raw), raw.write(b'world\n'), raw.tell())
print(repr(f), f.raw)
for op in ['write', 'closed', 'name', 'mode', 'flush', 'close', 'fileno', 'detach', 'tell']:
    try:
        if op == 'write':
            f.write(b'x')
        elif op in ('closed', 'name', 'mode'):
            getattr(f, op)
        else:
            getattr(f, op)()
        print(op, 'ok')
    except ValueError as e:
        print(op, type(e).__name__, e)
raw.close()
print(raw.closed)

with open(path, 'rb') as f:
    print(f.peek()[:5], f.read(3), f.peek(1), f.tell())
    print(f.read1(2), f.peek(), f.read())
    print(repr(f.peek()))
    b = bytearray(4)
    f.seek(1)
    print(f.raw.readinto(b), b, f.raw.tell(), f.tell())
    print(f.raw.fileno() == f.fileno(), f.raw.readable(), f.raw.writable(), f.raw.seekable())

# Detached, the raw file reads the file (a with block would close the detached object: not here).
f = open(path, 'rb')
r = f.detach()
print(repr(r), r.read(4), r.read(), r.closed)
r.close()
print(r.closed)

with open(path, 'r+b') as f:
    print(type(f).__name__, repr(f.raw))
    f.raw.seek(0, 2)
    f.raw.write(b'tail')
    f.seek(0)
    print(f.read())

print(repr(sys.stdout.buffer), repr(sys.stdout.buffer.raw))
print(repr(sys.stdin.buffer.raw), repr(sys.stderr.buffer.raw))
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.raw.fileno(), sys.stdout.buffer.raw.closefd)
sys.stdout.flush()
sys.stdout.buffer.raw.write(b'straight to the raw stdout\n')
print(hasattr(sys.stdout.buffer, 'peek'), hasattr(sys.stdin.buffer, 'peek'), hasattr(sys.stdout.buffer.raw, 'detach'))
os.remove(path)
