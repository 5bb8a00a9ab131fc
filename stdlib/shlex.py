"""A lexical analyzer class for simple shell-like syntaxes: shlex, and split, join and quote.

gilvm's stdlib: written for gilvm, not copied from CPython.

shlex reads its input a character at a time through a small state machine whose state is
self.state: ' ' between tokens, 'a' in a word, 'c' in a run of punctuation characters, a
quote character inside quotes, an escape character just after an escape; None once the input
is spent. Each state has its own method, which takes the next character and says whether the
token is complete. The quirks of CPython's lexer are kept on purpose, since programs depend on
them (a non-word character is a token by itself; a comment in the middle of a non-POSIX word
does not end it; wordchars has 'dfe' in that order).

get_token() adds to read_token() the tokens pushed back, the `source` inclusion of other files
and the return to an including file at the end of an included one.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_EXTRA_POSIX_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                          'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        # At the end of the input get_token() gives eof: None in POSIX mode (where '' is a
        # token: the empty quotes), '' otherwise.
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
        if posix:
            self.wordchars += _EXTRA_POSIX_WORDCHARS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read ahead past a run of punctuation, to be read again.
            self._pushback_chars = deque()
            # Characters common in file names join words; the punctuation never does.
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        # `source FILE` reads FILE's tokens in place of the two.
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        # The end of an included input goes on with the one that included it.
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def read_token(self):
        self._quoted = False
        self._escaped_from = ' '
        handlers = {' ': self._between, 'a': self._in_word, 'c': self._in_word}
        while True:
            if self._punctuation_chars and self._pushback_chars:
                nextchar = self._pushback_chars.pop()
            else:
                nextchar = self.instream.read(1)
            if nextchar == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, nextchar))
            state = self.state
            if state is None:
                self.token = ''
                break
            handler = handlers.get(state)
            if handler is None:
                handler = self._in_quotes if state in self.quotes else self._after_escape
            if handler(nextchar):
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    # The state handlers. Each takes the next character ('' at the end of the input) and
    # returns True when the token is complete.

    def _have_token(self):
        # The empty quotes '' make a token in POSIX mode.
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._have_token()
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self._escaped_from = 'a'
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = 'a'
        elif c in self.punctuation_chars:
            self.token = c
            self.state = 'c'
        elif c in self.quotes:
            # Outside POSIX mode the quotes are part of the token.
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = 'a'
        else:
            # Any other character is a token of its own.
            self.token = c
            return self._have_token()
        return False

    def _in_quotes(self, c):
        self._quoted = True
        if not c:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if c == self.state:
            if not self.posix:
                self.token += c
                self.state = ' '
                return True
            # In POSIX mode the word goes on after the closing quote.
            self.state = 'a'
        elif self.posix and c in self.escape and self.state in self.escapedquotes:
            self._escaped_from = self.state
            self.state = c
        else:
            self.token += c
        return False

    def _after_escape(self, c):
        if not c:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes the escape escapes only itself and the quote; before anything else
        # it stays in the token.
        if self._escaped_from in self.quotes and c != self.state and c != self._escaped_from:
            self.token += self.state
        self.token += c
        self.state = self._escaped_from
        return False

    def _in_word(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = ' '
            return self._have_token()
        if c in self.commenters:
            self._skip_comment()
            # Outside POSIX mode a comment does not end the word.
            if self.posix:
                self.state = ' '
                return self._have_token()
            return False
        if self.state == 'c':
            if c in self.punctuation_chars:
                self.token += c
                return False
            # The end of a run of punctuation: the character is read again.
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = ' '
            return True
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escaped_from = 'a'
            self.state = c
        elif (c in self.wordchars or c in self.quotes
              or (self.whitespace_split and c not in self.punctuation_chars)):
            self.token += c
        else:
            # A character that cannot go on the word ends it, and is read again (with
            # punctuation_chars) or becomes the next token (without).
            if self._punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = ' '
            return self._have_token()
        return False

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # Relative to the including file, as cpp does.
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


# Characters that need no quoting in any shell.
_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single quotes keep everything literal; a single quote itself is closed, given in
    # double quotes, and reopened: ' -> '"'"'
    return "'" + s.replace("'", "'\"'\"'") + "'"
