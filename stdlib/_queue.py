"""gilvm's stand-in for CPython's C module _queue: the Empty exception and
SimpleQueue, an unbounded FIFO whose put never blocks.

SimpleQueue keeps its items in a deque and its blocked getters in a second
deque, one private _thread lock per waiting getter: put() appends the item and
releases the oldest parked getter, which then retries. Deque appends and
pops are single native calls, atomic under the GIL, so put() takes no lock
at all and can be called from anywhere (a finalizer, a callback) without
deadlocking.
"""

from _thread import allocate_lock as _new_lock, TIMEOUT_MAX as _LONGEST
from collections import deque as _deque
from operator import index as _as_index
from time import monotonic as _clock
import types as _types

__all__ = ['Empty', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


def _checked_seconds(timeout):
    """The timeout of a blocking get as a number of seconds (None: forever)."""
    if timeout is None:
        return None
    if not isinstance(timeout, float):
        timeout = _as_index(timeout)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if timeout * 1e9 >= 9223372036854775807:
        # CPython keeps timeouts as 64-bit nanosecond counts
        raise OverflowError('timestamp out of range for platform time_t')
    return timeout


class SimpleQueue:
    'Simple, unbounded, reentrant FIFO queue.'

    __slots__ = ('_sq_items', '_sq_parked')

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('SimpleQueue() takes no positional arguments')
        if kwargs:
            raise TypeError('SimpleQueue() takes no keyword arguments')
        self._sq_items = _deque()
        self._sq_parked = _deque()

    def put(self, item, block=True, timeout=None):
        """Append item; block and timeout exist for Queue's signature only."""
        self._sq_items.append(item)
        if self._sq_parked:
            self._wake_one()

    def _wake_one(self):
        try:
            gate = self._sq_parked.popleft()
        except IndexError:
            return
        gate.release()

    def _unpark(self, gate):
        """Take back the gate of a getter that stops waiting; False when a
        put already chose (released) it, so that wakeup went to this getter
        and must be used or passed on."""
        try:
            self._sq_parked.remove(gate)
            return True
        except ValueError:
            return False

    def put_nowait(self, item):
        """The same as put(item)."""
        self.put(item)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one if block is true
        (at most timeout seconds when it is not None); Empty when none came."""
        items = self._sq_items
        if not block:
            try:
                return items.popleft()
            except IndexError:
                raise Empty from None
        seconds = _checked_seconds(timeout)
        deadline = None if seconds is None else _clock() + seconds
        parked = self._sq_parked
        while True:
            try:
                return items.popleft()
            except IndexError:
                pass
            gate = _new_lock()
            gate.acquire()
            parked.append(gate)
            if items:
                # An item came between the failed pop and parking: unpark
                # (unless a put already took the gate) and retry at once.
                self._unpark(gate)
                continue
            try:
                if deadline is None:
                    gate.acquire()
                    continue
                left = deadline - _clock()
                if left > 0 and gate.acquire(True, min(left, _LONGEST)):
                    continue
            except BaseException:
                if not self._unpark(gate) and items:
                    self._wake_one()
                raise
            if not self._unpark(gate):
                # A put released this gate as the wait ended: its item is
                # ours to take if nobody was faster.
                try:
                    return items.popleft()
                except IndexError:
                    pass
            raise Empty

    def get_nowait(self):
        """The same as get(False)."""
        return self.get(False)

    def empty(self):
        """True when the queue holds no item (a snapshot)."""
        return not self._sq_items

    def qsize(self):
        """The number of items in the queue (a snapshot)."""
        return len(self._sq_items)

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '{type(self).__module__}.{type(self).__qualname__}' object")

    __class_getitem__ = classmethod(_types.GenericAlias)

