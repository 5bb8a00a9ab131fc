"""Helpers for computing deltas between sequences: SequenceMatcher, Differ, ndiff, restore,
unified_diff, context_diff, diff_bytes, get_close_matches, IS_LINE_JUNK and IS_CHARACTER_JUNK.

gilvm's stdlib: written for gilvm, not copied from CPython.

SequenceMatcher does Ratcliff/Obershelp "gestalt pattern matching": find the longest block
common to both sequences, then recurse on the pieces left of it and right of it. Programs
print the diffs built on these blocks, so every choice is CPython's: the longest block wins,
ties go to the one starting earliest in a, then earliest in b; "junk" items of b (those the
isjunk callable accepts, and with autojunk the "popular" ones, each more than 1% of a b of
200 items or more) never start or carry a match, but a block found without them is then
widened over equal neighbours, first non-junk, then junk ones.

Differ pairs the lines of a replaced region by their similarity (the best ratio above 0.75)
and marks the changed characters of each pair on '? ' lines; unified_diff and context_diff
group the opcodes with n lines of context, as `diff -u` and `diff -c` do.
"""

import heapq
import re
from collections import namedtuple
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    # two empty sequences are identical
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items, b's items indexed once for many a's.

    Give the sequence that stays the same as b (set_seq2) and vary a (set_seq1): the index
    of b is the expensive part."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    __class_getitem__ = classmethod(GenericAlias)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (the one cheap to change)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, and index it."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: each usable item of b -> the ascending positions where it occurs
        b = self.b
        b2j = {}
        for j, item in enumerate(b):
            positions = b2j.get(item)
            if positions is None:
                b2j[item] = [j]
            else:
                positions.append(j)
        self.bjunk = set()
        if self.isjunk is not None:
            isjunk = self.isjunk
            self.bjunk = {item for item in b2j if isjunk(item)}
            for item in self.bjunk:
                del b2j[item]
        self.bpopular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            self.bpopular = {item for item, positions in b2j.items() if len(positions) > limit}
            for item in self.bpopular:
                del b2j[item]
        self.b2j = b2j

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block of a[alo:ahi] and b[blo:bhi], as Match(i, j, k).

        Of the longest blocks, the one starting first in a, then first in b. Junk does not
        start a block, but the block found is widened over equal junk at its ends. With no
        match, Match(alo, blo, 0)."""
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        b2j = self.b2j
        best_i, best_j, best_k = alo, blo, 0
        # ending_at[j]: the length of the junk-free match ending at (the previous i, j)
        ending_at = {}
        nothing = ()
        for i in range(alo, ahi):
            here = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = ending_at.get(j - 1, 0) + 1
                here[j] = k
                # strictly longer only: the first block of a length ends (so starts) first in a
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            ending_at = here
        # Widen over equal items: popular items (not junk, not indexed) first, then junk.
        bjunk = self.bjunk
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in bjunk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi
                   and (b[best_j + best_k] in bjunk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """The matching blocks as Match triples, ascending in a and b, adjacent ones joined,
        ending with the sentinel Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        # the recursion of the algorithm, with a stack of the regions left to match
        todo = [(0, la, 0, lb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        blocks = []
        for i, j, k in found:
            if blocks:
                pi, pj, pk = blocks[-1]
                if pi + pk == i and pj + pk == j:
                    blocks[-1] = (pi, pj, pk + k)
                    continue
            blocks.append((i, j, k))
        blocks.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in blocks]
        return self.matching_blocks

    def get_opcodes(self):
        """How to turn a into b: a list of (tag, i1, i2, j1, j2), tag one of 'replace',
        'delete', 'insert', 'equal', the ranges covering both sequences in order."""
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Generate the opcodes in hunks, each with at most n items of context around its
        changes; equal stretches longer than 2n split hunks."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # Trim the leading and trailing context to n items. As in CPython this edits the list
        # get_opcodes() keeps: a later call (another n, or get_opcodes) sees the trimmed ends.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: twice the matched items over the items of both."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(): the items common to both, order ignored."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        used = {}
        matched = 0
        for item in self.a:
            n = used.get(item, 0)
            if n < counts.get(item, 0):
                used[item] = n + 1
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound of ratio(), from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of the possibilities whose ratio with word is at least cutoff,
    best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        # the cheap upper bounds first
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    # equal scores: the greater string first
    return [x for score, x in heapq.nlargest(n, scored)]


def _tags_keeping_whitespace(line, tags):
    # a tab or space the tags leave unmarked is copied, so the marks line up under the line
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))


