"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads.

The executor is a thin front over a private _Crew: the work queue, the
worker threads, the count of idle workers and the pool's flags. Workers hold
the crew, never the executor, so an executor that nobody references can be
collected; a weak reference to it then closes the crew and its workers leave.
Workers start lazily, one per submit that finds no idle worker, up to
max_workers. At interpreter exit (threading's pre-join hooks, as CPython)
every crew drains its queue: work submitted without shutdown() still runs.
"""

import itertools
import os
import queue
import threading
import weakref

from concurrent.futures import _base

_STOP = None                     # queued to wake a worker that should leave
_exiting = False                 # the interpreter is shutting down
_crews_lock = threading.Lock()   # guards _exiting and _live_crews
_live_crews = set()              # crews whose workers may still be running


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot run anything."""


class _Task:
    """One submitted call and the future that receives its outcome."""

    __slots__ = ('future', 'call', 'args', 'kwargs')

    def __init__(self, future, call, args, kwargs):
        self.future = future
        self.call = call
        self.args = args
        self.kwargs = kwargs

    def execute(self):
        fut = self.future
        if not fut.set_running_or_notify_cancel():
            return
        try:
            value = self.call(*self.args, **self.kwargs)
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(value)


class _Crew:
    """What the executor and its workers share."""

    def __init__(self):
        self.tasks = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.threads = set()
        self.idle = 0
        self.closed = False
        self.broken = None
        self.alive = 0           # workers that have not left yet
        self.owner = None        # weak reference to the executor

    def abandoned(self, _ref=None):
        """The executor was collected without shutdown(): let workers go.
        This runs as a weakref callback, possibly inside a worker holding
        self.lock, so it takes no lock (SimpleQueue.put takes none)."""
        self.closed = True
        self.tasks.put(_STOP)

    def take_idle(self):
        """With the lock held: claim an idle worker for new work, if any."""
        if self.idle > 0:
            self.idle -= 1
            return True
        return False

    def drain(self):
        """Remove every queued task; the tasks removed."""
        removed = []
        while True:
            try:
                task = self.tasks.get_nowait()
            except queue.Empty:
                return removed
            if task is not _STOP:
                removed.append(task)

    def break_down(self, reason):
        """A worker's initializer failed: refuse new work and fail every
        queued call with BrokenThreadPool."""
        with self.lock:
            self.broken = reason
            doomed = self.drain()
        for task in doomed:
            try:
                task.future.set_exception(BrokenThreadPool(reason))
            except _base.InvalidStateError:
                pass    # cancelled meanwhile

    def work(self, initializer, initargs):
        """The body of each worker thread."""
        try:
            self._work(initializer, initargs)
        finally:
            with _crews_lock:
                self.alive -= 1
                if not self.alive and (self.closed or self.broken):
                    _live_crews.discard(self)

    def _work(self, initializer, initargs):
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                self.break_down('A thread initializer failed, the thread pool is not usable anymore')
                return
        try:
            self._serve()
        except BaseException:
            _base.LOGGER.critical('Exception in worker', exc_info=True)

    def _serve(self):
        tasks = self.tasks
        while True:
            try:
                task = tasks.get_nowait()
            except queue.Empty:
                with self.lock:
                    self.idle += 1
                task = tasks.get()
            if task is not _STOP:
                task.execute()
                task = None
                continue
            if self.closed or _exiting:
                tasks.put(_STOP)     # pass it on to the next worker
                return


def _default_workers():
    return min(32, (os.cpu_count() or 1) + 4)


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on at most max_workers threads (default
    min(32, os.cpu_count() + 4)), named thread_name_prefix + '_N'; each
    worker first calls initializer(*initargs)."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _default_workers()
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or f'ThreadPoolExecutor-{self._counter()}'
        self._initializer = initializer
        self._initargs = initargs
        crew = _Crew()
        crew.owner = weakref.ref(self, crew.abandoned)
        self._crew = crew

    @property
    def _threads(self):
        return self._crew.threads

    @property
    def _work_queue(self):
        return self._crew.tasks

    @property
    def _shutdown(self):
        return self._crew.closed

    @property
    def _broken(self):
        return self._crew.broken or False

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker; its Future."""
        crew = self._crew
        with _crews_lock, crew.lock:
            if crew.broken:
                raise BrokenThreadPool(crew.broken)
            if crew.closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            crew.tasks.put(_Task(future, fn, args, kwargs))
            if not crew.take_idle() and len(crew.threads) < self._max_workers:
                self._hire(crew)
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _hire(self, crew):
        """Start one more worker (crew.lock and _crews_lock held)."""
        name = f'{self._thread_name_prefix}_{len(crew.threads)}'
        worker = threading.Thread(name=name, target=crew.work,
                                  args=(self._initializer, self._initargs))
        if _register_hook is None:
            worker.daemon = True
        worker.start()
        # The worker cannot leave before these: its exit takes _crews_lock.
        crew.threads.add(worker)
        crew.alive += 1
        _live_crews.add(crew)

    def shutdown(self, wait=True, *, cancel_futures=False):
        crew = self._crew
        with crew.lock:
            crew.closed = True
            dropped = crew.drain() if cancel_futures else ()
            crew.tasks.put(_STOP)
        for task in dropped:
            task.future.cancel()
        if wait:
            for worker in list(crew.threads):
                worker.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _finish_all_pools():
    """Before the interpreter joins its threads: wake every pool's workers
    and wait until they have run all queued work and left."""
    global _exiting
    with _crews_lock:
        _exiting = True
        crews = list(_live_crews)
    for crew in crews:
        crew.tasks.put(_STOP)
    for crew in crews:
        for worker in list(crew.threads):
            worker.join()


_register_hook = getattr(threading, '_register_atexit', None)
if _register_hook is not None:
    _register_hook(_finish_all_pools)
else:
    # No pre-join hook in this threading: workers are daemon threads (not
    # waited for by threading's shutdown) and are drained by atexit instead.
    import atexit
    atexit.register(_finish_all_pools)
