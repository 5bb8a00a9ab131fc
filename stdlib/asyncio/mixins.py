"""_LoopBoundMixin: an object that binds to the first loop it is used from.

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import threading

from . import events

_bind_lock = threading.Lock()


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            with _bind_lock:
                if self._loop is None:
                    self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
