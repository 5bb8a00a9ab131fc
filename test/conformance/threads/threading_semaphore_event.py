# Semaphore, BoundedSemaphore and Event: values, errors, timeouts, reprs (address removed).
import re
import threading
import warnings


def shown(obj):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


for bad in (-1, -5):
    try:
        threading.Semaphore(bad)
    except ValueError as e:
        print('ValueError', e)
s = threading.Semaphore(2)
print(shown(s))
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01), s.acquire(True, 0))
print(shown(s))
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
for n in (0, -1):
    try:
        s.release(n)
    except ValueError as e:
        print('ValueError', e)
s.release(3)
print(shown(s))
with s:
    print('inside', shown(s))
print(shown(s))
z = threading.Semaphore(0)
print(z.acquire(False), shown(z))

b = threading.BoundedSemaphore(2)
print(shown(b))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError', e)
b.release(2)
print(shown(b), isinstance(b, threading.Semaphore))
print(shown(threading.BoundedSemaphore()))

# a semaphore hands units to waiting threads
sem = threading.Semaphore(0)
got = []


def taker(i):
    if sem.acquire(timeout=10):
        got.append(i)


ts = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
sem.release(4)
for t in ts:
    t.join()
print('taken', sorted(got), shown(sem))

# Event
e = threading.Event()
print(shown(e), e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=-1))
e.set()
print(shown(e), e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print('isSet', e.isSet())
print([str(w.message) for w in caught])

# many waiters released by one set()
ev = threading.Event()
seen = []
lock = threading.Lock()


def waiter(i):
    r = ev.wait(10)
    with lock:
        seen.append((i, r))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(8)]
for t in ws:
    t.start()
ev.set()
for t in ws:
    t.join()
print(sorted(seen))

# a waiter that times out does not stop a later set() from waking the others
ev2 = threading.Event()
out = []
quick = threading.Thread(target=lambda: out.append(('quick', ev2.wait(0.01))))
slow = threading.Thread(target=lambda: out.append(('slow', ev2.wait(10))))
quick.start()
slow.start()
quick.join()
ev2.set()
slow.join()
print(out)
