# The with statement: __enter__/__exit__ order, suppression, exceptions in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM('a') as x:
    print('body', x)

with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after b')

try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))

with CM('d') as d, CM('e') as e:
    print('two managers', d, e)

with (CM('f'), CM('g', suppress=True)):
    raise RuntimeError('g swallows it, f sees nothing')

def early_return():
    with CM('h'):
        return 'returned'
print(early_return())

for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError('exit failed')

try:
    with BadExit():
        raise ValueError('inner')
except OSError as e:
    print('OSError', e, 'context:', repr(e.__context__))

class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print('TypeError:', e)
