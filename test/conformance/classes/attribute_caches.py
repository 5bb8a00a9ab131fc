# Attribute lookups that the interpreter caches per instruction (instance dicts, methods, slots):
# every change that must defeat a cached entry (shadowing, class changes, deletion, descriptors, __class__).
class A:
    def m(self): return 'A.m'
    def __init__(self): self.x = 1; self.y = 2
class B(A):
    def m(self): return 'B.m'
def get_x(o): return o.x
def call_m(o): return o.m()
def set_x(o, v): o.x = v
objs = [A(), B(), A()]
for _ in range(3):
    print([get_x(o) for o in objs], [call_m(o) for o in objs])
a = objs[0]
a.m = lambda: 'instance m'       # shadows the method: the cache must see the instance dict
print(call_m(a), call_m(objs[2]))
del a.m
print(call_m(a))
A.m = lambda self: 'new A.m'      # class change: version bump
print(call_m(objs[2]), call_m(objs[1]))
for i in range(3): set_x(objs[2], i)
print(get_x(objs[2]))
del objs[2].x
try: get_x(objs[2])
except AttributeError as e: print('AttributeError', e)
set_x(objs[2], 9); print(get_x(objs[2]), objs[2].__dict__)
class P:
    def __init__(self): self.__dict__['x'] = 'dict x'
print(get_x(P()))
P.x = property(lambda self: 'prop x')   # a data descriptor now wins over the dict
print(get_x(P()))
try: set_x(P(), 5)
except AttributeError as e: print('AttributeError', e)
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 's'
s = S()
for _ in range(2): print(get_x(s))
set_x(s, 'slot set'); print(get_x(s))
del s.x
try: get_x(s)
except AttributeError as e: print('AttributeError', e)
class G:
    def __getattr__(self, n): return 'getattr ' + n
g = G(); g.x = 'real'
print(get_x(g)); del g.x; print(get_x(g))
o = A(); o.__class__ = B; print(call_m(o), get_x(o))
class Q: pass
q = Q(); q.x = 1; q2 = Q(); q2.y = 0; q2.x = 2
print(get_x(q), get_x(q2), get_x(q))
class Foreign:
    x = S.__dict__['x']
try: print(get_x(Foreign()))
except TypeError as e: print('TypeError', e)
class D(dict): pass
d = D(); d.x = 5
print(get_x(d), call_m.__name__)
for l in ([1], [2]): l.append(3); print(l)
