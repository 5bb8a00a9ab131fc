"""Command-line parsing: ArgumentParser and friends (CPython 3.12's behaviour).

How it works here: parse_known_args first classifies every command-line
string ("shape" letters: O for an option, A for an argument, '-' for the
'--' marker), then walks the shape; runs of A go to the positionals that
still wait (a small backtracking fitter hands each one as many strings as
its nargs allows, earlier ones first), options take their values from the
strings after them.  Help is laid out by HelpFormatter from a tree of
blocks that is rendered in one go.
"""

import os as _os
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _plural(n, one, many):
    return one if n == 1 else many


# ---- small shared pieces -------------------------------------------------------------------

class _Showable(object):
    """repr() as Name(positional..., key=value...)."""

    def __repr__(self):
        shown = [repr(v) for v in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append(f'{key}={value!r}')
            else:
                odd[key] = value
        if odd:
            shown.append('**' + repr(odd))
        return f'{type(self).__name__}({", ".join(shown)})'

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_Showable):
    """A plain object that holds the parsed values as attributes."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


def _display_name(action):
    """How an error message names an argument."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate is not None and candidate is not SUPPRESS and candidate != SUPPRESS:
            return candidate
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with one argument, found while parsing or while adding it."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by type= callables to report a bad value in their own words."""


# ---- actions ---------------------------------------------------------------------------------

# The attributes every Action has, in the order repr() shows them.
_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar')


