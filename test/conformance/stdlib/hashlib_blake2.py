# hashlib.blake2b / blake2s: digest sizes, keys, salts, personalization, the tree parameters,
# constants, and the parameter errors in CPython's order.
import hashlib
import re


def show(f):
    try:
        r = f()
    except Exception as e:
        print(' ', type(e).__name__, e)
    else:
        print(' ', r.hexdigest() if hasattr(r, 'hexdigest') else r)


for cls in (hashlib.blake2b, hashlib.blake2s):
    n = cls.__name__
    print(n, cls.MAX_DIGEST_SIZE, cls.MAX_KEY_SIZE, cls.SALT_SIZE, cls.PERSON_SIZE, cls.__module__)
    h = cls()
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(h)), h.name, h.digest_size, h.block_size, type(h).__name__)
    print(sorted(a for a in dir(h) if not a.startswith('_')))
    top = cls.MAX_DIGEST_SIZE
    for size in (1, 16, 20, top - 1, top):
        print(size, cls(b'abc', digest_size=size).hexdigest())
    for key in (b'', b'k', b'key' * 5, bytes(range(top))):
        for data in (b'', b'x', bytes(range(200))[:h.block_size], bytes(range(200))):
            print('key', len(key), len(data), cls(data, key=key).hexdigest())
    print(cls(b'data', salt=b'salt', person=b'me').hexdigest())
    print(cls(b'data', salt=b's' * cls.SALT_SIZE, person=b'p' * cls.PERSON_SIZE, key=b'k' * top,
              digest_size=top // 2).hexdigest())
    print(cls(b'tree', fanout=0, depth=255, leaf_size=4096, node_offset=3, node_depth=2,
              inner_size=top, last_node=True).hexdigest())
    print(cls(b'tree', fanout=2, depth=2, leaf_size=2 ** 32 - 1, node_offset=2 ** 48 - 1,
              node_depth=255, inner_size=0, last_node=False).hexdigest())
    print(cls(memoryview(b'mv'), key=bytearray(b'k'), salt=memoryview(b's'), person=b'p').hexdigest())
    # Updates in pieces, with a key (the key is a whole first block) and copies.
    h = cls(key=b'secret', digest_size=24)
    for i in range(0, 1000, 37):
        h.update(bytes(range(256))[i % 200:i % 200 + 37])
    c = h.copy()
    c.update(b'!')
    print(h.hexdigest(), c.hexdigest(), c.digest_size)
    print(cls(b'x' * (1 << 20)).hexdigest())
    print('errors')
    show(lambda: cls(digest_size=0))
    show(lambda: cls(digest_size=top + 1))
    show(lambda: cls(digest_size=-1))
    show(lambda: cls(digest_size=2 ** 70))
    show(lambda: cls(key=b'x' * (top + 1)))
    show(lambda: cls(salt=b'x' * (cls.SALT_SIZE + 1)))
    show(lambda: cls(person=b'x' * (cls.PERSON_SIZE + 1)))
    show(lambda: cls(salt='x'))
    show(lambda: cls(key='x'))
    show(lambda: cls(fanout=256))
    show(lambda: cls(fanout=-1))
    show(lambda: cls(depth=0))
    show(lambda: cls(depth=256))
    show(lambda: cls(leaf_size=2 ** 32))
    show(lambda: cls(leaf_size=-1))
    show(lambda: cls(node_offset=2 ** 64))
    show(lambda: cls(node_offset=2 ** 48))
    show(lambda: cls(node_offset=-1))
    show(lambda: cls(node_depth=256))
    show(lambda: cls(inner_size=top + 1))
    show(lambda: cls(inner_size=-1))
    show(lambda: cls(digest_size='3'))
    show(lambda: cls(digest_size=3.0))
    show(lambda: cls(b'a', b'b'))
    show(lambda: cls(data=b'x'))
    show(lambda: cls(string=b'x'))
    show(lambda: cls(foo=1))
    show(lambda: cls('text'))
    show(lambda: cls().update('text'))
    show(lambda: cls().update(3))
    show(lambda: cls(digest_size=0, salt=b'x' * 99))
    show(lambda: cls(key=b'x' * 99, fanout=999))
    show(lambda: hashlib.new(n, b'via new', digest_size=10, key=b'k'))
    show(lambda: hashlib.new(n, b'via new', usedforsecurity=False))
