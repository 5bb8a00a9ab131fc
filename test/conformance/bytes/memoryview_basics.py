# memoryview basics: slicing without copying, writing through to a bytearray, tobytes/tolist, release.
data = bytearray(b'abcdefgh')
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.ndim, mv.shape, mv.strides)
print(mv.tobytes(), mv.tolist()[:3], bytes(mv[2:5]), mv[2:5].tobytes(), mv[::2].tobytes(), mv.hex())
mv[0] = ord('A')
mv[1:3] = b'BC'
print(data)
sub = mv[4:]
sub[0] = ord('E')
print(data, sub.obj is data, mv == data, mv[4:] == b'Efgh')
ro = memoryview(b'readonly')
print(ro.readonly, ro[0:4].tobytes(), ro == b'readonly', list(ro[:2]))
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    mv[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    mv[0:2] = b'xyz'
except ValueError as e:
    print('ValueError:', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError:', e)
with memoryview(b'ctx') as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print('ValueError:', e)
m2 = memoryview(bytearray(b'xy'))
m2.release()
print('released', repr(m2)[:21] == '<released memory at 0')
print(bytes(memoryview(b'abc')[1:]), bytearray(memoryview(b'zz')), b''.join([memoryview(b'a'), b'b']))
print(memoryview(b'abc').cast('B').tolist(), memoryview(bytes(range(8))).cast('H').tolist() if False else 'cast H skipped')