class Action(_Showable):
    """What one add_argument() call made: its option strings, where its
    value goes, how many strings it takes and what it does with them."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        vars(self).update(zip(_ACTION_FIELDS, (option_strings, dest, nargs, const, default,
                                               type, choices, required, help, metavar)))

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _listed(old):
    """A fresh list with the items of `old` (None: empty)."""
    if old is None:
        return []
    if type(old) is list:
        return old[:]
    import copy
    return copy.copy(old)


# What each built-in action kind accepts besides option_strings and dest,
# with its fixed settings; the action classes are made from this table.
_VALUE_KEYS = ('nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar')
_KIND_TABLE = {
    'store': ('_StoreAction', _VALUE_KEYS, {}),
    'store_const': ('_StoreConstAction', ('const', 'default', 'required', 'help', 'metavar'),
                    {'nargs': 0}),
    'store_true': ('_StoreTrueAction', ('default', 'required', 'help'),
                   {'nargs': 0, 'const': True, 'default': False}),
    'store_false': ('_StoreFalseAction', ('default', 'required', 'help'),
                    {'nargs': 0, 'const': False, 'default': True}),
    'append': ('_AppendAction', _VALUE_KEYS, {}),
    'append_const': ('_AppendConstAction', ('const', 'default', 'required', 'help', 'metavar'),
                     {'nargs': 0}),
    'count': ('_CountAction', ('default', 'required', 'help'), {'nargs': 0}),
    'help': ('_HelpAction', ('default', 'help'),
             {'nargs': 0, 'default': SUPPRESS, 'dest': SUPPRESS}),
    'version': ('_VersionAction', ('version', 'default', 'help'),
                {'nargs': 0, 'default': SUPPRESS, 'dest': SUPPRESS,
                 'help': "show program's version number and exit"}),
    'extend': ('_ExtendAction', _VALUE_KEYS, {}),
}

_NO_VALUE_MSG = {
    'store': ('nargs for store actions must be != 0; if you have nothing to store, '
              'actions such as store true or store const may be more appropriate'),
    'append': ('nargs for append actions must be != 0; if arg strings are not '
               'supplying the value to append, the append const action may be more '
               'appropriate'),
}
_NO_VALUE_MSG['extend'] = _NO_VALUE_MSG['append']


class _BuiltinAction(Action):
    """Shared body of the built-in actions; `_kind` picks the behaviour."""
    _kind = 'store'

    def __init__(self, option_strings, dest=None, **given):
        name, allowed, fixed = _KIND_TABLE[self._kind]
        for key in given:
            if key not in allowed:
                raise TypeError(f"{name}.__init__() got an unexpected keyword argument '{key}'")
        if dest is None:
            if 'dest' not in fixed:
                raise TypeError(f"{name}.__init__() missing 1 required positional argument: 'dest'")
            dest = fixed['dest']
        settings = {k: v for k, v in fixed.items() if k != 'dest'}
        settings.update(given)
        if self._kind == 'version':
            self.version = settings.pop('version', None)
        if self._kind in _NO_VALUE_MSG:
            nargs = settings.get('nargs')
            if nargs == 0:
                raise ValueError(_NO_VALUE_MSG[self._kind])
            if settings.get('const') is not None and nargs != OPTIONAL:
                raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        if self._kind in ('store_true', 'store_false'):
            settings['const'] = fixed['const']
        Action.__init__(self, option_strings, dest, **settings)

    def __call__(self, parser, namespace, values, option_string=None):
        kind = self._kind
        if kind in ('store', 'store_const', 'store_true', 'store_false'):
            setattr(namespace, self.dest, values if kind == 'store' else self.const)
        elif kind in ('append', 'append_const', 'extend'):
            bag = _listed(getattr(namespace, self.dest, None))
            if kind == 'extend':
                bag.extend(values)
            else:
                bag.append(values if kind == 'append' else self.const)
            setattr(namespace, self.dest, bag)
        elif kind == 'count':
            before = getattr(namespace, self.dest, None)
            setattr(namespace, self.dest, (0 if before is None else before) + 1)
        elif kind == 'help':
            parser.print_help()
            parser.exit()
        elif kind == 'version':
            text = self.version
            if text is None:
                text = parser.version
            fmt = parser._get_formatter()
            fmt.add_text(text)
            parser._print_message(fmt.format_help(), _sys.stdout)
            parser.exit()


_ACTION_CLASSES = {}
for _kind_name, (_cls_name, _allowed, _fixed) in _KIND_TABLE.items():
    _ACTION_CLASSES[_kind_name] = type(_cls_name, (_BuiltinAction,),
                                       {'_kind': _kind_name, '__module__': __name__})
    globals()[_cls_name] = _ACTION_CLASSES[_kind_name]
del _kind_name, _cls_name, _allowed, _fixed


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs storing True / False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        both = []
        for text in option_strings:
            both.append(text)
            if text.startswith('--'):
                both.append('--no-' + text[2:])
        Action.__init__(self, both, dest, nargs=0, default=default, type=type,
                        choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubcommandEntry(Action):
    """A line of the subcommand list in help (name, aliases and help)."""

    def __init__(self, name, aliases, help):
        label = name
        if aliases:
            label += ' (%s)' % ', '.join(aliases)
        Action.__init__(self, option_strings=[], dest=name, help=help, metavar=label)


class _SubParsersAction(Action):
    """The positional that picks a subcommand and hands it the rest."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        table = {}
        Action.__init__(self, option_strings, dest, PARSER, None, None, None, table,
                        required, help, metavar)
        self._name_parser_map = table
        self._prog_prefix, self._parser_class, self._choices_actions = prog, parser_class, []

    def add_parser(self, name, **kwargs):
        """A new parser for subcommand `name` (aliases=, help=, and the
        ArgumentParser arguments)."""
        known = self._name_parser_map
        aliases = tuple(kwargs.pop('aliases', ()))
        for label, word in [('subparser', name)] + [('subparser alias', a) for a in aliases]:
            if word in known:
                raise ArgumentError(self, f'conflicting {label}: {word}')
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        if 'help' in kwargs:
            self._choices_actions.append(_SubcommandEntry(name, aliases, kwargs.pop('help')))
        made = self._parser_class(**kwargs)
        known.update(dict.fromkeys((name,) + aliases, made))
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        """Record the subcommand's name, let its parser read the strings
        after it, and copy what that parser found into `namespace`."""
        word = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, word)
        table = self._name_parser_map
        if word not in table:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (word, ', '.join(table)))
        found, unknown = table[word].parse_known_args(values[1:], None)
        for pair in vars(found).items():
            setattr(namespace, *pair)
        if unknown:
            leftover = vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            leftover += unknown


