"""How callbacks show in the reprs of handles and futures.

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import functools
import reprlib
import types


def _source_of(func):
    """(filename, first line) of a Python function under any partials, else None."""
    while True:
        if isinstance(func, (functools.partial, functools.partialmethod)):
            func = func.func
        elif hasattr(func, '__wrapped__') and not isinstance(func, type):
            func = func.__wrapped__
        else:
            break
    if isinstance(func, types.FunctionType):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    return None


def _call_text(args, kwargs):
    parts = [reprlib.repr(a) for a in args or ()]
    parts += [f'{k}={reprlib.repr(v)}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    """'name(args)' with the arguments of nested partials shown after the inner call."""
    while isinstance(func, functools.partial):
        suffix = _call_text(args, kwargs) + suffix
        func, args, kwargs = func.func, func.args, func.keywords
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _call_text(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    where = _source_of(func)
    if where:
        text += f' at {where[0]}:{where[1]}'
    return text
