"""asyncio's exception classes.

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

TimeoutError = TimeoutError     # since 3.11 asyncio's is the builtin one


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available (gilvm has no sockets)."""


class IncompleteReadError(EOFError):
    """A read ended before the expected number of bytes came."""

    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {shown} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found before the buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """A Barrier was broken while a task waited on it."""
