# hashlib: one hash object updated by several threads at once is never corrupted (the
# updates are identical, so every interleaving gives one digest), and objects made in one
# thread are used in another.
import hashlib
import threading

CHUNK = bytes(range(256)) * 3 + b'tail'  # 772 bytes: not a multiple of any block
THREADS, ROUNDS = 4, 300

for name in ('md5', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s', 'shake_128'):
    shared = hashlib.new(name)

    def work():
        for _ in range(ROUNDS):
            shared.update(CHUNK)

    ts = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    alone = hashlib.new(name, CHUNK * (THREADS * ROUNDS))
    same = (shared.digest(16) == alone.digest(16)) if name.startswith('shake') else shared.digest() == alone.digest()
    print(name, same)

# Made here, finished there; made there, finished here.
made = hashlib.sha256(b'from main')
out = {}


def finish():
    made.update(b' and thread')
    out['digest'] = made.hexdigest()
    out['new'] = hashlib.blake2s(b'from thread', key=b'k')


t = threading.Thread(target=finish)
t.start()
t.join()
print(out['digest'] == hashlib.sha256(b'from main and thread').hexdigest())
out['new'].update(b'!')
print(out['new'].hexdigest())
