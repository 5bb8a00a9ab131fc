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

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, '__enter__', '__exit__')
        return NotImplemented


class AbstractAsyncContextManager(_ABC):
    """Base for classes usable in an async with statement: __aenter__ gives self."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, '__aenter__', '__aexit__')
        return NotImplemented


class ContextDecorator:
    """Mixin that lets a context manager also decorate a function: each call runs in it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_function_identity(run_inside, func)


class AsyncContextDecorator:
    """ContextDecorator for coroutine functions and async context managers."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_function_identity(run_inside, func)


# ---- contextmanager ---------------------------------------------------------------------------

class _GeneratorCMBase:
    """State shared by the sync and async generator-based managers."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # each decorated call needs a fresh generator
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorCMBase, AbstractContextManager, ContextDecorator):
    """The context manager that @contextmanager functions return."""

    def __enter__(self):
        # the arguments are only needed to recreate the manager, not once it is in use
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            value = typ()
        try:
            gen.throw(value)
        except StopIteration as stop:
            # the generator caught the exception and finished: suppressed, unless the
            # StopIteration is the one that came in
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # a StopIteration thrown in becomes RuntimeError inside a generator (PEP 479)
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorCMBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The async context manager that @asynccontextmanager functions return."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await gen.__anext__()
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await gen.aclose()
        if value is None:
            value = typ()
        try:
            await gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    def make(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_function_identity(make, func)


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes an async context
    manager factory."""
    def make(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_function_identity(make, func)


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


class _RedirectStream(AbstractContextManager):
    """Swap a sys stream for the block; nested and reused uses restore in order."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """sys.stdout is new_target inside the block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """sys.stderr is new_target inside the block."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Silently ends the block on any of the given exception types."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            kept = excinst.split(self._exceptions)[1]
            if kept is None:
                return True
            raise kept
        return False


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
