# pickle: the bytes of dumps() for atoms and containers in every protocol, and round trips.
import pickle
import random

rng = random.Random(7)


def atom():
    k = rng.randrange(10)
    if k == 0:
        return rng.randrange(-300, 300)
    if k == 1:
        return rng.choice([0, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, 2**63,
                           -2**63 - 1, 2**200, -2**2000, 2**2050, -128, -129, 127, 128])
    if k == 2:
        return rng.choice([0.5, -1e300, 1e-7, float('inf'), 3.0, -0.0])
    if k == 3:
        return rng.choice(['', 'abc', 'é\u1234\U00012345', 'a\\b\nc\r\x00\x1a', 'x' * 300])
    if k == 4:
        return rng.choice([b'', b'\x00\xff', b'abc' * 100])
    if k == 5:
        return rng.choice([None, True, False])
    if k == 6:
        return bytearray(b'zz')
    if k == 7:
        return rng.choice([int, str, dict, Ellipsis, type(None), NotImplemented, bytes])
    return rng.randrange(1000)


def build(depth):
    if depth <= 0:
        return atom()
    k = rng.randrange(8)
    n = rng.randrange(6)
    if k == 0:
        return [build(depth - 1) for _ in range(n)]
    if k == 1:
        return tuple(build(depth - 1) for _ in range(n))
    if k == 2:
        return {rng.randrange(100): build(depth - 1) for _ in range(n)}
    if k == 3:
        return {('k%d' % i): build(depth - 1) for i in range(n)}
    if k == 4:
        return set(rng.randrange(50) for _ in range(n))
    if k == 5:
        return frozenset(rng.randrange(50) for _ in range(n))
    if k == 6:
        x = build(depth - 1)
        return [x, x, (x,)]
    return atom()


for i in range(60):
    obj = build(4)
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print(i, proto, data.hex())
        back = pickle.loads(data)
        if proto == 4:
            print(repr(back) == repr(obj))

print(pickle.dumps(1.5, 0), pickle.dumps(1e100, 0), pickle.dumps(-0.0, 0))
for proto in range(6):
    print(proto, pickle.dumps([None, True, False, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)], proto))
    print(proto, pickle.dumps([b'', b'ab', bytearray(), bytearray(b'ab'), set(), frozenset()], proto))
    print(proto, pickle.dumps(['a\\\n\r\x1a\x00é\u1234\U00012345\ud800', 'ascii'], proto))
