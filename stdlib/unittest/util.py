"""Helpers shared by unittest's modules: short reprs for failure messages and counting diffs.

gilvm's stdlib: written for gilvm, not copied from CPython.

The shortening of long reprs follows CPython's rules to the character (users compare the
messages): two reprs that share a long common prefix keep its first 5 and last characters
around a "[N chars]" placeholder, so that a line stays near 80 characters.
"""

import os.path

__all__ = ['safe_repr', 'strclass', 'three_way_cmp']

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12      # len('[%d chars]') for the sizes that occur
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    """repr(obj), or object's own repr when that raises; cut at 80 characters when short."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y (the loader's sort order)."""
    return (x > y) - (x < y)


def _shorten(text, keep_front, keep_back):
    hidden = len(text) - keep_front - keep_back
    if hidden <= _PLACEHOLDER_LEN:
        return text
    return f"{text[:keep_front]}[{hidden} chars]{text[len(text) - keep_back:]}"


def _common_shorten_repr(*objects):
    """The reprs of the objects, shortened alike so that where they differ stays visible."""
    reprs = tuple(safe_repr(obj) for obj in objects)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    common = os.path.commonprefix(reprs)
    cut = len(common)
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        # The differing tails fit: only the shared prefix is shortened.
        head = _shorten(common, _MIN_BEGIN_LEN, room)
        return tuple(head + r[cut:] for r in reprs)
    head = _shorten(common, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _counts_in_order(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ."""
    first, second = _counts_in_order(actual), _counts_in_order(expected)
    diffs = [(n, second.get(elem, 0), elem) for elem, n in first.items() if n != second.get(elem, 0)]
    diffs.extend((0, n, elem) for elem, n in second.items() if elem not in first)
    return diffs


def _count_diff_all_purpose(actual, expected):
    """As _count_diff_hashable, for unhashable elements: compared with == only (quadratic)."""
    done = object()
    first, second = list(actual), list(expected)
    diffs = []
    for i, elem in enumerate(first):
        if elem is done:
            continue
        n_first = _take_equal(first, i, elem, done)
        n_second = _take_equal(second, 0, elem, done)
        if n_first != n_second:
            diffs.append((n_first, n_second, elem))
    for i, elem in enumerate(second):
        if elem is not done:
            diffs.append((0, _take_equal(second, i, elem, done), elem))
    return diffs


def _take_equal(items, start, elem, done):
    """Count the items from `start` on equal to elem, marking them done."""
    count = 0
    for j in range(start, len(items)):
        if items[j] is not done and items[j] == elem:
            count += 1
            items[j] = done
    return count
