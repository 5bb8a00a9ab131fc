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
# Interleaved repetitions, the best of each: the least disturbed by other work on the machine.
best = {name: float("inf") for name in locks}
best_loop = float("inf")
for _ in range(5):
    for name, lock in locks.items():
        best[name] = min(best[name], pairs(lock))
    best_loop = min(best_loop, empty_loop(None))
result = {name + "_acquire_release_ns": round(t * 1e9, 1) for name, t in best.items()}
result["empty_loop_ns"] = round(best_loop * 1e9, 1)
print(json.dumps(result))
