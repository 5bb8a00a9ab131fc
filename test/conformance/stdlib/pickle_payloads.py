# pickle: large str and bytes payloads (written outside the 64 KiB frames), many instances and
# tuples in every protocol, checked by their bytes and round trips.
import pickle


def checksum(data):
    return (len(data), sum(data[::5]), data[:40].hex(), data[-40:].hex())


class Point:
    def __init__(self, i):
        self.i = i
        self.name = 'n%d' % i


big = [[b'x' * 70000, 'y' * 70000, bytearray(100), 'z' * 65535, b'w' * 65536],
       [Point(i) for i in range(1500)], [(i, str(i), float(i)) for i in range(3000)]]
for obj in big:
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print('big', proto, checksum(data))
        print(pickle.dumps(pickle.loads(data), proto) == data)
