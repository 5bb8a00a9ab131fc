# collections.defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict

d = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    d[word[0]].append(word)
print(d, len(d), d['z'], len(d), 'q' in d, d.get('q'))
print(d.default_factory, type(d).__name__, isinstance(d, dict), repr(defaultdict()))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts)
n = defaultdict(None, {'a': 1})
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
n.default_factory = lambda: 'made'
print(n['x'], dict(n))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
dd = defaultdict(set, [('a', {1})], b={2})
c = dd.copy()
c['c'].add(3)
print(dd, c, type(c).__name__, c.default_factory is set)
print(dd | {'z': 1}, {'z': 1} | dd, type(dd | {}).__name__, type({} | dd).__name__)
dd |= {'y': 0}
print(dd)
print(dd.__missing__('new'), dd['new'])
try:
    defaultdict().__missing__(1)
except KeyError as e:
    print('KeyError', e)
nest = defaultdict(lambda: defaultdict(int))
nest['a']['b'] += 2
print(dict(nest['a']), list(nest))


class Sub(defaultdict):
    pass


s = Sub(list)
s[1].append(2)
print(s, Sub.__mro__[1:], defaultdict[str, int])
rec = defaultdict(list)
rec['self'] = rec
print(rec)
print(defaultdict.__missing__.__doc__ is not None or True, dict(defaultdict(int, x=1)))

# OrderedDict
o = OrderedDict()
print(o, repr(o), OrderedDict(a=1, b=2), OrderedDict([('z', 1), ('y', 2)]))
for k in 'hello':
    o[k] = o.get(k, 0) + 1
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
print(o.keys(), o.values(), o.items())
o.move_to_end('h')
print(list(o))
o.move_to_end('o', last=False)
print(list(o))
try:
    o.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(o.popitem(), o.popitem(last=False), o)
print(list(reversed(o)), list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
a = OrderedDict([(1, 'a'), (2, 'b')])
b = OrderedDict([(2, 'b'), (1, 'a')])
print(a == b, a != b, dict(a) == dict(b), a == dict(b), dict(b) == a)
print(a.pop(1), a.pop(9, 'dflt'), a.setdefault(3, 'c'), a.setdefault(2, 'x'), a)
try:
    a.pop(9)
except KeyError as e:
    print('KeyError', e)
a.update({5: 'e'}, six='f')
a.update([(7, 'g')])
print(a, a.copy(), type(a.copy()).__name__)
print(OrderedDict.fromkeys('abc', 0), OrderedDict.fromkeys('xy'))
print(a | {0: 'zero'}, {0: 'zero'} | a, type({} | a).__name__)
a |= {8: 'h'}
print(a)
e = OrderedDict()
try:
    e.popitem()
except KeyError as err:
    print('KeyError', err)
try:
    hash(e)
except TypeError as err:
    print('TypeError')
r = OrderedDict()
r['me'] = r
print(r)
print(isinstance(o, dict), OrderedDict.__module__, OrderedDict.__name__)
k = OrderedDict(b=1, a=2)
print(k.keys() & {'a'}, k.keys() | {'c'} == {'a', 'b', 'c'}, ('a', 2) in k.items(), 2 in k.values(), len(k.keys()))
k['b'] = 10
print(k)
del k['b']
print(k, 'b' in k)
k.clear()
print(k, len(k))
