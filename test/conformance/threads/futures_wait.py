# wait() and as_completed(): every return_when, timeouts, futures already
# done, cancelled futures, duplicates, invalid arguments; with hand-driven
# futures and with a pool. Sets are shown sorted by a label, never by id.
import concurrent.futures as cf
import threading
import time
from concurrent.futures import wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED


def make(label, outcome=None):
    """A hand-driven future named by label: outcome None keeps it pending,
    an exception instance finishes it with that, anything else is a result."""
    f = cf.Future()
    f.label = label
    if isinstance(outcome, BaseException):
        f.set_exception(outcome)
    elif outcome is not None:
        f.set_result(outcome)
    return f


def names(fs):
    return sorted(f.label for f in fs)


def show(label, res):
    print(label, type(res).__name__, 'done', names(res.done), 'not_done', names(res.not_done))


ok = make('ok', 1)
bad = make('bad', ValueError('x'))
pend = make('pending')

show('all done', wait([ok, bad]))
show('ALL timeout', wait([ok, pend], timeout=0.02))
show('FIRST_COMPLETED with one done', wait([ok, pend], return_when=FIRST_COMPLETED))
show('FIRST_COMPLETED none done, timeout', wait([pend], timeout=0.02, return_when=FIRST_COMPLETED))
show('FIRST_EXCEPTION with a failure', wait([ok, bad, pend], return_when=FIRST_EXCEPTION))
show('FIRST_EXCEPTION no failure', wait([ok, pend], timeout=0.02, return_when=FIRST_EXCEPTION))
show('empty', wait([]))
show('duplicates', wait([ok, ok, bad]))
res = wait([ok])
print('namedtuple', res._fields, res[0] is res.done, type(res.done).__name__)

try:
    wait([pend], return_when='SOMETIMES')
except ValueError as e:
    print('bad return_when', e)
show('bad return_when but all done', wait([ok], return_when='SOMETIMES'))

# a future cancelled by hand counts as done only once an executor saw it
c = make('cancelled')
c.cancel()
show('cancelled, not notified', wait([c], timeout=0.02))
c.set_running_or_notify_cancel()
show('cancelled and notified', wait([c], timeout=0.02))
show('cancelled is no exception', wait([c, pend], timeout=0.02, return_when=FIRST_EXCEPTION))

# wakeups from other threads
def later(f, delay, outcome):
    def go():
        time.sleep(delay)
        if isinstance(outcome, BaseException):
            f.set_exception(outcome)
        else:
            f.set_result(outcome)
    threading.Thread(target=go).start()

a, b = make('a'), make('b')
later(a, 0.02, 'A')
show('FIRST_COMPLETED woken', wait([a, b], timeout=5, return_when=FIRST_COMPLETED))
later(b, 0.01, 'B')
show('ALL_COMPLETED woken', wait([a, b], timeout=5))

a, b, d = make('a'), make('b'), make('d')
later(a, 0.01, RuntimeError('boom'))
show('FIRST_EXCEPTION woken', wait([a, b, d], timeout=5, return_when=FIRST_EXCEPTION))
b.set_result(1)
d.set_running_or_notify_cancel()
later(d, 0.01, 2)
show('FIRST_EXCEPTION runs to all', wait([b, d], timeout=5, return_when=FIRST_EXCEPTION))

# as_completed
print('as_completed done ones', names(as_completed([ok, bad, ok])))
a, b, c = make('a'), make('b'), make('c')
def finish_in_order():
    for f, v in ((c, 3), (a, 1), (b, 2)):
        time.sleep(0.01)
        f.set_result(v)
threading.Thread(target=finish_in_order).start()
print('as_completed order', [f.label for f in as_completed([a, b, c], timeout=5)])

p = make('never')
gen = as_completed([ok, p, make('never2')], timeout=0.05)
print('first', next(gen).label)
try:
    next(gen)
except TimeoutError as e:
    print('as_completed timeout', type(e).__name__, e)

gen = as_completed([make('x')], timeout=0)
try:
    next(gen)
except TimeoutError as e:
    print('timeout=0', e)
print('as_completed empty', list(as_completed([])))

# the timeout is counted from the first next(), not from the call
late = make('late')
gen = as_completed([late], timeout=1.0)
time.sleep(1.2)
later(late, 0.01, 5)
print('deadline from first next', [f.label for f in gen])

# with an executor: a cancelled pending call is reported once the worker sees it
gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    blocker = ex.submit(gate.wait, 5)
    victim = ex.submit(abs, -1)
    print('cancel queued', victim.cancel())
    blocker.label, victim.label = 'blocker', 'victim'
    threading.Timer(0.02, gate.set).start()
    print('as_completed with a cancelled call', sorted(f.label for f in as_completed([blocker, victim], timeout=5)))

with cf.ThreadPoolExecutor(4) as ex:
    futs = [ex.submit(lambda i=i: (time.sleep(0.001 * (i % 3)), i)[1]) for i in range(20)]
    print('pool as_completed', sorted(f.result() for f in as_completed(futs)))
    res = wait(futs, return_when=ALL_COMPLETED)
    print('pool wait', len(res.done), len(res.not_done))

# negative timeouts give up at once
never = make('never again')
print('wait(-1)', names(wait([never], timeout=-1).not_done))
try:
    next(as_completed([never], timeout=-1))
except TimeoutError as e:
    print('as_completed(-1)', e)
try:
    never.result(-1)
except TimeoutError:
    print('result(-1) TimeoutError')
