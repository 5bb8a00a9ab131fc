# dis/opcode tables and helpers that do not depend on code layout (gilvm's
# bytecode has no inline caches, so offsets differ from CPython's)
import dis
import opcode

names = ['POP_TOP', 'NOP', 'RETURN_VALUE', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'LOAD_GLOBAL',
         'LOAD_ATTR', 'BINARY_OP', 'COMPARE_OP', 'CALL', 'JUMP_FORWARD', 'JUMP_BACKWARD',
         'POP_JUMP_IF_FALSE', 'FOR_ITER', 'LOAD_DEREF', 'EXTENDED_ARG', 'RESUME', 'KW_NAMES',
         'RETURN_CONST', 'MAKE_FUNCTION', 'BUILD_LIST', 'SETUP_FINALLY', 'JUMP']
for n in names:
    code = opcode.opmap[n]
    print(n, code, opcode.opname[code], code >= opcode.HAVE_ARGUMENT,
          code in opcode.hasconst, code in opcode.hasname, code in opcode.hasjrel,
          code in opcode.haslocal, code in opcode.hasfree, code in opcode.hascompare,
          code in opcode.hasexc, code in dis.hasarg)
print(len(opcode.opname), opcode.opname[2], opcode.opname[255], opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG)
print(opcode.cmp_op, dis.cmp_op is opcode.cmp_op, opcode.hasjabs)
print(sorted(opcode.opmap) == sorted(n for n in opcode.opname if not n.startswith('<')))
print(opcode.hasconst, opcode.hascompare, opcode.hasfree, opcode.haslocal)
for n, arg in [('POP_TOP', None), ('LOAD_CONST', 0), ('BUILD_LIST', 3), ('CALL', 2),
               ('BINARY_OP', 0), ('FOR_ITER', 4), ('POP_JUMP_IF_TRUE', 2)]:
    print(n, dis.stack_effect(opcode.opmap[n], arg), dis.stack_effect(opcode.opmap[n], arg, jump=True),
          dis.stack_effect(opcode.opmap[n], arg, jump=False))
for bad in [(opcode.opmap['LOAD_CONST'],), (opcode.opmap['POP_TOP'], 1), (255,)]:
    try:
        dis.stack_effect(*bad)
    except ValueError as e:
        print('ValueError', e)
print(dis.COMPILER_FLAG_NAMES)
for flags in (3, 0x23, 0x83, 0x10000, 0, 0x200 | 0x4 | 0x8):
    print(hex(flags), dis.pretty_flags(flags))


def f(a, *args, b, **kw):
    return a


print(dis.pretty_flags(f.__code__.co_flags))
print(dis.Instruction._fields, dis.Positions._fields)
ins = next(iter(dis.Bytecode(f)))
print(type(ins).__name__, ins.opname, ins.arg, ins.argval, repr(ins.argrepr), ins.starts_line, ins.is_jump_target)
print(repr(dis.Bytecode(f)).startswith('Bytecode(<function f at'))
names_used = [i.opname for i in dis.get_instructions('x = y + 1')]
print('LOAD_NAME' in names_used, 'STORE_NAME' in names_used, 'BINARY_OP' in names_used)
print([(i.opname, i.argval) for i in dis.get_instructions(f) if i.opname == 'LOAD_FAST'])
print([i.argval for i in dis.get_instructions('a < b') if i.opname == 'COMPARE_OP'])
print([i.argval for i in dis.get_instructions("f'{x!r:>3}'") if i.opname == 'FORMAT_VALUE'])
print([i.argval for i in dis.get_instructions('(1, 2.5, "s")') if i.opname in ('LOAD_CONST', 'RETURN_CONST')])
print(dis.code_info(f).splitlines()[:9])
for bad in (42, None.__class__):
    try:
        dis.get_instructions(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    dis.dis(3.5)
except TypeError as e:
    print('TypeError', e)
