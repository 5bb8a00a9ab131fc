"""Warm-up of gilvm's interpreter loop (src/vm/interpreter-warmup.ts); not a public module.

V8 optimizes the interpreter loop once it is hot, with only the paths that have run so far; the
first run of any other path afterwards throws the optimized code away (a deoptimization), and the
loop runs about 15 times slower until V8 has compiled it again (60-150 ms). Before `__main__`
runs, the worker calls the functions below that match what `__main__`'s code contains
(`w_<OPNAME>` for an instruction, the others for a kind of operand), once each, so that the
paths the program is about to take have run before the loop is first optimized.

Each function takes one path, or two, and no more: a path that the program never takes, warmed
here, makes every compilation of the loop longer and its code slower. So no loop but in the
functions for loop instructions (a loop warms FOR_ITER's paths too), and no operand kinds the
program may not use. None has effects outside this module.
"""

import builtins as _builtins

# The classes below are made by w_LOAD_BUILD_CLASS, run first for a program that defines classes:
# making them costs about as much as the rest of the warm-up, for nothing in a program without.
_Obj = _Prop = _Num = _OBJ = None


def _f(a, b=0):
    return a


def _gen():
    yield 1


_LIST = [1, 2, 3]
_DICT = {1: 2, 'a': 3}
_SET = {1, 2}


def w_LOAD_BUILD_CLASS():
    global _Obj, _Prop, _Num, _OBJ

    class _Obj:
        kind = 1

        def __init__(self, x):
            self.x = x

        def get(self):
            return self.x

    class _Prop:
        def __init__(self):
            self._x = 1

        @property
        def x(self):
            return self._x

    class _Num:
        def __init__(self, v):
            self.v = v
            self.x = v

        def __add__(self, other):
            return _Num(self.v + other.v)

        def __lt__(self, other):
            return self.v < other.v

    _OBJ = _Obj(1)


def _load_x(o):
    return o.x


def _store_x(o, v):
    o.x = v


def _module_call(m):
    # `m.f()` with `m` a local is a method-form load (one of an imported name is not).
    return m.len(_LIST)


def _module_attr(m):
    return m.len


def _call_get(o):
    return o.get()


def w_LOAD_ATTR():
    # The first run of each site fills its cache, the second hits it; a site that sees a second
    # type refills from the second level (attr-cache.ts). Methods of built-in objects, and with
    # classes, instance and class attributes and methods.
    _LIST.count(1)
    _LIST.count(1)
    _DICT.get(1)
    # A function called from a module (method form, no method): the generic lookup, then the
    # cached one.
    _module_call(_builtins)
    _module_call(_builtins)
    # A plain load from the cache, for a program without classes too.
    _module_attr(_builtins)
    _module_attr(_builtins)
    o = _OBJ
    if o is None:
        return
    o.x
    o.x
    o.get()
    o.get()
    o.kind
    o.kind
    n = _Num(1)
    _load_x(o)
    _load_x(o)
    _load_x(n)
    _load_x(o)
    n.v
    n.v
    # A cached method checks that the instance's dict does not shadow it: here it does.
    _call_get(o)
    _call_get(o)
    s = _Obj(1)
    s.get = _none
    _call_get(s)


def w_STORE_ATTR():
    if _Obj is None:
        return
    o = _Obj(1)
    n = _Num(1)
    o.x = 2
    o.x = 3
    o.y = 3
    _store_x(o, 1)
    _store_x(o, 2)
    _store_x(n, 1)
    _store_x(o, 3)


def w_CALL():
    _f(1)
    _f(2)
    len(_LIST)
    len(_LIST)
    if _OBJ is not None:
        # A bound method object called (the loop unpacks it into function and self).
        b = _OBJ.get
        b()
        b()


def _none():
    pass


def _read_global():
    return _LIST


def _read_builtin():
    return len


def w_LOAD_GLOBAL():
    # One site run twice: the cache's check, missed then hit, for a module's name and a builtin.
    _read_global()
    _read_global()
    _read_builtin()
    _read_builtin()


def w_POP_TOP():
    # An expression statement whose value is an object, not a small int (a call that returns
    # None): POP_TOP's check for a loop's generator.
    _none()
    _none()


# Superinstructions (src/bytecode/superinstructions.ts): pairs of instructions that the heap's
# bytecode runs as one, each a path of the loop of its own. Each function runs its pair once.


