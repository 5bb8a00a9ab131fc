"""The convoy effect: an I/O-bound thread beside CPU-bound ones.

    gilvm examples/convoy.py
    gilvm --report convoy.html examples/convoy.py   # see the waits

An "I/O" thread does many short blocking operations (a 1 ms sleep stands for a
read that returns quickly). Each time its operation completes it needs the
GIL back before it can go on; with CPU-bound threads running, it waits until
the holder is asked to drop the GIL: about one switch interval. The table
shows how much longer each operation takes beside 0 and 2 busy threads, at the
default switch interval (5 ms) and at 0.5 ms.
"""
import sys
import threading
import time

OPS = 60
OP_SECONDS = 0.001


def io_thread(latencies):
    for _ in range(OPS):
        start = time.perf_counter()
        time.sleep(OP_SECONDS)           # releases the GIL, like a blocking read
        latencies.append(time.perf_counter() - start - OP_SECONDS)


def spinner(stop):
    while not stop:
        for _ in range(1000):
            pass


def trial(busy, interval):
    sys.setswitchinterval(interval)
    stop = []
    spinners = [threading.Thread(target=spinner, args=(stop,), daemon=True) for _ in range(busy)]
    for t in spinners:
        t.start()
    latencies = []
    io = threading.Thread(target=io_thread, args=(latencies,))
    io.start()
    io.join()
    stop.append(True)
    for t in spinners:
        t.join()
    latencies.sort()
    return sum(latencies) / len(latencies), latencies[len(latencies) // 2]


def main():
    print("extra time per 1 ms operation (mean / median)")
    for interval in (0.005, 0.0005):
        for busy in (0, 2):
            mean, median = trial(busy, interval)
            print(f"switch interval {interval * 1000:.1f} ms, {busy} CPU-bound thread(s): "
                  f"{mean * 1000:6.2f} ms / {median * 1000:6.2f} ms")
    sys.setswitchinterval(0.005)


if __name__ == "__main__":
    main()
