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
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ---- chunks -------------------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space (per the options)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Cut text into the indivisible chunks that lines are made of."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_on_spaces(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces, in place."""
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- lines --------------------------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the next chunk, too long for any line, on the current line."""
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                # Prefer to cut just after a hyphen that has something other than hyphens before it.
                hyphen = word.rfind('-', 0, room)
                if hyphen > 0 and word[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines of at most self.width characters (indent included)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]      # the next chunk is last
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                piece = pending.pop()
                line.append(piece)
                used += len(piece)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._line_allowed(lines, pending, used, room):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder where it fits.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

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
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped, as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into a string of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then cut text to fit width, ending with a placeholder if cut."""
    squeezed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


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


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default,
    the lines that are not just whitespace)."""
    if predicate is None:
        return ''.join(prefix + line if line.strip() else line
                       for line in text.splitlines(True))
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
