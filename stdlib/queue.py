"""Synchronized queues for passing work between threads: Queue (FIFO),
LifoQueue, PriorityQueue and SimpleQueue.

Queue and its subclasses share one mutex among three conditions (not_empty,
not_full, all_tasks_done); every wait is a Condition.wait_for on a predicate,
so timeouts and spurious wakeups are handled in one place. Subclasses change
the storage only, through the four hooks _init, _qsize, _put and _get.
"""

import threading
import types
from collections import deque
from heapq import heappop, heappush

from _queue import Empty, SimpleQueue

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class Queue:
    """A FIFO queue for threads, holding at most maxsize items when
    maxsize > 0 (otherwise unbounded)."""

    def __init__(self, maxsize=0):
        self._setup(maxsize, threading.Lock())

    def _setup(self, maxsize, lock):
        """The bound, the storage (made by the _init hook, which may look at
        self.maxsize), the task counter, and one lock shared by the three
        conditions threads wait on."""
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0
        self.mutex = lock
        for name in ('not_empty', 'not_full', 'all_tasks_done'):
            setattr(self, name, threading.Condition(lock))

    # -- storage hooks (overridden by LifoQueue, PriorityQueue, user classes)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # -- the one routine behind put() and get()

    def _has_room(self):
        return self._qsize() < self.maxsize

    def _has_item(self):
        return self._qsize() > 0

    def _transfer(self, putting, item, block, timeout):
        """put(item) when putting is true, else get(): wait under the mutex
        until the queue is ready (not full / not empty), move one item, and
        wake a thread waiting for the opposite change."""
        if putting:
            must_wait = self.maxsize > 0
            ready, gate, failure = self._has_room, self.not_full, Full
        else:
            must_wait = True
            ready, gate, failure = self._has_item, self.not_empty, Empty
        with self.mutex:
            if must_wait:
                if block and timeout is not None and timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                if not ready() and (not block or not gate.wait_for(ready, timeout)):
                    raise failure
            if putting:
                self._put(item)
                self.unfinished_tasks += 1
                self.not_empty.notify()
                return None
            item = self._get()
            self.not_full.notify()
            return item

    # -- the public operations

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for a free slot when the queue is bounded and
        full (forever if timeout is None, else at most timeout seconds);
        Full when none became free."""
        self._transfer(True, item, block, timeout)

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one if necessary
        (forever if timeout is None, else at most timeout seconds); Empty
        when none came."""
        return self._transfer(False, None, block, timeout)

    def put_nowait(self, item):
        """put(item) without waiting: Full when there is no free slot."""
        self.put(item, False)

    def get_nowait(self):
        """get() without waiting: Empty when there is no item."""
        return self.get(False)

    def task_done(self):
        """Mark one item taken by get() as processed; when every item put
        has been marked, join() returns."""
        with self.mutex:
            self._settle_one()

    def _settle_one(self):
        left = self.unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = left
        if left == 0:
            self.all_tasks_done.notify_all()

    def join(self):
        """Wait until task_done() has been called for every item put."""
        settled = self.all_tasks_done
        with settled:
            settled.wait_for(self._all_done)

    def _all_done(self):
        return not self.unfinished_tasks

    def _count_now(self):
        with self.mutex:
            return self._qsize()

    def qsize(self):
        """The number of items (a snapshot: it may change at once)."""
        return self._count_now()

    def empty(self):
        """True when there is no item (a snapshot)."""
        return self._count_now() == 0

    def full(self):
        """True when a bounded queue has no free slot (a snapshot)."""
        bound = self.maxsize
        return bound > 0 and self._count_now() >= bound

    __class_getitem__ = classmethod(types.GenericAlias)


def _list_storage(self, maxsize):
    self.queue = []


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    _init = _list_storage

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue that returns its smallest item first (a heap); items are
    usually (priority, data) tuples."""

    _init = _list_storage

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)
