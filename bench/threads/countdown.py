# Beazley's countdown: the same CPU-bound work done by 1, 2 and 4 threads, each taking a share.
# Under a GIL more threads bring no speedup (CPython: about the same time, or worse).
import json
import sys
import threading
import time

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


def timed(threads):
    workers = [threading.Thread(target=countdown, args=(TOTAL // threads,)) for _ in range(threads)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - t0


# Warm-up: every worker the runs below use has run the loop once (gilvm: its JIT is warm).
for k in (4, 4):
    timed(k)
result = {}
for k in (1, 2, 4):
    result["threads_%d_s" % k] = round(sorted(timed(k) for _ in range(3))[1], 3)
print(json.dumps(result))