class FileType(object):
    """type= factory that opens the named file ('-' is stdin / stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._how = (mode, bufsize, encoding, errors)

    def __call__(self, string):
        mode = self._how[0]
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif 'w' in mode or 'a' in mode or 'x' in mode:
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, *self._how)
        except OSError as exc:
            raise ArgumentTypeError(f"can't open '{string}': {exc}")

    def __repr__(self):
        mode, bufsize, encoding, errors = self._how
        pieces = [repr(v) for v in (mode, bufsize) if v != -1]
        for key, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                pieces.append(f'{key}={value!r}')
        return f'{type(self).__name__}({", ".join(pieces)})'


# ---- help formatting -------------------------------------------------------------------------

def _ascii_split(text):
    words = []
    start = -1
    for i, ch in enumerate(text):
        if ch in ' \t\n\r\x0b\x0c':
            if start >= 0:
                words.append(text[start:i])
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        words.append(text[start:])
    return words


def _usage_chunks(text):
    """Cut a usage line into the pieces that wrapping keeps whole: a
    bracketed or parenthesised group (up to the first closing run followed
    by a space or the end), or else a run of non-spaces."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        if text[i] in '([':
            closer = ')' if text[i] == '(' else ']'
            j = i + 1
            while j < n:
                if text[j] == closer:
                    k = j
                    while k < n and text[k] == closer:
                        k += 1
                    if k == n or text[k].isspace():
                        end = k
                        break
                    j = k
                else:
                    j += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _terminal_width():
    """Columns for help: the terminal's (COLUMNS wins) less two."""
    import shutil
    return shutil.get_terminal_size().columns - 2


class _Block(object):
    """A titled part of the help (or the untitled root) and its entries."""

    def __init__(self, title, outer):
        self.title = title
        self.outer = outer
        self.entries = []


