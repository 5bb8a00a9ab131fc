# hashlib: every algorithm's digest of inputs around the block boundaries, a 1 MB input,
# incremental updates in odd chunk sizes, and copy() followed by diverging updates.
import hashlib

NAMES = sorted(hashlib.algorithms_guaranteed)


def hexof(h, n=None):
    return h.hexdigest(n or 32) if h.name.startswith('shake') else h.hexdigest()


def pattern(n):
    return bytes((i * 31 + 7) & 0xFF for i in range(n))


LENGTHS = [0, 1, 2, 3, 55, 56, 57, 63, 64, 65, 71, 72, 73, 103, 104, 105, 111, 112, 113,
           119, 127, 128, 129, 135, 136, 137, 143, 144, 145, 167, 168, 169, 200, 255, 256, 1000]

for name in NAMES:
    print(name)
    for n in LENGTHS:
        print(' ', n, hexof(hashlib.new(name, pattern(n))))

big = pattern(1 << 20)
for name in NAMES:
    print('1MB', name, hexof(hashlib.new(name, big)))

# The same data in odd pieces gives the same digest.
data = pattern(5000)
for name in NAMES:
    for step in (1, 7, 63, 65, 127, 129, 137, 1001):
        h = hashlib.new(name)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        assert hexof(h) == hexof(hashlib.new(name, data)), (name, step)
    print('pieces', name, hexof(h))

# copy() shares nothing afterwards; digest() leaves the object usable.
for name in NAMES:
    a = hashlib.new(name, b'common prefix ' * 10)
    b = a.copy()
    a.update(b'left')
    b.update(b'right')
    first = hexof(a)
    print('copy', name, hexof(a), hexof(b), first == hexof(a))
    a.update(b'more')
    print('after', name, hexof(a))

# The named constructors agree with new(); the usual test vectors.
for name in NAMES:
    assert hexof(getattr(hashlib, name)(b'abc')) == hexof(hashlib.new(name, b'abc')), name
print(hashlib.md5(b'The quick brown fox jumps over the lazy dog').hexdigest())
print(hashlib.sha1(b'abc').hexdigest())
print(hashlib.sha256(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
print(hashlib.sha512(b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu').hexdigest())
print(hashlib.sha3_256(b'').hexdigest())
print(hashlib.sha256(b'a' * 1000000).hexdigest())
