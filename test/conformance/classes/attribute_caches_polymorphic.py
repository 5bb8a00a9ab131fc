# One instruction that sees objects of many types (a base class's method run on instances of
# its subclasses): the interpreter keeps the entries of the other types in a second level and
# copies them back. Every change that must defeat such an entry, type by type.
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def get(self):
        return self.v
    def call(self):
        return self.name()
    def put(self, x):
        self.v = x
    def name(self):
        return 'Base'
class A(Base):
    def name(self): return 'A'
class B(Base):
    def name(self): return 'B'
class C(Base):
    __slots__ = ('extra',)
    def name(self): return 'C'
class D(Base):
    pass
class S:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def name(self): return 'S'

objs = [A(1), B(2), C(3), D(4), A(5), S(6)]
def get_v(o): return o.v
def call_name(o): return o.name()
def name_attr(o): return o.name
def set_v(o, x): o.v = x
for _ in range(3):
    print([get_v(o) for o in objs], [call_name(o) for o in objs])
print([type(name_attr(o)).__name__ for o in objs[:2]])

# A class gains a property for `v`: only its instances change.
B.v = property(lambda self: 'B.v property', lambda self, x: print('B.v setter', x))
print([get_v(o) for o in objs])
for o in objs:
    set_v(o, 10)
print([get_v(o) for o in objs])

# A method replaced on one class; an instance attribute shadowing a method.
A.name = lambda self: 'new A'
objs[3].name = lambda: 'instance D'
print([call_name(o) for o in objs])
del objs[3].name
print([call_name(o) for o in objs])

# A base class change reaches every subclass.
Base.name = lambda self: 'new Base'
print([call_name(o) for o in objs])

# __setattr__ on one class: its stores go through it, the others' do not.
def loud(self, n, x):
    object.__setattr__(self, n, ('loud', x))
C.__setattr__ = loud
for o in objs:
    set_v(o, 7)
print([get_v(o) for o in objs])

# __getattribute__ on one class.
D.__getattribute__ = lambda self, n: 'D intercepts ' + n
print([get_v(o) for o in objs])
del D.__getattribute__
print([get_v(o) for o in objs])

# An attribute removed from one instance, a class attribute behind it.
Base.v = 'class v'
del objs[4].v
print([get_v(o) for o in objs])

# The same names in many classes made at run time.
kinds = [type('K%d' % i, (Base,), {'name': (lambda i: lambda self: 'K%d' % i)(i)}) for i in range(12)]
many = [k(i) for i, k in enumerate(kinds)]
for _ in range(2):
    print(sum(get_v(o) for o in many), ''.join(call_name(o)[-1] for o in many))
for o in many:
    set_v(o, 1)
print(sum(get_v(o) for o in many))
