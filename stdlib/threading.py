"""High-level threads and synchronization objects for gilvm, built on ``_thread``.

Layout of this module:

* a small registry (``_by_ident`` for threads that run, ``_booting`` for threads
  whose start() is in progress), guarded by ``_registry_guard``;
* ``_Sleepers``, a queue of parked waiters (each one a locked ``_thread.lock``
  that a waker releases); Condition and Event are both written over it;
* Semaphore / BoundedSemaphore over a lock and _Sleepers too; Barrier keeps one
  ``_Round`` object (with an Event) per generation of waiters, so a reset or a
  break only touches the threads of that generation;
* Thread, whose entry point in the new OS thread is ``_run_in_new_thread``, and
  whose end is observed through the ``_thread._set_sentinel()`` lock;
* the interpreter's ``_shutdown()`` hook, which waits for non-daemon threads.
"""

import sys as _sys
import _thread
from itertools import count as _count_from
from time import monotonic as _now

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'setprofile_all_threads', 'settrace_all_threads', 'get_native_id']

_new_lock = _thread.allocate_lock
_spawn = _thread.start_new_thread
_make_sentinel = _thread._set_sentinel
_report_name = getattr(_thread, 'set_name', None)
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _thread.allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """Return a new reentrant lock (the native ``_thread.RLock``)."""
    return _thread.RLock(*args, **kwargs)


def _held_sentinel():
    # gilvm's _set_sentinel() hands the lock back held; CPython's leaves taking it to us.
    sentinel = _make_sentinel()
    if not sentinel.locked():
        sentinel.acquire()
    return sentinel


def _old_spelling(old, advice, body):
    """A function that warns '`old` is deprecated, `advice` instead' and then runs `body`."""
    def alias(*args):
        import warnings
        warnings.warn(f'{old} is deprecated, {advice} instead', DeprecationWarning, stacklevel=2)
        return body(*args)
    alias.__name__ = alias.__qualname__ = old[:-2]
    alias.__doc__ = f'Deprecated: {advice} instead.'
    return alias


# ---- trace and profile functions ------------------------------------------------------------
# threading remembers them and installs them (sys.settrace / sys.setprofile) in every thread it
# starts afterwards; what they do then is up to the runtime's sys module.

_hooks = {'trace': None, 'profile': None}


def _install_hooks():
    # in a new thread, before run()
    for kind in ('trace', 'profile'):
        hook = _hooks[kind]
        if hook is not None:
            getattr(_sys, 'set' + kind)(hook)


def _set_everywhere(kind, func):
    _hooks[kind] = func
    everywhere = getattr(_sys, f'_set{kind}allthreads', None)
    (everywhere or getattr(_sys, 'set' + kind))(func)


def settrace(func):
    """Set a trace function for every thread started from now on."""
    _hooks['trace'] = func


def settrace_all_threads(func):
    """Set a trace function for the threads started from now on and for the running ones."""
    _set_everywhere('trace', func)


def gettrace():
    """The function given to settrace(), or None."""
    return _hooks['trace']


def setprofile(func):
    """Set a profile function for every thread started from now on."""
    _hooks['profile'] = func


def setprofile_all_threads(func):
    """Set a profile function for the threads started from now on and for the running ones."""
    _set_everywhere('profile', func)


def getprofile():
    """The function given to setprofile(), or None."""
    return _hooks['profile']


# ---- parked waiters --------------------------------------------------------------------------

def _park(gate, timeout):
    """Block on the locked `gate` until a waker releases it; False on timeout."""
    if timeout is None:
        return gate.acquire()
    if timeout > 0:
        return gate.acquire(True, timeout)
    return gate.acquire(False)


class _Sleepers:
    """FIFO of parked threads. The caller serializes add/wake/withdraw with its own lock."""

    __slots__ = ('_gates',)

    def __init__(self):
        self._gates = []

    def __len__(self):
        return len(self._gates)

    def add(self):
        gate = _new_lock()
        gate.acquire()
        self._gates.append(gate)
        return gate

    def wake(self, n):
        if n <= 0:
            return
        chosen = self._gates[:n]
        del self._gates[:n]
        for gate in chosen:
            gate.release()

    def withdraw(self, gate):
        """Take a timed-out gate back; False if a waker had already taken it."""
        gates = self._gates
        for pos in range(len(gates)):
            if gates[pos] is gate:
                del gates[pos]
                return True
        return False


