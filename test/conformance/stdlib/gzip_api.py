# gzip: one-shot functions, headers, multiple members, errors.
import gzip
import io
import zlib

data = b''.join(b'line %d: %s\n' % (i, b'x' * (i % 37)) for i in range(5000))
print(gzip.compress(b'hello', mtime=0))
print(gzip.compress(b'', mtime=0))
for lvl in (0, 1, 5, 9):
    c = gzip.compress(b'hello', lvl, mtime=123456)
    print(lvl, c[:10], gzip.decompress(c))
c = gzip.compress(data, mtime=1)
print(c[:10], gzip.decompress(c) == data)
print(gzip.decompress(gzip.compress(bytearray(b'ba'), mtime=1)), gzip.decompress(memoryview(c)) == data)
multi = gzip.compress(b'one ', mtime=5) + b'\0\0\0' + gzip.compress(b'two ', mtime=6) + zlib.compress(b'three', wbits=31)
print(gzip.decompress(multi), gzip.decompress(b''))
with_name = (b'\x1f\x8b\x08\x1c\x00\x00\x00\x00\x00\xff\x03\x00abcname\x00comment\x00'
             + zlib.compress(b'payload', wbits=-15) + zlib.crc32(b'payload').to_bytes(4, 'little') + b'\x07\x00\x00\x00')
print(gzip.decompress(with_name))
for bad in (b'xx', b'\x1f', b'\x1f\x8b\x07' + bytes(20), c[:-3], c[:20], c[:9], bytes(bytearray(c[:-8]) + b'\0' * 8),
            c[:-4] + b'\xff\xff\xff\xff'):
    try:
        gzip.decompress(bad)
        print('no error')
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
print(zlib.decompress(gzip.compress(data, 6, mtime=0), 31) == data)