class HelpFormatter(object):
    """Lays out usage and help.  Only the class name is public API; the
    underscore methods are the customisation hooks subclasses override."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog
        self._width = _terminal_width() if width is None else width
        self._indent_increment = step = indent_increment
        # the help column never starts further right than this
        self._max_help_position = min(max_help_position, max(self._width - 20, 2 * step))
        self._root = self._open = _Block(None, None)
        self._current_indent = self._widest = 0

    # -- building --

    def start_section(self, heading):
        block = _Block(heading, self._open)
        self._open.entries.append(('block', block))
        self._open = block
        self._current_indent += self._indent_increment

    def end_section(self):
        self._open = self._open.outer
        self._current_indent -= self._indent_increment

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._open.entries.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open.entries.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action))]
        for sub in self._subactions(action):
            lengths.append(len(self._format_action_invocation(sub)))
        self._widest = max(self._widest, max(lengths) + self._current_indent)
        self._open.entries.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering --

    def format_help(self):
        self._current_indent = 0
        out = self._render_entries(self._root)
        if not out:
            return out
        while '\n\n\n' in out:
            out = out.replace('\n\n\n', '\n\n')
        return out.strip('\n') + '\n'

    def _render_entries(self, block):
        pieces = []
        for kind, payload in block.entries:
            if kind == 'block':
                pieces.append(self._render_block(payload))
            elif kind == 'text':
                pieces.append(self._format_text(payload))
            elif kind == 'usage':
                pieces.append(self._format_usage(*payload))
            else:
                pieces.append(self._format_action(payload))
        return ''.join(pieces)

    def _render_block(self, block):
        self._current_indent += self._indent_increment
        body = self._render_entries(block)
        self._current_indent -= self._indent_increment
        if not body:
            return ''
        heading = ''
        if block.title is not SUPPRESS and block.title is not None:
            heading = ' ' * self._current_indent + block.title + ':\n'
        return '\n' + heading + body + '\n'

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(self._width - self._current_indent, 11)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    # usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return prefix + usage % {'prog': self._prog} + '\n\n'
        if not actions:
            return prefix + self._prog + '\n\n'
        prog = self._prog
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        text = prog + ' ' + whole if whole else prog
        room = self._width - self._current_indent
        if len(prefix) + len(text) <= room:
            return prefix + text + '\n\n'
        opt_chunks = _usage_chunks(self._format_actions_usage(opts, groups))
        pos_chunks = _usage_chunks(self._format_actions_usage(poss, groups))
        if len(prefix) + len(prog) <= 0.75 * room:
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opt_chunks:
                lines = _pack([prog] + opt_chunks, pad, room, len(prefix))
                lines += _pack(pos_chunks, pad, room)
            elif pos_chunks:
                lines = _pack([prog] + pos_chunks, pad, room, len(prefix))
            else:
                lines = [prog]
        else:
            pad = ' ' * len(prefix)
            lines = _pack(opt_chunks + pos_chunks, pad, room)
            if len(lines) > 1:
                lines = _pack(opt_chunks, pad, room) + _pack(pos_chunks, pad, room)
            lines = [prog] + lines
        return prefix + '\n'.join(lines) + '\n\n'

    def _format_actions_usage(self, actions, groups):
        # Where groups open and close, keyed by position in `actions`.
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            grouped.update(members)
            visible = sum(1 for m in members if m.help is not SUPPRESS)
            if not group.required:
                brackets = '[]'
            elif visible > 1:
                brackets = '()'
            else:
                brackets = None
            if brackets:
                marks[first] = marks[first] + ' ' + brackets[0] if first in marks else brackets[0]
                marks[last] = marks[last] + brackets[1] if last in marks else brackets[1]
            for k in range(first + 1, last):
                marks[k] = '|'
        words = []
        for pos, action in enumerate(actions):
            if action.help is SUPPRESS:
                if marks.get(pos) == '|':
                    del marks[pos]
                elif marks.get(pos + 1) == '|':
                    del marks[pos + 1]
                words.append(None)
                continue
            if action.option_strings:
                if action.nargs == 0:
                    word = action.format_usage()
                else:
                    meta = self._format_args(action, self._get_default_metavar_for_optional(action))
                    word = f'{action.option_strings[0]} {meta}'
                if not action.required and action not in grouped:
                    word = '[' + word + ']'
            else:
                word = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and word[:1] == '[' and word[-1:] == ']':
                    word = word[1:-1]
            words.append(word)
        seq = []
        for pos in range(len(words) + 1):
            if pos in marks:
                seq.append(marks[pos])
            if pos < len(words) and words[pos] is not None:
                seq.append(words[pos])
        return _tidy_brackets(' '.join(seq)).strip()

    # one argument

    def _format_action(self, action):
        column = min(self._widest + 2, self._max_help_position)
        help_room = max(self._width - column, 11)
        name_room = column - self._current_indent - 2
        head = self._format_action_invocation(action)
        lead = ' ' * self._current_indent
        has_help = bool(action.help) and bool(action.help.strip())
        if not action.help:
            out = [lead + head + '\n']
            first_pad = 0
        elif len(head) <= name_room:
            out = [lead + head.ljust(name_room) + '  ']
            first_pad = 0
        else:
            out = [lead + head + '\n']
            first_pad = column
        if has_help:
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_room)
                out.append(' ' * first_pad + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * column + line + '\n')
        elif not out[0].endswith('\n'):
            out.append('\n')
        subs = list(self._subactions(action))
        if subs:
            self._current_indent += self._indent_increment
            for sub in subs:
                out.append(self._format_action(sub))
            self._current_indent -= self._indent_increment
        return ''.join(out)

    def _subactions(self, action):
        getter = getattr(action, '_get_subactions', None)
        return getter() if getter is not None else []

    def _format_action_invocation(self, action):
        if not action.option_strings:
            name, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        meta = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(f'{s} {meta}' for s in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{' + ','.join(str(c) for c in action.choices) + '}'
        else:
            shown = default_metavar

        def repeat(count):
            return shown if isinstance(shown, tuple) else (shown,) * count
        return repeat

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            got = names(1)
            if len(got) == 2:
                return '[%s [%s ...]]' % got
            return '[%s ...]' % got
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            count = range(nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * len(count)) % names(nargs)

    def _expand_help(self, action):
        fields = {}
        for key, value in [*vars(action).items(), ('prog', self._prog)]:
            if value is SUPPRESS:
                continue
            named = getattr(value, '__name__', _MISSING)
            fields[key] = value if named is _MISSING else named
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join(map(str, fields['choices']))
        return self._get_help_string(action) % fields

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(' '.join(_ascii_split(text)), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(' '.join(_ascii_split(text)), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


def _pack(chunks, pad, room, prefix_len=None):
    """Greedy line filling of usage chunks; with prefix_len the first line
    is meant to follow the 'usage: ' prefix, so it carries no padding."""
    lines = []
    current = []
    used = (prefix_len if prefix_len is not None else len(pad)) - 1
    for chunk in chunks:
        if current and used + 1 + len(chunk) > room:
            lines.append(pad + ' '.join(current))
            current = []
            used = len(pad) - 1
        current.append(chunk)
        used += len(chunk) + 1
    if current:
        lines.append(pad + ' '.join(current))
    if prefix_len is not None and lines:
        lines[0] = lines[0][len(pad):]
    return lines


def _tidy_brackets(text):
    """Drop the spaces just inside brackets and any empty bracket pair."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == ' ' and i + 1 < n and text[i + 1] in '])':
            i += 1
            continue
        out.append(ch)
        if ch in '[(' and i + 1 < n and text[i + 1] == ' ':
            i += 2
            continue
        i += 1
    text = ''.join(out)
    changed = True
    while changed:
        changed = False
        for opener in '[(':
            for closer in '])':
                j = text.find(opener)
                while j >= 0:
                    k = j + 1
                    while k < len(text) and text[k] == ' ':
                        k += 1
                    if k < len(text) and text[k] == closer:
                        text = text[:j] + text[k + 1:]
                        changed = True
                        j = text.find(opener, j)
                    else:
                        j = text.find(opener, j + 1)
    return text


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog text as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text (descriptions and argument help) as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values after their type= (int, float, ...)."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- matching strings to nargs ------------------------------------------------------------

