# Pairs of instructions that gilvm runs as one (src/bytecode/superinstructions.ts): each pair's
# edge cases must behave as the two instructions do apart.


class Fuzzy:
    """Comparisons that return neither True nor False: the conditional jump runs on its own."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [self.v] if self.v < other.v else []

    def __eq__(self, other):
        return self.v == other.v

    __hash__ = None


def compare_then_jump(a, b):
    out = []
    if a < b:
        out.append('lt')
    if not a < b:
        out.append('not lt')
    while a < b:
        a = a + 1 if isinstance(a, int) else Fuzzy(a.v + 1)
        out.append('step')
    return out


def for_into_local(items):
    # FOR_ITER then STORE_FAST, over a range, a list, a generator and an iterator that raises.
    total = 0
    for i in range(3):
        total += i
    for x in items:
        total += x
    for g in (v * 2 for v in items):
        total += g
    return total, i, x, g


class Boom:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError('boom in __next__')


def loop_over_boom():
    for item in Boom():
        return item


def jump_into_second(flag):
    # `x` and `y` are loaded by a LOAD_FAST pair; the loop's back edge and the `if` land between.
    x, y, n = 1, 2, 0
    while n < 3:
        if flag:
            n += 1
        z = x + y
        n += z
    return n, z


def attribute_of_local(obj):
    # LOAD_FAST then LOAD_ATTR; a missing attribute is reported on its own line.
    first = obj.real
    return first, obj.missing


def many_locals():
    # Over 256 locals: arguments behind EXTENDED_ARG, next to pairs that are not.
    ns = {}
    names = ', '.join(f'v{i}' for i in range(300))
    src = f'def f():\n    {names} = range(300)\n    a = v299 + v1\n    b = v1 + v299\n    return a, b, v298 < v299, v0\n'
    exec(src, ns)
    return ns['f']()


print(compare_then_jump(1, 3))
print(compare_then_jump(5, 3))
print(compare_then_jump(Fuzzy(1), Fuzzy(3)))
print(compare_then_jump(Fuzzy(4), Fuzzy(3)))
print(for_into_local([4, 5]))
try:
    loop_over_boom()
except ValueError as e:
    print('ValueError', e)
print(jump_into_second(True), jump_into_second(False))
try:
    attribute_of_local(3)
except AttributeError as e:
    print('AttributeError', e, e.__traceback__.tb_next.tb_lineno)
print(many_locals())
import dis
# What a program sees of the bytecode is CPython's: no pair's opcode.
print([i.opname for i in dis.get_instructions(jump_into_second)][:12])
print(len(set(jump_into_second.__code__.co_code[::2]) - set(dis.opmap.values())))
print(attribute_of_local(2.5) if hasattr(2.5, 'missing') else 'no missing')
