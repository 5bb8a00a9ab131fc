# CPython 3.12 refuses new threads once the interpreter finalizes: while the main thread waits
# for non-daemon threads at exit, and in atexit callbacks; both _thread and threading refuse.
import _thread
import atexit
import threading
import time


def child(tag, done=None):
    print("child ran", tag)
    if done is not None:
        done.release()


def try_start(where):
    done = _thread.allocate_lock()
    done.acquire()
    try:
        _thread.start_new_thread(child, (where, done))
    except RuntimeError as e:
        print(where, "_thread:", type(e).__name__, e)
    else:
        done.acquire(timeout=30)
    t = threading.Thread(target=child, args=(where,))
    try:
        t.start()
    except RuntimeError as e:
        print(where, "threading:", type(e).__name__, e, t.is_alive(), t.ident)
    else:
        t.join()


def parent():
    time.sleep(0.3)  # by now the main module has ended: the interpreter waits for this thread
    try_start("during shutdown")


# Before the end, starting threads works, from the main thread and from another.
try_start("before the end")
t = threading.Thread(target=try_start, args=("from a thread",))
t.start()
t.join()

atexit.register(try_start, "in atexit")
threading.Thread(target=parent).start()
print("main module done")
