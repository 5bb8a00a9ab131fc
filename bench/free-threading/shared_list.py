# One list shared by two threads that append to it and pop from it as fast as they can (every
# operation takes the list's lock in free-threading mode, and the two threads contend for it),
# beside the same work on a list of each thread's own (uncontended). Nanoseconds per operation.
import json
import threading
import time

N = 200_000


def work(lst):
    append = lst.append
    pop = lst.pop
    for i in range(N):
        append(i)
        pop()


def timed(shared):
    common = []
    lists = [common, common] if shared else [[], []]
    workers = [threading.Thread(target=work, args=(lists[k],)) for k in range(2)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return (time.perf_counter() - t0) / (2 * 2 * N) * 1e9


for _ in range(2):  # warm-up
    timed(True)
    timed(False)
print(json.dumps({
    "contended_list_op_ns": round(sorted(timed(True) for _ in range(3))[1], 1),
    "own_list_op_ns": round(sorted(timed(False) for _ in range(3))[1], 1),
}))