class Differ:
    """Compares sequences of lines (each ending in a newline), as ndiff does.

    Each output line starts with '- ' (only in a), '+ ' (only in b), '  ' (in both) or
    '? ' (marks under the line before it: '^' changed, '-' deleted, '+' inserted)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta lines that turn the lines a into the lines b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter block first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Synchronize on the most similar pair of lines (ratio above 0.75; of equal ratios
        # the first found, b's lines outer), else on the first identical pair (identical lines
        # in a replaced region are junk), else replace plainly; then recurse on each side.
        best_ratio, cutoff = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same = None
        best = None
        for j in range(blo, bhi):
            bj = b[j]
            chars.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same is None:
                        same = (i, j)
                    continue
                chars.set_seq1(ai)
                if (chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio
                        and chars.ratio() > best_ratio):
                    best_ratio, best = chars.ratio(), (i, j)
        if best_ratio < cutoff:
            if same is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same
            identical = True
        else:
            best_i, best_j = best
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            atags, btags = [], []
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag == 'replace':
                    atags.append('^' * (i2 - i1))
                    btags.append('^' * (j2 - j1))
                elif tag == 'delete':
                    atags.append('-' * (i2 - i1))
                elif tag == 'insert':
                    btags.append('+' * (j2 - j1))
                else:
                    atags.append(' ' * (i2 - i1))
                    btags.append(' ' * (j2 - j1))
            yield from self._qformat(aline, bline, ''.join(atags), ''.join(btags))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _tags_keeping_whitespace(aline, atags).rstrip()
        btags = _tags_keeping_whitespace(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """Whether the line is blank or holds only a '#' (whitespace around it)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether the character is a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    # 'first,count' (1-based), just 'first' for one line; an empty range names the line before
    first, count = start + 1, stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _context_range(start, stop):
    # 'first,last' (1-based), just 'first' for one line or none
    first, count = start + 1, stop - start
    if not count:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _check_types(a, b, *args):
    # the lines are formatted with str operations: bytes must go through diff_bytes
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_headers(mark1, mark2, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    fromdate = '\t' + fromfiledate if fromfiledate else ''
    todate = '\t' + tofiledate if tofiledate else ''
    return ['%s %s%s%s' % (mark1, fromfile, fromdate, lineterm),
            '%s %s%s%s' % (mark2, tofile, todate, lineterm)]


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Generate the delta between the lines a and b in unified format (diff -u), with n lines
    of context; no output at all when they are equal."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('---', '+++', fromfile, tofile, fromfiledate, tofiledate,
                                     lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Generate the delta between the lines a and b in context format (diff -c), with n lines
    of context; no output at all when they are equal."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('***', '---', fromfile, tofile, fromfiledate, tofiledate,
                                     lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        # a side with no change of its own is left out, its range alone shown
        if any(code[0] in ('replace', 'delete') for code in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(code[0] in ('replace', 'insert') for code in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on lines of bytes, giving lines of bytes.

    Every byte goes through unchanged (decoded as ascii with surrogateescape)."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(s).__name__, s)) from err

    a = [decode(line) for line in a]
    b = [decode(line) for line in b]
    args = [decode(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    lineterm = decode(lineterm)
    for line in dfunc(a, b, *args, n, lineterm):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ's delta between the lines a and b; blanks and tabs are junk within lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Generate one of the two sequences (which: 1 or 2) an ndiff or Differ delta came from."""
    try:
        keep = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,)) from None
    for line in delta:
        if line[:2] in ('  ', keep):
            yield line[2:]
