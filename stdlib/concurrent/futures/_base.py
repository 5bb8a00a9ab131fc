"""Futures, the abstract Executor, and the functions that wait on groups of
futures (wait, as_completed).

A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED; an
executor that meets a cancelled future moves it on to CANCELLED_AND_NOTIFIED
(set_running_or_notify_cancel). Each future has one condition for threads
blocked in result()/exception(), and a list of "watches": a watch is the
private object behind one call of wait() or as_completed(); the future hands
itself to each of its watches when it reaches FINISHED or
CANCELLED_AND_NOTIFIED, and the watch wakes its caller when its goal is met.
"""

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

# How each state reads in a Future's repr.
_SHOWN_AS = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

# States in which a future will not change any more.
_SETTLED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED))
# States that count as done for wait() and as_completed(): a future cancelled
# by its owner counts only once an executor has seen the cancellation.
_REPORTED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))


class _StderrLogger:
    """What the module logs through when the logging package is missing:
    the message and the current traceback on sys.stderr, as logging's
    last-resort handler prints them."""

    name = 'concurrent.futures'

    def _emit(self, msg, args, exc_info):
        text = msg % args if args else msg
        if exc_info:
            import traceback
            text = text + '\n' + traceback.format_exc().rstrip('\n')
        stream = sys.stderr
        if stream is not None:
            stream.write(text + '\n')

    def exception(self, msg, *args, exc_info=True, **_ignored):
        self._emit(msg, args, exc_info)

    def error(self, msg, *args, exc_info=False, **_ignored):
        self._emit(msg, args, exc_info)

    critical = error


try:
    import logging as _logging
except ImportError:
    LOGGER = _StderrLogger()
else:
    LOGGER = _logging.getLogger('concurrent.futures')


class Error(Exception):
    """Base class for this package's own exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run anything after a severe failure."""


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


class _Watch:
    """The futures that settled since one wait()/as_completed() call began
    watching them. The waiting caller is woken once `goal` futures have
    arrived, or at the first one that failed when stop_on_error is set."""

    __slots__ = ('_cond', '_arrived', '_goal', '_stop_on_error', '_failed_seen')

    def __init__(self, stop_on_error=False):
        self._cond = threading.Condition(threading.Lock())
        self._arrived = []
        self._goal = None
        self._stop_on_error = stop_on_error
        self._failed_seen = False

    def arrive(self, future):
        """Called by a future (its own lock held) as it settles."""
        with self._cond:
            self._arrived.append(future)
            if self._stop_on_error and future._state == FINISHED and future._exception is not None:
                self._failed_seen = True
            self._cond.notify_all()

    def _goal_met(self):
        if self._failed_seen:
            return True
        goal = self._goal
        return goal is not None and len(self._arrived) >= goal

    def await_goal(self, goal, timeout):
        """Wait until `goal` futures arrived (or one failed, see above), at
        most timeout seconds; the futures that arrived."""
        with self._cond:
            self._goal = goal
            self._cond.wait_for(self._goal_met, timeout)
            return list(self._arrived)

    def take(self, timeout):
        """Wait (at most timeout seconds) until some futures arrived, and
        return them in arrival order, forgetting them; [] on timeout."""
        with self._cond:
            if not self._arrived:
                self._cond.wait_for(self._has_arrivals, timeout)
            got = self._arrived
            self._arrived = []
            return got

    def _has_arrivals(self):
        return bool(self._arrived)


