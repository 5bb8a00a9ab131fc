"""Command-line option parsing in the style of C's getopt(): getopt, gnu_getopt and GetoptError.

gilvm's stdlib: written for gilvm, not copied from CPython.

    getopt(args, shortopts, longopts=[])  -> (opts, remaining args)

shortopts is a string of option letters, a letter followed by ':' taking an argument;
longopts is a list of names, a name ending in '=' taking an argument. A long option may be
given by any unique prefix of its name. getopt stops at the first non-option argument;
gnu_getopt lets options and other arguments mix (unless shortopts starts with '+' or
POSIXLY_CORRECT is set in the environment).
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_names(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options from the front of args; stops at the first argument that is not one ('--' ends them too)."""
    opts = []
    longopts = _long_names(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt, but options may come after other arguments, which are collected in order."""
    opts = []
    rest = []
    longopts = _long_names(longopts)
    in_order = shortopts.startswith('+') or bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg.startswith('--'):
            opts, args = _long(opts, arg[2:], longopts, args[1:])
        elif arg.startswith('-') and arg != '-':
            opts, args = _short(opts, arg[1:], shortopts, args[1:])
        elif in_order:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    full, takes_argument = _match_long(name, longopts)
    if takes_argument:
        if not eq:
            if not args:
                raise GetoptError('option --%s requires argument' % full, full)
            value, args = args[0], args[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % full, full)
    else:
        value = ''
    opts.append(('--' + full, value))
    return opts, args


def _match_long(name, longopts):
    """The long option `name` stands for (an exact name, or the one name it is a prefix of), and whether it takes an argument."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return name, False
    if name + '=' in candidates:
        return name, True
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    match = candidates[0]
    if match.endswith('='):
        return match[:-1], True
    return match, False


def _short(opts, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _takes_argument(opt, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def _takes_argument(opt, shortopts):
    at = shortopts.find(opt) if opt != ':' else -1
    if at < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    return shortopts.startswith(':', at + 1)
