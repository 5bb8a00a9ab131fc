# signal.alarm, pause and the sleeps a handler interrupts: a handler that returns
# lets time.sleep and Lock.acquire go on to their deadlines (PEP 475); one that
# raises ends them.
import signal
import threading
import time

got = []


def on_alarm(signum, frame):
    got.append(signum)
    print('alarm', signal.Signals(signum).name, flush=True)


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1))
t0 = time.monotonic()
time.sleep(1.6)
print('slept to the end:', time.monotonic() - t0 >= 1.55, got)

signal.alarm(1)
signal.pause()
print('after pause', got)

lock = threading.Lock()
lock.acquire()
signal.alarm(1)
t0 = time.monotonic()
print('acquire:', lock.acquire(timeout=1.6), time.monotonic() - t0 >= 1.55, got)

print(signal.alarm(10))
left = signal.alarm(0)
print(9 <= left <= 10)
print(signal.alarm(0))


class Timeout(Exception):
    pass


def raise_timeout(signum, frame):
    raise Timeout('too slow')


signal.signal(signal.SIGALRM, raise_timeout)
signal.alarm(1)
t0 = time.monotonic()
try:
    time.sleep(5)
except Timeout as e:
    print('Timeout:', e, time.monotonic() - t0 < 3)
signal.alarm(1)
try:
    while True:
        pass
except Timeout as e:
    print('loop ended:', e)
