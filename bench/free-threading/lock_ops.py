# threading.Lock acquire + release: by one thread alone (uncontended), and by two threads taking
# turns on one lock as fast as they can (contended). Nanoseconds per acquire/release pair.
import json
import threading
import time

N = 200_000


def pairs(lock, n):
    acquire = lock.acquire
    release = lock.release
    for _ in range(n):
        acquire()
        release()


def uncontended():
    lock = threading.Lock()
    t0 = time.perf_counter()
    pairs(lock, N)
    return (time.perf_counter() - t0) / N * 1e9


def contended():
    lock = threading.Lock()
    workers = [threading.Thread(target=pairs, args=(lock, N)) for _ in range(2)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return (time.perf_counter() - t0) / (2 * N) * 1e9


for _ in range(5):  # warm-up (gilvm: the JIT compiles the interpreter's paths for each worker)
    uncontended()
    contended()
print(json.dumps({
    "uncontended_lock_pair_ns": round(sorted(uncontended() for _ in range(3))[1], 1),
    "contended_lock_pair_ns": round(sorted(contended() for _ in range(3))[1], 1),
}))
