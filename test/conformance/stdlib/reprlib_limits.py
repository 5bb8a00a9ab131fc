# reprlib: the default limits on every container kind, nesting past maxlevel, long strs, ints
# and other reprs, changed attributes, fillvalue, unsortable sets and dicts, failing reprs,
# subclasses and repr1's dispatch by type name.
import reprlib
from array import array
from collections import deque

print(reprlib.__all__)
r = reprlib.Repr()
print([(a, getattr(r, a)) for a in ('maxlevel', 'maxtuple', 'maxlist', 'maxarray', 'maxdict', 'maxset',
                                    'maxfrozenset', 'maxdeque', 'maxstring', 'maxlong', 'maxother', 'fillvalue', 'indent')])
values = [
    (), (1,), (1, 2), tuple(range(6)), tuple(range(7)), [], [1], list(range(6)), list(range(20)),
    set(), {3, 1, 2}, set(range(10)), frozenset(), frozenset({5, 4}), frozenset(range(8)),
    deque(), deque([1, 2]), deque(range(9)), {}, {'b': 1, 'a': 2}, {i: str(i) for i in range(6)},
    array('i'), array('i', [1, 2]), array('d', range(9)), array('u', 'hello world'),
    '', 'short', 'a' * 30, 'a' * 31, 'abcdefghijklmnopqrstuvwxyz0123456789', 'line\nbreak' * 5, "'\"" * 20,
    0, -5, 10 ** 39, 10 ** 40, -10 ** 39, 10 ** 100, True, 1.5, 1e300, None, b'x' * 50, b'', range(100),
    [[[[[[[[1]]]]]]]], ((((((((1,),),),),),),),), [[], [[]], [[[]]]], [{}, {1: {2: {3: {4: {5: {6: {}}}}}}}],
    {1: [2, (3, {4})]}, [set(), {frozenset({1})}], 'x' + 'é' * 40, '\x00' * 40,
]
for v in values:
    print(reprlib.repr(v))
# Mixed types that cannot be sorted come out in iteration order (ints only, so deterministic).
print(reprlib.repr({1: 'a', 'b': 2}), reprlib.repr({1, 'x'}) in ("{1, 'x'}", "{'x', 1}"))
print(reprlib.repr({(1,): 1, (2, 'a'): 2, (0,): 3}))

# Changed limits.
r = reprlib.Repr(maxlevel=2, maxlist=2, maxtuple=1, maxdict=1, maxset=1, maxstring=10, maxlong=5, maxother=8,
                 fillvalue='<+>')
for v in [[1, 2, 3], (1, 2), [[[1]]], {'a': {'b': 1}, 'c': 2}, {1, 2}, 'abcdefghijklmnop', 123456789,
          deque([[[]]]), 1.23456789, object, [[], [[]]], {}, ({},)]:
    print(r.repr(v))
r.fillvalue = ''
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'))
for n in range(0, 8):
    r = reprlib.Repr(maxstring=n, maxlong=n, maxother=n)
    print(n, r.repr('abcdefghij'), r.repr('\n' * 10), r.repr(1234567890), r.repr(12.345678))
r = reprlib.Repr()
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({}), r.repr({1: 2}), r.repr((1,)), r.repr('s'), r.repr(deque([1])))
r.maxlevel = -1
print(r.repr([1]), r.repr(5))


class Bad:
    def __repr__(self):
        raise ValueError('no repr')


class Base(BaseException):
    def __repr__(self):
        raise KeyboardInterrupt('stop')


print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'), reprlib.repr([Bad()]).startswith('[<Bad instance at 0x'))
try:
    reprlib.repr(Base())
except BaseException as e:
    print(type(e).__name__, e)


class MyList(list):
    pass


class Custom(reprlib.Repr):
    def repr_MyList(self, x, level):
        return 'MyList' + self.repr_list(x, level)

    def repr_float(self, x, level):
        return format(x, '.2f')


print(reprlib.repr(MyList(range(10))), Custom().repr(MyList(range(10))), Custom().repr([1.23456, 2.5]))
print(Custom().repr1([1, 2], 1), Custom().repr1([[1]], 1), reprlib.aRepr.repr1('abc', 0))
print(reprlib.repr is not None, type(reprlib.aRepr).__name__)
try:
    reprlib.Repr(3)
except TypeError as e:
    print(type(e).__name__)
try:
    reprlib.Repr(maxlist=2, bogus=1)
except TypeError as e:
    print(type(e).__name__)
