# bytes: construction, repr, indexing (ints), slicing, methods, hex, comparisons, errors.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('héllo', 'utf-8'), bytes(b'copy'), b'a' b'b')
print(b'\x00\x7f\x80\xff', b'\n\t\r\\', b"'", b'"', b'\'"', repr(b'it\'s'), bytes([39, 34]))
b = b'Hello, World'
print(b[0], b[-1], b[0:5], b[::-1], b[::2], type(b[0]).__name__, list(b[:3]), len(b))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.count(108), b'o' in b, 111 in b)
print(b.split(b', '), b.split(), b'a,b,,c'.split(b','), b'  x  y '.split(), b'a\nb\r\nc'.splitlines(), b.partition(b', '))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 1), b'-'.join([b'a', b'b', bytearray(b'c')]), b.startswith(b'Hell'), b.endswith((b'x', b'ld')))
print(b'  pad '.strip(), b'xxhixx'.strip(b'x'), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'42'.zfill(5))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' '.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab'.istitle(), b'\x80'.isascii())
print(b.hex(), b.hex(':'), b.hex('-', 4), bytes.fromhex('48 65 6c 6c 6f'), bytes.fromhex('deadBEEF'), b'\x00\xff'.hex())
print(b'abc' + b'def', b'ab' * 3, b'abc' < b'abd', b'abc' == bytearray(b'abc'), b'a' < b'ab', max(b'hello'), sorted(b'cab'))
print(b.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe9t\xe9'.decode('latin-1'), str(b'x'), b'x'.decode('ascii'))
print(b'%s and %d and %x and %r and %5.2f' % (b'bytes', 42, 255, b'r', 3.14159), b'%c%c' % (65, b'B'), b'%b' % b'bb')
print(b'a\tb'.expandtabs(4), b'AbC'.translate(bytes.maketrans(b'ABC', b'xyz')), b'hello'.translate(None, b'l'), b'abc'.removeprefix(b'a'))
print(list(iter(b'hi')), [x for x in b'ok'], bytes(x + 1 for x in b'HAL'), b'x'[0] == ord('x'), hash(b'ab') == hash(b'ab'))
errors = [lambda: b'a' + 'b', lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('text'), lambda: b'a'[5],
          lambda: bytes.fromhex('zz'), lambda: b'x'.decode('ascii') + b'\xff'.decode('ascii'), lambda: b'abc'[0:1].index(b'z'),
          lambda: bytes(1.5), lambda: b'%d' % b'x', lambda: bytes(-1)]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ':', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(bytes.__name__, type(b'').__mro__, isinstance(b'', bytes), b''.join([]), bytes(memoryview(b'mv')))
