# Subclasses of the itertools types and functools.partial: __new__/__init__ overrides, instance attributes, reprs; types that refuse to be subclassed
import itertools as it, functools, operator
class Chain(it.chain):
    def __init__(self, *iterables):
        super().__init__()
        self.n = len(iterables)
c = Chain('ab', 'cd')
print(list(c), c.n, type(c).__mro__[1])
class Counter(it.count):
    def __new__(cls, start):
        self = super().__new__(cls, start, 10)
        self.tag = 'x'
        return self
k = Counter(5)
print(next(k), next(k), k, k.tag)
class Grp(it.groupby):
    pass
print([(a, list(b)) for a, b in Grp('aab')])
class P(functools.partial):
    def __repr__(self):
        return 'P!'
print(P(max, 1), P(max, 1)(5), functools.partial(P(max, 1), 3)(), repr(functools.partial(P(max, 1), 3)))
class Z(it.zip_longest):
    pass
print(list(Z('a', 'bc', fillvalue='-')))
try:
    class Bad(it._grouper): pass
except TypeError as e:
    print(e)
try:
    class Bad2(operator.itemgetter): pass
except TypeError as e:
    print(e)
print(it.repeat.__length_hint__, it.count().__reduce__ if False else None)
print(type(it.count()).__iter__, it.count.__new__.__name__ if hasattr(it.count.__new__, '__name__') else None)
print(isinstance(it.chain(), it.chain), issubclass(Chain, it.chain), it.chain.from_iterable.__name__)
