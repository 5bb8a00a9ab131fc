"""Wrapping and filling paragraphs of text, dedent() and indent().

The text is cut into chunks (words, runs of whitespace, and the parts of
hyphenated words and em-dashes) exactly where CPython's textwrap cuts it,
by a scanner written for the purpose instead of a regular expression, then
the chunks are packed into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows about: ASCII only, as CPython's.
_WS = '\t\n\x0b\x0c\r '
_WS_SET = frozenset(_WS)


def _is_word(ch):
    # \w of a str regular expression
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # [^\d\W]: a word character that is not a decimal digit
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word(ch) or ch in '!"\'&.,?'


def _dashes_then_word(text, pos):
    """Whether text[pos:] is two or more hyphens followed by a word character;
    the position after the hyphens if so, else -1."""
    end = pos
    size = len(text)
    while end < size and text[end] == '-':
        end += 1
    if end - pos >= 2 and end < size and _is_word(text[end]):
        return end
    return -1


def _hyphen_breaks_after(text, h):
    """Whether a hyphenated word may be broken after the hyphen at text[h]: two letters
    (or letter, hyphen, letter) before it, and a letter, maybe a hyphen, a letter after."""
    size = len(text)
    before = (h >= 2 and _is_letter(text[h - 1]) and _is_letter(text[h - 2])) or \
             (h >= 3 and _is_letter(text[h - 1]) and text[h - 2] == '-' and _is_letter(text[h - 3]))
    if not before:
        return False
    a = h + 1
    if a >= size or not _is_letter(text[a]):
        return False
    if a + 1 < size and _is_letter(text[a + 1]):
        return True
    return a + 2 < size and text[a + 1] == '-' and _is_letter(text[a + 2])


def _split_hyphenated(text):
    """The chunks of text when breaking on hyphens: whitespace runs, em-dashes ('--'
    between words) and words, hyphenated words cut after their hyphens."""
    chunks = []
    size = len(text)
    pos = 0
    while pos < size:
        ch = text[pos]
        if ch in _WS_SET:
            end = pos + 1
            while end < size and text[end] in _WS_SET:
                end += 1
        elif pos > 0 and _is_word_punct(text[pos - 1]) and _dashes_then_word(text, pos) > 0:
            end = _dashes_then_word(text, pos)
        else:
            # The shortest run of non-space characters that ends at a hyphen break,
            # at whitespace or the end, or just before an em-dash.
            end = pos + 1
            while True:
                if end < size and text[end] == '-' and _hyphen_breaks_after(text, end):
                    end += 1
                    break
                if end >= size or text[end] in _WS_SET:
                    break
                if _is_word_punct(text[end - 1]) and _dashes_then_word(text, end) > 0:
                    break
                end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


_TO_SPACE = {ord(c): ' ' for c in _WS}


def _words_and_spaces(text):
    """text cut into its runs of whitespace and of other characters, in order.

    Done with str.split on a copy whose whitespace is all spaces, which is far
    faster than looking at every character in Python.
    """
    runs = []
    pos = 0
    gap = 0
    for i, part in enumerate(text.translate(_TO_SPACE).split(' ')):
        if i:
            gap += 1
        if part:
            if gap:
                runs.append(text[pos:pos + gap])
                pos += gap
                gap = 0
            runs.append(text[pos:pos + len(part)])
            pos += len(part)
    if gap:
        runs.append(text[pos:])
    return runs


def _split_fast(text, hyphens):
    """The chunks of text, word by word: a word (a run without whitespace) needs the
    hyphen rules only if it has a hyphen, and they never look past its ends."""
    if not hyphens:
        return _words_and_spaces(text)
    chunks = []
    for run in _words_and_spaces(text):
        if '-' in run and run[0] not in _WS_SET:
            chunks.extend(_split_hyphenated(run))
        else:
            chunks.append(run)
    return chunks


def _split_on_spaces(text):
    """The chunks of text when not breaking on hyphens: words and whitespace runs."""
    chunks = []
    size = len(text)
    pos = 0
    while pos < size:
        space = text[pos] in _WS_SET
        end = pos + 1
        while end < size and (text[end] in _WS_SET) == space:
            end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a quote, at the end
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to a width; the options are attributes of the same names.

    width, initial_indent, subsequent_indent, expand_tabs, tabsize,
    replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, max_lines, placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WS), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        # Every option is a plain attribute, free to change between calls.
        vars(self).update(
            width=width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
            expand_tabs=expand_tabs, replace_whitespace=replace_whitespace,
            fix_sentence_endings=fix_sentence_endings, break_long_words=break_long_words,
            drop_whitespace=drop_whitespace, break_on_hyphens=break_on_hyphens, tabsize=tabsize,
            max_lines=max_lines, placeholder=placeholder)

    # ---- chunks -------------------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space (per the options)."""
        out = text.expandtabs(self.tabsize) if self.expand_tabs else text
        return out.translate(self.unicode_whitespace_trans) if self.replace_whitespace else out

    def _split(self, text):
        """Cut text into the indivisible chunks that lines are made of."""
        return _split_fast(text, self.break_on_hyphens is True)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces, in place."""
        skip = False
        for i in range(len(chunks) - 1):
            if skip:
                skip = False
            elif chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                skip = True

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- lines --------------------------------------------------------------------------------

    def _cut_point(self, word, room):
        """Where to cut a word too long for the room left: at the room, or just after the
        last hyphen before it that follows something other than hyphens."""
        if self.break_on_hyphens and len(word) > room:
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                return hyphen + 1
        return room

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the next chunk, too long for any line, on the current line."""
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        at = self._cut_point(word, width - cur_len if width >= 1 else 1)
        cur_line.append(word[:at])
        reversed_chunks[-1] = word[at:]

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        lead = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(lead) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _fill_line(self, pending, room, after_first):
        """Take chunks for one line from pending (next chunk last): (pieces, their length)."""
        if after_first and self.drop_whitespace and not pending[-1].strip():
            pending.pop()
        pieces = []
        used = 0
        while pending and used + len(pending[-1]) <= room:
            used += len(pending[-1])
            pieces.append(pending.pop())
        if pending and len(pending[-1]) > room:
            self._handle_long_word(pending, pieces, used, room)
            used = sum(map(len, pieces))
        if self.drop_whitespace and pieces and not pieces[-1].strip():
            used -= len(pieces.pop())
        return pieces, used

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines of at most self.width characters (indent included)."""
        self._check_limits()
        lines = []
        pending = list(reversed(chunks))
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            pieces, used = self._fill_line(pending, room, bool(lines))
            if not pieces:
                continue
            if self._line_allowed(lines, pending, used, room):
                lines.append(indent + ''.join(pieces))
            else:
                self._end_with_placeholder(lines, pieces, used, indent, room)
                break
        return lines

    def _end_with_placeholder(self, lines, pieces, used, indent, room):
        """Finish the last allowed line with the placeholder, dropping words until it fits."""
        mark = self.placeholder
        while pieces:
            if pieces[-1].strip() and used + len(mark) <= room:
                lines.append(indent + ''.join(pieces) + mark)
                return
            used -= len(pieces.pop())
        if lines and len(lines[-1].rstrip()) + len(mark) <= self.width:
            lines[-1] = lines[-1].rstrip() + mark
        else:
            lines.append(indent + mark.lstrip())

    def _line_allowed(self, lines, pending, used, room):
        """Whether a line may be added as it is, given max_lines."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        # The last allowed line: fine if nothing (but droppable space) follows and it fits.
        rest_empty = not pending or (self.drop_whitespace and len(pending) == 1
                                     and not pending[0].strip())
        return rest_empty and used <= room

    # ---- the API ------------------------------------------------------------------------------

    def wrap(self, text):
        """The lines of text wrapped to self.width (without final newlines)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """text wrapped, as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most width characters."""
    wrapper = TextWrapper(width=width, **kwargs)
    return wrapper.wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into a string of lines of at most width characters."""
    wrapper = TextWrapper(width=width, **kwargs)
    return wrapper.fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then cut text to fit width, ending with a placeholder if cut."""
    one_line = TextWrapper(width=width, max_lines=1, **kwargs)
    return one_line.fill(' '.join(text.split()))


def dedent(text):
    """Remove the leading spaces and tabs that all the (non-blank) lines share.

    Lines of only spaces and tabs become empty. "  x" and "\\tx" share nothing.
    """
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        body = line.lstrip(' \t')
        if not body:
            continue
        lead = line[:len(line) - len(body)]
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def _has_text(line):
    return line.strip()


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default,
    the lines that are not just whitespace)."""
    keep = _has_text if predicate is None else predicate
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if keep(line) else line)
    return ''.join(out)
