# Errors of the container types and their iterators, with CPython's messages.
def attempt(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

d = {1: 1}
def grow():
    for k in d:
        d[k + 1] = 0
attempt('dict grows', grow)
d2 = {1: 1, 2: 2}
def swap():
    for k in d2:
        del d2[k]
        d2[k + 10] = 1
attempt('dict keys changed', swap)
s = {1}
def sgrow():
    for k in s:
        s.add(k + 1)
attempt('set grows', sgrow)
l = [3, 1, 2]
def meddle(x):
    l.append(x)
    return x
attempt('list modified during sort', lambda: l.sort(key=meddle))
print(l)
attempt('sort mixed', lambda: sorted([1, 'a', 2]))
attempt('sort reverse mixed', lambda: sorted([1, 'a'], reverse=True))
attempt('sort positional', lambda: [].sort(1))
attempt('sort keyword', lambda: [].sort(foo=1))
attempt('index', lambda: [1, 2].index(3))
attempt('index str', lambda: ['a'].index('b'))
attempt('remove', lambda: [].remove(1))
attempt('pop empty', lambda: [].pop())
attempt('pop range', lambda: [1].pop(5))
attempt('getitem', lambda: [1][1])
key = 'a'
attempt('getitem type', lambda: [1][key])
attempt('big index', lambda: [1][2 ** 70])
attempt('setitem', lambda: [1].__setitem__(3, 0))
attempt('ext slice', lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1]))
attempt('slice iterable', lambda: [1, 2].__setitem__(slice(0, 1), 5))
attempt('step zero', lambda: [1, 2][::0])
attempt('concat', lambda: [] + ())
attempt('repeat', lambda: [1] * 'a')
attempt('tuple concat', lambda: () + [])
attempt('tuple index', lambda: (1,).index(2))
attempt('tuple getitem', lambda: ()[0])
attempt('dict key', lambda: {}['k'])
attempt('dict pop', lambda: {}.pop('k'))
attempt('popitem', lambda: {}.popitem())
attempt('unhashable', lambda: {[]: 1})
attempt('update seq', lambda: {}.update([1]))
attempt('update len', lambda: dict([(1, 2, 3)]))
attempt('dict or', lambda: {} | [])
attempt('set pop', lambda: set().pop())
attempt('set remove', lambda: {1}.remove(2))
attempt('set remove set', lambda: {1}.remove({2}))
attempt('set add list', lambda: set().add([]))
attempt('set plus', lambda: {1} + {2})
attempt('set lt list', lambda: {1} < [1])
attempt('frozenset add', lambda: frozenset().add(1))
attempt('range zero step', lambda: range(1, 2, 0))
attempt('range str', lambda: range('a'))
attempt('range index', lambda: range(3)[5])
attempt('range find', lambda: range(3).index(5))
attempt('range huge len', lambda: len(range(10 ** 30)))
attempt('slice indices', lambda: slice(1).indices(-1))
attempt('zip longer', lambda: list(zip([1], [1, 2], strict=True)))
attempt('zip shorter', lambda: list(zip([1, 2], [1], strict=True)))
attempt('zip 3', lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt('enumerate', lambda: enumerate())
attempt('map', lambda: map(len))
attempt('filter', lambda: filter(None))
attempt('reversed set', lambda: reversed({1}))
attempt('iter sentinel', lambda: iter(5, 5))
attempt('next', lambda: next(iter([])))
attempt('next default', lambda: next(iter([]), 'dflt'))
def unpack2():
    a, b = [1]
def unpack3():
    a, b = [1, 2, 3]
def unpack_star():
    a, *b, c = [1]
def unpack_int():
    a, b = 1
attempt('unpack few', unpack2)
attempt('unpack many', unpack3)
attempt('unpack star', unpack_star)
attempt('unpack int', unpack_int)
