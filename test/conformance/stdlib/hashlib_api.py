# hashlib: names, sizes, reprs, buffer types, SHAKE lengths, new(), pbkdf2_hmac, file_digest,
# and the TypeErrors and ValueErrors of each.
import array
import hashlib
import io
import re


def show(f):
    try:
        r = f()
    except Exception as e:
        print(' ', type(e).__name__, e)
    else:
        print(' ', r.hexdigest() if hasattr(r, 'hexdigest') and not r.name.startswith('shake') else r)


print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(sorted(n for n in hashlib.__all__))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    r = re.sub(r'0x[0-9a-f]+', 'ADDR', repr(h))
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__, r)
print(hashlib.md5.__name__, hashlib.sha3_512.__name__, hashlib.blake2b.__name__)
print(sorted(a for a in dir(hashlib.md5()) if not a.startswith('_')))

# Every kind of buffer is hashed as its bytes.
want = hashlib.sha256(bytes(range(40))).hexdigest()
for obj in (bytes(range(40)), bytearray(range(40)), memoryview(bytes(range(40))),
            memoryview(bytes(range(60)))[10:50][:40], array.array('B', range(40))):
    got = hashlib.sha256(obj).hexdigest()
    print(type(obj).__name__, got == want or got)
print(hashlib.md5(array.array('i', [1, -2, 3])).hexdigest())
print(hashlib.md5(memoryview(bytes(range(64))).cast('I')).hexdigest())

print('bad data')
for bad in ('text', 1, None, [1, 2], 2.5):
    show(lambda: hashlib.md5(bad))
    show(lambda: hashlib.sha3_256(bad))
    show(lambda: hashlib.blake2s(bad))
    show(lambda: hashlib.sha1().update(bad))
    show(lambda: hashlib.new('sha512', bad))
show(lambda: hashlib.md5(memoryview(bytes(8))[::2]))

print('arguments')
show(lambda: hashlib.md5(string=b'x'))
show(lambda: hashlib.md5(b'x', usedforsecurity=False))
show(lambda: hashlib.md5(data=b'x'))
show(lambda: hashlib.md5(b'x', string=b'x'))
show(lambda: hashlib.md5(b'a', b'b'))
show(lambda: hashlib.new('md5', string=b'x'))
show(lambda: hashlib.new('md5', b'a', foo=1))
show(lambda: hashlib.new(1))
show(lambda: hashlib.new('sha256', data=b'abc'))
show(lambda: hashlib.new('sha256', b'abc', usedforsecurity=False))
for name in ('foo', 'MD5', 'SHA256', 'Sha1', 'SHA3_256', 'Blake2b', 'blake2b', 'sha3_224'):
    show(lambda: hashlib.new(name, b'x').name)

print('shake')
for name in ('shake_128', 'shake_256'):
    h = hashlib.new(name, b'hello')
    for n in (0, 1, 16, 167, 168, 169, 300):
        print(name, n, h.hexdigest(n), h.digest(n).hex() == h.hexdigest(n))
    print(h.digest(length=5).hex())
    show(lambda: h.digest())
    show(lambda: h.hexdigest())
    show(lambda: h.digest(-1))
    show(lambda: h.digest('3'))
    show(lambda: h.digest(2 ** 70))
    print(type(h.copy()).__name__, h.copy().hexdigest(4))
print(len(hashlib.shake_128(b'').digest(10000)), hashlib.shake_128(b'').digest(10000)[-8:].hex())

print('HASH instances')
show(lambda: type(hashlib.md5())())

print('pbkdf2_hmac')
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096, 20).hex())  # RFC 6070
print(hashlib.pbkdf2_hmac('sha256', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 40).hex())
print(hashlib.pbkdf2_hmac('sha256', b'p' * 200, bytearray(b'salt'), 10, 100).hex())
print(hashlib.pbkdf2_hmac('sha512', memoryview(b'pw'), b'', 1).hex())
print(hashlib.pbkdf2_hmac('SHA256', b'pw', b's', 1, dklen=3).hex())
show(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, -1))
show(lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'p', 's', 1))
show(lambda: hashlib.pbkdf2_hmac(b'sha256', b'p', b's', 1))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 2 ** 31))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1.0))
try:
    hashlib.pbkdf2_hmac('foo', b'p', b's', 1)
except ValueError:
    print('unknown hash: ValueError')

print('file_digest')
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), lambda: hashlib.blake2b(digest_size=8)).hexdigest())


class Reader(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), len(self.data), 7)
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(hashlib.file_digest(Reader(b'0123456789' * 50), 'sha1').hexdigest())
print(hashlib.sha1(b'0123456789' * 50).hexdigest())
try:
    hashlib.file_digest(io.StringIO('x'), 'md5')
except ValueError as e:
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
show(lambda: hashlib.file_digest(1, 'md5'))
show(lambda: hashlib.file_digest(io.BytesIO(b'x'), 'foo'))

print('types')
for cls in (hashlib.blake2b, hashlib.blake2s, type(hashlib.md5()), type(hashlib.shake_128())):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(' ', type(e).__name__, e)
    else:
        print('  subclass of', cls.__name__, 'made')
        show(lambda: Sub())
for h in (hashlib.sha256(b'x'), hashlib.shake_256(b'x'), hashlib.blake2s(b'x', digest_size=5)):
    c = h.copy()
    print(type(c).__name__, c.name, c.digest_size, type(c) is type(h))
show(lambda: hashlib.sha256().update(obj=b'x'))
show(lambda: hashlib.sha256().update())
show(lambda: hashlib.sha256().update(b'a', b'b'))
show(lambda: hashlib.blake2b().update(data=b'x'))
show(lambda: hashlib.blake2s().update())
show(lambda: hashlib.shake_128().update(b'a', b'b'))
