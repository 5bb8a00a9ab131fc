# hashlib updates of 2048 bytes or more run with the GIL released (detached, in free-threading
# mode), as in CPython: one object updated with large chunks by several threads while another
# copies it and reads digests, which must wait for each large update to end, never seeing half
# of one; small updates mixed in wait for the large ones too.
import hashlib
import threading

BIG = bytes(range(256)) * 20 + b'odd'  # 5123 bytes: not a multiple of any block
for name in ('md5', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    shared = hashlib.new(name)
    done = threading.Event()
    seen = set()

    def big():
        for _ in range(30):
            shared.update(BIG)

    def reader():
        while not done.is_set():
            c = shared.copy()
            c.update(b'')
            seen.add(len(c.digest()))
            shared.hexdigest()

    r = threading.Thread(target=reader)
    r.start()
    ts = [threading.Thread(target=big) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    done.set()
    r.join()
    alone = hashlib.new(name)
    for _ in range(90):
        alone.update(BIG)
    print(name, shared.digest() == alone.digest(), seen <= {shared.digest_size})

# Large and small updates of one object from two threads: each thread's updates are whole
# (a small one never lands inside a large one), so the digest is that of some interleaving
# of whole updates: here the small chunks are all b'' or the large ones, so it is fixed.
mixed = hashlib.sha256()


def smalls():
    for _ in range(2000):
        mixed.update(b'')


def larges():
    for _ in range(20):
        mixed.update(BIG)


ts = [threading.Thread(target=smalls), threading.Thread(target=larges), threading.Thread(target=larges)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('mixed', mixed.hexdigest() == hashlib.sha256(BIG * 40).hexdigest())

# Threads each hashing their own large buffer: all finish with the right digests.
results = {}


def own(i):
    h = hashlib.blake2b(bytes([i]) * 300_000)
    h.update(bytes([i + 1]) * 70_000)
    results[i] = h.hexdigest()


ts = [threading.Thread(target=own, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(results[i] == hashlib.blake2b(bytes([i]) * 300_000 + bytes([i + 1]) * 70_000).hexdigest() for i in range(4)))
