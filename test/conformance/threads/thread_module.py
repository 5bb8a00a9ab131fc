# The _thread module itself: starting threads, locks and their timeouts, RLock, idents, errors.
import _thread
import re
import time


def show(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def strip_address(text):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x?", text)


print(_thread.error is RuntimeError, type(_thread.TIMEOUT_MAX).__name__, _thread.TIMEOUT_MAX > 1e9)
print(_thread.LockType.__name__, _thread.LockType.__module__, _thread.RLock.__name__)
print(type(_thread.get_ident()).__name__, type(_thread.get_native_id()).__name__)
print(_thread.get_ident() == _thread.get_ident(), _thread._count())
print(_thread.stack_size(), _thread.daemon_threads_allowed())
show("stack_size(1000)", _thread.stack_size, 1000)
show("stack_size('x')", _thread.stack_size, "x")
print(_thread.stack_size(0))

# start_new_thread with args and kwargs; a lock tells the main thread it is done
done = _thread.allocate_lock()
done.acquire()
results = []


def work(a, b, *, c=0):
    results.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
print(type(ident).__name__)
done.acquire()
print(results)
show("not callable", _thread.start_new_thread, 1, ())
show("args not tuple", _thread.start_new_thread, work, [1, 2])
show("kwargs not dict", _thread.start_new_thread, work, (1, 2), 5)
show("one argument", _thread.start_new_thread, work)

# _count sees a running thread
gate = _thread.allocate_lock()
gate.acquire()
finished = _thread.allocate_lock()
finished.acquire()


def waiter():
    gate.acquire()
    finished.release()


_thread.start_new_thread(waiter, ())
time.sleep(0.05)
print("running threads", _thread._count())
gate.release()
finished.acquire()
time.sleep(0.05)
print("after", _thread._count())

# locks
lock = _thread.allocate_lock()
print(strip_address(repr(lock)))
print(lock.acquire(), lock.locked(), strip_address(repr(lock)))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
t0 = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
show("timeout -2", lock.acquire, timeout=-2)
show("non-blocking with timeout", lock.acquire, False, 1)
show("huge timeout", lock.acquire, timeout=1e20)
lock.release()
show("release unlocked", lock.release)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())
show("LockType()", _thread.LockType)

# a lock released by another thread
handoff = _thread.allocate_lock()
handoff.acquire()


def releaser():
    time.sleep(0.05)
    handoff.release()


_thread.start_new_thread(releaser, ())
print("acquired after release by another thread", handoff.acquire(timeout=5))

# RLock
r = _thread.RLock()
print(strip_address(repr(r)).replace(str(_thread.get_ident()), "ME"))
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(strip_address(repr(r)).replace(str(_thread.get_ident()), "ME"))
r.release()
print(r._recursion_count())
r.release()
show("release un-acquired", r.release)
print(r._is_owned(), r._recursion_count())
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
with r:
    with r:
        print("nested with", r._recursion_count())
show("release_save unowned", r._release_save)

other_result = []
r.acquire()


def try_other():
    other_result.append(r.acquire(False))
    other_result.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        other_result.append(str(e))
    handoff.release()


_thread.start_new_thread(try_other, ())
handoff.acquire()
print(other_result)
r.release()


# exit() and SystemExit in a thread end only that thread
def quitter():
    try:
        _thread.exit()
    finally:
        handoff.release()


_thread.start_new_thread(quitter, ())
handoff.acquire()
print("main goes on")
