"""Disassembly of gilvm bytecode, with CPython 3.12's dis API and layout.

gilvm's stdlib, written for gilvm. The text comes from the interpreter's own
disassembler (the one behind `gilvm -m dis`, reached through _gilvm_dis), so
dis.dis(f) inside a program prints what the command line prints for the same
code. gilvm's instruction set is CPython 3.12's without inline caches, so
show_caches and adaptive have nothing to show.
"""

import sys
import collections
import types as _types

import _gilvm_dis
import opcode as _opcode
from opcode import (cmp_op, hasarg, hasconst, hasname, hasjrel, hasjabs,
                    haslocal, hascompare, hasfree, hasexc, opname, opmap,
                    HAVE_ARGUMENT, EXTENDED_ARG, stack_effect)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcode.__all__

# bit i of co_flags -> its name
COMPILER_FLAG_NAMES = {1 << bit: word for bit, word in enumerate(
    "OPTIMIZED NEWLOCALS VARARGS VARKEYWORDS NESTED GENERATOR NOFREE "
    "COROUTINE ITERABLE_COROUTINE ASYNC_GENERATOR".split())}

Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_InstructionBase = collections.namedtuple(
    '_InstructionBase',
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None])


class Instruction(_InstructionBase):
    """One bytecode instruction, as dis.get_instructions yields it."""
    __slots__ = ()


_CONVERSIONS = {'str': str, 'repr': repr, 'ascii': ascii}


def _code_from(x, source_name):
    """The code object behind x: a method, function, generator, coroutine,
    code object or source text."""
    x = getattr(x, '__func__', x)
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        inner = getattr(x, attr, None)
        if inner is not None:
            return inner
    if isinstance(x, str):
        return _compile_text(x, source_name)
    if isinstance(x, _types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _compile_text(text, name):
    """An expression compiles in eval mode (its value is returned), else exec."""
    try:
        return compile(text, name, 'eval')
    except SyntaxError:
        return compile(text, name, 'exec')


def _emit(text, file):
    (sys.stdout if file is None else file).write(text)


_MEMBER_KINDS = (_types.MethodType, _types.FunctionType, _types.CodeType,
                 classmethod, staticmethod, type)


def _unwrap(x):
    """Step from a method to its function, from a function or generator to its code."""
    x = getattr(x, '__func__', x)
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _listing(x, depth):
    if isinstance(x, _types.CodeType):
        return _gilvm_dis.dis_text(x, depth, None)
    if isinstance(x, str):
        return _gilvm_dis.dis_text(_compile_text(x, '<dis>'), depth, None)
    if isinstance(x, (bytes, bytearray)):
        return _gilvm_dis.raw_text(bytes(x))
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _members(holder, file, depth):
    """A class or module: each function, code object or class in it, by name."""
    for key in sorted(holder.__dict__):
        member = holder.__dict__[key]
        if not isinstance(member, _MEMBER_KINDS):
            continue
        _emit("Disassembly of %s:\n" % key, file)
        try:
            dis(member, file=file, depth=depth)
        except TypeError as problem:
            _emit("Sorry: %s\n" % (problem,), file)
        _emit("\n", file)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the disassembly of x (default: the last traceback)."""
    if x is None:
        return distb(file=file)
    target = _unwrap(x)
    if hasattr(target, '__dict__') and not isinstance(target, _types.CodeType):
        _members(target, file, depth)
    else:
        _emit(_listing(target, depth), file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print one code object's instructions (nested code objects not followed);
    the instruction at lasti is marked -->."""
    _emit(_gilvm_dis.dis_text(co, 0, lasti), file)


disco = disassemble


def _innermost(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def _last_traceback():
    found = getattr(sys, 'last_traceback', None)
    if found is None:
        found = getattr(getattr(sys, 'last_exc', None), '__traceback__', None)
    if found is None:
        raise RuntimeError("no last traceback to disassemble")
    return found


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's innermost frame, marking where it stopped."""
    frame_tb = _innermost(_last_traceback() if tb is None else tb)
    disassemble(frame_tb.tb_frame.f_code, frame_tb.tb_lasti, file=file)


def pretty_flags(flags):
    """The names of a code object's flags, comma-separated."""
    return _gilvm_dis.flag_text(flags)


def code_info(x):
    """A summary of the code object behind x: names, counts, flags, constants."""
    return _gilvm_dis.info_text(_code_from(x, '<disassembly>'))


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


def _instructions(co, line_shift=0):
    consts = co.co_consts
    for (name, number, arg, kind, argval, argrepr, offset, starts, target,
         line, end_line, col, end_col) in _gilvm_dis.instr_rows(co):
        if kind in ('const', 'kw_names') and arg is not None:
            argval = consts[arg] if arg < len(consts) else None
        elif kind == 'format' and argval is not None:
            argval = (_CONVERSIONS.get(argval[0]), argval[1])
        elif kind == 'none' or arg is None:
            argval = None
        if starts is not None:
            starts += line_shift
        yield Instruction(name, number, arg, argval, argrepr, offset, starts, target,
                          Positions(line, end_line, col, end_col))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of the Instructions of x's code; first_line renumbers the lines."""
    co = _code_from(x, '<disassembly>')
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, shift)


def findlinestarts(code):
    """(offset, line) for every instruction that starts a source line."""
    return iter([tuple(pair) for pair in _gilvm_dis.line_starts(code)])


def findlabels(code):
    """The offsets that jump instructions in the raw bytecode go to."""
    return list(_gilvm_dis.label_offsets(bytes(code)))


class Bytecode:
    """The instructions of a function, method, code object or source string,
    iterable, with dis() and info() texts."""

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        code = _code_from(x, '<disassembly>')
        start = code.co_firstlineno if first_line is None else first_line
        vars(self).update(codeobj=code, first_line=start, current_offset=current_offset,
                          show_caches=show_caches, adaptive=adaptive,
                          _original_object=x, _shift=start - code.co_firstlineno)

    def __iter__(self):
        return _instructions(self.codeobj, self._shift)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The Bytecode of a traceback's innermost frame, at its last instruction."""
        last = _innermost(tb)
        return cls(last.tb_frame.f_code, current_offset=last.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        return _gilvm_dis.info_text(self.codeobj)

    def dis(self):
        where = self.current_offset
        return _gilvm_dis.dis_text(self.codeobj, None, -1 if where is None else where)
