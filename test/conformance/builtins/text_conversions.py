# Text builtins: ascii, chr, ord, format, repr, str, bytes/bytearray constructors, hash of equal values.
print(ascii('é'), ascii(['ü', 1]), ascii(b'\xff'), ascii('plain'), ascii('\n'))
print(chr(97), chr(0x263A), chr(0), repr(chr(127)), chr(0x10FFFF) == '\U0010ffff')
print(ord('a'), ord('é'), ord('\U0001F600'), ord(b'a'), ord(bytearray(b'z')))
for f in [lambda: chr(0x110000), lambda: chr(-1), lambda: chr('a'), lambda: ord('ab'), lambda: ord(''), lambda: ord(1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(format(42), format(42, '5'), format(3.14159, '.2f'), format('s', '^5'), format(255, '#x'), format(True), format(None))
print(repr(1), repr('x'), repr([1, 'x']), repr(1.0), repr(None), repr(int), repr(print), repr(len))
print(str(1), str('x'), str(1.5), str(b'b'), str(), str(object)[:15], str(Ellipsis))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'\xff', 'utf-8', 'replace'), str(object=5))
print(bytes('abc', 'ascii'), bytes(2), bytes([1, 2]), bytearray('é', 'utf-8'), bytes(bytearray(b'x')))
print(hash(1) == hash(1.0), hash('abc') == hash('ab' + 'c'), hash((1, 'a')) == hash((1, 'a')), hash(None) == hash(None))
print(type(hash('x')).__name__, hash(42), hash(-1), hash(True), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) > 0)
