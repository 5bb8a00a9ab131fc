# copy.deepcopy: nested containers, shared references and cycles kept (memo), tuples returned
# unchanged when nothing inside changes, __deepcopy__, reduce-based copies, slots, bound methods.
import copy

a = [1, [2, 3], {'k': [4]}, (5, [6]), (7, 8)]
b = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], b[2]['k'] is a[2]['k'], b[3] is a[3], b[4] is a[4])
shared = [0]
c = copy.deepcopy([shared, shared, (shared,)])
print(c[0] is c[1], c[2][0] is c[0], c[0] is shared)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d is not cyc)
dc = {}
dc['self'] = dc
e = copy.deepcopy(dc)
print(e['self'] is e, e is not dc)
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(u is not t, u[0][0] is u, type(u).__name__)
print(copy.deepcopy((1, 'a', (2, 3))) == (1, 'a', (2, 3)))
tt = (1, (2, 3), 'x')
print(copy.deepcopy(tt) is tt, copy.deepcopy(frozenset({1})) == frozenset({1}))
s = {1, 2, (3, 4)}
print(copy.deepcopy(s) == s, copy.deepcopy(s) is s)
ba = bytearray(b'x')
print(copy.deepcopy(ba), copy.deepcopy(ba) is ba)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], id(memo) in memo, len(memo[id(memo)]) >= 1)
pre = {id(x): 'replaced'}
print(copy.deepcopy([x, 5], pre))

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
root = Node(0)
for i in range(3):
    ch = Node(i + 1)
    ch.parent = root
    root.children.append(ch)
r2 = copy.deepcopy(root)
print(r2 is not root, [c.v for c in r2.children], all(c.parent is r2 for c in r2.children))
print(r2.children[0] is not root.children[0])

class Custom:
    def __init__(self, data):
        self.data = data
    def __deepcopy__(self, memo):
        print('  __deepcopy__ with memo', type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ['copied'])
cu = copy.deepcopy([Custom([1])])
print(cu[0].data)

class Slots:
    __slots__ = ('a', 'b')
sl = Slots(); sl.a = [1, 2]
sl2 = copy.deepcopy(sl)
print(sl2.a, sl2.a is sl.a, hasattr(sl2, 'b'))

class Bag(dict):
    pass
bag = Bag(x=[1]); bag.note = [2]
bag2 = copy.deepcopy(bag)
print(type(bag2).__name__, bag2, bag2['x'] is bag['x'], bag2.note, bag2.note is bag.note)
class Stack(list):
    pass
st = Stack([[1], [2]])
st2 = copy.deepcopy(st)
print(type(st2).__name__, st2, st2[0] is st[0])

class Holder:
    def __init__(self):
        self.items = [1]
    def get(self):
        return self.items
h = Holder()
m = copy.deepcopy(h.get)
print(m(), m.__self__ is h, m.__self__.items is h.items)
print(copy.deepcopy(len) is len, copy.deepcopy(Holder) is Holder, copy.deepcopy(Holder.get) is Holder.get)

class Fancy:
    def __init__(self, v):
        self.v = v
    def __reduce_ex__(self, proto):
        print('  reduce_ex', proto)
        return (Fancy, ([self.v],), {'extra': [1]})
f2 = copy.deepcopy(Fancy(3))
print(f2.v, f2.extra)

class Bad:
    __reduce_ex__ = None
    __reduce__ = None
try:
    copy.deepcopy(Bad())
except copy.Error as exc:
    print(type(exc).__name__, exc)
import random
r = random.Random(5)
r2 = copy.deepcopy(r)
r3 = copy.copy(r)
print(type(r2).__name__, r.random() == r2.random() == r3.random())
