"""David Beazley's countdown (from "Understanding the Python GIL", 2010).

A CPU-bound loop run once sequentially and then split over two threads.
Under the GIL the threaded version is no faster (often slower) than the
sequential one; without it (gilvm -X gil=0) the two halves can run in
parallel.
"""
import threading
import time

COUNT = 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


def main():
    start = time.perf_counter()
    countdown(COUNT)
    sequential = time.perf_counter() - start
    print(f"sequential: {sequential:.2f} s")

    start = time.perf_counter()
    t1 = threading.Thread(target=countdown, args=(COUNT // 2,))
    t2 = threading.Thread(target=countdown, args=(COUNT // 2,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    threaded = time.perf_counter() - start
    print(f"two threads: {threaded:.2f} s ({sequential / threaded:.2f}x)")


if __name__ == "__main__":
    main()
