"""A hot lock and a hot shared list, against per-thread state.

    gilvm --stats examples/hot_lock.py

Four threads do the same work four ways:

- one Lock taken for every update of a shared total (a hot lock);
- a private total per thread, added up at the end;
- appends to one shared list (a hot object: under free-threading every
  append takes the list's own lock);
- appends to a private list per thread, joined at the end.

Under the GIL the shared list costs little (the GIL already serializes
everything), while the hot lock adds an acquire and a release per update and
makes threads block on each other (see "blocked" in --stats). Each version runs
twice: a warm-up round first, then the timed one.
"""
import threading
import time

THREADS = 4
N = 200_000


def run(worker):
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def hot_lock_version():
    total = [0]
    lock = threading.Lock()

    def worker(_):
        for i in range(N):
            with lock:
                total[0] += i
    return run(worker), total[0]


def private_total_version():
    totals = [0] * THREADS

    def worker(k):
        mine = 0
        for i in range(N):
            mine += i
        totals[k] = mine
    return run(worker), sum(totals)


def shared_list_version():
    shared = []

    def worker(_):
        for i in range(N):
            shared.append(i)
    return run(worker), len(shared)


def private_list_version():
    lists = [None] * THREADS

    def worker(k):
        mine = []
        for i in range(N):
            mine.append(i)
        lists[k] = mine
    elapsed = run(worker)
    return elapsed, sum(len(x) for x in lists)


def main():
    versions = (("hot lock", hot_lock_version), ("private totals", private_total_version),
                ("shared list", shared_list_version), ("private lists", private_list_version))
    # A warm-up round, not shown: under gilvm the first threads would otherwise pay for booting
    # the pool's workers and for warming each worker's JIT, and the first version would look
    # slow for that alone.
    for _, version in versions:
        version()
    for name, version in versions:
        elapsed, result = version()
        print(f"{name:>14}: {elapsed:.3f} s (result {result:,})")


if __name__ == "__main__":
    main()
