# GIL hand-off: two threads pass the turn back and forth through two locks; each pass wakes the
# other thread, which must take the GIL from the one that woke it. Reports the time per pass.
import json
import threading
import time

ROUNDS = 2000
ping = threading.Lock()
pong = threading.Lock()
ping.acquire()
pong.acquire()


def partner(rounds):
    for _ in range(rounds):
        ping.acquire()
        pong.release()


def measure(rounds):
    t = threading.Thread(target=partner, args=(rounds,))
    t.start()
    t0 = time.perf_counter()
    for _ in range(rounds):
        ping.release()
        pong.acquire()
    elapsed = time.perf_counter() - t0
    t.join()
    return elapsed / (2 * rounds)


measure(200)
per = sorted(measure(ROUNDS) for _ in range(3))[1]
print(json.dumps({"handoff_us": round(per * 1e6, 1)}))