def _fits(nargs, piece, optional):
    """Whether the shape letters `piece` can be one argument's strings."""
    if optional and '-' in piece:
        return False
    if nargs == REMAINDER:
        return True
    if nargs == PARSER:
        return piece.lstrip('-')[:1] == 'A'
    if 'O' in piece:
        return False
    count = piece.count('A')
    if nargs is None:
        return count == 1
    if nargs == OPTIONAL:
        return count <= 1
    if nargs == ZERO_OR_MORE:
        return True
    if nargs == ONE_OR_MORE:
        return count >= 1
    if nargs == SUPPRESS:
        return count == 0
    return count == nargs


def _share_out(actions, shape):
    """Lengths for each of `actions` taken in turn from the start of
    `shape`, each as long as still lets the later ones fit; None if the
    actions cannot all fit."""
    memo = {}

    def attempt(k, at):
        if k == len(actions):
            return []
        key = (k, at)
        if key in memo:
            return memo[key]
        found = None
        action = actions[k]
        optional = bool(action.option_strings)
        for stop in range(len(shape), at - 1, -1):
            if _fits(action.nargs, shape[at:stop], optional):
                tail = attempt(k + 1, stop)
                if tail is not None:
                    found = [stop - at] + tail
                    break
        memo[key] = found
        return found
    return attempt(0, 0)


def _is_negative_number(text):
    body = text[1:] if text[:1] == '-' else None
    if not body:
        return False
    if body.isdigit() and body.isascii():
        return True
    whole, dot, frac = body.partition('.')
    return (bool(dot) and bool(frac) and frac.isascii() and frac.isdigit()
            and (not whole or (whole.isascii() and whole.isdigit())))


_MISSING = object()


def _identity(value):
    return value


# ---- containers: the parser and its groups ----------------------------------------------------

class _Book(object):
    """State a parser shares with its argument groups."""

    def __init__(self, prefix_chars, argument_default, conflict_handler):
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.actions = []
        self.options = {}
        self.defaults = {}
        self.exclusive = []
        self.negative_optionals = []
        self.registries = {'action': dict(_ACTION_CLASSES), 'type': {None: _identity}}
        self.registries['action'][None] = _ACTION_CLASSES['store']
        self.registries['action']['parsers'] = _SubParsersAction