# ---- Condition -------------------------------------------------------------------------------

def _lock_protocol(lock):
    """(owned(), let_go() -> saved, take_back(saved)) for `lock`: its own methods when it
    has them (RLock lets go of every level at once), generic ones for a plain lock."""
    owned = getattr(lock, '_is_owned', None)
    if owned is None:
        def owned():
            # A plain lock cannot say who holds it: held by anyone counts as ours.
            if lock.acquire(False):
                lock.release()
                return False
            return True
    let_go = getattr(lock, '_release_save', None) or lock.release
    take_back = getattr(lock, '_acquire_restore', None)
    if take_back is None:
        def take_back(_saved):
            lock.acquire()
    return owned, let_go, take_back


class Condition:
    """A condition variable over `lock` (a new RLock by default)."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self._owns, self._let_go, self._take_back = _lock_protocol(self._lock)
        self._sleepers = _Sleepers()

    def acquire(self, *args, **kwargs):
        """Acquire the underlying lock."""
        return self._lock.acquire(*args, **kwargs)

    def release(self):
        """Release the underlying lock."""
        self._lock.release()

    def _is_owned(self):
        return self._owns()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._sleepers)})>'

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or `timeout` passes, take the lock again.

        True unless the timeout expired."""
        if not self._owns():
            raise RuntimeError('cannot wait on un-acquired lock')
        gate = self._sleepers.add()
        saved = self._let_go()
        woken = False
        try:
            woken = _park(gate, timeout)
        finally:
            self._take_back(saved)
            if not woken:
                # A notify() that picked this gate after the timeout still counts.
                woken = not self._sleepers.withdraw(gate)
        return woken

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or `timeout` runs out); its last value."""
        deadline = None if timeout is None else _now() + timeout
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            if deadline is None:
                self.wait()
                continue
            left = deadline - _now()
            if left <= 0:
                return outcome
            self.wait(left)

    def notify(self, n=1):
        """Wake up to `n` waiting threads."""
        if not self._owns():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._sleepers.wake(n)

    def notify_all(self):
        """Wake every waiting thread."""
        self.notify(len(self._sleepers))

    notifyAll = _old_spelling('notifyAll()', 'use notify_all()', lambda self: self.notify_all())


# ---- Semaphores ------------------------------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements (waiting while it is 0) and release() increments."""

    _ceiling = None             # BoundedSemaphore's limit

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._guard, self._sleepers, self._units = _new_lock(), _Sleepers(), value

    def __repr__(self):
        limit = '' if self._ceiling is None else f'/{self._ceiling}'
        return f'{_addressed(self)}: value={self._units}{limit}>'

    def _take(self):
        # guard held: consume one unit if there is one
        if self._units > 0:
            self._units -= 1
            return True
        return False

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; False if non-blocking and none is free, or on timeout."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None if timeout is None else _now() + timeout
        while True:
            with self._guard:
                if self._take():
                    return True
                if not blocking:
                    return False
                left = None if deadline is None else deadline - _now()
                if left is not None and left <= 0:
                    return False
                gate = self._sleepers.add()
            try:
                _park(gate, left)
            except BaseException:
                # Interrupted (Ctrl-C): a wake-up meant for us goes to the next waiter.
                with self._guard:
                    if not self._sleepers.withdraw(gate):
                        self._sleepers.wake(1)
                raise
            with self._guard:
                self._sleepers.withdraw(gate)   # after a timeout; a no-op when woken
            # loop: take the unit, or give up if the deadline has passed

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        """Give back `n` units and wake as many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._guard:
            total = self._units + n
            if self._ceiling is not None and total > self._ceiling:
                raise ValueError('Semaphore released too many times')
            self._units = total
            self._sleepers.wake(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._ceiling = value


def _addressed(obj):
    """'<module.Class at 0xADDR', the head of the reprs of semaphores, events and barriers."""
    kind = type(obj)
    return f'<{kind.__module__}.{kind.__qualname__} at {id(obj):#x}'


# ---- Event -----------------------------------------------------------------------------------

class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._guard = _new_lock()
        self._sleepers = _Sleepers()
        self._flag = False

    def __repr__(self):
        return f"{_addressed(self)}: {'set' if self._flag else 'unset'}>"

    def _at_fork_reinit(self):
        self._guard = _new_lock()
        self._sleepers = _Sleepers()

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    isSet = _old_spelling('isSet()', 'use is_set()', lambda self: self._flag)

    def set(self):
        """Set the flag and wake every waiter."""
        with self._guard:
            self._flag = True
            self._sleepers.wake(len(self._sleepers))

    def clear(self):
        """Reset the flag."""
        with self._guard:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set (True) or `timeout` seconds pass (False)."""
        with self._guard:
            if self._flag:
                return True
            gate = self._sleepers.add()
        if _park(gate, timeout):
            return True
        with self._guard:
            return not self._sleepers.withdraw(gate)


