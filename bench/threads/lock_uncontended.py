# An uncontended lock: acquire and release by one thread, no other thread running.
import json
import threading
import time

N = 200_000


def pairs(lock):
    acquire = lock.acquire
    release = lock.release
    t0 = time.perf_counter()
    for _ in range(N):
        acquire()
        release()
    return (time.perf_counter() - t0) / N


def empty_loop():
    t0 = time.perf_counter()
    for _ in range(N):
        pass
    return (time.perf_counter() - t0) / N


result = {}
for name, factory in (("lock", threading.Lock), ("rlock", threading.RLock)):
    lock = factory()
    pairs(lock)
    loop = sorted(empty_loop() for _ in range(3))[1]
    per = sorted(pairs(lock) for _ in range(3))[1]
    result[name + "_acquire_release_ns"] = round((per - loop) * 1e9, 1)
print(json.dumps(result))
