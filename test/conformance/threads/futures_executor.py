# ThreadPoolExecutor: submit, map (order, timeout, errors), shutdown with and
# without waiting and with cancel_futures, the context manager, argument
# checks, worker names, lazy start and reuse of idle workers, initializers,
# BrokenThreadPool; the abstract Executor; ProcessPoolExecutor's import.
import concurrent.futures as cf
import io
import os
import re
import sys
import threading
import time
from concurrent.futures import thread as cf_thread


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', repr(fn(*args, **kwargs)))
    except BaseException as e:
        print(label, '->', type(e).__name__, re.sub(r'0x[0-9a-f]+', '0x?', str(e)))


print(cf.ThreadPoolExecutor is cf_thread.ThreadPoolExecutor,
      issubclass(cf_thread.BrokenThreadPool, cf.BrokenExecutor),
      issubclass(cf.ThreadPoolExecutor, cf.Executor))
print('default workers', cf.ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() or 1) + 4))
attempt('max_workers=0', cf.ThreadPoolExecutor, 0)
attempt('max_workers=-1', cf.ThreadPoolExecutor, max_workers=-1)
attempt('initializer not callable', cf.ThreadPoolExecutor, 2, initializer=3)
attempt('abstract submit', cf.Executor().submit, print)
attempt('abstract shutdown', cf.Executor().shutdown)
with cf.Executor() as plain:
    print('abstract context manager', type(plain).__name__)
attempt('abstract map', lambda: list(cf.Executor().map(abs, [1])))

# submit with args and kwargs; results and exceptions
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
    f1 = ex.submit(divmod, 17, 5)
    f2 = ex.submit(sorted, [3, 1, 2], reverse=True)
    f3 = ex.submit(int, 'nope')
    f4 = ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, fn=3, self=4)
    print(f1.result(), f2.result(), f4.result())
    print(type(f3.exception()).__name__, f3.exception())
    attempt('f3.result', f3.result)
    print(re.sub(r'0x[0-9a-f]+', '0x?', repr(f1)))

# map: order kept, lazy iteration, zip semantics, chunksize accepted
with cf.ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda x: x * x, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6], chunksize=3)))
    print(list(ex.map(str, [])))
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(it), next(it))
    attempt('map error', next, it)
    attempt('map exhausted', next, it)
    attempt('map not iterable', ex.map, abs, 5)

# map timeout: the results not ready in time raise TimeoutError; the rest
# of the calls are cancelled when the iterator is left
gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    it = ex.map(lambda x: gate.wait(5) and x, [1, 2, 3], timeout=0.05)
    attempt('map timeout', next, it)
    gate.set()

# shutdown: submit afterwards fails; shutdown twice is fine
ex = cf.ThreadPoolExecutor(2)
fut = ex.submit(time.sleep, 0.01)
ex.shutdown()
print('after shutdown', fut.done(), fut.result())
attempt('submit after shutdown', ex.submit, print)
attempt('map after shutdown', ex.map, abs, [1])
ex.shutdown()
ex.shutdown(wait=False)

# shutdown(wait=False) returns at once, the work still completes
release = threading.Event()
ex = cf.ThreadPoolExecutor(1)
slow = ex.submit(lambda: release.wait(5) and 'slow done')
ex.shutdown(wait=False)
print('shutdown(wait=False) returned; running?', slow.done())
release.set()
print(slow.result(timeout=5))

# cancel_futures: queued calls are cancelled, the running one finishes
release = threading.Event()
started = threading.Event()
ex = cf.ThreadPoolExecutor(1)
def blocker():
    started.set()
    release.wait(5)
    return 'first'
first = ex.submit(blocker)
started.wait(5)
queued = [ex.submit(abs, -i) for i in range(5)]
ex.shutdown(wait=False, cancel_futures=True)
release.set()
ex.shutdown(wait=True)
print('cancel_futures', first.result(), [q.cancelled() for q in queued])

# the context manager shuts down and waits
with cf.ThreadPoolExecutor(3) as ex:
    futs = [ex.submit(time.sleep, 0.01) for _ in range(6)]
print('context exit waited', all(f.done() for f in futs))
attempt('submit after with', ex.submit, abs, 1)

# worker names, lazy start, reuse of idle workers
ex = cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='crew')
print('threads before submit', len(ex._threads))
for i in range(4):
    print('sequential', i, ex.submit(lambda: threading.current_thread().name).result())
    time.sleep(0.1)     # the worker goes back to waiting for work
print('threads after sequential submits', len(ex._threads))
barrier = threading.Barrier(3)
names = [ex.submit(lambda: (barrier.wait(5), threading.current_thread().name)[1]) for _ in range(3)]
print('concurrent', sorted(f.result() for f in names))
print('threads capped', len(ex._threads))
ex.shutdown()
ex = cf.ThreadPoolExecutor(1)
name = ex.submit(lambda: threading.current_thread().name).result()
print('default prefix', re.sub(r'-\d+_', '-N_', name))
ex.shutdown()

# initializer and initargs run once per worker
seen = []
def init(tag, store):
    store.append((tag, threading.current_thread().name))
with cf.ThreadPoolExecutor(2, 'ini', init, ('hello', seen)) as ex:
    print([ex.submit(abs, -i).result() for i in range(3)])
print('initializer runs', len(seen) >= 1, all(tag == 'hello' for tag, _ in seen))

# a failing initializer breaks the pool
def bad_init():
    raise OSError('cannot set up')
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
    f = ex.submit(abs, -1)
    exc = f.exception(timeout=5)
    log = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print('broken', type(exc).__name__, exc)
print('logged', log.splitlines()[0], log.rstrip().splitlines()[-1])
attempt('submit to broken pool', ex.submit, abs, 1)
ex.shutdown()

# ProcessPoolExecutor can be imported (using it is not compared here: gilvm
# has no processes)
from concurrent.futures import ProcessPoolExecutor
print(ProcessPoolExecutor.__name__, issubclass(ProcessPoolExecutor, cf.Executor))
