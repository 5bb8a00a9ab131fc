# An uncontended lock: acquire and release by one thread, no other thread running. The loop's own
# cost is reported too (the same loop with no call in it).
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


def empty_loop(lock):
    t0 = time.perf_counter()
    for _ in range(N):
        pass
    return (time.perf_counter() - t0) / N


locks = {"lock": threading.Lock(), "rlock": threading.RLock()}
for _ in range(6):  # warm-up of every loop (gilvm: the JIT compiles the interpreter's paths)
    for lock in locks.values():
        pairs(lock)
        empty_loop(lock)
result = {}
for name, lock in locks.items():
    result[name + "_acquire_release_ns"] = round(sorted(pairs(lock) for _ in range(3))[1] * 1e9, 1)
result["empty_loop_ns"] = round(sorted(empty_loop(None) for _ in range(3))[1] * 1e9, 1)
print(json.dumps(result))