class _Holder(object):
    """Methods common to the parser and its groups."""

    # views of the shared state under the names code in the wild pokes at
    @property
    def _actions(self):
        return self._book.actions

    @property
    def _option_string_actions(self):
        return self._book.options

    @property
    def _defaults(self):
        return self._book.defaults

    @property
    def _mutually_exclusive_groups(self):
        return self._book.exclusive

    @property
    def _has_negative_number_optionals(self):
        return self._book.negative_optionals

    @property
    def _registries(self):
        return self._book.registries

    def register(self, registry_name, value, object):
        self._book.registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._book.registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._book.defaults.update(kwargs)
        for action in self._book.actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._book.actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._book.defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) or add_argument(option_string, ...)."""
        prefixes = self._book.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in prefixes):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._positional_spec(*args, **kwargs)
        else:
            spec = self._option_spec(args, kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._book.defaults:
                spec['default'] = self._book.defaults[spec['dest']]
            elif self._book.argument_default is not None:
                spec['default'] = self._book.argument_default
        chosen = spec.pop('action', None)
        maker = self._registry_get('action', chosen, chosen)
        if not callable(maker):
            raise ValueError('unknown action "%s"' % (maker,))
        action = maker(**spec)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        fmt_factory = getattr(self, '_get_formatter', None)
        if fmt_factory is not None:
            try:
                fmt_factory()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _positional_spec(self, dest=None, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _option_spec(self, strings, kwargs):
        prefixes = self._book.prefix_chars
        longs = []
        for text in strings:
            if text[:1] not in prefixes:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (text, prefixes))
            if len(text) > 1 and text[1] in prefixes:
                longs.append(text)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = longs[0] if longs else strings[0]
            dest = source.lstrip(prefixes)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = list(strings)
        return kwargs

    def _add_action(self, action):
        book = self._book
        clashes = [(s, book.options[s]) for s in action.option_strings if s in book.options]
        if clashes:
            if book.conflict_handler == 'resolve':
                for text, other in clashes:
                    other.option_strings.remove(text)
                    book.options.pop(text, None)
                    if not other.option_strings:
                        other.container._remove_action(other)
            else:
                names = ', '.join(s for s, _ in clashes)
                raise ArgumentError(action, _plural(len(clashes), 'conflicting option string: %s',
                                                    'conflicting option strings: %s') % names)
        book.actions.append(action)
        action.container = self
        for text in action.option_strings:
            book.options[text] = action
            if _is_negative_number(text) and not book.negative_optionals:
                book.negative_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._book.actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._root_parser()._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._book.exclusive.append(group)
        return group


# older private names some programs import
_AttributeHolder = _Showable
_ActionsContainer = _Holder


class _ArgumentGroup(_Holder):
    """A titled set of arguments in the help; arguments live in the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        self._book = container._book
        self._owner = container
        self.title = title
        self.description = description
        self._group_actions = []
        for key in ('prefix_chars', 'argument_default', 'conflict_handler'):
            setattr(self, key, kwargs.get(key, getattr(container, key)))

    def _root_parser(self):
        return self._owner._root_parser()

    def _add_action(self, action):
        action = _Holder._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _Holder._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or, if required, exactly one) is given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class _Run(object):
    """One parse: the strings, their shape and what has been seen."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.seen = set()
        self.changed = set()
        self.extras = []
        self.rivals = {}
        for group in parser._book.exclusive:
            members = group._group_actions
            for i, action in enumerate(members):
                self.rivals.setdefault(action, []).extend(members[:i] + members[i + 1:])
        self.found = {}
        letters = []
        after_marker = False
        for i, text in enumerate(strings):
            if after_marker:
                letters.append('A')
            elif text == '--':
                letters.append('-')
                after_marker = True
            else:
                hit = parser._classify(text)
                if hit is None:
                    letters.append('A')
                else:
                    self.found[i] = hit
                    letters.append('O')
        self.shape = ''.join(letters)
        self.waiting = [a for a in parser._book.actions if not a.option_strings]

    def apply(self, action, strings, option_string=None):
        self.seen.add(action)
        value = self.parser._get_values(action, strings)
        if value is not action.default:
            self.changed.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.changed:
                    raise ArgumentError(action, 'not allowed with argument %s' % _display_name(rival))
        if value is not SUPPRESS:
            action(self.parser, self.namespace, value, option_string)

    def feed_positionals(self, at):
        shape = self.shape[at:]
        counts = []
        for k in range(len(self.waiting), 0, -1):
            got = _share_out(self.waiting[:k], shape)
            if got is not None:
                counts = got
                break
        for action, count in zip(self.waiting, counts):
            self.apply(action, self.strings[at:at + count])
            at += count
        del self.waiting[:len(counts)]
        return at

    def feed_option(self, at):
        action, option_string, inline = self.found[at]
        parser = self.parser
        prefixes = parser.prefix_chars
        pending = []
        while True:
            if action is None:
                self.extras.append(self.strings[at])
                return at + 1
            if inline is None:
                count = _longest_fit(action, self.shape[at + 1:])
                pending.append((action, self.strings[at + 1:at + 1 + count], option_string))
                stop = at + 1 + count
                break
            count = _longest_fit(action, 'A')
            if count == 0 and option_string[1] not in prefixes and inline != '':
                pending.append((action, [], option_string))
                option_string = option_string[0] + inline[0]
                nxt = parser._book.options.get(option_string)
                if nxt is None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % inline)
                action = nxt
                inline = inline[1:] or None
            elif count == 1:
                pending.append((action, [inline], option_string))
                stop = at + 1
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % inline)
        for act, strings, text in pending:
            self.apply(act, strings, text)
        return stop

    def run(self):
        at = 0
        marks = sorted(self.found)
        while marks and at <= marks[-1]:
            nxt = min(m for m in marks if m >= at)
            if at != nxt:
                moved = self.feed_positionals(at)
                if moved > at:
                    at = moved
                    continue
                at = moved
            if at not in self.found:
                self.extras.extend(self.strings[at:nxt])
                at = nxt
            at = self.feed_option(at)
        at = self.feed_positionals(at)
        self.extras.extend(self.strings[at:])


def _longest_fit(action, shape):
    for stop in range(len(shape), -1, -1):
        if _fits(action.nargs, shape[:stop], bool(action.option_strings)):
            return stop
    nargs = action.nargs
    if nargs is None:
        msg = 'expected one argument'
    elif nargs == OPTIONAL:
        msg = 'expected at most one argument'
    elif nargs == ONE_OR_MORE:
        msg = 'expected at least one argument'
    else:
        msg = _plural(nargs, 'expected %s argument', 'expected %s arguments') % nargs
    raise ArgumentError(action, msg)


# ArgumentParser's constructor arguments kept as attributes of the same name.
_PARSER_SETTINGS = ('prog', 'usage', 'description', 'epilog', 'formatter_class',
                    'prefix_chars', 'fromfile_prefix_chars', 'argument_default',
                    'conflict_handler', 'add_help', 'allow_abbrev', 'exit_on_error')


class ArgumentParser(_Showable, _Holder):
    """Turns a list of command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        settings = locals()
        for name in _PARSER_SETTINGS:
            setattr(self, name, settings[name])
        self._book = _Book(prefix_chars, argument_default, conflict_handler)
        self._groups, self._subparsers = [], None
        self._positionals, self._optionals = map(self.add_argument_group,
                                                 ('positional arguments', 'options'))
        if add_help:
            dash = prefix_chars[0] if '-' not in prefix_chars else '-'
            self.add_argument(dash + 'h', dash + dash + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._adopt(parent)

    @property
    def _action_groups(self):
        return self._groups

    def _root_parser(self):
        return self

    def _get_kwargs(self):
        keys = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')
        return [(k, getattr(self, k)) for k in keys]

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        return group._add_action(action)

    def _adopt(self, parent):
        """Copy a parent parser's arguments, groups and defaults (parents=)."""
        by_title = {g.title: g for g in self._groups}
        mapping = {}
        for group in parent._groups:
            mine = by_title.get(group.title)
            if mine is None:
                mine = self.add_argument_group(group.title, group.description,
                                               conflict_handler=group.conflict_handler)
                by_title[group.title] = mine
            for action in group._group_actions:
                mapping[action] = mine
        for group in parent._book.exclusive:
            first = group._group_actions[0] if group._group_actions else None
            target = mapping.get(first, self)
            copy = target.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                mapping[action] = copy
        for action in parent._book.actions:
            mapping.get(action, self)._add_action(action)
        self._book.defaults.update(parent._book.defaults)

    # -- subcommands --

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        titled = 'title' in kwargs or 'description' in kwargs
        heading = kwargs.pop('title', 'subcommands')
        blurb = kwargs.pop('description', None)
        home = self.add_argument_group(heading, blurb) if titled else self._positionals
        self._subparsers = home
        kwargs.setdefault('parser_class', type(self))
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._command_prefix()
        kind = kwargs.pop('action', 'parsers')
        maker = self._registry_get('action', kind, None) or _SubParsersAction
        return home._add_action(maker(option_strings=[], **kwargs))

    def _command_prefix(self):
        """The program name that subcommand parsers start with: the prog and
        the positionals that come before the subcommand."""
        fmt = self._get_formatter()
        before = [a for a in self._book.actions if not a.option_strings]
        fmt.add_usage(self.usage, before, self._book.exclusive, '')
        return fmt.format_help().strip()

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        strings = list(_sys.argv[1:] if args is None else args)
        ns = self._seed(Namespace() if namespace is None else namespace)
        try:
            ns, rest = self._parse_known_args(strings, ns)
        except ArgumentError as exc:
            if not self.exit_on_error:
                raise
            self.error(str(exc))
        if hasattr(ns, _UNRECOGNIZED_ARGS_ATTR):
            rest += getattr(ns, _UNRECOGNIZED_ARGS_ATTR)
            delattr(ns, _UNRECOGNIZED_ARGS_ATTR)
        return ns, rest

    def _seed(self, ns):
        """Put every default the namespace lacks into it."""
        pairs = [(a.dest, a.default) for a in self._book.actions]
        pairs += list(self._book.defaults.items())
        for key, value in pairs:
            if key is SUPPRESS or value is SUPPRESS or hasattr(ns, key):
                continue
            setattr(ns, key, value)
        return ns

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        run = _Run(self, arg_strings, namespace)
        run.run()
        missing = []
        for action in self._book.actions:
            if action in run.seen:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._book.exclusive:
            if group.required and not any(a in run.changed for a in group._group_actions):
                names = [_display_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, run.extras

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_intermixed_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first (positionals held back), then the positionals
        from what is left over."""
        positionals = [a for a in self._book.actions if not a.option_strings]
        if any(a.nargs in (PARSER, REMAINDER) for a in positionals):
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % positionals[0].nargs)
        for group in self._book.exclusive:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        saved_usage = self.usage
        saved = [(a, a.nargs, a.default) for a in positionals]
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            namespace, leftovers = self.parse_known_args(args, namespace)
            for action, nargs, default in saved:
                action.nargs = nargs
                action.default = default
                if hasattr(namespace, action.dest) and getattr(namespace, action.dest) == []:
                    delattr(namespace, action.dest)
            options = [a for a in self._book.actions if a.option_strings]
            held = [(a, a.required) for a in options]
            for group in self._book.exclusive:
                held.append((group, group.required))
            try:
                for action in options:
                    action.required = False
                for group in self._book.exclusive:
                    group.required = False
                namespace, rest = self.parse_known_args(leftovers, namespace)
            finally:
                for thing, required in held:
                    thing.required = required
        finally:
            self.usage = saved_usage
            for action, nargs, default in saved:
                action.nargs = nargs
                action.default = default
        return namespace, rest

    def _read_args_from_files(self, strings):
        out = []
        for text in strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                out.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                    out.extend(self._read_args_from_files(found))
            except OSError as exc:
                self.error(str(exc))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _classify(self, text):
        """None for a plain argument, else (action or None, option string,
        inline value or None)."""
        book = self._book
        prefixes = self.prefix_chars
        if not text or text[0] not in prefixes:
            return None
        if text in book.options:
            return book.options[text], text, None
        if len(text) == 1:
            return None
        if '=' in text:
            head, _, tail = text.partition('=')
            if head in book.options:
                return book.options[head], head, tail
        candidates = self._abbreviations(text)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (text, ', '.join(c[1] for c in candidates)))
        if candidates:
            return candidates[0]
        if _is_negative_number(text) and not book.negative_optionals:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _abbreviations(self, text):
        book = self._book
        prefixes = self.prefix_chars
        found = []
        if text[1] in prefixes:
            if self.allow_abbrev:
                stem, eq, tail = text.partition('=')
                inline = tail if eq else None
                for known, action in book.options.items():
                    if known.startswith(stem):
                        found.append((action, known, inline))
        else:
            short = text[:2]
            for known, action in book.options.items():
                if known == short:
                    found.append((action, known, text[2:]))
                elif known.startswith(text):
                    found.append((action, known, None))
        return found

    def _get_values(self, action, strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings.remove('--')
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return strings
            self._check_value(action, action.default)
            return action.default
        if len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, s) for s in strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, text):
        """`text` run through the action's type= (errors as ArgumentError)."""
        convert = self._registry_get('type', action.type, action.type)
        problem = None
        if callable(convert):
            try:
                return convert(text)
            except ArgumentTypeError as exc:
                problem = str(exc)
            except (TypeError, ValueError):
                label = getattr(action.type, '__name__', _MISSING)
                if label is _MISSING:
                    label = repr(action.type)
                problem = 'invalid %s value: %r' % (label, text)
        else:
            problem = '%r is not callable' % (convert,)
        raise ArgumentError(action, problem)

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # -- help and errors --

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _usage_formatter(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._book.actions, self._book.exclusive)
        return fmt

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        fmt = self._usage_formatter()
        fmt.add_text(self.description)
        for group in self._groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            try:
                (file or _sys.stderr).write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        """Print `message` (if any) to stderr and leave with `status`."""
        message and self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'PROG: error: MESSAGE' to stderr; exit 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
