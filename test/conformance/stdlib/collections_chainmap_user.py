# collections.ChainMap, UserDict, UserList, UserString.
from collections import ChainMap, UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm, cm['user'], cm['color'], len(cm), list(cm), 'size' in cm, 'x' in cm, cm.get('x'), cm.get('size'))
cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
del cm['color']
print(cm['color'], bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap())
child = cm.new_child()
child['x'] = 1
print(child, child.parents, cm.new_child({'a': 1}, b=2), cm.new_child(c=3).maps[0])
print(child.maps[0], len(child.maps), child.parents.parents)
print(cm.pop('zz', 'dflt'), cm.copy(), type(cm.copy()).__name__, cm.copy().maps[0] is cli)
try:
    cm.pop('user')
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap().popitem()
except KeyError as e:
    print('KeyError', e)
m = ChainMap({'k': 1})
print(m.popitem(), m)
print(ChainMap.fromkeys('ab', 0), ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
m2 = ChainMap({'a': 1}, {'b': 2})
m2 |= {'c': 3}
print(m2, dict(m2), sorted(m2.items()), m2 == {'a': 1, 'b': 2, 'c': 3})
m2.clear()
print(m2, isinstance(m2, MutableMapping))
try:
    ChainMap({})['missing']
except KeyError as e:
    print('KeyError', e)
rec = ChainMap({})
rec.maps.append(rec)
print(rec)


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f'no {key}'


print(DefaultChain({'a': 1})['b'])

# UserDict
u = UserDict({'a': 1}, b=2)
u['c'] = 3
del u['a']
print(u, u.data, len(u), list(u), 'b' in u, u.get('z', 0), u.get('b'), type(u.copy()).__name__, u.copy() == u)
print(u | {'z': 26}, {'z': 26} | u, type(u | {}).__name__, u == {'b': 2, 'c': 3})
u |= UserDict(q=1)
print(u, UserDict.fromkeys('xy', 5), u.pop('q'), u.setdefault('w', 0), u)
try:
    u['missing']
except KeyError as e:
    print('KeyError', e)


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 'default'


lo = Lower(A=1)
lo.update({'B': 2})
print(lo, lo['x'], lo.copy(), type(lo.copy()).__name__)

# UserList
ul = UserList([3, 1, 2])
ul.append(0)
ul.extend(UserList([9]))
ul.insert(1, 7)
print(ul, len(ul), ul[0], ul[-1], ul[1:3], type(ul[1:3]).__name__, 7 in ul, ul.count(1), ul.index(2))
ul.sort()
print(ul, ul.pop(), ul.pop(0), ul)
ul.reverse()
ul.remove(7)
print(ul, ul + [5], [5] + ul, ul + UserList([6]), ul * 2, 2 * ul, type(ul + [1]).__name__)
ul += (8,)
ul *= 2
print(ul, ul == [3, 2, 1, 8, 3, 2, 1, 8], ul < [4], ul > UserList([3]), ul <= ul, ul >= [9])
ul[0] = 'first'
del ul[1]
print(ul, ul.copy(), type(ul.copy()).__name__, UserList(), UserList('ab'), UserList(UserList([1])))
ul.sort(key=str, reverse=True)
print(ul)
ul.clear()
print(ul, isinstance(ul, MutableSequence))

# UserString
s = UserString('Hello World')
print(s, repr(s), len(s), s[0], s[-5:], type(s[0]).__name__, 'World' in s, UserString('lo') in s)
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold(), type(s.upper()).__name__)
print(s.center(15, '*'), s.ljust(13, '.'), s.rjust(13), s.zfill(13), s.expandtabs())
print(s.count('l'), s.find('o'), s.rfind('o'), s.index('W'), s.rindex('l'), s.startswith('He'), s.endswith('d'))
print(s.split(), s.rsplit('o', 1), s.partition(' '), s.rpartition('o'), UserString('a\nb').splitlines())
print(s.replace('l', 'L'), s.replace('l', 'L', 1), s.strip('Hd'), s.lstrip('H'), s.rstrip('d'))
print(s.removeprefix('Hello '), s.removesuffix('World'), s.encode(), s.join('ab'))
print(s + '!', '>' + s, s + UserString('?'), s * 2, UserString('%s-%d') % ('a', 1), s == 'Hello World')
print(s < 'Z', s > UserString('A'), hash(s) == hash('Hello World'), int(UserString('42')), float(UserString('1.5')))
print(s.isalpha(), UserString('abc').isalpha(), UserString('123').isdigit(), UserString(' ').isspace(), s.istitle())
print(UserString('{0}-{x}').format(1, x=2), UserString('{a}').format_map({'a': 'A'}), UserString(42), UserString(UserString('u')))
print(s.translate(str.maketrans('lo', '01')), isinstance(s, Sequence), sorted(UserString('cab')))
