# operator: attrgetter, itemgetter, methodcaller (calls, dotted paths, reprs, reduce, errors)
from operator import attrgetter, itemgetter, methodcaller
import operator

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting='hello', *, punct='!'):
        return '%s %s%s' % (greeting, self.name, punct)
tree = Node('root', Node('kid', Node('grandkid')))
print(attrgetter('name')(tree), attrgetter('child.name')(tree), attrgetter('child.child.name', 'name')(tree))
print(attrgetter('real', 'imag')(3 + 4j), attrgetter('__class__.__name__')(1))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(itemgetter(-1)([1, 2]), itemgetter(0)(itemgetter(1)([[0], [7]])))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('greet')(tree))
print(methodcaller('greet', 'hi', punct='?')(tree), methodcaller('count', 'a')('banana'))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)), sorted(['bb', 'a', 'ccc'], key=len))
print(sorted([Node('z'), Node('m')], key=attrgetter('name'))[0].name)
print(list(map(itemgetter(0), ['ab', 'cd'])), max([(1, 'x'), (3, 'y')], key=itemgetter(0)))
print(repr(attrgetter('a')), repr(attrgetter('a', 'b.c')), repr(itemgetter(1)), repr(itemgetter(1, 'x', None)))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'two', k=2, z=[3])))
print(attrgetter('a.b').__reduce__(), itemgetter(1, 2).__reduce__(), methodcaller('m', 1).__reduce__())
print(type(attrgetter('a')), type(itemgetter(0)).__name__, type(methodcaller('x')).__qualname__)
for label, f in [
    ('attrgetter none', lambda: attrgetter()), ('attrgetter int', lambda: attrgetter(1)),
    ('attrgetter kw', lambda: attrgetter('a', x=1)), ('itemgetter none', lambda: itemgetter()),
    ('methodcaller none', lambda: methodcaller()), ('methodcaller int', lambda: methodcaller(1)),
    ('missing attr', lambda: attrgetter('nope')(tree)), ('missing deep', lambda: attrgetter('child.nope')(tree)),
    ('trailing dot', lambda: attrgetter('a.')(1)), ('two operands', lambda: attrgetter('a')(1, 2)),
    ('no operand', lambda: itemgetter(1)()), ('item kw', lambda: itemgetter(1)(x=1)),
    ('index error', lambda: itemgetter(5)([1])), ('key error', lambda: itemgetter('z', 'k')({'k': 1})),
    ('method missing', lambda: methodcaller('nope')(1)), ('method two', lambda: methodcaller('x')(1, 2)),
    ('method bad args', lambda: methodcaller('upper', 1)('a')), ('subclass', lambda: type('X', (attrgetter,), {})),
]:
    show(label, f)
print(attrgetter('a') == attrgetter('a'), callable(itemgetter(0)))
