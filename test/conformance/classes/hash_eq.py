# __hash__ and __eq__: dict/set membership, __hash__ = None, inherited hashing, numeric equality.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f'Key({self.k!r})'
d = {Key('Alpha'): 1}
print(d[Key('ALPHA')], Key('alpha') in d, Key('beta') in d)
s = {Key('a'), Key('A'), Key('b')}
print(len(s))

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError:', e)

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: 1}[p])

class Parent:
    def __eq__(self, o): return True
    def __hash__(self): return 42
class Child(Parent):
    def __eq__(self, o): return False
print(Child.__hash__)
class Child2(Parent):
    pass
print(hash(Child2()))

print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(hash(1.5), hash(-1.5), hash(0.1), hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(frozenset()))
print(hash(complex(1, 0)) == hash(1), hash(1j))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
print({1, 1.0, True}, {0, 0.0, False, -0.0})
class BadHash:
    def __hash__(self):
        return 'not an int'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
for unh in [[], {}, set(), bytearray()]:
    try:
        hash(unh)
    except TypeError as e:
        print('TypeError:', e)
print(hash((1, 2)) == hash((1, 2)), hash('a') == hash('a'), hash(b'a') == hash('a'))
