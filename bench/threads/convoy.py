# The convoy effect: a thread doing short blocking operations (here 0.5 ms sleeps, as an I/O-bound
# thread waits for its device) next to CPU-bound threads. Each time it wakes it must get the GIL
# back from a CPU-bound thread, which gives it up only after the switch interval: its operations
# take far longer than they would alone. Reported: the mean time of one operation with 0, 1 and 2
# CPU-bound threads, at the default switch interval (5 ms) and at 0.5 ms.
import json
import sys
import threading
import time

OPS = 100
stop = False


def spin():
    while not stop:
        pass


def io_latency(cpu_threads):
    global stop
    stop = False
    spinners = [threading.Thread(target=spin) for _ in range(cpu_threads)]
    for s in spinners:
        s.start()
    time.sleep(0.05)
    t0 = time.perf_counter()
    for _ in range(OPS):
        time.sleep(0.0005)
    per = (time.perf_counter() - t0) / OPS
    stop = True
    for s in spinners:
        s.join()
    return per


result = {}
io_latency(2)  # warm-up
for interval in (0.005, 0.0005):
    sys.setswitchinterval(interval)
    for k in (0, 1, 2):
        result["interval_%gms_cpu_%d_ms" % (interval * 1000, k)] = round(io_latency(k) * 1000, 3)
print(json.dumps(result))
