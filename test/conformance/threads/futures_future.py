# concurrent.futures.Future driven by hand (no executor): states, reprs,
# results and exceptions, timeouts, cancellation, callbacks (including ones
# added after completion and ones that raise, which are logged), misuse.
import concurrent.futures as cf
import io
import re
import sys
from concurrent.futures import _base


def shown(obj):
    """A repr or message with the address taken out."""
    return re.sub(r'0x[0-9a-f]+', '0x?', str(obj))


def attempt(label, fn, *args):
    try:
        print(label, '->', repr(fn(*args)))
    except BaseException as e:
        print(label, '->', type(e).__name__, shown(e))


def logged(label, fn, *args):
    """attempt() with stderr captured: what was logged, ids hidden."""
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        attempt(label, fn, *args)
    finally:
        text, sys.stderr = sys.stderr.getvalue(), saved
    print('  logged:', re.sub(r'Future -?\d+', 'Future ID', text.strip()))


def state(f):
    return (shown(repr(f)), f.running(), f.done(), f.cancelled(), f._state)


print(sorted(cf.__all__))
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, _base.Error),
      issubclass(cf.InvalidStateError, _base.Error), issubclass(_base.Error, Exception),
      issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(_base.PENDING, _base.RUNNING, _base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)
print(cf.Future[int])

# the happy path
f = cf.Future()
print(state(f))
attempt('result(0) pending', f.result, 0)
attempt('exception(0.01) pending', f.exception, 0.01)
print('start', f.set_running_or_notify_cancel(), state(f))
attempt('cancel running', f.cancel)
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), f.result(timeout=0))
attempt('set_result again', f.set_result, 3)
attempt('set_exception after result', f.set_exception, ValueError())
attempt('cancel finished', f.cancel)
logged('set_running finished', f.set_running_or_notify_cancel)

# a result of None and reprs of other result types
for value in (None, 'text', 3.5, f):
    g = cf.Future()
    g.set_result(value)
    print(shown(repr(g)))

# exceptions
f = cf.Future()
err = KeyError('k')
f.set_exception(err)
print(state(f), f.exception() is err)
try:
    f.result()
except KeyError as e:
    print('result raised', repr(e), e is err)
attempt('set_result after exception', f.set_result, 1)

# cancellation, then what an executor does with it
f = cf.Future()
print('cancel', f.cancel(), f.cancel(), state(f))
attempt('result cancelled', f.result)
attempt('exception cancelled', f.exception, 0)
attempt('set_result cancelled', f.set_result, 1)
print('notify', f.set_running_or_notify_cancel(), state(f))
logged('set_running again', f.set_running_or_notify_cancel)
attempt('cancel notified', f.cancel)

# callbacks: order, a callback added after completion runs at once
events = []
f = cf.Future()
f.add_done_callback(lambda fut: events.append(('first', fut.result())))
f.add_done_callback(lambda fut: events.append(('second', fut.done())))
print('before', events)
f.set_result(7)
print('after', events)
f.add_done_callback(lambda fut: events.append(('late', fut.result())))
print('late', events[-1])

# callbacks on cancellation, and callbacks that raise are logged to stderr
events = []
f = cf.Future()
f.add_done_callback(lambda fut: events.append(('cancelled?', fut.cancelled())))
f.cancel()
print('cancel callbacks', events)

saved, sys.stderr = sys.stderr, io.StringIO()
try:
    f = cf.Future()
    f.add_done_callback(lambda fut: 1 / 0)
    f.add_done_callback(lambda fut: events.append('ran after the failing one'))
    f.set_result(1)
    f.add_done_callback(lambda fut: [][1])
    log = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print(events[-1])
lines = log.splitlines()
print([shown(line) for line in lines if line.startswith('exception calling')])
print([line for line in lines if 'Error' in line and not line.startswith(' ')])

# a BaseException from a callback is not swallowed
f = cf.Future()
def stop(fut):
    raise KeyboardInterrupt('stop')
f.add_done_callback(stop)
attempt('BaseException callback', f.set_result, 1)
print(f.done())

# InvalidStateError message shape
f = cf.Future()
f.set_result(1)
try:
    f.set_result(2)
except cf.InvalidStateError as e:
    print(shown(e))
