# The other side of the GIL: hashlib releases it while it hashes 2048 bytes or more, so the
# same total of hashing split over 2 and 4 threads runs in parallel (up to the machine's CPUs),
# in CPython and in gilvm alike. The figures: MiB hashed per second with 1, 2 and 4 threads (the
# totals differ, so compare these rates, not times), and the speedups over one thread.
import hashlib
import json
import sys
import threading
import time

MIB = int(sys.argv[1]) if len(sys.argv) > 1 else 0
CHUNK = bytes(range(256)) * 1024  # 256 KiB
# CPython's C SHA-256 hashes about 30 times faster than gilvm's TypeScript: the total is
# sized so that each run takes a few tenths of a second on either.
TOTAL = MIB * 4 if MIB else (2048 if sys.implementation.name == 'cpython' else 64) * 4


def work(chunks):
    h = hashlib.sha256()
    for _ in range(chunks):
        h.update(CHUNK)
    return h.digest()


def timed(threads):
    workers = [threading.Thread(target=work, args=(TOTAL // threads,)) for _ in range(threads)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - t0


for k in (4, 4):
    timed(k)
seconds = {k: sorted(timed(k) for _ in range(3))[1] for k in (1, 2, 4)}
result = {"mib_per_s_%d" % k: round(TOTAL / 4 / s, 1) for k, s in seconds.items()}
result["speedup_2"] = round(seconds[1] / seconds[2], 2)
result["speedup_4"] = round(seconds[1] / seconds[4], 2)
print(json.dumps(result))
