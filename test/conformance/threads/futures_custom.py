# User subclasses of Executor and Future, futures completed from other
# threads while result() waits, callbacks that run in the completing
# thread, and map() of the base class over a custom submit().
import concurrent.futures as cf
import re
import threading


class InlineExecutor(cf.Executor):
    """Runs each call at once in the calling thread."""

    def __init__(self):
        self.calls = 0

    def submit(self, fn, /, *args, **kwargs):
        self.calls += 1
        f = cf.Future()
        f.set_running_or_notify_cancel()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as e:
            f.set_exception(e)
        return f


with InlineExecutor() as ex:
    print(ex.submit(max, 3, 9).result(), ex.submit(sorted, 'bca', key=None).result())
    print(list(ex.map(lambda a, b: a - b, [10, 20, 30], [1, 2, 3])), ex.calls)
    it = ex.map(lambda x: 1 / x, [1, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('map raised', e)
    print('map timeout on done futures', list(ex.map(abs, [-1, -2], timeout=0)))


class TaggedFuture(cf.Future):
    pass


t = TaggedFuture()
print(re.sub(r'0x[0-9a-f]+', '0x?', repr(t)))
t.set_exception(LookupError('missing'))
print(re.sub(r'0x[0-9a-f]+', '0x?', repr(t)))

# result() blocks until another thread completes the future; the callback
# runs in that thread
f = cf.Future()
where = []
f.add_done_callback(lambda fut: where.append(threading.current_thread().name))
def complete():
    f.set_running_or_notify_cancel()
    f.set_result('from the helper')
helper = threading.Thread(target=complete, name='helper')
threading.Timer(0.02, helper.start).start()
print(f.result(timeout=5), f.running(), f.done())
helper.join()
print('callback ran in', where)

# exception() waits the same way
g = cf.Future()
threading.Timer(0.02, lambda: g.set_exception(OSError(5, 'io'))).start()
e = g.exception(timeout=5)
print(type(e).__name__, e.errno, e.strerror)

# cancel() wakes a thread blocked in result()
h = cf.Future()
outcome = []
def waiter():
    try:
        h.result()
    except cf.CancelledError as exc:
        outcome.append(type(exc).__name__)
w = threading.Thread(target=waiter)
w.start()
threading.Timer(0.02, h.cancel).start()
w.join(5)
print('waiter saw', outcome)

# futures of two different pools in one wait()
with cf.ThreadPoolExecutor(1) as a, cf.ThreadPoolExecutor(1) as b:
    fs = [a.submit(pow, 2, 10), b.submit(pow, 3, 3)]
    done, not_done = cf.wait(fs, timeout=5)
    print(sorted(f.result() for f in done), len(not_done))