class Future:
    """The eventual outcome of a call: a result, an exception, or a
    cancellation."""

    def __init__(self):
        """Not meant to be called by user code: executors create futures."""
        self._state = PENDING
        self._result = self._exception = None
        self._guard = threading.Condition()
        self._watches, self._callbacks = [], []

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        state = self._state
        head = f'<{type(self).__name__} at {id(self):#x} state={_SHOWN_AS[state]}'
        if state != FINISHED:
            return head + '>'
        if self._exception:
            return f'{head} raised {type(self._exception).__name__}>'
        return f'{head} returned {type(self._result).__name__}>'

    # -- moving between states (each with the lock held)

    def _tell_watches(self):
        for watch in self._watches:
            watch.arrive(self)

    def _finish(self, result, exception):
        """Record the outcome and wake everyone; returns nothing, but runs
        the done callbacks after the lock is released."""
        with self._guard:
            if self._state in _SETTLED:
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._exception = exception
            self._state = FINISHED
            self._tell_watches()
            self._guard.notify_all()
        self._fire_callbacks()

    def _fire_callbacks(self):
        for callback in self._callbacks:
            self._call_back(callback)

    def _call_back(self, callback):
        try:
            callback(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _attach(self, watch):
        """Start reporting to watch, unless already done in wait()'s sense
        (then False)."""
        with self._guard:
            if self._state in _REPORTED:
                return False
            self._watches.append(watch)
            return True

    def _detach(self, watch):
        with self._guard:
            try:
                self._watches.remove(watch)
            except ValueError:
                pass

    # -- the public interface

    def cancel(self):
        """Cancel the call unless it is running or finished; True if the
        future is (now) cancelled."""
        with self._guard:
            state = self._state
            if state == PENDING:
                self._state = CANCELLED
                self._guard.notify_all()
            else:
                return state != RUNNING and state != FINISHED
        self._fire_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True while the call is executing."""
        return self._state == RUNNING

    def done(self):
        """True once the future finished or was cancelled."""
        return self._state in _SETTLED

    def _settled(self):
        return self._state in _SETTLED

    def _wait_settled(self, timeout):
        """With the lock held: wait at most timeout seconds for a final
        state; CancelledError or TimeoutError when there is no outcome."""
        if self._state not in _SETTLED:
            self._guard.wait_for(self._settled, timeout)
        state = self._state
        if state == FINISHED:
            return
        if state in _SETTLED:
            raise CancelledError()
        raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds (None:
        no limit); re-raises the call's exception; CancelledError if it was
        cancelled, TimeoutError if it did not finish in time."""
        with self._guard:
            self._wait_settled(timeout)
            failure = self._exception
            if failure is None:
                return self._result
        try:
            raise failure
        finally:
            failure = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at
        most timeout seconds; CancelledError / TimeoutError as result()."""
        with self._guard:
            self._wait_settled(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) once the future finishes or is cancelled, in the
        order added; at once if that already happened. Exceptions raised by
        fn are logged and ignored."""
        with self._guard:
            if self._state not in _SETTLED:
                self._callbacks.append(fn)
                return
        self._call_back(fn)

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if the future was
        cancelled (wait() and as_completed() then see it as done), else mark
        it running and return True."""
        with self._guard:
            state = self._state
            if state == PENDING:
                self._state = RUNNING
                return True
            if state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._tell_watches()
                return False
            LOGGER.critical('Future %s in unexpected state: %s', id(self), state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: the call returned result."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._finish(None, exception)


def _failed(future):
    return future._state == FINISHED and future._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures fs (at most timeout seconds) until return_when:
    FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED. Returns the named
    pair of sets DoneAndNotDoneFutures(done, not_done)."""
    fs = set(fs)
    watch = _Watch(stop_on_error=return_when == FIRST_EXCEPTION)
    done = {f for f in fs if not f._attach(watch)}
    try:
        if len(done) == len(fs):
            pass
        elif done and (return_when == FIRST_COMPLETED
                       or (return_when == FIRST_EXCEPTION and any(map(_failed, done)))):
            pass
        elif return_when == FIRST_COMPLETED:
            done.update(watch.await_goal(1, timeout))
        elif return_when == FIRST_EXCEPTION or return_when == ALL_COMPLETED:
            done.update(watch.await_goal(len(fs) - len(done), timeout))
        else:
            raise ValueError('Invalid return condition: %r' % return_when)
    finally:
        for f in fs:
            f._detach(watch)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled),
    those already done first; duplicates are yielded once. TimeoutError if
    some are still pending timeout seconds after the first next()."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    watch = _Watch()
    pending = set()
    already = []
    for f in fs:
        (pending.add if f._attach(watch) else already.append)(f)
    try:
        yield from already
        del already[:]
        while pending:
            if deadline is None:
                left = None
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            for f in watch.take(left):
                pending.discard(f)
                yield f
    finally:
        for f in fs:
            f._detach(watch)


def _in_order(futures, deadline):
    """The results of futures (a deque), first to last; when one raises,
    it and every later future are cancelled."""
    try:
        while futures:
            current = futures.popleft()
            left = None if deadline is None else deadline - time.monotonic()
            try:
                value = current.result(left)
            except BaseException:
                current.cancel()
                raise
            finally:
                current = None
            yield value
    finally:
        for later in futures:
            later.cancel()


class Executor:
    """Base class of executors: objects that run calls asynchronously."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls are submitted at once and
        run concurrently; the returned iterator yields their results in
        order, raising TimeoutError if a result is not there timeout seconds
        after this call. chunksize matters to process pools only."""
        deadline = None if timeout is None else time.monotonic() + timeout
        submitted = collections.deque(self.submit(fn, *args) for args in zip(*iterables))
        return _in_order(submitted, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; with wait, return only once
        the pending calls have run. cancel_futures cancels those not started.
        Calling it again does nothing."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
