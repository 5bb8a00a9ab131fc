# sys: _getframe, its f_back chain, f_locals, _getframemodulename; getsizeof and getrefcount
import sys


def inner(a, b=2):
    c = a + b
    print(sys._getframe().f_locals, sys._getframe().f_lineno - sys._getframe().f_code.co_firstlineno)
    f = sys._getframe()
    print(f.f_code.co_name, sorted(f.f_back.f_locals))
    back = sys._getframe(1)
    print(back.f_code.co_name, back.f_lineno - back.f_code.co_firstlineno, back.f_globals is globals())
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
    print(sys._getframemodulename(), sys._getframemodulename(1))
    return sys._getframe(2).f_code.co_name


def outer():
    x = 'outer local'
    return inner(1)


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
print(sys._getframe(0).f_locals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
try:
    sys._getframe('x')
except TypeError as e:
    print('TypeError', e)


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()))
print([sys._getframe().f_code.co_name for _ in range(1)])

for v in [0, 1, -1, 2**30, 2**60, 10**100, True, False, None, 1.5, 2j, '', 'a', 'abc', 'é' * 3, '€', '\U0001f600',
          b'', b'abc', (), (1,), (1, 2, 3), [], {}, set(), frozenset(), object(), range(5)]:
    print(repr(v)[:20], sys.getsizeof(v))


class Sized:
    def __sizeof__(self):
        return 100


class Plain:
    pass


class NegSize:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Sized()), sys.getsizeof(Plain()) > 0, sys.getsizeof(Plain(), 7) > 0)
try:
    sys.getsizeof(NegSize())
except ValueError as e:
    print('ValueError', e)
print(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(5), type(sys.getrefcount(object())))
