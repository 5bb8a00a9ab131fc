# Lock, RLock and Condition: errors, timeouts, notify counts and order, wait_for.
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('in with', lock.locked())
print(lock.locked(), threading.ThreadError is RuntimeError)

r = threading.RLock()
print(type(r).__name__, r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

# wait/notify without holding the lock
for cond in (threading.Condition(), threading.Condition(threading.Lock())):
    for call in (cond.wait, cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(call.__name__, 'RuntimeError', e)

# timeouts: wait returns False, wait_for returns the predicate's last value
c = threading.Condition()
with c:
    print('wait timeout', c.wait(0.01))
    print('wait zero', c.wait(0))
    print('wait_for false', c.wait_for(lambda: 0, timeout=0.01))
    print('wait_for true', c.wait_for(lambda: 'yes', timeout=0.01))
    print('wait_for no timeout, true at once', c.wait_for(lambda: [1]))

# notify(n) wakes exactly n waiters, in the order they began to wait
cond = threading.Condition(threading.Lock())
woken = []
ready = threading.Semaphore(0)
done = threading.Semaphore(0)


def waiter(i):
    with cond:
        ready.release()
        cond.wait()
        woken.append(i)
    done.release()


threads = []
for i in range(6):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    ready.acquire()             # waiter i holds the lock until it waits: it is queued
    threads.append(t)
with cond:
    cond.notify(0)
    cond.notify(-1)             # neither wakes anyone
    cond.notify(2)
done.acquire()
done.acquire()
time.sleep(0.02)                # a third wake-up (a bug) would show here
with cond:
    print('after notify(2)', sorted(woken))
    cond.notify()
done.acquire()
time.sleep(0.02)
with cond:
    print('after notify()', sorted(woken))
    cond.notify_all()
for t in threads:
    t.join()
print('after notify_all', sorted(woken), sorted(woken[:3]))

# wait_for with a producer; notify with nobody waiting is harmless
items = []
cv = threading.Condition()
with cv:
    cv.notify(5)


def produce():
    for i in range(5):
        with cv:
            items.append(i)
            cv.notify()


p = threading.Thread(target=produce)
with cv:
    p.start()
    got = cv.wait_for(lambda: len(items) == 5, timeout=10)
print('producer', got, items)
p.join()

# an RLock held recursively is fully released while waiting
rl = threading.RLock()
rc = threading.Condition(rl)
state = []


def other():
    with rc:
        state.append('other ran')
        rc.notify()


with rc:
    with rc:
        t = threading.Thread(target=other)
        t.start()
        rc.wait_for(lambda: state, timeout=10)
        print(state, rl._is_owned())
t.join()

with threading.Condition() as held:
    print('condition as context manager', held)

import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    cc = threading.Condition()
    with cc:
        cc.notifyAll()
print([str(w.message) for w in caught])