def w_LOAD_FAST__LOAD_FAST(a=1, b=2):
    return (a, b)


def w_STORE_FAST__LOAD_FAST():
    x = 1
    return x


def w_LOAD_FAST__LOAD_CONST(a=1):
    return a + 1


def w_LOAD_CONST__LOAD_FAST(a=1):
    return 2 * a


def w_LOAD_FAST__LOAD_ATTR(a=1):
    return a.real


def w_LOAD_FAST__BINARY_OP(a=1):
    # LOAD_FAST__LOAD_CONST runs `a + 1`; the second `a` is a LOAD_FAST__BINARY_OP of its own.
    return (a + 1) - a


def w_LOAD_CONST__BINARY_OP(a=1, b=2):
    return (a + b) * 2


def w_COMPARE_OP__POP_JUMP_IF_FALSE(a=1, b=2):
    # The jump taken, and not.
    x = 0
    if a < b:
        x = 1
    if b < a:
        x = 2
    return x


def w_COMPARE_OP__POP_JUMP_IF_TRUE(a=1, b=2):
    x = 0
    if not a < b:
        x = 1
    if not b < a:
        x = 2
    return x


def w_FOR_ITER__STORE_FAST():
    # A range's next value, and another iterator's.
    for i in range(2):
        pass
    for x in _LIST:
        pass


def w_init():
    _Obj(2)
    _Obj(3)


def w_KW_NAMES():
    _f(1, b=2)
    _f(1, b=2)


def w_RETURN_VALUE():
    return _f(1)


def w_STORE_DEREF():
    x = 1

    def inner():
        return x

    x = 2
    return inner()


w_LOAD_DEREF = w_STORE_DEREF


def w_LOAD_FAST_AND_CLEAR():
    return [i for i in _LIST]


def w_BINARY_SUBSCR():
    t = (1, 2)
    _LIST[0]
    _LIST[1]
    _DICT[1]
    _DICT['a']
    s = 'ab'
    t[0]
    s[1]
    _LIST[-1]


def w_STORE_SUBSCR():
    l = [1, 2]
    d = {}
    l[0] = 3
    d[1] = 2


def w_FOR_ITER():
    # FOR_ITER on its own: one whose next instruction is not a STORE_FAST (a loop into a cell, a
    # module's name, an attribute) runs FOR_ITER's case, not FOR_ITER__STORE_FAST's: a range's
    # next value, and another iterator's.
    for c in range(3):
        pass
    for c in _LIST:
        pass
    # The loop's check for an UNPACK_SEQUENCE 2 after FOR_ITER (forIterNext's pairs).
    for i, x in enumerate(_LIST):
        pass
    return lambda: c


def w_YIELD_VALUE():
    # A for loop resumes the generator as a frame of its own loop (its yield pops back to the
    # loop, its return ends it); a builtin resumes it in a nested run (the yield returns).
    for x in _gen():
        pass
    sum(_gen())


w_RETURN_GENERATOR = w_YIELD_VALUE


def _jumps(b):
    x = 0
    if b:
        x = 1
    if not b:
        x = 2
    return x


def w_POP_JUMP_IF_FALSE():
    # Each conditional jump both taken and not.
    _jumps(True)
    _jumps(False)


w_POP_JUMP_IF_TRUE = w_POP_JUMP_IF_FALSE


def w_truth_other():
    # A jump on something other than a comparison's bool: a list, an int.
    x = 0
    v = _LIST
    if v:
        x = 1
    if not v:
        x = 2
    v = 0
    if v:
        x = 3
    if not v:
        x = 4
    return x


def w_POP_JUMP_IF_NONE():
    x = 0
    v = None
    if v is None:
        x = 1
    if v is not None:
        x = 2
    v = 1
    if v is None:
        x = 3
    if v is not None:
        x = 4
    return x


w_POP_JUMP_IF_NOT_NONE = w_POP_JUMP_IF_NONE


def w_JUMP_FORWARD():
    v = _OBJ is None
    x = 1 if v else 2
    y = 3 if not v else 4
    return x, y


def w_JUMP_BACKWARD():
    # Long enough to reach the end of a warming slice (interpreter.ts) at a backward jump.
    i = 0
    while i < 200:
        i += 1


