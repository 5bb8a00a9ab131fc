"""Reference data for test/dis: what CPython 3.12's compiler makes of each
snippet, re-encoded without inline caches (gilvm's encoding), and what
CPython 3.12's own `dis` prints for that cache-free code.

For each test/dis/snippets/NAME.py it writes test/dis/cpython/NAME.json:
  {"code": <code object tree>, "dis": <dis text>, "code_info": [dis.code_info() of each code object]}

The code object tree has gilvm's layout: co_code without CACHE entries, jump
arguments and EXTENDED_ARG prefixes recomputed, exception table entries in the
new offsets, one position per instruction. The dis text comes from CPython
3.12's Lib/dis.py run on that code with every inline cache size set to 0, so
it is CPython's formatting of exactly the bytes gilvm would hold.

Run with CPython 3.12:  python3.12 test/dis/cpython312.py
"""
import dis
import io
import json
import os
import re
import struct
import sys
import types

assert sys.version_info[:2] == (3, 12), 'needs CPython 3.12'

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, 'snippets')
OUT = os.path.join(HERE, 'cpython')

EXTENDED_ARG = dis.opmap['EXTENDED_ARG']
BACKWARD = {dis.opmap['JUMP_BACKWARD'], dis.opmap['JUMP_BACKWARD_NO_INTERRUPT']}
REAL_CACHES = list(dis._inline_cache_entries)


def ext_count(arg):
    n = 0
    while arg > 0xff:
        arg >>= 8
        n += 1
    return n


