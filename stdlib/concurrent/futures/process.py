"""ProcessPoolExecutor is not available in gilvm: there is no
multiprocessing (no fork, no child interpreters). The names exist so that
importing them works; creating a pool raises NotImplementedError."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly (never raised by gilvm)."""


class ProcessPoolExecutor(_base.Executor):
    """Unavailable in gilvm: instantiating it raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            'ProcessPoolExecutor is not supported by gilvm (no multiprocessing); '
            'use ThreadPoolExecutor')
