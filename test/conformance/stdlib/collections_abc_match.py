# match statements and collections: deque and classes deriving from or registered with
# collections.abc.Sequence / Mapping match sequence and mapping patterns; str-like ones do not.
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, namedtuple
from collections.abc import Sequence, Mapping, MutableSequence
import abc


def kind(x):
    match x:
        case {'k': v}:
            return f'mapping with k={v!r}'
        case {}:
            return 'mapping'
        case [a, b, *rest]:
            return f'sequence {a!r} {b!r} +{len(rest)}'
        case []:
            return 'empty sequence'
        case [_]:
            return 'one-item sequence'
        case _:
            return 'other'


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class SubSeq(Seq):
    pass


class Map(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Plain:
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


class Later:
    def __getitem__(self, i):
        return 'xy'[i]

    def __len__(self):
        return 2


class LaterChild(Later):
    pass


P = namedtuple('P', 'x y')
samples = [deque([1, 2, 3]), deque(), Seq(1, 2), SubSeq('a'), Seq(), Map(k=1), Map(), Plain(),
           OrderedDict(k=2), defaultdict(int, k=3), Counter('kk'), ChainMap({'k': 4}), UserDict(k=5),
           UserList([1, 2]), P(1, 2), 'ab', b'ab', bytearray(b'ab'), range(3), {'k': 0}]
for s in samples:
    print(type(s).__name__, kind(s))
print(kind(Later()), kind(LaterChild()))
Sequence.register(Later)
print(kind(Later()), kind(LaterChild()), isinstance(Later(), Sequence))
Sequence.register(str)
print(kind('ab'))
print('__abc_tpflags__' in Sequence.__dict__, '__abc_tpflags__' in Mapping.__dict__)


class Both(Seq, Map):
    pass


print(kind(Both(1, 2)))


class MyABC(abc.ABC):
    __abc_tpflags__ = 1 << 6


class Derived(MyABC):
    def get(self, key, default=None):
        return 'got'

    def keys(self):
        return ['k']

    def __len__(self):
        return 1


print(kind(Derived()), '__abc_tpflags__' in MyABC.__dict__)
