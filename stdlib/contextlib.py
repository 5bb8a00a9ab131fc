"""Tools for making and combining context managers (the with statement).

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import sys as _sys
from types import GenericAlias as _GenericAlias, MethodType as _MethodType

try:
    from abc import ABC as _ABC, abstractmethod as _abstractmethod
except ImportError:  # abc not there yet: plain classes with the same behaviour for users
    class _ABC:
        __slots__ = ()

    def _abstractmethod(func):
        func.__isabstractmethod__ = True
        return func

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing',
           'chdir']


def _defines_all(cls, *names):
    """True when every name is found along cls's MRO and none of them is set to None."""
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


def _copy_function_identity(wrapper, wrapped):
    """What functools.wraps does, kept here so contextlib does not need functools."""
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def _structural_answer(cls, abstract, candidate, names):
    """__subclasshook__ of the abstract managers: decided by the methods, for the abstract
    class itself only."""
    if cls is not abstract:
        return NotImplemented
    return _defines_all(candidate, *names)


# ---- the abstract classes -------------------------------------------------------------------

class AbstractContextManager(_ABC):
    """Base for classes usable in a with statement: __enter__ gives self."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    __subclasshook__ = classmethod(lambda cls, C: _structural_answer(
        cls, AbstractContextManager, C, ('__enter__', '__exit__')))


class AbstractAsyncContextManager(_ABC):
    """Base for classes usable in an async with statement: __aenter__ gives self."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    __subclasshook__ = classmethod(lambda cls, C: _structural_answer(
        cls, AbstractAsyncContextManager, C, ('__aenter__', '__aexit__')))


def _each_call_inside(owner, func, is_async):
    """func wrapped so that every call runs inside owner._recreate_cm()."""
    if is_async:
        async def wrapper(*args, **kwds):
            async with owner._recreate_cm():
                return await func(*args, **kwds)
    else:
        def wrapper(*args, **kwds):
            with owner._recreate_cm():
                return func(*args, **kwds)
    return _copy_function_identity(wrapper, func)


class ContextDecorator:
    """Mixin that lets a context manager also decorate a function: each call runs in it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        return _each_call_inside(self, func, False)


class AsyncContextDecorator:
    """ContextDecorator for coroutine functions and async context managers."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        return _each_call_inside(self, func, True)


# ---- contextmanager ---------------------------------------------------------------------------
#
# A generator-based manager runs its generator up to the yield on entry, and on exit either
# resumes it (no exception: it must then finish) or throws the exception in at the yield.
# What the generator does with a thrown exception decides the with statement's fate; that
# decision is the same for both kinds and lives in _verdict.

def _verdict(caught, thrown, tb, finished):
    """The generator answered the throw of `thrown` by raising `caught`. Return True to
    suppress the original exception, False to let it propagate unchanged; raise `caught`
    when it is a new exception. `finished` is the exception that means the generator
    simply ended (StopIteration, or StopAsyncIteration for async generators)."""
    if isinstance(caught, finished):
        return caught is not thrown
    if caught is thrown:
        caught.__traceback__ = tb
        return False
    came_back_wrapped = (isinstance(caught, RuntimeError) and caught.__cause__ is thrown
                         and isinstance(thrown, (StopIteration, StopAsyncIteration)))
    if came_back_wrapped:  # PEP 479 turned the thrown StopIteration into RuntimeError
        thrown.__traceback__ = tb
        return False
    raise caught


class _GenManagerState:
    """What both generator-based managers keep: the generator, and what made it (needed
    again only when the manager decorates a function and each call needs a fresh one)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self._recipe = (func, args, kwds)
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        return type(self)(*self._recipe)

    def _entered(self):
        self._recipe = None


class _GenManager(_GenManagerState, AbstractContextManager, ContextDecorator):
    """The context manager that @contextmanager functions return."""

    def _fail(self, message):
        try:
            raise RuntimeError(message)
        finally:
            self.gen.close()

    def __enter__(self):
        self._entered()
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:
                self._fail("generator didn't stop")
            return False
        thrown = typ() if value is None else value
        try:
            self.gen.throw(thrown)
        except BaseException as caught:
            return _verdict(caught, thrown, traceback, StopIteration)
        self._fail("generator didn't stop after throw()")


class _AsyncGenManager(_GenManagerState, AbstractAsyncContextManager, AsyncContextDecorator):
    """The async context manager that @asynccontextmanager functions return."""

    async def _fail(self, message):
        try:
            raise RuntimeError(message)
        finally:
            await self.gen.aclose()

    async def __aenter__(self):
        self._entered()
        async for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for _ in self.gen:
                await self._fail("generator didn't stop")
            return False
        thrown = typ() if value is None else value
        try:
            await self.gen.athrow(thrown)
        except BaseException as caught:
            return _verdict(caught, thrown, traceback, StopAsyncIteration)
        await self._fail("generator didn't stop after athrow()")


def _factory_of(manager_class, func):
    def make(*args, **kwds):
        return manager_class(func, args, kwds)
    return _copy_function_identity(make, func)


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    return _factory_of(_GenManager, func)


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes an async context
    manager factory."""
    return _factory_of(_AsyncGenManager, func)


