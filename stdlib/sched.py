"""A generally useful event scheduler class.

gilvm's stdlib: written for gilvm, not copied from CPython.

A scheduler runs events (action(*argument, **kwargs)) at the times they were entered
for, in the order (time, priority, sequence): lower priority numbers go first at equal
times, and the order of entry breaks the remaining ties. Time is whatever timefunc
returns (time.monotonic by default) and delayfunc (time.sleep by default) waits; both
may be simulated, so a program can run a schedule without waiting at all.

Design: the pending events live in a heap of Event named tuples, guarded by one RLock,
so threads may enter and cancel events while another thread runs the scheduler. The
lock is never held while an action or the delay function runs: both may change the
queue. After each action, delayfunc(0) is called, as CPython does, to let other
threads run.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = __name__

_FIELD_DOCS = (
    ('time', 'Numeric type compatible with the return value of the\n'
             'timefunc function passed to the constructor.'),
    ('priority', 'Events scheduled for the same time will be executed\n'
                 'in the order of their priority.'),
    ('sequence', 'A continually increasing sequence number that\n'
                 '    separates events if time and priority are equal.'),
    ('action', 'Executing the event means executing\n'
               'action(*argument, **kwargs)'),
    ('argument', 'argument is a sequence holding the positional\n'
                 'arguments for the action.'),
    ('kwargs', 'kwargs is a dictionary holding the keyword\n'
               'arguments for the action.'),
)


def _document_fields():
    # gilvm's field descriptors have a read-only __doc__: make new ones with the docs.
    try:
        from _collections import _tuplegetter
    except ImportError:
        _tuplegetter = None
    for index, (name, doc) in enumerate(_FIELD_DOCS):
        try:
            getattr(Event, name).__doc__ = doc
        except AttributeError:
            if _tuplegetter is not None:
                setattr(Event, name, _tuplegetter(index, doc))


_document_fields()

_sentinel = object()      # the default kwargs: a fresh {} for each event


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay
        functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time.

        Returns an ID for the event which can be used to remove it,
        if necessary.

        """
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """A variant that specifies the time as a relative time.

        This is actually the more commonly used interface.

        """
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue.

        This must be presented the ID as returned by enter().
        If the event is not in the queue, this raises ValueError.

        """
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def _next_step(self):
        """Under the lock: (None, None) when the queue is empty, (event, None) for the first
        event when it is due (it leaves the queue), else (event, how long until it is due)."""
        with self._lock:
            if not self._queue:
                return None, None
            event = self._queue[0]
            now = self.timefunc()
            if event.time > now:
                return event, event.time - now
            heapq.heappop(self._queue)
            return event, None

    def run(self, blocking=True):
        """Execute events until the queue is empty.
        If blocking is False executes the scheduled events due to
        expire soonest (if any) and then return the deadline of the
        next scheduled call in the scheduler.

        When there is a positive delay until the first event, the
        delay function is called and the event is left in the queue;
        otherwise, the event is removed from the queue and executed
        (its action function is called, passing it the argument).  If
        the delay function returns prematurely, it is simply
        restarted.

        It is legal for both the delay function and the action
        function to modify the queue or to raise an exception;
        exceptions are not caught but the scheduler's state remains
        well-defined so run() may be called again.

        """
        while True:
            event, wait = self._next_step()
            if event is None:
                return None
            if wait is None:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)       # let other threads run
            elif not blocking:
                return wait
            else:
                self.delayfunc(wait)    # the event stays queued: it may be cancelled meanwhile

    @property
    def queue(self):
        """An ordered list of upcoming events.

        Events are named tuples with fields for:
            time, priority, action, arguments, kwargs

        """
        with self._lock:
            pending = self._queue[:]
        return sorted(pending)
