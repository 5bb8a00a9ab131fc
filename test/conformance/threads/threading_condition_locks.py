# Condition over different locks: a plain Lock, an RLock, and user-defined lock classes (with and
# without the _is_owned/_release_save/_acquire_restore protocol). Reprs without addresses.
import re
import threading


def shown(obj):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


class CountingLock:
    """A lock that counts how it is used; no ownership protocol."""

    def __init__(self):
        self._lock = threading.Lock()
        self.calls = []

    def acquire(self, blocking=True, timeout=-1):
        self.calls.append('acquire')
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self.calls.append('release')
        self._lock.release()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


class OwnedLock(CountingLock):
    """With the protocol an RLock offers: Condition uses it instead of probing."""

    def __init__(self):
        super().__init__()
        self.owner = None

    def acquire(self, blocking=True, timeout=-1):
        got = super().acquire(blocking, timeout)
        if got:
            self.owner = threading.get_ident()
        return got

    def release(self):
        self.owner = None
        super().release()

    def _is_owned(self):
        self.calls.append('_is_owned')
        return self.owner == threading.get_ident()

    def _release_save(self):
        self.calls.append('_release_save')
        self.release()
        return 'saved'

    def _acquire_restore(self, state):
        self.calls.append(f'_acquire_restore({state})')
        self.acquire()


for make in (threading.Lock, threading.RLock, CountingLock, OwnedLock):
    lock = make()
    cond = threading.Condition(lock)
    print(make.__name__)
    try:
        cond.notify()
    except RuntimeError as e:
        print('  RuntimeError', e)
    box = []

    def signal():
        with cond:
            box.append('signalled')
            cond.notify()

    with cond:
        t = threading.Thread(target=signal)
        t.start()
        ok = cond.wait_for(lambda: box, timeout=10)
    t.join()
    print('  woke', bool(ok), box)
    with cond:
        print('  timeout', cond.wait(0.01))
    if isinstance(lock, CountingLock):
        ours = [c for c in lock.calls if c.startswith('_')]
        print('  protocol calls', sorted(set(ours)))
    print('  lock free afterwards', lock.acquire(False))
    lock.release()

c = threading.Condition(CountingLock())
print(type(c).__name__, shown(c).startswith('<Condition(<'), shown(c).endswith(', 0)>'))


# 'with condition' goes through the lock's own __enter__/__exit__
class Logged(CountingLock):
    def __enter__(self):
        self.calls.append('__enter__')
        return super().__enter__()

    def __exit__(self, *exc):
        self.calls.append('__exit__')
        return super().__exit__(*exc)


logged = Logged()
lc = threading.Condition(logged)
with lc as entered:
    print('entered is the lock', entered is logged)
print(logged.calls)
