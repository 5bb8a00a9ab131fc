# signal.alarm interrupting a lock wait (PEP 475: a handler that returns lets Lock.acquire
# go on to its deadline) and a handler that raises, ending a sleep and a busy loop.
import signal
import threading
import time

got = []


def on_alarm(signum, frame):
    got.append(signum)
    print('alarm', signal.Signals(signum).name, flush=True)


signal.signal(signal.SIGALRM, on_alarm)

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
