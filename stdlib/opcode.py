"""Opcode tables of gilvm's bytecode (CPython 3.12's instruction set, without
inline caches), built from the interpreter's single opcode table."""

import _gilvm_dis

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

_rows = _gilvm_dis.opcode_rows()
opname = ['<%r>' % (n,) for n in range(max(row[1] for row in _rows) + 1)]
opmap = {}
_kind_of = {}
HAVE_ARGUMENT = 90
for _name, _number, _kind in _rows:
    if _name == 'HAVE_ARGUMENT':
        HAVE_ARGUMENT = _number
        continue
    opname[_number] = _name
    if _kind == 'label':
        # pseudo-instructions: exception-block setups, and jumps to labels
        _kind = 'setup' if _name.startswith('SETUP_') else 'jump'
    opmap[_name] = _number
    _kind_of[_number] = _kind

EXTENDED_ARG = opmap['EXTENDED_ARG']


def _numbers(*kinds):
    return sorted(n for n, k in _kind_of.items() if k in kinds)


# pseudo-instructions count when they carry a jump target or a name/local
hasarg = [n for n in sorted(_kind_of)
          if n >= HAVE_ARGUMENT and (n < 256 or _kind_of[n] not in ('setup', 'none'))]
hasconst = _numbers('const', 'kw_names')
hasname = _numbers('name', 'global', 'attr', 'super_attr')
hasjrel = _numbers('jump', 'jump_back')
hasjabs = []
haslocal = _numbers('local')
# CPython 3.12.1's table still lists 148, an opcode number it no longer uses
hasfree = sorted(set(_numbers('free')) | {148})
hascompare = _numbers('compare')
hasexc = _numbers('setup')
del _name, _number, _kind, _rows


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """How many stack slots the instruction adds (negative: removes)."""
    if oparg is None and opcode >= HAVE_ARGUMENT:
        raise ValueError('stack_effect: opcode requires oparg but oparg was not specified')
    if oparg is not None and opcode < HAVE_ARGUMENT:
        raise ValueError('stack_effect: opcode does not permit oparg but oparg was specified')
    return _gilvm_dis.stack_effect(opcode, oparg, jump)