def _long_jump(v):
    # A jump over more than 255 instructions (a tuple this long is built in a list: a load and
    # an append per item): its argument takes an EXTENDED_ARG.
    x = 0
    if not v:
        x = (
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
        )
    return x


def w_EXTENDED_ARG():
    _long_jump(True)
    _long_jump(False)


def _is(a, b):
    return a is b, a is not b


def w_IS_OP():
    _is(None, None)
    _is(_LIST, None)


def w_PUSH_EXC_INFO():
    # An exception raised by a builtin (thrown through the loop, not set by RAISE_VARARGS), caught.
    try:
        _LIST.index(99)
    except ValueError:
        pass


def w_RERAISE():
    # An exception that an except clause does not match, and one through a finally: re-raised.
    try:
        try:
            _LIST.index(99)
        except KeyError:
            pass
    except ValueError:
        pass
    try:
        try:
            _LIST.index(99)
        finally:
            pass
    except ValueError:
        pass


def _maybe_unbound(b):
    if b:
        x = 1
    return x if b else 0


def w_LOAD_FAST_CHECK():
    # A local that may be unbound where it is read.
    _maybe_unbound(True)
    _maybe_unbound(False)


def _delegate():
    yield from _gen()


def w_SEND():
    # yield from: SEND, then JUMP_BACKWARD_NO_INTERRUPT back to it.
    for x in _delegate():
        pass


w_JUMP_BACKWARD_NO_INTERRUPT = w_SEND


def w_CONTAINS_OP():
    return 1 in _SET, 'a' in _DICT, 5 not in _SET


def w_SWAP():
    l = [1, 2]
    l[0], l[1] = l[1], l[0]


def w_COPY():
    x = 1
    return 0 < x < 2


def w_UNPACK_SEQUENCE():
    a, b = (1, 2)
    c, d = [3, 4]
    return a


def w_LIST_APPEND():
    return [x for x in _LIST]


def w_RAISE_VARARGS():
    try:
        raise ValueError
    except ValueError:
        pass


def w_property():
    p = _Prop()
    p.x
    p.x


def w_slots():
    # Attributes kept in an instance's __slots__ (the attribute cache's slot kind, read and written).
    class _Slotted:
        __slots__ = ('a',)

        def __init__(self):
            self.a = 1

    s = _Slotted()
    s.a = s.a + 1
    s.a = s.a + 1
    return s.a


def w_module_loop():
    # A loop at a module's top level: names loaded and stored through the locals dict (a class
    # body runs the same instructions).
    class _Body:
        i = 0
        while i < 3:
            i += 1


def _float_chain(a, b):
    return (a * b + a) * b - a


def w_float_chain():
    # A float result used at once by the next operator: its box is reused (float-reuse.ts).
    _float_chain(1.5, 2.5)
    _float_chain(1.5, 2.5)


def w_dunder_binop():
    a = _Num(1)
    b = _Num(2)
    a + b
    a < b


# BINARY_OP and COMPARE_OP: one function per operator (the instruction's argument: CPython's NB_*,
# and COMPARE_OP's >> 4), run on small ints and, when the program has float constants or
# divides, on floats.
BINOPS = (
    lambda a, b: a + b, lambda a, b: a & b, lambda a, b: a // b, lambda a, b: a << b,
    None, lambda a, b: a * b, lambda a, b: a % b, lambda a, b: a | b,
    lambda a, b: a ** b, lambda a, b: a >> b, lambda a, b: a - b, lambda a, b: a / b,
    lambda a, b: a ^ b,
)
FLOAT_BINOPS = frozenset((0, 2, 5, 6, 8, 10, 11))

COMPARES = (
    lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
    lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b,
)


def w_binop(k, floats):
    f = BINOPS[k % 13]
    if f is None:
        return
    f(7, 3)
    f(7, 3)
    if floats and k % 13 in FLOAT_BINOPS:
        f(7.5, 2.0)
        f(7.5, 2.0)
    if k % 13 == 0:
        # `+` on sequences (str, list, tuple): the generic path.
        f('a', 'b')


def w_compare(k, floats, strs):
    f = COMPARES[k]
    f(1, 2)
    f(2, 1)
    if floats:
        f(1.5, 2.5)
    if strs or k == 2 or k == 3:
        # Anything else compared (`==` and `!=` most often): the generic path.
        f('a', 'b')
