"""Handles, the event-loop interface, the policy and the per-thread loop functions.

gilvm's stdlib: written for gilvm, not copied from CPython.

A Handle is a callback with its arguments and the context it runs in; a TimerHandle
adds the loop time it is due at. Each thread knows the loop it is running (at most
one, in a threading.local) and the loop set as its current one (kept by the policy).
"""

import contextvars
import sys
import threading
import warnings

from . import format_helpers

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop',
           'BaseDefaultEventLoopPolicy', 'DefaultEventLoopPolicy')


class Handle:
    """A callback scheduled on a loop; cancel() keeps it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback',
                 '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = contextvars.copy_context() if context is None else context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            shown = format_helpers._format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {shown}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A Handle due at a loop time; ordered by that time."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self.__eq__(other)

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self.__eq__(other)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when == other._when and self._callback == other._callback
                and self._args == other._args and self._cancelled == other._cancelled)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of an event loop; every method raises NotImplementedError here."""

    def _missing(self, *args, **kwargs):
        raise NotImplementedError

    run_forever = run_until_complete = stop = is_running = is_closed = close = _missing
    shutdown_asyncgens = shutdown_default_executor = _missing
    call_soon = call_later = call_at = time = create_future = create_task = _missing
    call_soon_threadsafe = run_in_executor = set_default_executor = _missing
    add_signal_handler = remove_signal_handler = _missing
    set_task_factory = get_task_factory = _missing
    get_exception_handler = set_exception_handler = _missing
    default_exception_handler = call_exception_handler = _missing
    get_debug = set_debug = _missing
    del _missing


class AbstractEventLoopPolicy:
    """The interface of a policy: which loop each thread uses."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread; the main thread gets one made on first demand."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        local = self._local
        if (local._loop is None and not local._set_called
                and threading.current_thread() is threading.main_thread()):
            warnings.warn('There is no current event loop', DeprecationWarning,
                          stacklevel=_caller_level())
            self.set_event_loop(self.new_event_loop())
        if local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


def _caller_level():
    """The warnings stacklevel of the first frame outside asyncio, seen from the caller."""
    level = 2
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get('__name__') or ''
        if module != 'asyncio' and not module.startswith('asyncio.'):
            break
        frame = frame.f_back
        level += 1
    return level


class _Running(threading.local):
    loop = None


_running = _Running()
_policy = None
_policy_lock = threading.Lock()


def _get_running_loop():
    """The loop running in this thread, or None."""
    return _running.loop


def _set_running_loop(loop):
    _running.loop = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError when there is none."""
    loop = _running.loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop_policy():
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                from . import unix_events
                _policy = unix_events.DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop, else the policy's current loop for this thread."""
    loop = _running.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy   # unix_events names the real one