# ---- Barrier ---------------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One generation of a Barrier's waiters; `over` is set when it passed or broke."""

    __slots__ = ('arrived', 'broken', 'over')

    def __init__(self):
        self.arrived = 0
        self.broken = False
        self.over = Event()


class Barrier:
    """Make `parties` threads wait for one another; the last to arrive runs `action`."""

    def __init__(self, parties, action=None, timeout=None):
        self._size = parties
        self._on_pass = action
        self._default_timeout = timeout
        self._guard = _new_lock()
        self._round = _Round()
        self._is_broken = False

    def __repr__(self):
        tail = 'broken' if self._is_broken else f'waiters={self.n_waiting}/{self._size}'
        return f'{_addressed(self)}: {tail}>'

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index (0 .. parties-1)."""
        with self._guard:
            if self._is_broken:
                raise BrokenBarrierError
            rnd = self._round
            index = rnd.arrived
            rnd.arrived += 1
            if rnd.arrived == self._size:
                self._pass(rnd)
                return index
        try:
            passed = rnd.over.wait(self._default_timeout if timeout is None else timeout)
        except BaseException:
            with self._guard:           # interrupted: no longer one of the waiting parties
                if not rnd.over.is_set():
                    rnd.arrived -= 1
            raise
        if not passed:
            with self._guard:
                if not rnd.over.is_set():
                    self._break(rnd)
        if rnd.broken:
            raise BrokenBarrierError
        return index

    def _pass(self, rnd):
        # The last arrival, guard held: the action, then a fresh round and everyone goes.
        if self._on_pass is not None:
            try:
                self._on_pass()
            except BaseException:
                self._break(rnd)
                raise
        self._round = _Round()
        rnd.over.set()

    def _break(self, rnd):
        self._is_broken = True
        rnd.broken = True
        rnd.over.set()

    def reset(self):
        """Return to the empty state; threads waiting now get BrokenBarrierError."""
        with self._guard:
            old = self._round
            if old.arrived and not old.over.is_set():
                old.broken = True
                old.over.set()
            self._round = _Round()
            self._is_broken = False

    def abort(self):
        """Put the barrier in the broken state until reset()."""
        with self._guard:
            self._break(self._round)

    @property
    def parties(self):
        """How many threads must arrive to pass."""
        return self._size

    @property
    def n_waiting(self):
        """How many threads wait now."""
        return 0 if self._is_broken else self._round.arrived

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._is_broken


# ---- registry of threads ---------------------------------------------------------------------

_registry_guard = _new_lock()
_by_ident = {}          # ident -> Thread, while its code runs (and dummy threads forever)
_booting = {}           # Thread -> Thread, between start() and the thread's first step
_unfinished = set()     # sentinel locks of started non-daemon threads
_at_shutdown = []       # callables registered by _register_atexit
_shutting_down = False
_next_number = _count_from(1).__next__

# Other modules look these up by CPython's names.
_active = _by_ident
_limbo = _booting
_active_limbo_lock = _registry_guard


def _register_atexit(func, *args, **kwargs):
    """Run func(*args, **kwargs) at shutdown, before non-daemon threads are joined."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _at_shutdown.append((func, args, kwargs))


# ---- excepthook ------------------------------------------------------------------------------

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    _names = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
    __match_args__ = _names

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError(f'_thread._ExceptHookArgs() takes a 4-sequence ({len(items)}-sequence given)')
        return super().__new__(cls, items)

    exc_type = property(lambda self: self[0], doc='Exception type.')
    exc_value = property(lambda self: self[1], doc='Exception value.')
    exc_traceback = property(lambda self: self[2], doc='Exception traceback.')
    thread = property(lambda self: self[3], doc='The thread that raised.')

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in zip(self._names, self))
        return f'_thread._ExceptHookArgs({shown})'

    def __reduce__(self):
        return (type(self), (tuple(self),))


_ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that ended a thread: 'Exception in thread NAME:' and the traceback
    on sys.stderr (on the thread's saved stderr if sys.stderr is None). SystemExit is silent."""
    if args.exc_type is SystemExit:
        return
    stream = _sys.stderr
    if stream is None:
        stream = getattr(getattr(args.thread, '_st', None), 'stderr', None)
        if stream is None:
            return
    who = args.thread.name if args.thread is not None else get_ident()
    stream.write(f'Exception in thread {who}:\n')
    stream.flush()
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook


def _report_failure(thread):
    """Hand the exception being handled in `thread` to threading.excepthook; if the hook
    itself fails, sys.excepthook reports that failure."""
    kind, value, tb = _sys.exc_info()
    hook = excepthook if excepthook is not None else __excepthook__
    try:
        hook(ExceptHookArgs((kind, value, tb, thread)))
    except Exception as failure:
        failure.__suppress_context__ = True
        stream = _sys.stderr if _sys.stderr is not None else thread._st.stderr
        print('Exception in threading.excepthook:', file=stream, flush=True)
        report = _sys.excepthook if _sys.excepthook is not None else _sys.__excepthook__
        report(type(failure), failure, failure.__traceback__)
    finally:
        kind = value = tb = None


# ---- Thread ----------------------------------------------------------------------------------

# A Thread's life, in its _phase attribute.
_INITIAL, _LAUNCHING, _RUNNING, _ENDED = range(4)


def _automatic_name(target):
    """'Thread-N', and ' (target name)' after it when the target has a __name__."""
    label = f'Thread-{_next_number()}'
    if target is None:
        return label
    try:
        return f'{label} ({target.__name__})'
    except AttributeError:
        return label


class _StartFlag:
    """Set once, by the new thread when it is registered; start() waits for it. A raw lock held
    until then: lighter than an Event (no Condition, no list of waiters) on every start, which
    matters to programs that start many short threads."""

    __slots__ = ('_gate', '_is_set')

    def __init__(self):
        self._gate = _new_lock()
        self._gate.acquire()
        self._is_set = False

    def is_set(self):
        return self._is_set

    def set(self):
        if not self._is_set:
            self._is_set = True
            self._gate.release()

    def wait(self, timeout=None):
        if self._is_set:
            return True
        if not self._gate.acquire(True, -1 if timeout is None else max(timeout, 0)):
            return self._is_set
        self._gate.release()     # open for any other waiter
        return True


class _ThreadState:
    """Everything a Thread knows about itself, kept in one attribute (``_st``) so that a
    subclass's own attributes can never clash with it."""

    __slots__ = ('name', 'daemon', 'ident', 'native_id', 'sentinel', 'phase', 'started', 'stderr',
                 'left_code')

    def __init__(self, name, daemon):
        self.name = name
        self.daemon = daemon
        self.ident = self.native_id = None
        self.sentinel = None        # the _thread sentinel lock, released when the thread ends
        self.phase = _INITIAL
        self.started = _StartFlag()  # set by the new thread once it is registered
        self.stderr = _sys.stderr   # where excepthook writes if sys.stderr is None by then
        self.left_code = False      # the thread has finished its last Python step


def _state(thread, exc_type=AssertionError, message='Thread.__init__() not called'):
    """The _ThreadState of `thread`; `exc_type` if Thread.__init__ never ran."""
    st = thread._st
    if st is None:
        raise exc_type(message)
    return st


class Thread:
    """A thread of control: give a `target` callable, or override run() in a subclass."""

    _st = None

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if daemon is None:
            daemon = current_thread().daemon
        self._st = _ThreadState(str(name) if name else _automatic_name(target), daemon)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs

    @property
    def _initialized(self):
        return self._st is not None

    @property
    def _started(self):
        return self._st.started

    def __repr__(self):
        st = _state(self, message='Thread.__init__() was not called')
        self.is_alive()             # notices a thread that has ended
        words = [('initial', 'initial', 'started', 'stopped')[st.phase]]
        if st.daemon:
            words.append('daemon')
        if st.ident is not None:
            words.append(str(st.ident))
        return f"<{type(self).__name__}({st.name}, {' '.join(words)})>"

    # -- life cycle --

    def start(self):
        """Run run() in a new thread; returns once that thread has begun."""
        st = _state(self, RuntimeError, 'thread.__init__() not called')
        if st.phase != _INITIAL:
            raise RuntimeError('threads can only be started once')
        _launch(self, st)
        st.started.wait()

    def run(self):
        """The thread's activity: calls the target with its arguments (override in subclasses)."""
        try:
            call = self._target     # a second run() finds it gone: AttributeError, as CPython's
            if call is not None:
                call(*self._args, **self._kwargs)
        finally:
            # The thread must not keep its target and arguments alive.
            call = None
            _drop_call_attrs(self)

    def _run_in_new_thread(self):
        me = get_ident()
        st = self._st
        try:
            _enter(self, st, me)
            try:
                self.run()
            except BaseException:
                _report_failure(self)
        finally:
            with _registry_guard:
                if _by_ident.get(me) is self:
                    del _by_ident[me]
            # its thread-local values (see _threading_local) go with it
            _forget_thread_locals(self)
            st.left_code = True

    def _poll_end(self, blocking, timeout=-1):
        """Look at (or wait for) the sentinel; on the thread's end, record it."""
        st = self._st
        sentinel = st.sentinel
        if sentinel is None:
            return
        if blocking and timeout < 0:
            # 'with' gives the sentinel back even when an interrupt (Ctrl-C) lands right
            # after the acquire succeeded, which acquire() + release() cannot promise.
            with sentinel:
                pass
            self._record_end(sentinel)
            return
        try:
            got = sentinel.acquire(blocking, timeout)
        except BaseException:
            # Interrupted: if the acquire had succeeded (the thread is past its code and the
            # sentinel is held), give it back, or later joins would wait forever.
            if st.left_code and sentinel.locked():
                sentinel.release()
                self._record_end(sentinel)
            raise
        if got:
            sentinel.release()
            self._record_end(sentinel)

    def _record_end(self, sentinel):
        self._st.phase = _ENDED
        self._st.sentinel = None
        with _registry_guard:
            _unfinished.discard(sentinel)

    def join(self, timeout=None):
        """Wait until the thread ends, or for at most `timeout` seconds."""
        st = _state(self, RuntimeError)
        if not st.started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if current_thread() is self:
            raise RuntimeError('cannot join current thread')
        self._poll_end(True, -1 if timeout is None else max(timeout, 0))

    def is_alive(self):
        """Whether the thread has started and not yet ended."""
        if _state(self).phase != _RUNNING:
            return False
        self._poll_end(False)
        return self._st.phase == _RUNNING

    # -- attributes (kept in the _ThreadState) --

    name = property(
        lambda self: _state(self).name,
        lambda self, name: setattr(_state(self), 'name', str(name)),
        doc='The thread\'s name (not necessarily unique).')
    ident = property(
        lambda self: _state(self).ident,
        doc='The thread\'s identifier (an int), or None before it started.')
    native_id = property(
        lambda self: _state(self).native_id,
        doc='The operating system\'s id of the thread, or None before it started.')

    def _set_daemon(self, daemonic):
        st = _state(self, RuntimeError)
        if st.started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        st.daemon = daemonic

    daemon = property(
        lambda self: _state(self).daemon, _set_daemon,
        doc='Whether the interpreter may exit without waiting for this thread.')

    isDaemon = _old_spelling('isDaemon()', 'get the daemon attribute', lambda self: self.daemon)
    setDaemon = _old_spelling('setDaemon()', 'set the daemon attribute',
                              lambda self, daemonic: setattr(self, 'daemon', daemonic))
    getName = _old_spelling('getName()', 'get the name attribute', lambda self: self.name)
    setName = _old_spelling('setName()', 'set the name attribute',
                            lambda self, name: setattr(self, 'name', name))


def _drop_call_attrs(thread):
    own = thread.__dict__
    if '_target' not in own:
        raise AttributeError(f"'{type(thread).__name__}' object has no attribute '_target'")
    for slot in ('_target', '_args', '_kwargs'):
        own.pop(slot, None)


def _launch(thread, st):
    """Register `thread` as booting and start its OS thread (undone if that fails: _spawn
    refuses once the interpreter began to finalize, as CPython 3.12's)."""
    st.phase = _LAUNCHING
    with _registry_guard:
        _booting[thread] = thread
    try:
        _spawn(thread._run_in_new_thread, ())
    except BaseException:
        with _registry_guard:
            _booting.pop(thread, None)
        st.phase = _INITIAL
        raise


def _enter(thread, st, me):
    """First steps of a new thread: identity, end sentinel, registration, then 'started'."""
    st.ident = me
    st.native_id = get_native_id()
    st.sentinel = _held_sentinel()
    with _registry_guard:
        if not st.daemon:
            _unfinished.add(st.sentinel)
        _by_ident[me] = thread
        del _booting[thread]
        st.phase = _RUNNING
    st.started.set()
    _install_hooks()
    if _report_name is not None:
        # gilvm's reports (gilvm --stats, gilvm.threads()) name the thread as threading does.
        _report_name(st.name)


class Timer(Thread):
    """Call function(*args, **kwargs) after `interval` seconds unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _adopt(thread):
    """Make `thread` stand for the calling thread, already running (main and dummy threads)."""
    st = thread._st
    st.ident = get_ident()
    st.native_id = get_native_id()
    st.phase = _RUNNING
    st.started.set()
    with _registry_guard:
        _by_ident[st.ident] = thread


class _MainThread(Thread):
    """The thread that imported the interpreter's main module."""

    def __init__(self):
        super().__init__(name='MainThread', daemon=False)
        # Not a _set_sentinel() lock: the main thread's state lasts until the process ends;
        # _shutdown() releases this one.
        self._st.sentinel = _new_lock()
        self._st.sentinel.acquire()
        _adopt(self)


class _DummyThread(Thread):
    """Stands for a thread started with bare _thread, seen through current_thread()."""

    def __init__(self):
        super().__init__(name=f'Dummy-{_next_number()}', daemon=True)
        _adopt(self)

    def _record_end(self, sentinel):
        pass

    def is_alive(self):
        assert self._st.phase == _RUNNING and self._st.started.is_set()
        return True

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


# ---- module functions ------------------------------------------------------------------------

def current_thread():
    """The Thread object of the calling thread (a dummy one for bare _thread threads)."""
    found = _by_ident.get(get_ident())
    return _DummyThread() if found is None else found


currentThread = _old_spelling('currentThread()', 'use current_thread()', lambda: current_thread())


def main_thread():
    """The main Thread object."""
    return _main


def enumerate():
    """Every thread alive now: started ones, dummy ones and the main thread."""
    with _registry_guard:
        return [*_by_ident.values(), *_booting]


def active_count():
    """How many Thread objects are alive now (len(enumerate()))."""
    with _registry_guard:
        return len(_by_ident) + len(_booting)


activeCount = _old_spelling('activeCount()', 'use active_count()', lambda: active_count())


def _finish_main():
    # Mark the main thread ended (it stays in the registry, as CPython's does).
    if _main._st.ident != get_ident():
        return
    sentinel = _main._st.sentinel
    if sentinel is not None:
        if sentinel.locked():
            sentinel.release()
        _main._record_end(sentinel)


def _wait_non_daemon():
    # Threads may start others while we wait: repeat until no sentinel is left.
    while True:
        with _registry_guard:
            batch = [*_unfinished]
            _unfinished.clear()
        if not batch:
            return
        for sentinel in batch:
            with sentinel:
                pass


def _shutdown():
    """Called once by the runtime after the main module ends: run the _register_atexit
    callables, mark the main thread ended and wait for every non-daemon thread."""
    global _shutting_down
    if _main._st.phase == _ENDED:
        return
    _shutting_down = True
    for func, args, kwargs in _at_shutdown[::-1]:
        func(*args, **kwargs)
    _finish_main()
    _wait_non_daemon()


_main = _main_thread = _MainThread()

from _threading_local import local as _local_base, _forget_thread as _forget_thread_locals


class local(_local_base):
    """Thread-local data (see _threading_local); named as CPython's ``_thread._local``."""

    __slots__ = ()
    _tl_shown_name = '_thread._local'
    # The same functions, found in this class's own dict: an attribute access then finds its
    # __getattribute__ one step sooner (gilvm looks it up along the MRO on every access).
    __getattribute__ = _local_base.__getattribute__
    __setattr__ = _local_base.__setattr__
    __delattr__ = _local_base.__delattr__


local.__name__ = local.__qualname__ = '_local'
local.__module__ = '_thread'
