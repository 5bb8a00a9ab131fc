"""A small part of shutil: get_terminal_size (what argparse needs).

The rest of shutil (copying, archives, which, ...) is not written yet.
"""

import os
import sys

__all__ = ['get_terminal_size']


def _env_dimension(name):
    """The positive integer in environment variable `name`, else 0."""
    text = os.environ.get(name)
    if not text:
        return 0
    try:
        return int(text)
    except ValueError:
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size(columns, lines).

    COLUMNS and LINES in the environment win; otherwise the terminal on
    standard output is asked, and `fallback` is used when there is none."""
    cols = _env_dimension('COLUMNS')
    rows = _env_dimension('LINES')
    if cols <= 0 or rows <= 0:
        try:
            probed = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            probed = os.terminal_size(fallback)
        if cols <= 0:
            cols = probed.columns or fallback[0]
        if rows <= 0:
            rows = probed.lines or fallback[1]
    return os.terminal_size((cols, rows))
