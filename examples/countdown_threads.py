"""Beazley's countdown split over N threads, for `gilvm bench`.

    gilvm bench --threads 1,2,4 examples/countdown_threads.py {threads}

The total work is fixed (COUNT decrements); N threads each count down
COUNT // N. Under the GIL more threads never finish sooner; without it they
could run side by side. The thread count is the first argument, else the
GILVM_THREADS environment variable (what `gilvm bench` sets), else 2.
"""
import os
import sys
import threading
import time

COUNT = 4_000_000


def countdown(n):
    while n > 0:
        n -= 1


def main():
    if len(sys.argv) > 1:
        nthreads = int(sys.argv[1])
    else:
        nthreads = int(os.environ.get("GILVM_THREADS", "2"))
    count = int(sys.argv[2]) if len(sys.argv) > 2 else COUNT
    workers = [threading.Thread(target=countdown, args=(count // nthreads,), name=f"countdown-{i}")
               for i in range(nthreads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"{nthreads} thread(s), {count:,} decrements: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
