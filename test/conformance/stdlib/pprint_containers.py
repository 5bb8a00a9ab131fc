# pprint layouts of the built-in containers at several widths, indents and depths
import pprint

data = {
    'alpha': list(range(30)),
    'beta': {'x': (1, 2, 3), 'y': [{'deep': ['a' * 10, 'b' * 20]}], 'z': None},
    'gamma': (1,),
    'delta': [],
    'eps': {},
    'zeta': (),
    3: 'three',
    'tuple': tuple(range(25)),
    'nested': [[1, 2, [3, 4, [5, 6, [7, 8]]]], (9, (10, (11,)))],
}
for width in (80, 40, 20, 1):
    print('--- width', width)
    pprint.pprint(data, width=width)
for indent in (0, 2, 4):
    print('--- indent', indent)
    pprint.pprint(data, indent=indent, width=30)
for depth in (1, 2, 3):
    print('--- depth', depth)
    pprint.pprint(data, depth=depth)
    print(pprint.pformat(data, depth=depth, width=200))
print('--- compact')
pprint.pprint(list(range(60)), compact=True)
pprint.pprint([list(range(12)), 'x' * 30, list(range(40))], compact=True, width=30)
pprint.pprint([[i] * i for i in range(10)], compact=True, width=25)
print('--- sets')
pprint.pprint(set(range(40)))
pprint.pprint(frozenset(range(40)), width=30)
pprint.pprint([frozenset({1, 2}), frozenset({3})], width=10)
pprint.pprint(set(), width=1)
pprint.pprint(frozenset(), width=1)
pprint.pprint({'k': set(range(30)), 'l': frozenset((7, 3))}, width=50)
print('--- unsorted')
pprint.pprint({'b': 1, 'a': 2, 'c': list(range(30))}, sort_dicts=False)
pprint.pp({'b': 1, 'a': 2, 'c': list(range(30))})
pprint.pp({'b': 1, 'a': 2}, sort_dicts=True)
print('--- unorderable keys')
pprint.pprint({1: 'int', 'a': 'str', None: 'none', 2.5: 'float', (1,): 'tuple'})
pprint.pprint({1, 'a', None, 2.5, (1,)} == {1, 'a', None, 2.5, (1,)})
pprint.pprint({3: [1, 2], 1: [3, 4], 2: 'x' * 80})
print('--- numbers')
pprint.pprint([10**12, -12345678, 1.5, 3+4j, True], underscore_numbers=True)
pprint.pprint({10**8: 10**9}, underscore_numbers=True)
pprint.pprint(list(range(10**6, 10**6 + 12)), underscore_numbers=True, width=40)
print(pprint.pformat(12345678901, underscore_numbers=True))
print(pprint.pformat(True, underscore_numbers=True))
