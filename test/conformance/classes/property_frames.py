# Properties whose getter is a Python function run as frames of the interpreter's loop (cached per
# instruction): results, exceptions, generators, wrong arity, shadowing, replacement, re-init, super().
class C:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x * 10
    @property
    def f(self): return lambda n: n + self._x
    @property
    def bad(self): raise KeyError('bad')
    @property
    def gen(self):
        yield self._x
    @property
    def args(self, extra): return 1
    y = property(None)
c = C()
for _ in range(3): print(c.x, c.f(5), list(c.gen))
try: c.bad
except KeyError as e: print('KeyError', e)
try: c.args
except TypeError as e: print('TypeError', e)
try: c.y
except AttributeError as e: print('AttributeError', e)
c.__dict__['x'] = 'shadow'
print(c.x)
C.x = property(lambda self: 'replaced')
print(c.x)
p = C.__dict__['x']
p.__init__(lambda self: 're-init')
print(c.x)
class D(C):
    @property
    def x(self): return 'D.x ' + str(super().x)
print(D().x, [o.x for o in (C(), D(), C())])
def deep(n):
    class E:
        @property
        def v(self): return deep(n - 1) if n else 0
    return E().v
print(deep(50))
c.bad
