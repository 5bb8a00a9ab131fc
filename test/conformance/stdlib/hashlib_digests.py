# hashlib: every algorithm's digest of inputs around the block boundaries, a 1 MB input and
# the usual test vectors.
import hashlib

NAMES = sorted(hashlib.algorithms_guaranteed)


def hexof(h, n=None):
    return h.hexdigest(n or 32) if h.name.startswith('shake') else h.hexdigest()


BASE = bytes((i * 31 + 7) & 0xFF for i in range(5003))


def pattern(n):
    return BASE[:n]


LENGTHS = [0, 1, 2, 3, 55, 56, 57, 63, 64, 65, 71, 72, 73, 103, 104, 105, 111, 112, 113,
           119, 127, 128, 129, 135, 136, 137, 143, 144, 145, 167, 168, 169, 200, 255, 256, 1000]

for name in NAMES:
    print(name)
    for n in LENGTHS:
        print(' ', n, hexof(hashlib.new(name, pattern(n))))

big = BASE * 210  # about 1 MB
for name in NAMES:
    print('1MB', name, hexof(hashlib.new(name, big)))

# The named constructors agree with new(); the usual test vectors.
for name in NAMES:
    assert hexof(getattr(hashlib, name)(b'abc')) == hexof(hashlib.new(name, b'abc')), name
print(hashlib.md5(b'The quick brown fox jumps over the lazy dog').hexdigest())
print(hashlib.sha1(b'abc').hexdigest())
print(hashlib.sha256(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
print(hashlib.sha512(b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu').hexdigest())
print(hashlib.sha3_256(b'').hexdigest())
print(hashlib.sha256(b'a' * 1000000).hexdigest())
