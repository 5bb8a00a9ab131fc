# zlib one-shot functions: round trips in every framing, checksums, fixed CPython output, errors.
import zlib

data = b''.join(b'line %d: %s\n' % (i, b'abc' * (i % 13)) for i in range(3000))
for level in range(-1, 10):
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        c = zlib.compress(data, level, wbits)
        dw = wbits if wbits < 0 else wbits if wbits < 16 else 31
        assert zlib.decompress(c, dw) == data, (level, wbits)
        if wbits > 0:
            assert zlib.decompress(c, 47) == data
print('round trips ok')
print(zlib.compress(b'hello'), zlib.compress(b'hello', 9), zlib.compress(b'', 1))
print(zlib.compress(b'hello', wbits=31), zlib.compress(b'hello', wbits=-15))
print(zlib.compress(b'x', 6, 8))
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15'))
fixed = b'x\xdaK\xcf\xcc)\xcbUH\x1f%\x89 \x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01-\xff\xef\xcf'
print(zlib.decompress(fixed)[-8:], len(zlib.decompress(fixed)))
print(zlib.decompress(zlib.compress(data) + b'trailing garbage') == data)
print(zlib.decompress(bytearray(zlib.compress(b'abc'))), zlib.decompress(memoryview(zlib.compress(b'abc'))))
print(zlib.compress(bytearray(b'xyz')) == zlib.compress(b'xyz'))
print(zlib.decompress(zlib.compress(data), bufsize=1) == data)

print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'hello', 12345), zlib.crc32(data))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'hello', 0), zlib.adler32(data))
print(zlib.adler32(b'\xff' * 100000), zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40), zlib.adler32(b'a', 2**32 + 5))
print(zlib.crc32(memoryview(b'abcdef')[1:4]), zlib.crc32(bytearray(b'bcd')))

for name in ('MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_NO_COMPRESSION', 'Z_BEST_SPEED',
             'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED',
             'Z_DEFAULT_STRATEGY', 'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH',
             'Z_BLOCK', 'Z_TREES'):
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION).__name__, type(zlib.ZLIB_RUNTIME_VERSION).__name__, zlib.error.__name__,
      zlib.error.__module__, issubclass(zlib.error, Exception))


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print('ok', r if len(repr(r)) < 60 else len(r))
    except Exception as e:
        print(type(e).__name__, e)


good = zlib.compress(b'abc')
gz = zlib.compress(b'abc', wbits=31)
attempt(zlib.decompress, b'xxxx')
attempt(zlib.decompress, good[:-1])
attempt(zlib.decompress, good[:3])
attempt(zlib.decompress, b'')
attempt(zlib.decompress, good[:-1] + b'x')
attempt(zlib.decompress, good, 9)
attempt(zlib.decompress, good, -8)
attempt(zlib.decompress, good, 31)
attempt(zlib.decompress, gz, 15)
attempt(zlib.decompress, gz[:-1], 31)
attempt(zlib.decompress, gz[:-5] + b'\0' + gz[-4:], 31)
attempt(zlib.decompress, gz[:-1] + b'\x07', 31)
attempt(zlib.decompress, b'\x1f\x8b\x08\xe0', 31)
attempt(zlib.decompress, b'\x1f\x8b\x07\x00' + bytes(10), 31)
attempt(zlib.decompress, b'x', 16)
attempt(zlib.decompress, good, 0)
attempt(zlib.decompress, b'\xff\xff\xff', -15)
attempt(zlib.decompress, 'abc')
attempt(zlib.decompress, good, bufsize=-1)
attempt(zlib.decompress, good, 99)
attempt(zlib.decompress)
attempt(zlib.compress, 'abc')
attempt(zlib.compress, b'x', 10)
attempt(zlib.compress, b'x', -2)
attempt(zlib.compress, b'x', 6, 7)
attempt(zlib.compress, b'x', 6, -8)
attempt(zlib.compress, b'x', 6, 24)
attempt(zlib.compress, b'x', 1.5)
attempt(zlib.compress)
attempt(zlib.compress, data=b'x')
attempt(zlib.compress, b'x', level=2, wbits=-9)
attempt(zlib.crc32, 'abc')
attempt(zlib.crc32, b'abc', 'x')
attempt(zlib.adler32, None)
