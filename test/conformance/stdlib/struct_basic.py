# struct: every format character in every byte order, sizes, alignment, Struct objects
import struct

values = {'b': -5, 'B': 250, 'h': -30000, 'H': 65000, 'i': -2**31, 'I': 2**32 - 1, 'l': -7, 'L': 7,
          'q': -2**63, 'Q': 2**64 - 1, 'n': -3, 'N': 3, 'P': 4096, 'e': 1.5, 'f': -2.25, 'd': 1e300,
          '?': True, 'c': b'z'}
for prefix in ['', '@', '=', '<', '>', '!']:
    for code, v in values.items():
        fmt = prefix + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, 'error', e)
            continue
        packed = struct.pack(fmt, v)
        print(fmt, size, packed.hex(), struct.unpack(fmt, packed))

for fmt in ['bi', '@bi', '=bi', 'bq', 'bqb', 'hcd', 'cih', 'xx', '3x', '4sI', '3s2h', 'b 3h', '0i', '0s',
            'ii ii', '?d?', 'e?f', 'Pb', '5p', '@hP', '>bHiQ', '<qB', '\t2i\n', '10c']:
    print(repr(fmt), struct.calcsize(fmt), struct.Struct(fmt).size)

print(struct.pack('4s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('s', b''), struct.pack('0s', b'x'))
print(struct.unpack('4s', b'ab\x00\x00'), struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
print(struct.pack('5p', b'hello world'), struct.pack('5p', b'hi'), struct.pack('1p', b'zz'), struct.pack('0p', b'x'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'))
print(struct.pack('300p', b'x' * 400)[:3], len(struct.pack('300p', b'x' * 400)))
print(struct.pack('?????', 0, 1, [], [0], 'x'), struct.unpack('3?', b'\x00\x02\xff'))
print(struct.pack('<3h2x2b', 1, 2, 3, -1, -2), struct.unpack('<3h2x2b', b'\x01\x00\x02\x00\x03\x00\x00\x00\xff\xfe'))
print(struct.pack('i', True), struct.pack('d', 3), struct.pack('<f', 2**31), struct.pack('<d', False))

class Idx:
    def __index__(self):
        return 42
print(struct.pack('<iQ', Idx(), Idx()), struct.pack('<d', Idx()))

s = struct.Struct('<hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
print(struct.Struct(b'>I').format, struct.Struct(format='=H').size, type(s).__name__, isinstance(s, struct.Struct))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), s.unpack_from(buffer=buf, offset=2))
struct.pack_into('<H', buf, -2, 0xBEEF)
print(buf, struct.unpack_from('<H', buf, -2), struct.unpack_from('<4B', memoryview(buf)))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), list(s.iter_unpack(b'')))
it = struct.iter_unpack('>H', b'\x00\x01\x00\x02\x00\x03')
print(next(it), list(it))
print(struct.unpack('<I', memoryview(b'\x01\x02\x03\x04')), struct.unpack('>I', bytearray(b'\x01\x02\x03\x04')))
print(struct.unpack_from('<I', b'xx\x01\x00\x00\x00', 2))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception), struct.Struct.__module__)
import _struct
print(_struct.error is struct.error, _struct.Struct is struct.Struct, sorted(struct.__all__))
class MyStruct(struct.Struct):
    def __init__(self):
        super().__init__('<bb')
m = MyStruct()
print(m.pack(1, 2), m.size, m.format)
