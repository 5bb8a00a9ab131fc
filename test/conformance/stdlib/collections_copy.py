# copy.copy and copy.deepcopy of the collections types (deque's __reduce__, the others' copy hooks).
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString

inner = [1, 2]
P = namedtuple('P', 'a b')
things = [deque([inner, 3], 4), deque([inner]), defaultdict(list, k=inner), OrderedDict(k=inner, j=0),
          Counter({'x': 2}), P(inner, 0), ChainMap({'k': inner}, {'z': 1}), UserDict(k=inner), UserList([inner]),
          UserString('text')]
for t in things:
    shallow = copy.copy(t)
    deep = copy.deepcopy(t)
    print(type(t).__name__, shallow, deep, type(shallow) is type(t), type(deep) is type(t), shallow == t, deep == t)
inner.append('changed')
for t in things:
    print(type(t).__name__, copy.deepcopy(t))


class Tagged(deque):
    pass


s = Tagged('ab', 3)
s.tag = 'kept'
c = copy.deepcopy(s)
print(c, c.tag, c.maxlen, type(c).__name__, deque('ab').__reduce__()[:3], deque('a', 5).__reduce__()[:3])
print(list(deque('xy').__reduce__()[3]), copy.deepcopy(defaultdict(int)).default_factory)