# ---- small managers ---------------------------------------------------------------------------

class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _SysAttributeSwap(AbstractContextManager):
    """Replace one sys attribute (named by the subclass's _which) for the block. A stack of
    the replaced values lets one instance be entered again while in use."""

    _which = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._previous = []

    def __enter__(self):
        old = _sys.__dict__[self._which]
        _sys.__dict__[self._which] = self._replacement
        self._previous.append(old)
        return self._replacement

    def __exit__(self, *exc_info):
        _sys.__dict__[self._which] = self._previous.pop()


class redirect_stdout(_SysAttributeSwap):
    """sys.stdout is new_target inside the block."""
    _which = 'stdout'


class redirect_stderr(_SysAttributeSwap):
    """sys.stderr is new_target inside the block."""
    _which = 'stderr'


def _swallows(kinds, exc):
    """Whether an exception of one of `kinds` ends the block quietly. From an exception
    group the matching members are dropped and the rest raised as a smaller group."""
    if isinstance(exc, kinds):
        return True
    if not isinstance(exc, BaseExceptionGroup):
        return False
    _, rest = exc.split(kinds)
    if rest is not None:
        raise rest
    return True


class suppress(AbstractContextManager):
    """Silently ends the block on any of the given exception types."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and _swallows(self._exceptions, excinst)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing; `as` gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block, restoring it after."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._previous.pop())


# ---- ExitStack ----------------------------------------------------------------------------

def _no_protocol(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {what} protocol")


def _link_context(raised, previous, outer):
    """Make `previous` the context at the end of raised's own chain of contexts, stopping
    before `outer` (the exception handled around the with statement), as nested with
    statements would chain them."""
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is outer:
            break
        node = ctx
    node.__context__ = previous


class _ExitStackCore:
    """Callback bookkeeping shared by ExitStack and AsyncExitStack. Each entry is
    (is_sync, callable taking the three exception details)."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack of this type and return it."""
        other = type(self)()
        other._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return other

    def push(self, exit):
        """Add an exit callback: a context manager's __exit__, or a callable with its
        signature. Returns exit, so it can decorate."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _no_protocol(cm, 'context manager') from None
        result = enter(cm)
        self._exit_callbacks.append((True, _MethodType(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit (it never suppresses)."""
        def run(exc_type, exc, tb):
            callback(*args, **kwds)
        run.__wrapped__ = callback
        self._exit_callbacks.append((True, run))
        return callback


class ExitStack(_ExitStackCore, AbstractContextManager):
    """A context manager that unwinds a dynamic set of other managers and callbacks,
    last added first, as the same number of nested with statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = _sys.exception()
        details = exc_details
        suppressed = False
        to_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*details):
                    suppressed = True
                    to_raise = False
                    details = (None, None, None)
            except BaseException as err:
                _link_context(err, details[1], outer)
                to_raise = True
                details = (type(err), err, err.__traceback__)
        if to_raise:
            err = details[1]
            kept = err.__context__
            try:
                raise err
            finally:
                # the raise above set the context to the outer exception: put the chain back
                err.__context__ = kept
        return had_exception and suppressed

    def close(self):
        """Run every callback now, with no exception."""
        self.__exit__(None, None, None)


class AsyncExitStack(_ExitStackCore, AbstractAsyncContextManager):
    """ExitStack for async with: also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _no_protocol(cm, 'asynchronous context manager') from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _MethodType(exit, cm)))
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def run(exc_type, exc, tb):
            await callback(*args, **kwds)
        run.__wrapped__ = callback
        self._exit_callbacks.append((False, run))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = _sys.exception()
        details = exc_details
        suppressed = False
        to_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                answer = cb(*details) if is_sync else await cb(*details)
                if answer:
                    suppressed = True
                    to_raise = False
                    details = (None, None, None)
            except BaseException as err:
                _link_context(err, details[1], outer)
                to_raise = True
                details = (type(err), err, err.__traceback__)
        if to_raise:
            err = details[1]
            kept = err.__context__
            try:
                raise err
            finally:
                err.__context__ = kept
        return had_exception and suppressed
