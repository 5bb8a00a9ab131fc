"""Future: a result that will be set later, awaited by tasks.

gilvm's stdlib: written for gilvm, not copied from CPython.

A Future is bound to a loop and is PENDING until set_result, set_exception or cancel
makes it FINISHED or CANCELLED; then its done callbacks are scheduled on the loop,
each in the context it was added with. Awaiting a pending future yields the future
itself with ``_asyncio_future_blocking`` set, which is how a Task knows to wait on it.
wrap_future and _chain_future connect it with concurrent.futures.Future across threads.
"""

import contextvars
import reprlib
from types import GenericAlias

from . import events
from . import exceptions
from . import format_helpers

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for an asyncio Future or anything duck-typed as one."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _callbacks_text(callbacks):
    def one(entry):
        return format_helpers._format_callback_source(entry[0], ())
    if len(callbacks) == 1:
        shown = one(callbacks[0])
    elif len(callbacks) == 2:
        shown = f'{one(callbacks[0])}, {one(callbacks[1])}'
    else:
        shown = f'{one(callbacks[0])}, <{len(callbacks) - 2} more>, {one(callbacks[-1])}'
    return f'cb=[{shown}]'


def _future_repr_info(fut):
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={reprlib.repr(fut._result)}')
    if fut._callbacks:
        info.append(_callbacks_text(fut._callbacks))
    return info


class Future:
    """A value that is not there yet; await it from a task on its loop."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False   # True while a task waits on the yielded future
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    __class_getitem__ = classmethod(GenericAlias)

    def _repr_info(self):
        return _future_repr_info(self)

    @reprlib.recursive_repr()
    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the one that cancelled a task, else a new one."""
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _set_exception_unless_cancelled(fut, exc):
    if not fut.cancelled():
        fut.set_exception(exc)


def _converted(exc, to_asyncio):
    """The exception in the other family of futures, for CancelledError and InvalidStateError."""
    import concurrent.futures
    pairs = ((concurrent.futures.CancelledError, exceptions.CancelledError),
             (concurrent.futures.InvalidStateError, exceptions.InvalidStateError))
    for theirs, ours in pairs:
        source, target = (theirs, ours) if to_asyncio else (ours, theirs)
        if type(exc) is source:
            return target(*exc.args)
    return exc


def _copy_outcome(source, dest):
    """Give dest (asyncio or concurrent) the outcome of the finished source."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    to_asyncio = isfuture(dest)
    if not to_asyncio and not dest.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_converted(exc, to_asyncio))
    else:
        dest.set_result(source.result())


def _chain_future(source, destination):
    """Make destination follow source; cancelling destination cancels source.

    Either may be a concurrent.futures.Future; an asyncio one is only touched from
    its own loop's thread (through call_soon_threadsafe).
    """
    import concurrent.futures
    for fut in (source, destination):
        if not isfuture(fut) and not isinstance(fut, concurrent.futures.Future):
            raise TypeError('A future is required for %s argument'
                            % ('source' if fut is source else 'destination'))
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def on_destination_done(dest):
        if dest.cancelled():
            if source_loop is None or source_loop is events._get_running_loop():
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(src):
        if dest_loop is None or dest_loop is events._get_running_loop():
            _copy_outcome(src, destination)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(_copy_outcome, src, destination)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future on loop that follows a concurrent.futures.Future."""
    if isfuture(future):
        return future
    import concurrent.futures
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
