# Thread start + join latency: start a thread that does nothing and join it, again and again.
import json
import threading
import time


def nothing():
    pass


def batch(n):
    t0 = time.perf_counter()
    for _ in range(n):
        t = threading.Thread(target=nothing)
        t.start()
        t.join()
    return (time.perf_counter() - t0) / n


batch(50)  # warm-up: the first threads pay for booting workers (gilvm) and JIT warm-up
per = sorted(batch(300) for _ in range(3))[1]
print(json.dumps({"start_join_us": round(per * 1e6, 1)}))
