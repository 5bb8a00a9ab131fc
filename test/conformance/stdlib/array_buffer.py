# array.array as a buffer, iteration, copies, subclasses
from array import array
import struct, io, copy

a = array('h', [1, -2, 3])
print(bytes(a), bytearray(a), len(memoryview(a).tobytes()), struct.unpack('<3h', a), b''.join([a, b'!']))
buf = io.BytesIO()
buf.write(array('i', [1, 2]))
array('h', [1, -2, 3, 4]).tofile(buf)
print(buf.getvalue())
buf.seek(0)
r = array('i')
r.fromfile(buf, 2)
print(r)
try:
    r.fromfile(buf, 5)
except EOFError as e:
    print('EOFError', e, r)
try:
    array('i').fromfile(io.BytesIO(b'12345'), 2)
except ValueError as e:
    print('ValueError', e)
try:
    array('i').fromfile(io.BytesIO(b'1234'), -1)
except ValueError as e:
    print('ValueError', e)
it = iter(array('b', [1, 2, 3]))
print(type(it).__name__, next(it), list(it), list(it))
live = array('i', [1, 2])
it = iter(live)
print(next(it))
live.append(3)
print(list(it))
c = copy.copy(a)
c[0] = 99
print(a, c, copy.deepcopy(a) == a)

class Vec(array):
    def norm1(self):
        return sum(abs(x) for x in self)
v = Vec('d', [3, -4])
print(v, v.norm1(), type(v[:1]).__name__, isinstance(v, array), type(v + v).__name__)
print(sorted(array('i', [3, 1, 2])), max(array('f', [0.5, 2.5])), sum(array('Q', [2**63, 2**63])))
print(list(reversed(array('b', [1, 2, 3]))), list(enumerate(array('u', 'ab'))))
s = array('B', range(256))
print(len(s), s[255], s.tobytes()[:4], bytes(s[::64]))
a = array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m[1], m.tolist(), m.readonly)
m[0] = 10
print(a, bytes(m[1:]), m.cast('B')[:4].tolist())
d = memoryview(array('d', [0.5, 1.5]))
print(d.format, d[1], d.tolist())
b = array('b', [0, 0, 0, 0])
print(io.BytesIO(b'\x01\x02').readinto(b), b)
struct.pack_into('<h', a, 4, -1)
print(a)
print(memoryview(array('u', 'ab')).nbytes)
