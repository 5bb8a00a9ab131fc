# reprlib: the 3.12 `indent` (ints, strs, '', past maxlevel, bad values) and recursive_repr
# (self-containing objects, mutual recursion, the fillvalue, the wrapper's attributes,
# exceptions leaving the guard clean, threads).
import reprlib
import threading
from collections import deque

nested = [1, [2, [3, (4,)]], {'k': {'v': [5, 6]}, 'j': ()}, (), set(), deque([7]), 'x' * 40]
for indent in (0, 1, 4, '', '-->', '\t', True):
    r = reprlib.Repr(indent=indent)
    print(repr(indent))
    print(r.repr(nested))
    print(r.repr((9,)), r.repr([]), r.repr({}), r.repr([[]]))
r = reprlib.Repr(indent='..', maxlevel=2, maxlist=2)
print(r.repr(nested))
r.maxlevel = 1
print(r.repr([[1], [2], [3]]))
print(r.repr1([1, [2]], 3))
for bad in (-1, -10, 2.5, b'  ', [' ']):
    r = reprlib.Repr(indent=bad)
    for v in ([1], [], {1: 2}, 'plain'):
        try:
            print(repr(bad), r.repr(v))
        except (ValueError, TypeError) as e:
            print(repr(bad), type(e).__name__, e, type(e.__cause__).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        "A node and its children."
        return 'Node(%s, %r)' % (self.name, self.children)


a, b = Node('a'), Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b), str([a, b]))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__,
      Node.__repr__.__annotations__, hasattr(Node.__repr__, '__wrapped__'))


class Other:
    def __init__(self):
        self.me = self
        self.fail = False

    @reprlib.recursive_repr(fillvalue='<<loop>>')
    def __repr__(self):
        if self.fail:
            raise RuntimeError('broken')
        return 'Other(%r)' % (self.me,)


o = Other()
print(repr(o))
o.fail = True
try:
    repr(o)
except RuntimeError as e:
    print(type(e).__name__, e)
o.fail = False
print(repr(o), repr([o, o]))

# Each thread has its own guard: a repr running in one thread does not make another's
# repr of the same object the fillvalue.
inner = []
gate = threading.Event()
done = threading.Event()


class Slow:
    @reprlib.recursive_repr()
    def __repr__(self):
        if not inner:
            inner.append(None)
            gate.set()
            done.wait(5)
        return 'Slow()'


s = Slow()
results = []
t = threading.Thread(target=lambda: results.append(repr(s)))
t.start()
gate.wait(5)
results.append(repr(s))
done.set()
t.join()
print(sorted(results))
