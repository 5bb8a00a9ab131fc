# pickle: instances through __reduce_ex__/__reduce__/__getstate__/__setstate__/__getnewargs(_ex)__,
# copyreg, dispatch_table, reducer_override, persistent ids, recursion and globals.
import copyreg
import io
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1
        self.y = 'two'


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v, 'extra': True}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class NewArgs(int):
    def __new__(cls, value, tag):
        self = int.__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class Reducer:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reducer, (self.n,), None, iter([1, 2]) if False else None, None)


class ListLike(list):
    pass


class DictLike(dict):
    pass


class SixTuple:
    def __init__(self, n=0):
        self.n = n

    def __reduce__(self):
        return (SixTuple, (), {'n': self.n}, None, None, set_n)


def set_n(obj, state):
    obj.n = state['n'] * 10


class Outer:
    class Inner:
        pass

    def method(self):
        return 5


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


def show(obj, protos=range(6)):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        print(proto, data)


def describe(x):
    if hasattr(x, '__dict__') and not isinstance(x, type):
        return type(x).__name__, sorted(vars(x).items())
    return repr(x)


for obj in [Plain(), WithState(3), NewArgs(7, 'seven'), NewArgsEx(1, 2, k='v'), Reducer(4),
            ListLike([1, 2, 3]), DictLike(a=1), SixTuple(2), Outer.Inner, Outer.Inner(),
            Outer.method, Plain.__init__, copyreg._reconstructor, Slotted(), 3 + 4j,
            range(2, 9, 3), slice(1, 5)]:
    print(type(obj).__name__)
    show(obj)
    for proto in range(6):
        try:
            back = pickle.loads(pickle.dumps(obj, proto))
        except Exception as e:
            print('  ', proto, type(e).__name__, e)
            continue
        if isinstance(obj, Slotted):
            print('  ', proto, back.x, back.y)
        else:
            print('  ', proto, describe(back))

# Recursion and sharing.
root = Node('root')
child = Node('child')
child.parent = root
root.children.append(child)
show(root)
for proto in range(6):
    back = pickle.loads(pickle.dumps(root, proto))
    print(back.children[0].parent is back, back.children[0].name)

rec = []
rec.append(rec)
rec.append((rec, 1))
show(rec)
back = pickle.loads(pickle.dumps(rec, 2))
print(back[0] is back, back[1][0] is back)
d = {}
d['self'] = d
t = (d, [d])
show(t)
shared = [1, 2]
show([shared, shared, (shared, shared)])
rt = []
tup = (rt,)
rt.append(tup)
show(tup)
back = pickle.loads(pickle.dumps(tup, 4))
print(back[0][0] is back)
fs_holder = []
show([frozenset([1, 2]), frozenset([1, 2])])

# dispatch tables and reducer_override.
class MyPickler(pickle.Pickler):
    dispatch_table = {Plain: lambda obj: (dict, ((('plain', obj.a),),))}


buf = io.BytesIO()
MyPickler(buf, 2).dump([Plain(), Plain()])
print(buf.getvalue())
print(pickle.loads(buf.getvalue()))


class Overrider(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Plain):
            return (str, ('overridden',))
        return NotImplemented


buf = io.BytesIO()
Overrider(buf, 4).dump([Plain(), 5, 'x', [Plain()]])
print(buf.getvalue(), pickle.loads(buf.getvalue()))

copyreg.pickle(Node, lambda n: (Node, ('via copyreg-' + n.name,)))
show(Node('n'), (0, 2, 4))
print(pickle.loads(pickle.dumps(Node('n'))).name)
del copyreg.dispatch_table[Node]

# Persistent ids.
class PidPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None


class PidUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded<' + pid + '>'


for proto in range(6):
    buf = io.BytesIO()
    PidPickler(buf, proto).dump(['ext:one', 'plain', ('ext:two', 3)])
    print(proto, buf.getvalue())
    buf.seek(0)
    print(PidUnpickler(buf).load())

# Several pickles in one file, memo of a Pickler, clear_memo.
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
item = ['shared']
p.dump(item)
p.dump(item)
memo = p.memo.copy()
print(len(memo), sorted(v[0] for v in memo.values()))
p.clear_memo()
p.dump(item)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load(), u.load(), buf.read())
for proto in range(6):
    buf = io.BytesIO()
    for x in (1, [2, 3], 'four' * 20000):
        pickle.dump(x, buf, proto)
    buf.seek(0)
    print(proto, pickle.load(buf), pickle.load(buf), len(pickle.load(buf)), buf.read())

# Extension codes.
copyreg.add_extension('__main__', 'Plain', 7)
copyreg.add_extension('__main__', 'Node', 300)
copyreg.add_extension('__main__', 'Outer', 70000)
show([Plain, Node, Outer])
print(pickle.loads(pickle.dumps([Plain, Node, Outer], 2)))
copyreg.remove_extension('__main__', 'Plain', 7)
copyreg.remove_extension('__main__', 'Node', 300)
copyreg.remove_extension('__main__', 'Outer', 70000)
