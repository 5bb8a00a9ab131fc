"""A CPU-bound pool: the same work on ThreadPoolExecutor with 1, 2 and 4 workers.

    gilvm examples/pool.py            # under the GIL: no speedup
    gilvm -X gil=0 examples/pool.py   # free-threading (once gilvm has it)

Each task is pure Python arithmetic (no I/O, no sleeping), so it only runs
while its thread holds the GIL. The speedup column is the 1-worker time over
the N-worker time; under a GIL it stays near 1.0x however many cores there are.
"""
import sys
import time
from concurrent.futures import ThreadPoolExecutor

TASKS = 8
SIZE = 60_000


def task(seed):
    """Sum of a little polynomial over a range: CPU only."""
    total = 0
    for i in range(SIZE):
        total += (i * seed) % 7
    return total


def timed(workers):
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(task, range(TASKS)))
    return time.perf_counter() - start, sum(results)


def main():
    counts = [int(a) for a in sys.argv[1:]] or [1, 2, 4]
    base = None
    print(f"{TASKS} tasks of {SIZE:,} iterations")
    for n in counts:
        elapsed, check = timed(n)
        base = base or elapsed
        print(f"{n} worker(s): {elapsed:.2f} s  speedup {base / elapsed:.2f}x  (checksum {check})")


if __name__ == "__main__":
    main()
