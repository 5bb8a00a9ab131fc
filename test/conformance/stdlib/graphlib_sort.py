# graphlib: static_order for many insertion orders (the order must be CPython's), the
# get_ready/done protocol, cycles (the reported one and what get_ready still gives), every
# ValueError message, the constructor's graph, generics.
import graphlib
from graphlib import TopologicalSorter, CycleError

print(graphlib.__all__, CycleError.__mro__[1].__name__)
graphs = [
    {},
    {'a': []},
    {'d': ['b', 'c'], 'c': ['a'], 'b': ['a']},
    {'b': ['a'], 'c': ['a'], 'd': ['b', 'c'], 'e': ['d', 'a'], 'f': []},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {'x': 'cba', 'y': 'x', 'z': 'yyx'},
    {n: [n + 1, n + 2] for n in range(12)},
    {n: [n - 1] if n else [] for n in range(6, -1, -1)},
    {(1, 2): [(0, 0), None], None: [], frozenset(): [(0, 0)]},
]
for g in graphs:
    print(list(TopologicalSorter(g).static_order()))

ts = TopologicalSorter()
ts.add('build', 'fetch', 'configure')
ts.add('configure', 'fetch')
ts.add('test', 'build')
ts.add('install', 'build', 'test')
ts.add('docs')
ts.add('fetch')
ts.add('build', 'fetch')
print('prepared:', ts.prepare())
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    print('ready', ready, 'active', ts.is_active(), bool(ts))
    for node in reversed(ready):
        ts.done(node)
print(ts.get_ready(), ts.is_active())

# Cycles: the one reported, and get_ready still working after the CycleError.
for g in [{'a': ['b'], 'b': ['a']}, {'a': ['a']}, {1: [2], 2: [3], 3: [1], 0: []},
          {'s': [], 'a': ['s', 'c'], 'b': ['a'], 'c': ['b'], 'd': ['c']},
          {'p': ['q'], 'q': ['r', 'p'], 'r': ['q']}]:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print(type(e).__name__, e, e.args, isinstance(e, ValueError))
    print(' ready anyway', ts.get_ready(), ts.is_active())
    try:
        list(TopologicalSorter(g).static_order())
    except ValueError as e:
        print(' static_order', type(e).__name__, e.args[1])


def err(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


ts = TopologicalSorter({'b': ['a']})
err(ts.get_ready)
err(ts.is_active)
err(ts.done, 'a')
err(bool, ts)
ts.prepare()
err(ts.prepare)
err(ts.add, 'c', 'b')
err(ts.done, 'b')
err(ts.done, 'zzz')
print(ts.get_ready())
ts.done('a')
err(ts.done, 'a')
err(ts.done, 'b', 'a')
err(TopologicalSorter().add, [1])
err(TopologicalSorter().add, 'x', {})
err(TopologicalSorter, [('a', 'b')])
print(TopologicalSorter[str], TopologicalSorter[str].__origin__ is TopologicalSorter)

# Duplicated predecessors count once per mention.
ts = TopologicalSorter()
ts.add('b', 'a', 'a')
ts.add('c', 'a')
ts.prepare()
print(ts.get_ready())
ts.done('a')
print(ts.get_ready())
# A deep chain needs no recursion.
n = 3000
order = list(TopologicalSorter({i: [i + 1] for i in range(n)}).static_order())
print(order[:3], order[-3:], len(order))
# Pseudo-random graphs (a fixed linear congruential sequence): orders and cycles as CPython's.
x = 7
for trial in range(40):
    ts = TopologicalSorter()
    for _ in range(25):
        x = (x * 1103515245 + 12345) % 2147483648
        node = x % 17
        preds = []
        for _ in range(x % 4):
            x = (x * 1103515245 + 12345) % 2147483648
            preds.append(x % 17 if trial % 3 == 0 else (node + 1 + x % 5) % 23)
        ts.add(node, *preds)
    try:
        print(trial, list(ts.static_order()))
    except CycleError as e:
        print(trial, 'cycle', e.args[1])
