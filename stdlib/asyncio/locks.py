"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore, Barrier.

gilvm's stdlib: written for gilvm, not copied from CPython.

Each primitive keeps a FIFO deque of futures, one per waiting task; waking a task sets
its future's result. A cancelled waiter leaves the deque in a finally block and hands
its turn on, so that a wakeup is never lost on a task that stopped waiting.
"""

import collections

from . import exceptions
from . import mixins

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class _AsyncWith:
    """``async with primitive:`` acquires and releases it."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _shown(obj, extra):
    """'<asyncio.locks.Kind object at 0x... [extra]>'"""
    return f'<{object.__repr__(obj)[1:-1]} [{extra}]>'


def _waiters_text(extra, waiters):
    return f'{extra}, waiters:{len(waiters)}' if waiters else extra


async def _wait_in(waiters, loop):
    """Queue a future on waiters and wait for it; it leaves the deque either way."""
    fut = loop.create_future()
    waiters.append(fut)
    try:
        return await fut
    finally:
        waiters.remove(fut)


def _wake_first(waiters, result=True):
    for fut in waiters:
        if not fut.done():
            fut.set_result(result)
            return True
    return False


class Lock(_AsyncWith, mixins._LoopBoundMixin):
    """A mutual-exclusion lock for tasks; not reentrant."""

    def __init__(self):
        self._waiters = collections.deque()
        self._locked = False

    def __repr__(self):
        return _shown(self, _waiters_text('locked' if self._locked else 'unlocked', self._waiters))

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        try:
            await _wait_in(self._waiters, self._get_loop())
        except exceptions.CancelledError:
            if not self._locked:        # we were woken as we were cancelled: pass it on
                _wake_first(self._waiters)
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_first(self._waiters)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        return _shown(self, _waiters_text('set' if self._value else 'unset', self._waiters))

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await _wait_in(self._waiters, self._get_loop())
        return True


class Condition(_AsyncWith, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return _shown(self, _waiters_text('locked' if self.locked() else 'unlocked', self._waiters))

    async def wait(self):
        """Release the lock, wait for a notify, take the lock back (even if cancelled)."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _wait_in(self._waiters, self._get_loop())
            return True
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AsyncWith, mixins._LoopBoundMixin):
    """A counter that acquire() decrements, waiting while it is 0."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = collections.deque()
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _shown(self, _waiters_text(extra, self._waiters))

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():     # it was handed the count as we were cancelled
                self._value += 1
                self._wake_next()
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(mixins._LoopBoundMixin):
    """Tasks wait() until ``parties`` of them are waiting, then all go on.

    Each round is a list of futures; the task that completes a round resolves them all
    and a new round starts at once, so there is no draining phase to wait through.
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._round = []
        self._broken = False

    def __repr__(self):
        if self._broken:
            return _shown(self, 'broken')
        return _shown(self, f'filling, waiters:{self.n_waiting}/{self.parties}')

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        if self._broken:
            raise exceptions.BrokenBarrierError('Barrier aborted')
        index = len(self._round)
        if index + 1 == self._parties:
            this_round, self._round = self._round, []
            for fut in this_round:
                if not fut.done():
                    fut.set_result(None)
            return index
        fut = self._get_loop().create_future()
        self._round.append(fut)
        try:
            await fut
        except exceptions.CancelledError:
            if fut in self._round:
                self._round.remove(fut)
            raise
        return index

    def _break_round(self):
        this_round, self._round = self._round, []
        for fut in this_round:
            if not fut.done():
                fut.set_exception(exceptions.BrokenBarrierError('Abort or reset of barrier'))

    async def reset(self):
        """Send the waiting tasks BrokenBarrierError and start empty (unbroken)."""
        self._break_round()
        self._broken = False

    async def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        self._broken = True
        self._break_round()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return len(self._round)

    @property
    def broken(self):
        return self._broken
