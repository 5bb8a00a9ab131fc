"""A small part of shutil: get_terminal_size (what argparse needs).

The rest of shutil (copying, archives, which, ...) is not written yet.
"""

import os
import sys

__all__ = ['get_terminal_size']


def _from_environment():
    """[columns, lines] from COLUMNS / LINES; 0 where unset or not a number."""
    found = []
    for var in ('COLUMNS', 'LINES'):
        try:
            found.append(int(os.environ.get(var, '')))
        except ValueError:
            found.append(0)
    return found


def _ask_terminal():
    """(columns, lines) of the terminal on standard output, or None."""
    stream = getattr(sys, '__stdout__', None)
    try:
        answer = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):
        return None
    return answer.columns, answer.lines


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size(columns, lines).

    COLUMNS and LINES in the environment win; otherwise the terminal on
    standard output is asked, and `fallback` is used when there is none."""
    size = _from_environment()
    if min(size) <= 0:
        probed = _ask_terminal() or tuple(fallback)
        for i in (0, 1):
            if size[i] <= 0:
                size[i] = probed[i] or fallback[i]
    return os.terminal_size(tuple(size))
