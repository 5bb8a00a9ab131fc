# gzip.GzipFile and gzip.open: writing, reading, lines, text mode, append, seek, errors.
import gzip
import io
import os

data = b''.join(b'line %d: %s\n' % (i, b'y' * (i % 41)) for i in range(4000))
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=7) as f:
    print(f.write(data[:1000]), f.write(memoryview(data[1000:])), f.writable(), f.readable())
raw = bio.getvalue()
print(raw[:10], gzip.decompress(raw) == data)
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.read(10), f.read1(5), f.readline(), f.mtime, f.tell(), f.readable(), f.seekable())
    print(f.readline(5), f.peek(3)[:3])
    lines = list(f)
    print(len(lines), lines[0], lines[-1], f.read(), f.tell())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)

name = 'gzip_file_test.txt.gz'
try:
    with gzip.open(name, 'wb', compresslevel=1) as f:
        f.write(data)
    with open(name, 'rb') as f:
        head = f.read(40)
    print(head[3], head[8:10], head[10:head.index(b'\0', 10)])
    with gzip.open(name, 'rt', encoding='utf-8') as f:
        text = f.readlines()
    print(len(text), text[5])
    with gzip.open(name, 'at', encoding='ascii') as f:
        f.write('appended line\n')
    with gzip.open(name) as f:
        back = f.read()
    print(len(back), back[-30:])
    with gzip.GzipFile(name) as f:
        f.seek(1000)
        print(f.tell(), f.read(12))
        f.seek(5)
        print(f.read(5), f.name.endswith('.gz'), f.mode)
        f.seek(10, io.SEEK_CUR)
        print(f.read(4))
    with gzip.open(name, 'rb') as f:
        n = 0
        for line in f:
            n += 1
        print(n, line)
    with open(name, 'rb') as raw_file:
        with gzip.open(raw_file) as f:
            print(f.read(7))
    with gzip.open(name, 'wt', newline='\r\n') as f:
        f.write('a\nb\n')
    with gzip.open(name, 'rb') as f:
        print(f.read())
    with gzip.GzipFile(name, 'w', mtime=0) as f:
        pass
    with open(name, 'rb') as f:
        print(f.read())
finally:
    os.remove(name)

for bad in (lambda: gzip.open(name, 'rbt'), lambda: gzip.open(name, 'rb', encoding='utf-8'),
            lambda: gzip.open(name, 'rb', newline='\n'), lambda: gzip.open(42),
            lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt'),
            lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z')):
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    w.read()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
w.close()
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'abc', mtime=1)))
try:
    r.write(b'x')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(r.read(), r.mtime)
r = gzip.GzipFile(fileobj=io.BytesIO(b'not gzip at all'))
try:
    r.read()
except gzip.BadGzipFile as e:
    print(e)
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data, mtime=1)[:-20]))
try:
    r.read()
except EOFError as e:
    print(e)
bad = bytearray(gzip.compress(data, mtime=1))
bad[-8] ^= 0xff
r = gzip.GzipFile(fileobj=io.BytesIO(bytes(bad)))
try:
    r.read()
except gzip.BadGzipFile as e:
    print(e)
