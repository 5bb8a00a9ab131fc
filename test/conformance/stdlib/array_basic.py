# array.array: construction, every typecode, the sequence API, conversions to and from bytes and lists
from array import array
import array as array_module

print(array_module.typecodes, array_module.ArrayType is array, array.__name__, array.__module__)
samples = {'b': [-128, 0, 127], 'B': [0, 255], 'u': 'héllo😀', 'h': [-32768, 32767], 'H': [0, 65535],
           'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1],
           'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1], 'f': [1.5, 0.1, -2.0, float('inf')], 'd': [0.1, -1e300, 5e-324]}
for tc, init in samples.items():
    a = array(tc, init)
    print(tc, a.typecode, a.itemsize, len(a), a, a.tolist(), a.tobytes().hex())
    b = array(tc)
    b.frombytes(a.tobytes())
    print('  ', b == a, repr(array(tc)), array(tc, a) == a, list(a) == a.tolist(), a[0], a[-1])

a = array('i', range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-2], a[5:1], a[100:], type(a[1:2]).__name__)
a[0] = 100
a[-1] = -9
a[1:3] = array('i', [7, 8, 9])
print(a, len(a))
a[::4] = array('i', [0, 0, 0])
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
a[2:2] = array('i', [5, 5])
print(a, 5 in a, 6 in a, 5.0 in a, 'x' in a)
a.append(42)
a.extend([1, 2])
a.extend(array('i', [3]))
a.extend(x * 10 for x in range(3))
a.insert(0, -1)
a.insert(-1, -2)
a.insert(100, -3)
a.insert(-100, -4)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(42)
print(a, a.index(5), a.index(5, 3), a.count(5), a.count(99))
a.reverse()
print(a)
print(a + array('i', [1]), a * 2 == a + a, 2 * array('b', [1, 2]), array('b', [1]) * 0, array('b', [1]) * -3)
c = array('h', [1, 2])
c += array('h', [3])
c *= 2
print(c, bool(c), bool(array('h')))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) < array('i', [1, 2, 0]))
print(array('u', 'ab') < array('u', 'b'), array('d', [float('nan')]) == array('d', [float('nan')]), array('b', [1]) != array('b', [1]))
print(array('i', [1]) == [1], array('i', [3, 1]) >= array('i', [3]), array('Q', [2**64 - 1]) > array('q', [-1]))

u = array('u', 'abc')
u.fromunicode('déf')
u.append('😀')
print(u, u.tounicode(), len(u), u[3], u[::-1])
w = array('h', [1, 256])
w.byteswap()
print(w, w.tobytes())
d = array('d')
d.fromlist([1, 2.5, 3])
print(d, d.buffer_info()[1], array('f', [0.1])[0], array('d', [True, 2]), array('b', [False, True]))
print(array('b', b'\x01\x02\xff'), array('H', bytearray(b'\x01\x00\x02\x00')), array('b', (1, 2)), array('i', iter([4])))
print(array('u', array('u', 'xy')), array('d', array('i', [1, 2])), array('q', array('b', [-1])))
