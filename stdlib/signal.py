"""Set handlers for asynchronous events (signals), and send signals.

gilvm's stdlib: written for gilvm, not copied from CPython.

The calls are those of ``_signal`` (src/lib/signal-module.ts). A handler set with
signal() runs in the main thread between two bytecodes, as in CPython: the Node
main thread, which receives the process's signals, makes the signal pending and
the interpreter calls the handler at its next safepoint.

What this module adds, as CPython's does: the signal numbers are members of the
IntEnum ``Signals`` (``SIGINT`` is ``<Signals.SIGINT: 2>``, and the aliases
SIGIOT, SIGCLD and SIGPOLL are its aliases), SIG_DFL and SIG_IGN are members of
``Handlers``, and signal(), getsignal() and valid_signals() give enum members
where a number has one.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _named(keep):
    # Sorted by value, then name: for a value with two names the first is the member's name
    # and the other its alias (SIGABRT and SIGIOT, SIGCHLD and SIGCLD, SIGIO and SIGPOLL).
    pairs = [(name, value) for name, value in vars(_signal).items() if keep(name)]
    return sorted(pairs, key=lambda pair: (pair[1], pair[0]))


Signals = _IntEnum('Signals', _named(lambda n: n.startswith('SIG') and not n.startswith('SIG_')),
                   module=__name__)
Handlers = _IntEnum('Handlers', _named(lambda n: n in ('SIG_DFL', 'SIG_IGN')), module=__name__)

# The module's names are the members themselves (an alias's name gives its member).
globals().update({name: Signals[name] for name in Signals.__members__})
globals().update({name: Handlers[name] for name in Handlers.__members__})


def _as_member(value, enum):
    """The member of `enum` with this value, or the value itself when there is none."""
    try:
        return enum(value)
    except ValueError:
        return value


def _as_int(value):
    """What the C functions take: an int for anything int() accepts (an enum member), else the value."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


def signal(signalnum, handler):
    """Set the handler of signal `signalnum` (a callable, SIG_IGN or SIG_DFL); return the previous one."""
    return _as_member(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    """The current handler of signal `signalnum`: a callable, SIG_IGN, SIG_DFL or None."""
    return _as_member(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """The set of signal numbers valid on this platform (members of Signals where they have one)."""
    return {_as_member(n, Signals) for n in _signal.valid_signals()}


del _named
