# os.kill to other processes and its errors, os.sched_getaffinity, os.getloadavg,
# and os._exit from a thread: no atexit functions, no waiting for the thread
# that sleeps, the exit status given.
import atexit
import os
import sys
import threading
import time

try:
    os.kill(2 ** 22 + 12345, 0)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.kill(1, 0)
    print('init exists')
except PermissionError as e:
    print('init exists')
for args in [(os.getpid(), 99), (os.getpid(), -1), ('1', 0), (os.getpid(),)]:
    try:
        os.kill(*args)
    except Exception as e:
        print(type(e).__name__, e)
os.kill(os.getpid(), 0)
print('signal 0 to itself: no effect')

cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) for c in cpus), len(cpus) <= os.cpu_count())
print(os.sched_getaffinity(os.getpid()) == cpus)
try:
    os.sched_getaffinity(2 ** 22 + 12345)
except OSError as e:
    print(type(e).__name__, e)
load = os.getloadavg()
print(type(load).__name__, len(load), all(isinstance(x, float) and x >= 0 for x in load))

atexit.register(print, 'atexit: not printed')
print('exiting', flush=True)


def ender():
    os._exit(3)


threading.Thread(target=lambda: time.sleep(30), daemon=False).start()
threading.Thread(target=ender).start()
time.sleep(30)
print('not reached')
