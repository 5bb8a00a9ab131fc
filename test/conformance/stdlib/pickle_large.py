# pickle: large lists, dicts and sets in every protocol (batches of 1000 items, frames of
# 64 KiB), checked by their bytes and round trips.
import pickle


def checksum(data):
    return (len(data), sum(data[::5]), data[:40].hex(), data[-40:].hex())


big = [list(range(2500)), ['s%d' % i for i in range(1500)], {i: str(i) for i in range(1200)},
       {i: i for i in range(1000)}, set(range(1200)), set(range(1000)), list(range(1001))]
for obj in big:
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print('big', proto, checksum(data))
        print(pickle.dumps(pickle.loads(data), proto) == data)

for proto in range(6):
    print(proto, pickle.dumps(list(range(70000)), proto)[:30].hex())
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1, -1), pickle.dumps(1, None), pickle.dumps(1))
