# CPU-bound work (Beazley's countdown) done by 1 thread, then split over 2 threads: free-threading
# mode should run it nearly twice as fast on two cores; under a GIL threads bring no speedup.
# With --one, only the 1-thread figure (the benchmark runs two such processes at once to measure
# what the machine itself gives two independent programs).
import json
import sys
import threading
import time

ONE = "--one" in sys.argv
numbers = [a for a in sys.argv[1:] if a != "--one"]
TOTAL = int(numbers[0]) if numbers else 20_000_000


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


for k in (2, 2):  # warm-up: every worker used below has run the loop (gilvm: its JIT is warm)
    timed(k)
result = {}
for k in (1,) if ONE else (1, 2):
    result["threads_%d_s" % k] = round(sorted(timed(k) for _ in range(3))[1], 3)
print(json.dumps(result))
