# bytearray: mutation (item and slice assignment, append/extend/insert/pop/remove), methods, repr.
ba = bytearray(b'hello')
print(ba, repr(ba), len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba.append(33)
ba.extend(b' world')
ba.extend([33, 33])
print(ba)
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
print(ba)
ba[1:3] = b'EEEE'
print(ba)
ba[::2] = b'_' * len(ba[::2])
print(ba)
del ba[0:4]
del ba[-1]
print(ba, ba.count(b'_'), ba.find(b'w'))
ba2 = bytearray(b'abc')
ba2 += b'def'
ba2 *= 2
print(ba2, ba2.upper(), ba2.replace(b'a', b'A'), ba2.reverse(), ba2)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(range(65, 70)), bytearray.fromhex('41 42'))
c = bytearray(b'copy me')
d = c.copy()
d[0] = ord('C')
print(c, d, c == b'copy me', c < d, c.hex(), d.decode())
c.clear()
print(c, len(c), bool(c))
e = bytearray(b'xyz')
e[1:2] = []
e[0:0] = b'<<'
e[len(e):] = b'>>'
print(e, e.strip(b'<>'), e.split(b'x'), e.startswith(b'<'), e.isalpha())
for bad in [lambda: e.__setitem__(0, 256), lambda: e.__setitem__(0, b'x'), lambda: e.pop(99), lambda: bytearray().pop(),
            lambda: e.remove(200), lambda: e.append('a'), lambda: e.__setitem__(slice(0, 4, 2), b'abc'), lambda: hash(e)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as err:
        print(type(err).__name__ + ':', err)
f = bytearray(b'abcdef')
del f[::2]
print(f, bytes(f), list(f), f * 2, f + b'!', b'!' + f, type(b'!' + f).__name__)