def strip_caches(co):
    """Instructions of co without caches: [op, arg, jump target index|None, position]."""
    code = co.co_code
    positions = list(co.co_positions())
    groups = []          # [op, arg, target_offset, pos, start_offset]
    group_start = None
    offset_to_group = {}
    for offset, op, arg in dis._unpack_opargs(code):
        if group_start is None:
            group_start = offset
        offset_to_group[offset] = len(groups)
        if op == EXTENDED_ARG:
            continue
        caches = REAL_CACHES[op]
        if arg is None:
            arg = code[offset + 1]
        target = None
        if op in dis.hasjrel:
            signed = -arg if op in BACKWARD else arg
            target = offset + 2 + 2 * caches + 2 * signed
        groups.append([op, arg, target, positions[group_start // 2], group_start])
        # cache units map to the next instruction
        for k in range(caches):
            offset_to_group[offset + 2 + 2 * k] = len(groups)
        group_start = None
    end_index = len(groups)
    offset_to_group[len(code)] = end_index

    def index_of(off):
        return offset_to_group[off]

    for g in groups:
        if g[2] is not None:
            g[2] = index_of(g[2])
    # assemble to a fixpoint (EXTENDED_ARG counts depend on offsets)
    sizes = [1 + ext_count(g[1]) if g[2] is None else 1 for g in groups]
    while True:
        offs = [0]
        for s in sizes:
            offs.append(offs[-1] + 2 * s)
        args = []
        for i, g in enumerate(groups):
            if g[2] is None:
                args.append(g[1])
            else:
                after = offs[i + 1]
                tgt = offs[g[2]]
                args.append((after - tgt) // 2 if g[0] in BACKWARD else (tgt - after) // 2)
                assert args[-1] >= 0, (dis.opname[g[0]], args[-1])
        new_sizes = [1 + ext_count(a) for a in args]
        if new_sizes == sizes:
            break
        sizes = new_sizes
    out = bytearray()
    for g, a in zip(groups, args):
        for shift in range(8 * ext_count(a), 0, -8):
            out += bytes([EXTENDED_ARG, (a >> shift) & 0xff])
        out += bytes([g[0], a & 0xff])
    entries = []
    for e in dis._parse_exception_table(co):
        entries.append([offs[index_of(e.start)], offs[index_of(e.end)], offs[index_of(e.target)], e.depth, e.lasti])
    return bytes(out), groups, sizes, offs, entries


def const_json(v):
    if v is None:
        return {'t': 'none'}
    if v is Ellipsis:
        return {'t': 'ellipsis'}
    if isinstance(v, bool):
        return {'t': 'bool', 'v': v}
    if isinstance(v, int):
        return {'t': 'int', 'v': str(v)}
    if isinstance(v, float):
        return {'t': 'float', 'v': struct.pack('>d', v).hex()}
    if isinstance(v, complex):
        return {'t': 'complex', 're': struct.pack('>d', v.real).hex(), 'im': struct.pack('>d', v.imag).hex()}
    if isinstance(v, str):
        return {'t': 'str', 'v': [ord(c) for c in v]}
    if isinstance(v, bytes):
        return {'t': 'bytes', 'v': list(v)}
    if isinstance(v, tuple):
        return {'t': 'tuple', 'v': [const_json(x) for x in v]}
    if isinstance(v, frozenset):
        return {'t': 'frozenset', 'v': [const_json(x) for x in v]}
    if isinstance(v, types.CodeType):
        return code_json(v)
    raise TypeError(type(v))


def localsplus(co):
    names = []
    i = 0
    while True:
        try:
            names.append(co._varname_from_oparg(i))
        except (IndexError, ValueError):
            break
        i += 1
    kinds = []
    for n in names:
        k = 0
        if n in co.co_varnames:
            k |= 0x20
        if n in co.co_cellvars:
            k |= 0x40
        if n in co.co_freevars:
            k |= 0x80
        kinds.append(k)
    return names, kinds


def code_json(co):
    code, groups, sizes, offs, entries = strip_caches(co)
    names, kinds = localsplus(co)
    return {
        't': 'code',
        'argcount': co.co_argcount,
        'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount,
        'stacksize': co.co_stacksize,
        'flags': co.co_flags,
        'code': list(code),
        'consts': [const_json(c) for c in co.co_consts],
        'names': list(co.co_names),
        'localsplusnames': names,
        'localspluskinds': kinds,
        'filename': co.co_filename,
        'name': co.co_name,
        'qualname': co.co_qualname,
        'firstlineno': co.co_firstlineno,
        # one location per instruction, EXTENDED_ARG prefixes included in its size
        'locations': [[s, [-1 if x is None else x for x in g[3]]] for g, s in zip(groups, sizes)],
        'exceptions': entries,
    }


def cache_free_dis(co, file):
    code, groups, sizes, offs, entries = strip_caches(co)
    per_unit = []
    for g, s in zip(groups, sizes):
        per_unit += [g[3]] * s
    linestarts = {}
    last = None
    for g, off in zip(groups, offs):
        line = g[3][0]
        if line is not None and line != last:
            linestarts[off] = line
            last = line
    ex = [dis._ExceptionTableEntry(s, e, t, d, l) for s, e, t, d, l in entries]
    saved = dis._inline_cache_entries
    dis._inline_cache_entries = [0] * len(saved)
    try:
        dis._disassemble_bytes(code, -1, co._varname_from_oparg, co.co_names, co.co_consts, linestarts,
                               file=file, exception_entries=ex, co_positions=iter(per_unit))
    finally:
        dis._inline_cache_entries = saved
    for x in co.co_consts:
        if isinstance(x, types.CodeType):
            print(file=file)
            print('Disassembly of %r:' % (x,), file=file)
            cache_free_dis(x, file)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(os.listdir(SNIPPETS)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(SNIPPETS, name), 'rb') as f:
            src = f.read()
        co = compile(src, name, 'exec', dont_inherit=True)
        buf = io.StringIO()
        cache_free_dis(co, buf)
        text = re.sub(r' at 0x[0-9a-f]+', ' at 0x0', buf.getvalue())
        infos = []

        def walk(c):
            infos.append(re.sub(r' at 0x[0-9a-f]+', ' at 0x0', dis.code_info(c)))
            for x in c.co_consts:
                if isinstance(x, types.CodeType):
                    walk(x)
        walk(co)
        with open(os.path.join(OUT, name[:-3] + '.json'), 'w') as f:
            json.dump({'code': code_json(co), 'dis': text, 'code_info': infos}, f, separators=(',', ':'))
            f.write('\n')


main()
