# types: the type names match real objects; SimpleNamespace; class-making helpers
import types
import sys

def f(): pass
class K:
    __slots__ = ('s',)
    def m(self): pass
def gen(): yield 1
async def co(): pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.FunctionType, types.CodeType is type(f.__code__))
print(types.MethodType is type(K().m), isinstance(K().m, types.MethodType))
print(types.BuiltinFunctionType, isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType))
print(types.ModuleType, isinstance(sys, types.ModuleType))
print(types.GeneratorType, isinstance(gen(), types.GeneratorType))
c = co()
print(types.CoroutineType, isinstance(c, types.CoroutineType))
c.close()
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.MappingProxyType, types.GenericAlias)
print(types.CellType, types.TracebackType, types.FrameType)
print(types.MemberDescriptorType is type(K.__dict__['s']))
print(types.GetSetDescriptorType)
print(types.MethodDescriptorType, types.WrapperDescriptorType)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, int))

m = types.ModuleType('mymod', 'the doc')
print(m.__name__, m.__doc__, repr(m))
m.x = 5
print(m.x)

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp['a'], len(mp), list(mp), 'a' in mp, mp.get('z', 9))
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError', e)

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1, 2]
print(ns)
print(ns == types.SimpleNamespace(a=1, b='x', c=[1, 2]), ns == types.SimpleNamespace(a=1))
del ns.a
print(ns, vars(ns))
ns.me = ns
print(ns)
class Sub(types.SimpleNamespace): pass
print(Sub(z=3))
print(types.SimpleNamespace())
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError unhashable')
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError')

# new_class, prepare_class, resolve_bases
def body(ns):
    ns['x'] = 10
    ns['hello'] = lambda self: 'hi ' + type(self).__name__
C = types.new_class('C', (), {}, body)
print(C.__name__, C.x, C().hello(), C.__bases__)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, D.from_prepare)
meta, ns, kw = types.prepare_class('E', (D,), {'other': 2})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('F')
print(meta, ns, kw)

class Entry:
    def __mro_entries__(self, bases):
        return (int,)
print(types.resolve_bases((Entry(), str)))
print(types.resolve_bases((str,)))
G = types.new_class('G', (Entry(),))
print(G.__bases__, G.__orig_bases__[0].__class__.__name__)
print(types.get_original_bases(G)[0].__class__.__name__, types.get_original_bases(int))
try:
    types.get_original_bases(3)
except TypeError as e:
    print('TypeError', e)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print('TypeError', e)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    types.new_class('X', (A1, A2))
except TypeError as e:
    print('TypeError', e)

# MethodType(func, obj) binds by hand
class Owner:
    def __repr__(self):
        return 'Owner()'
def describe(self, extra):
    return f'{self!r} {extra}'
bound = types.MethodType(describe, Owner())
print(bound('x'), bound.__func__ is describe, bound.__self__)
print(types.MethodType(len, 'abc')())
for args in [(1, 2), (len, None), (len,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError', e)
