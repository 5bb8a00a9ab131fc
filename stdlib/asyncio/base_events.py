"""The event loop: a ready queue, a heap of timers and a wakeup for other threads.

gilvm's stdlib: written for gilvm, not copied from CPython.

gilvm has no sockets or selectors, so the loop only runs callbacks. Each iteration
moves the timers that are due onto the ready queue (a deque) and runs the handles that
were ready when it started; the heap holds (when, sequence, handle) so that timers due
at the same time run in the order they were made. When nothing is ready the loop
sleeps on ``_wakeup``, a lock used as a binary semaphore: it stays held, the loop
blocks acquiring it until the next timer is due, and call_soon_threadsafe releases it
after appending to the ready queue, so a wakeup is never lost and nothing spins.
"""

import collections
import heapq
import sys
import threading
import time
import _thread

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import timeouts

__all__ = ('BaseEventLoop',)

_HEAP_SWEEP_MIN = 100       # sweep cancelled timers out of a heap at least this big ...
_HEAP_SWEEP_SHARE = 0.5     # ... once this share of it is cancelled
_THREAD_JOIN_TIMEOUT = 300  # how long asyncio.run waits for the default executor


def _check_callback(callback, method):
    if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
        raise TypeError(f'coroutines cannot be used with {method}()')
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


def _stop_loop_when_done(fut):
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._timers = []               # heap of (when, sequence, TimerHandle)
        self._timer_sequence = 0
        self._timers_cancelled = 0
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()
        self._thread_id = None
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._default_executor = None
        self._executor_shutdown_called = False
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._live_tasks = set()        # the loop's unfinished tasks, for all_tasks()
        self._current_task = None
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- state ---------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return time.monotonic()

    # -- scheduling ----------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            _check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            _check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)      # a deque append is atomic in both lock modes
        self._write_to_self()
        return handle

    def _write_to_self(self):
        try:
            self._wakeup.release()
        except RuntimeError:            # already released: a wakeup is pending
            pass

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            _check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_sequence += 1
        heapq.heappush(self._timers, (when, self._timer_sequence, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timers_cancelled += 1

    def stop(self):
        self._stopping = True

    # -- running -------------------------------------------------------

    def run_forever(self):
        self._check_closed()
        self._check_running()
        saved_hooks = sys.get_asyncgen_hooks()
        try:
            self._thread_id = threading.get_ident()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _sweep_timers(self):
        timers = self._timers
        if len(timers) > _HEAP_SWEEP_MIN and self._timers_cancelled > len(timers) * _HEAP_SWEEP_SHARE:
            kept = []
            for entry in timers:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            heapq.heapify(kept)
            self._timers = kept
            self._timers_cancelled = 0
        else:
            while timers and timers[0][2]._cancelled:
                self._timers_cancelled -= 1
                heapq.heappop(timers)[2]._scheduled = False

    def _run_once(self):
        """One iteration: wait for work, make due timers ready, run what is ready."""
        self._sweep_timers()
        ready, timers = self._ready, self._timers
        if ready or self._stopping:
            self._wakeup.acquire(False)         # take a pending wakeup, if any
        elif timers:
            delay = timers[0][0] - self.time()
            if delay > 0:
                self._wakeup.acquire(True, delay)
            else:
                self._wakeup.acquire(False)
        else:
            self._wakeup.acquire()
        due = self.time() + 1e-9
        while timers and timers[0][0] < due:
            handle = heapq.heappop(timers)[2]
            handle._scheduled = False
            ready.append(handle)
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        self._executor_shutdown_called = True
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    # -- futures and tasks ---------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                task.set_name(name)
            except AttributeError:
                pass
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- threads -------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            _check_callback(func, 'run_in_executor')
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        done = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
            except Exception as exc:
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_exception_unless_cancelled, done, exc)
            else:
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled, done, None)

        thread = threading.Thread(target=shut_down)
        thread.start()
        try:
            async with timeouts.timeout(timeout):
                await done
        except TimeoutError:
            import warnings
            warnings.warn('The executor did not finishing joining its threads within '
                          f'{timeout} seconds.', RuntimeWarning, stacklevel=2)
            executor.shutdown(wait=False)
        else:
            thread.join()

    # -- async generators ----------------------------------------------

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # -- signals (not supported) ---------------------------------------

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError

    def remove_signal_handler(self, sig):
        raise NotImplementedError

    # -- errors --------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context's message, its other keys and the exception's traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        from .log import logger
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                from .log import logger
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                from .log import logger
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler', exc_info=True)
