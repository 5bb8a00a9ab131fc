"""iscoroutine and iscoroutinefunction, as asyncio sees them.

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import collections.abc
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()        # the marker old code sets on a function


def iscoroutinefunction(func):
    """True for an ``async def`` function (or one marked as asyncio's coroutine)."""
    import inspect      # on first use: importing it costs more than all of asyncio
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


_known_types = (types.CoroutineType, collections.abc.Coroutine)   # not generators, since 3.12
_seen_types = set()


def iscoroutine(obj):
    """True for a native coroutine or an instance of the Coroutine ABC."""
    kind = type(obj)
    if kind in _seen_types:
        return True
    if isinstance(obj, _known_types):
        if len(_seen_types) < 100:
            _seen_types.add(kind)
        return True
    return False


def _coroutine_text(coro):
    """'name() running at file:line' or 'name() done, defined at file:line', for reprs."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
