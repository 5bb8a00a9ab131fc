"""Task, which drives a coroutine on a loop, and the functions built on tasks.

gilvm's stdlib: written for gilvm, not copied from CPython.

A Task is a Future whose result is its coroutine's. Each step sends None into the
coroutine (or throws the exception it should see) inside the task's own context; when
the coroutine yields a blocking Future the task adds its wakeup to that future and
sleeps, a bare ``yield`` gives up one loop iteration. cancel() cancels the future the
task waits on, or marks the task so that its next step throws CancelledError.
"""

import contextvars
import itertools
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
           'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks')

FIRST_COMPLETED = 'FIRST_COMPLETED'       # the values of concurrent.futures' constants
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_task_numbers = itertools.count(1)


# -- which tasks exist and which one runs ------------------------------------------

def _live_set(loop):
    live = getattr(loop, '_live_tasks', None)
    if live is None:        # a loop of another implementation
        live = loop._live_tasks = set()
    return live


def _register_task(task):
    _live_set(futures._get_loop(task)).add(task)


def _unregister_task(task):
    _live_set(futures._get_loop(task)).discard(task)


def _enter_task(loop, task):
    running = getattr(loop, '_current_task', None)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {running!r} is being executed.')
    loop._current_task = task


def _leave_task(loop, task):
    running = getattr(loop, '_current_task', None)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {running!r}.')
    loop._current_task = None


def current_task(loop=None):
    """The task running on loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return getattr(loop, '_current_task', None)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_live_set(loop)) if not task.done()}


# -- Task ---------------------------------------------------------------------------

class Task(futures.Future):
    """A coroutine scheduled to run on a loop, as a Future of its result."""

    _must_cancel = False        # throw CancelledError at the next step
    _fut_waiter = None          # the future the coroutine waits on
    _coro = None
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = f'Task-{next(_task_numbers)}' if name is None else str(name)
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        _register_task(self)
        if eager_start and self._loop.is_running():
            self.__step_eagerly()
        else:
            self._loop.call_soon(self.__step, context=self._context)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        if self._coro is not None:
            info.insert(2, f'coro=<{coroutines._coroutine_text(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frames = []
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        import traceback
        import sys
        file = sys.stderr if file is None else file
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f'No stack for {self!r}', file=file)
        elif self._exception is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        summary = traceback.StackSummary.extract((f, f.f_lineno) for f in frames)
        for line in summary.format():
            print(line, file=file, end='')
        if self._exception is not None:
            for line in traceback.format_exception_only(self._exception):
                print(line, file=file, end='')

    def cancel(self, msg=None):
        """Ask the coroutine to stop: CancelledError is thrown into it at its next step."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            return True       # the wakeup will throw the waiter's CancelledError in
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __finish(self, outcome, value):
        _unregister_task(self)
        if outcome == 'result':
            super().set_result(value)
        elif outcome == 'exception':
            super().set_exception(value)
        else:
            super().cancel(msg=value)

    def __step_eagerly(self):
        prior = getattr(self._loop, '_current_task', None)
        if prior is not None:
            _leave_task(self._loop, prior)
        try:
            self._context.run(self.__step)
        finally:
            if prior is not None:
                _enter_task(self._loop, prior)

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:       # cancelled while finishing: cancelled wins
                self._must_cancel = False
                self.__finish('cancel', self._cancel_message)
            else:
                self.__finish('result', stop.value)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            self.__finish('cancel', None)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self.__finish('exception', fatal)
            raise
        except BaseException as error:
            self.__finish('exception', error)
        else:
            self.__wait_on(yielded)
        finally:
            _leave_task(loop, self)

    def __wait_on(self, yielded):
        """What to do with what the coroutine yielded."""
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            if yielded is None:             # a bare yield: run again next iteration
                self._loop.call_soon(self.__step, context=self._context)
                return
            if isinstance(yielded, types.GeneratorType):
                problem = RuntimeError(f'yield was used instead of yield from for '
                                       f'generator in task {self!r} with {yielded!r}')
            else:
                problem = RuntimeError(f'Task got bad yield: {yielded!r}')
        elif futures._get_loop(yielded) is not self._loop:
            problem = RuntimeError(f'Task {self!r} got Future {yielded!r} '
                                   f'attached to a different loop')
        elif not blocking:
            problem = RuntimeError(f'yield was used instead of yield from '
                                   f'in task {self!r} with {yielded!r}')
        elif yielded is self:
            problem = RuntimeError(f'Task cannot await on itself: {self!r}')
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self.task_wakeup, context=self._context)
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        self._loop.call_soon(self.__step, problem, context=self._context)

    def task_wakeup(self, future):
        """The done callback on the awaited future: step with its outcome."""
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        try:
            task.set_name(name)
        except AttributeError:
            pass
    return task


def create_eager_task_factory(custom_task_constructor):
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)


# -- awaiting futures ---------------------------------------------------------------

def ensure_future(coro_or_future, *, loop=None):
    """A Future as is; a coroutine or other awaitable wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._get_loop(obj):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    wrapped = False
    if not coroutines.iscoroutine(obj):
        import inspect
        if not inspect.isawaitable(obj):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
        wrapped = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not wrapped:
            obj.close()
        raise


async def _await_it(awaitable):
    return await awaitable


@types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Suspend for delay seconds (one loop iteration for 0) and return result."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


class _GatheringFuture(futures.Future):
    """gather's outer future; cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of the results, in the order of the arguments."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    loop = None
    children = []
    by_arg = {}             # an argument given twice is awaited once
    for arg in coros_or_futures:
        if arg not in by_arg:
            by_arg[arg] = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(by_arg[arg])
        children.append(by_arg[arg])
    distinct = list(by_arg.values())
    outer = _GatheringFuture(children, loop=loop)
    state = {'finished': 0}

    def on_child_done(child):
        state['finished'] += 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] < len(distinct):
            return
        results = []
        for fut in children:
            if fut.cancelled():
                msg = fut._cancel_message
                results.append(exceptions.CancelledError('' if msg is None else msg))
            else:
                exc = fut.exception()
                results.append(fut.result() if exc is None else exc)
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result(results)

    already_done = []
    for fut in distinct:
        if fut.done():
            already_done.append(fut)
        else:
            fut.add_done_callback(on_child_done)
    for fut in already_done:
        on_child_done(fut)
    return outer


def shield(arg):
    """A future that follows arg but whose cancellation leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; return the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, futures._set_result_unless_cancelled, waiter, None)
    remaining = [len(fs)]

    def on_done(fut):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not fut.cancelled()
                    and fut.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for fut in fs:
        fut.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for fut in fs:
            fut.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()
    callback = lambda _: futures._set_result_unless_cancelled(waiter, None)
    fut.add_done_callback(callback)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(callback)


async def wait_for(fut, timeout):
    """Await fut; after timeout seconds cancel it and raise TimeoutError."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    async with timeouts.timeout(timeout):
        return await fut


def as_completed(fs, *, timeout=None):
    """Coroutines to await, each giving the next result in order of completion."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_one()


def run_coroutine_threadsafe(coro, loop):
    """Schedule coro on loop from another thread; a concurrent.futures.Future of it."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    result = concurrent.futures.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), result)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return result
