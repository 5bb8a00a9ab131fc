"""to_thread: run a blocking function in the default executor.

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import contextvars
import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) in a worker thread, in a copy of the current context."""
    loop = events.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
