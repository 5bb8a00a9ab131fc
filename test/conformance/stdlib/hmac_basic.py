# hmac: RFC 2202 / 4231 vectors, every hashlib algorithm, keys around the block size,
# digestmod as a name, a constructor or a module, copy(), digest(), compare_digest and errors.
import hashlib
import hmac
import re
import types


def show(f):
    try:
        r = f()
    except Exception as e:
        print(' ', type(e).__name__, e)
    else:
        print(' ', r.hexdigest() if hasattr(r, 'hexdigest') else r)


print(sorted(a for a in dir(hmac) if not a.startswith('_')))
print(hmac.trans_5C[:4], hmac.trans_36[-4:], hmac.digest_size, hmac.HMAC.blocksize)

# RFC 4231 test case 2 and RFC 2202's first MD5 case.
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha256').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha512).hexdigest())
print(hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest())
# RFC 4231 test case 6: a key longer than the block.
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha384').hexdigest())

for name in sorted(hashlib.algorithms_guaranteed):
    if name.startswith('shake'):
        continue
    h = hmac.new(b'key', b'message', name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    block = h.block_size
    for klen in (0, 1, block - 1, block, block + 1, 3 * block):
        key = bytes(range(256))[:klen] if klen <= 256 else bytes(klen)
        one = hmac.new(key, b'data' * 50, name).hexdigest()
        assert one == hmac.digest(key, b'data' * 50, name).hex()
        print(' ', klen, one)

# Incremental, copy, the three kinds of digestmod.
h = hmac.HMAC(bytearray(b'k'), digestmod='sha1')
for part in (b'a', b'bc' * 40, bytearray(b'x'), memoryview(b'yz')):
    h.update(part)
c = h.copy()
c.update(b'more')
print(h.hexdigest(), c.hexdigest(), h.digest() == h.digest(), type(c).__name__)
print(hmac.new(b'k', b'm', types.SimpleNamespace(new=hashlib.sha256)).hexdigest())
print(hmac.new(b'k', b'm', lambda d=b'': hashlib.blake2b(d, digest_size=16)).hexdigest())
print(hmac.new(b'k', None, 'sha224').hexdigest() == hmac.new(b'k', b'', 'sha224').hexdigest())
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(hmac.new(b'k', digestmod='md5'))))

print('errors')
show(lambda: hmac.new(b'k'))
show(lambda: hmac.new(b'k', b'm', None))
show(lambda: hmac.new('k', digestmod='md5'))
show(lambda: hmac.new(memoryview(b'k'), digestmod='md5'))
show(lambda: hmac.new(b'k', 'x', 'md5'))
show(lambda: hmac.new(b'k', digestmod='foo'))
show(lambda: hmac.new(b'k', digestmod=1))
show(lambda: hmac.new(b'k', digestmod='md5').update('x'))
show(lambda: hmac.new(b'k', digestmod='md5').update(5))
show(lambda: hmac.digest(b'k', b'm', 'foo'))
show(lambda: hmac.digest('k', b'm', 'md5'))
show(lambda: hmac.digest(b'k', 'm', 'md5'))
show(lambda: hmac.digest(bytearray(b'k'), memoryview(b'm'), 'md5').hex())
show(lambda: hmac.digest(b'k', b'm', hashlib.sha256).hex())

print('compare_digest')
for a, b in ((b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''), ('abc', 'abc'),
             ('abc', 'abx'), (b'a', bytearray(b'a')), (b'a', memoryview(b'a')),
             (bytearray(b'xy'), bytearray(b'xz'))):
    print(type(a).__name__, bytes(a) if type(a) is memoryview else a, type(b).__name__,
          bytes(b) if type(b) is memoryview else b, hmac.compare_digest(a, b))
show(lambda: hmac.compare_digest('a', b'a'))
show(lambda: hmac.compare_digest(b'a', 'a'))
show(lambda: hmac.compare_digest('é', 'é'))
show(lambda: hmac.compare_digest(1, 1))
show(lambda: hmac.compare_digest(b'a', None))
show(lambda: hmac.compare_digest(b'a'))
show(lambda: hmac.compare_digest(None, 'a'))
show(lambda: hmac.compare_digest(memoryview(bytes(4))[::2], b'ab'))
