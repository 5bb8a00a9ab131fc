# hashlib: every algorithm fed incrementally in odd chunk sizes (the tail buffer across block
# boundaries), and copy() followed by diverging updates.
import hashlib

NAMES = sorted(hashlib.algorithms_guaranteed)


def hexof(h, n=None):
    return h.hexdigest(n or 32) if h.name.startswith('shake') else h.hexdigest()


BASE = bytes((i * 31 + 7) & 0xFF for i in range(5003))


def pattern(n):
    return BASE[:n]


# The same data in odd pieces gives the same digest.
data = pattern(900)
for name in NAMES:
    for step in (1, 7, 63, 65, 127, 129, 137, 401):
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

