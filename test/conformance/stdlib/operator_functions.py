# operator: every function against the protocols, the dunder aliases, argument errors
import operator
from operator import *

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(sorted(operator.__all__))
print(sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__') and n not in
             ('__name__', '__doc__', '__file__', '__loader__', '__spec__', '__package__', '__cached__', '__builtins__')))
print(add(2, 3), sub(2, 3), mul('ab', 2), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10), lshift(1, 5), rshift(64, 2))
print(and_(12, 10), or_(12, 10), xor(12, 10), and_({1, 2}, {2}), or_({'a': 1}, {'b': 2}))
print(neg(5), pos(-5), abs(-2.5), inv(5), invert(0), index(7), index(True), not_(0), not_([1]), truth(''), truth('x'))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne(1, 2), gt('b', 'a'), ge([1], [1, 0]), is_(None, None), is_not(1, None))
print(concat([1], [2]), concat('a', 'b'), concat((1,), (2,)), contains([1, 2], 2), contains('abc', 'bc'), contains({'k': 1}, 'k'))
print(countOf([1, 2, 1, 1], 1), countOf('banana', 'a'), indexOf([5, 6, 7], 7), indexOf('xyz', 'y'), countOf([1, 1.0, True], 1))
lst = [1, 2, 3]
print(getitem(lst, 1), getitem(lst, slice(0, 2)), getitem({'a': 1}, 'a'), setitem(lst, 0, 9), lst, delitem(lst, 1), lst)
print(call(len, 'abc'), call(dict, a=1), call(sorted, [3, 1], reverse=True))
print(length_hint([1, 2, 3]), length_hint(iter([1, 2, 3])), length_hint(iter((1, 2))), length_hint(iter(range(10))))
print(length_hint(reversed([1, 2])), length_hint(iter({1: 2})), length_hint(iter({3, 4, 5})), length_hint(5), length_hint(5, 7))
it = iter([1, 2, 3])
next(it)
print(length_hint(it), length_hint(iter(range(0, 10**10, 3))))
show('hint huge range', lambda: length_hint(iter(range(0, 10**20, 3))))
class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
class Len:
    def __len__(self):
        return 4
print(length_hint(Hint(3)), length_hint(Hint(NotImplemented), 8), length_hint(Len()))
show('hint str', lambda: length_hint(Hint('x')))
show('hint neg', lambda: length_hint(Hint(-1)))
show('hint default str', lambda: length_hint(1, 'a'))
x = [1]
print(iadd(x, [2]), x, iconcat(x, (3,)), x, imul([0], 3), isub(5, 2), itruediv(1, 4), ifloordiv(9, 4), imod(9, 4))
print(ipow(3, 3), ilshift(1, 3), irshift(8, 1), iand(6, 3), ior(6, 3), ixor(6, 3))
s = {1}
print(ior(s, {2}) is s, s, iand(s, {2}), s)
print(operator.__add__ is add, operator.__not__ is not_, operator.__inv__ is inv, operator.__iand__ is iand, operator.__concat__ is concat)
print(add.__name__, add.__module__, operator.attrgetter.__module__, operator._abs(-3))
class Mat:
    def __matmul__(self, other):
        return 'matmul'
    def __imatmul__(self, other):
        return 'imatmul'
print(matmul(Mat(), 1), imatmul(Mat(), 1))
for label, f in [
    ('add 1', lambda: add(1)), ('add 3', lambda: add(1, 2, 3)), ('add kw', lambda: add(a=1, b=2)),
    ('not_ 0', lambda: not_()), ('truth 2', lambda: truth(1, 2)), ('index float', lambda: index(1.5)),
    ('index str', lambda: index('a')), ('indexOf missing', lambda: indexOf([1, 2], 3)), ('indexOf int', lambda: indexOf(1, 3)),
    ('countOf int', lambda: countOf(1, 1)), ('concat list tuple', lambda: concat([1], (2,))), ('concat ints', lambda: concat(1, 2)),
    ('concat dict', lambda: concat({}, {})), ('iconcat ints', lambda: iconcat(1, 2)), ('call none', lambda: call()),
    ('is_ 1', lambda: is_(1)), ('setitem 2', lambda: setitem([1], 0)), ('delitem missing', lambda: delitem({}, 1)),
    ('matmul ints', lambda: matmul(1, 2)), ('neg str', lambda: neg('a')), ('lt mixed', lambda: lt(1, 'a')),
    ('truediv zero', lambda: truediv(1, 0)), ('abs str', lambda: abs('a')), ('invert float', lambda: invert(1.5)),
    ('getitem int', lambda: getitem(1, 0)), ('contains int', lambda: contains(1, 1)), ('length_hint 0', lambda: length_hint()),
]:
    show(label, f)
class MyInt(int):
    pass
class Idx:
    def __index__(self):
        return 9
print(type(index(MyInt(4))).__name__, index(MyInt(4)), type(index(False)).__name__, index(Idx()), type(index(Idx())).__name__)

# _operator._compare_digest (what hmac.compare_digest is)
import _operator
print(hasattr(operator, '_compare_digest'), sorted(n for n in dir(_operator) if n.startswith('_') and not n.startswith('__')))
for a, b in [('abc', 'abc'), ('abc', 'abd'), (b'a', b'a'), (b'a', bytearray(b'a')), ('a', b'a'), (b'a', 'a'), (1, 2),
             ('\xe9', '\xe9'), (memoryview(b'ab'), b'ab'), (b'ab', b'abc'), ('', ''), (b'', b'x')]:
    show('compare_digest %r %r' % (a if not isinstance(a, memoryview) else 'mv', b), lambda: _operator._compare_digest(a, b))
show('compare_digest 1', lambda: _operator._compare_digest('a'))
