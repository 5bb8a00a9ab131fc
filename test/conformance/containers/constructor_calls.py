# list(), tuple(), set() and dict() called on the exact class (made directly, as CPython's
# vectorcalls do) against the same calls through subclasses and with other arguments.
class L(list): pass
class T(tuple): pass
class S(set): pass
class D(dict): pass
def gen(n):
    for i in range(n):
        yield i * i
print(list(), tuple(), set(), dict())
print(list('abc'), tuple('abc'), sorted(set('abca')), list(range(4)), tuple([1, 2]), set((1, 1, 2)))
print(list(gen(4)), tuple(gen(3)), sorted(set(gen(5))), list({'k': 1, 'j': 2}), tuple({3: 4}))
t = (1, 2)
print(tuple(t) is t, list(t) is t, type(L('ab')).__name__, type(T('ab')).__name__, type(S('ab')).__name__, type(D()).__name__)
for make in (list, tuple, set, L, T, S):
    for bad in (5, None, 1.5):
        try:
            make(bad)
        except TypeError as e:
            print(make.__name__, 'TypeError:', e)
for make, args, kw in ((list, (1, 2), {}), (tuple, (), {'x': 1}), (set, ('a', 'b'), {}), (list, (), {'iterable': 'ab'}),
                       (dict, (1, 2), {}), (set, (), {'iterable': [1]})):
    try:
        print(make(*args, **kw))
    except TypeError as e:
        print(make.__name__, 'TypeError:', e)
print(dict([(1, 2)]), dict(a=1), dict({'b': 2}))
class Boom:
    def __iter__(self):
        yield 1
        raise ValueError('boom in iteration')
for make in (list, tuple, set):
    try:
        make(Boom())
    except ValueError as e:
        print(make.__name__, 'ValueError:', e)
# Iteration that allocates much while the new container is being filled.
big = set(str(i) * 20 for i in range(3000))
print(len(big), len(list(x for x in big if x)), len(tuple(sorted(big))[:5]))
