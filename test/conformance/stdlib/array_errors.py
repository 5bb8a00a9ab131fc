# array.array: CPython's errors and messages
from array import array

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for tc, vals in [('b', [128, -129, 1.5, 'x', None]), ('B', [256, -1]), ('h', [2**15, -2**15 - 1]), ('H', [2**16, -1]),
                 ('i', [2**31, -2**31 - 1]), ('I', [2**32, -1]), ('l', [2**63, -2**63 - 1]), ('L', [2**64, -1]),
                 ('q', [2**63, -2**63 - 1]), ('Q', [2**64, -1, 1.5]), ('f', ['x', None, 1e300]), ('d', ['x', 1j]),
                 ('u', ['ab', 1, b'a', ''])]:
    for v in vals:
        t('%s %r' % (tc, v), lambda: array(tc, [v]))
t('bad typecode', lambda: array('z'))
t('typecode int', lambda: array(1))
t('typecode long', lambda: array('ii'))
t('no args', lambda: array())
t('str init', lambda: array('b', 'abc'))
t('bytes len', lambda: array('h', b'\x01\x02\xff'))
t('float array to int', lambda: array('i', array('d', [1.0])))
t('int array to u', lambda: array('u', array('i', [1])))
t('u array to int', lambda: array('i', array('u', 'a')))
t('int init', lambda: array('i', 5))
t('extend kind', lambda: array('i', [1, 2]).extend(array('h', [1])))
t('extend int', lambda: array('i').extend(3))
t('add list', lambda: array('i', [1, 2]) + [1])
t('add kind', lambda: array('i', [1, 2]) + array('h', [1]))
a = array('i', [1, 2, 3])
t('slice list', lambda: a.__setitem__(slice(0, 1), [5]))
t('slice kind', lambda: a.__setitem__(slice(0, 1), array('h', [5])))
t('ext slice size', lambda: a.__setitem__(slice(0, 3, 2), array('i', [5])))
t('pop range', lambda: a.pop(10))
t('pop empty', lambda: array('i').pop())
t('remove', lambda: a.remove(9))
t('index', lambda: a.index(9))
t('index range', lambda: a.index(3, 0, 2))
t('index str', lambda: a.index(1, 'x'))
t('getitem', lambda: a[10])
t('setitem', lambda: a.__setitem__(10, 1))
t('setitem type', lambda: a.__setitem__(0, 'x'))
t('delitem', lambda: a.__delitem__(-10))
t('index type', lambda: a['x'])
t('frombytes', lambda: a.frombytes(b'\x01'))
t('frombytes str', lambda: a.frombytes('ab'))
t('fromlist tuple', lambda: a.fromlist((1,)))
t('fromlist bad', lambda: a.fromlist([4, 'x']))
t('after fromlist', lambda: a)
b = array('b', [1])
t('extend overflow', lambda: b.extend([2, 300]))
t('after extend', lambda: b)
t('tounicode', lambda: a.tounicode())
t('fromunicode', lambda: a.fromunicode('x'))
t('fromunicode bytes', lambda: array('u').fromunicode(b'x'))
t('mul str', lambda: a * 'x')
t('imul float', lambda: a.__imul__(1.5))
t('eq list', lambda: a == [1, 2, 3])
t('iadd list', lambda: a.__iadd__([1]))
t('append none', lambda: a.append(None))
t('insert bad', lambda: a.insert(0, 2**40))
t('final', lambda: a)
