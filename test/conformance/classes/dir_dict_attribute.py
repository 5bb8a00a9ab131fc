# object.__dir__ takes the instance's names from its __dict__ attribute (found through
# __getattribute__, properties included), as CPython's; a non-dict __dict__ counts as empty.
class Proxyish:
    def __getattribute__(self, name):
        if name == '__dict__':
            return {'from_getattribute': 1, 'another': 2}
        return object.__getattribute__(self, name)


p = Proxyish()
p.real = 1
names = dir(p)
print('from_getattribute' in names, 'another' in names, 'real' in names)


class NotADict:
    __dict__ = property(lambda self: ['x', 'y'])


d = dir(NotADict())
print('x' in d, '__class__' in d)


class Plain:
    def __init__(self):
        self.a = 1


print([n for n in dir(Plain()) if not n.startswith('__')])
print([n for n in object.__dir__(Plain()) if not n.startswith('__')] == ['a'])
