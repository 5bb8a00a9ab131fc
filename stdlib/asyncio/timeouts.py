"""asyncio.timeout(): cancel the enclosing task when a deadline passes.

gilvm's stdlib: written for gilvm, not copied from CPython.

Entering a Timeout schedules a timer on the loop; when it fires it cancels the task
and marks the Timeout expiring. Leaving the block turns the resulting CancelledError
into TimeoutError, unless someone else also asked the task to cancel (the task's
cancelling() count, taken on entry, tells the two apart).
"""

import enum

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _State(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """An asynchronous context manager that cancels its task at loop time ``when``."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._when = when
        self._timer = None
        self._task = None
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._expire)
            else:
                self._timer = loop.call_at(when, self._expire)

    def expired(self):
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        extra = ''
        if self._state is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            extra = f' when={when}'
        return f'<Timeout [{self._state.value}]{extra}>'

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if (self._task.uncancel() <= self._cancelling
                    and exc_type is exceptions.CancelledError):
                raise TimeoutError from exc_val
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _expire(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timer = None


def timeout(delay):
    """A Timeout that expires delay seconds from now (never, for None)."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout that expires at loop time when (never, for None)."""
    return Timeout(when)
