"""Shell-style wildcard matching of file names: fnmatch, fnmatchcase, filter and translate.

gilvm's stdlib: written for gilvm, not copied from CPython.

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any character not in seq

translate() gives the regular expression CPython gives for a pattern, character for character,
since programs join translated patterns with '|' into one expression.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether the file name matches the pattern, both case-normalized as the platform does."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        return re.compile(translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of the iterable that match the pattern, in order."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether the name matches the pattern, case counting."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern matches.

    There is no way to quote the wildcard characters."""
    pieces = _pieces(pat)
    # Runs of fixed pieces between the stars: a leading run as it is; each inner run as a lazy
    # `.*?` then the run in an atomic group (so that a failed match does not backtrack into
    # it); after the last star a greedy `.*`.
    out = []
    runs = [[]]
    for piece in pieces:
        if piece is _STAR:
            runs.append([])
        else:
            runs[-1].append(piece)
    out.append(''.join(runs[0]))
    for k, run in enumerate(runs[1:], 1):
        fixed = ''.join(run)
        if k == len(runs) - 1:
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return fr"(?s:{''.join(out)})\Z"


def _pieces(pat):
    """The pattern as regular-expression pieces, with _STAR for each run of '*'."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            piece, i = _bracket(pat, i)
            pieces.append(piece)
        else:
            pieces.append(re.escape(c))
    return pieces


def _bracket(pat, start):
    """The piece for a bracket expression whose '[' is just before `start`, and where to go on."""
    n = len(pat)
    end = start
    if end < n and pat[end] == '!':
        end += 1
    if end < n and pat[end] == ']':
        end += 1
    while end < n and pat[end] != ']':
        end += 1
    if end >= n:
        return '\\[', start  # no closing bracket: a literal '['
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        body = _ranges(pat, start, end)
    # the regular expression module's set operations are not wildcards: escape them
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)', end + 1  # an empty set matches nothing
    if body == '!':
        return '.', end + 1  # "none of nothing" matches anything
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return f'[{body}]', end + 1


def _ranges(pat, start, end):
    """The body of a bracket expression with '-' in it: ranges kept, empty ranges dropped,
    backslashes and the other hyphens escaped."""
    chunks = []
    # the first character (after a '!') may be a hyphen without making a range
    at = start + 2 if pat[start] == '!' else start + 1
    chunk_start = start
    while True:
        dash = pat.find('-', at, end)
        if dash < 0:
            break
        chunks.append(pat[chunk_start:dash])
        chunk_start = dash + 1
        at = dash + 3
    last = pat[chunk_start:end]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'  # a hyphen at the end is itself
    # a range whose ends are the wrong way round is empty: join its neighbours
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return '-'.join(chunk.replace('\\', r'\\').replace('-', r'\-') for chunk in chunks)
