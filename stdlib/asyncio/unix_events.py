"""The loop and policy classes under the names CPython uses on POSIX.

gilvm's stdlib: written for gilvm, not copied from CPython. There are no selectors in
gilvm; the name is kept so that programs see the class name CPython shows.
"""

from . import base_events
from . import events

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The event loop of this platform (callbacks, timers and thread wakeups only)."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
