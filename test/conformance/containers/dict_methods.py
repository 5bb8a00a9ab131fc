# dict: insertion order, methods, views, merging operators, comparisons, repr, errors.
d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, list(d), len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.keys(), d.values(), d.items(), type(d.keys()).__name__, list(d.items())[0])
print(d.pop('a'), d.pop('zz', 'default'), d.setdefault('b', 99), d.setdefault('new', []), d)
del d['new']
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d, d.popitem(), d)
e = dict(a=1, b=2)
print(e | {'b': 3, 'c': 4}, {'c': 4} | e)
e |= {'d': 5}
print(e, dict.fromkeys('abc'), dict.fromkeys([1, 2], 'v'), dict([(1, 'one'), (2, 'two')]), dict(zip('xy', [1, 2])))
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == {}, {1: 'a'} != {1: 'b'})
c = e.copy()
c['a'] = 100
print(e['a'], c['a'], e.clear(), e, len(c))
order = {}
for k in [3, 1, 2, 1, 3]:
    order[k] = order.get(k, 0) + 1
print(order, list(order.items()))
order.pop(1)
order[1] = 'back at the end'
print(order)
ks = {'p': 1, 'q': 2}.keys()
print(ks & {'p', 'r'}, sorted(ks | {'z'}), ks - {'p'}, ks ^ {'q', 's'} == {'p', 's'}, 'p' in ks, {'a': 1}.items() <= {('a', 1), ('b', 2)})
live = {'k': 1}
view = live.values()
live['j'] = 2
print(list(view), len(view), list(reversed(live)), list(reversed(live.items())))
errors = [lambda: {}['missing'], lambda: {}.pop('x'), lambda: {}.popitem(), lambda: {[]: 1}, lambda: {'a': 1} < {'a': 2},
          lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: {'a': 1} | [('b', 2)]]
for f in errors:
    try:
        f()
    except (KeyError, TypeError, ValueError) as ex:
        print(type(ex).__name__ + ':', ex)
try:
    for k in live:
        live[k + 'x'] = 0
except RuntimeError as ex:
    print('RuntimeError:', ex)
nested = {'outer': {'inner': [1, {'deep': None}]}, 1: (2, 3), None: True, 2.5: 'float key', (1, 2): 'tuple key'}
print(nested, nested[(1, 2)], nested[None])
print({i: chr(97 + i) for i in range(3)}, {**{'a': 1}, 'b': 2, **{'a': 3}})
