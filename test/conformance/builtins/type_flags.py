# type.__flags__ carries CPython's bit values for the flags programs test
import abc
import collections.abc

HEAPTYPE, BASETYPE, IMMUTABLE, ABSTRACT = 1 << 9, 1 << 10, 1 << 8, 1 << 20
SEQUENCE, MAPPING, READY, MATCH_SELF = 1 << 5, 1 << 6, 1 << 12, 1 << 22
SUBCLASS = ['long', 'list', 'tuple', 'bytes', 'unicode', 'dict', 'base_exc', 'type']
NAMED = [('heap', HEAPTYPE), ('base', BASETYPE), ('immutable', IMMUTABLE), ('abstract', ABSTRACT),
         ('sequence', SEQUENCE), ('mapping', MAPPING), ('ready', READY), ('match_self', MATCH_SELF)]


class Plain:
    pass


class MyInt(int):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyErr(ValueError):
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Abstract):
    def f(self):
        return 1


class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


class Map(collections.abc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


class Meta(type):
    pass


def show(t):
    f = t.__flags__
    names = [n for n, b in NAMED if f & b]
    subs = [n for i, n in enumerate(SUBCLASS) if f >> (24 + i) & 1]
    print(t.__name__, type(f).__name__, names, subs)


for t in [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, range, memoryview, BaseException, ValueError, KeyError, type(None),
          Plain, MyInt, MyList, MyDict, MyErr, Abstract, Concrete, Seq, Map, Meta, abc.ABCMeta]:
    show(t)
print(type.__flags__ >> 31, type.__flags__ > 0)
