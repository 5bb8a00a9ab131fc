# One call site creating instances while the class, its bases, its __init__ and its __new__
# change under it (gilvm remembers each CALL's class and its __init__ until the class changes).


class Base:
    def __init__(self):
        self.made_by = 'Base.__init__'


class C(Base):
    pass


class D:
    def __init__(self, x):
        self.x = x


def make(cls):
    return cls()  # the one call site (a plain CALL)


def make1(cls, arg):
    return cls(arg)


def make_other(cls):
    return cls()


def init_v2(self):
    self.made_by = 'init_v2'


def gen_init(self):
    yield 1


class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1


results = []
for step in range(10):
    if step == 2:
        Base.__init__ = init_v2  # the base changes: C's lookups must see it
    elif step == 3:
        C.__init__ = lambda self: setattr(self, 'made_by', 'C lambda')
    elif step == 4:
        del C.__init__
    elif step == 5:
        C.__new__ = lambda cls: 'not an instance'
    elif step == 6:
        del C.__new__
    elif step == 7:
        Base.__init__.__code__ = gen_init.__code__  # same function, now a generator's code
    elif step == 8:
        Base.__init__ = lambda self: 42
    try:
        make(C)  # twice: the second call finds the first one's entry
        obj = make(C)
        results.append((step, getattr(obj, 'made_by', obj)))
    except TypeError as e:
        results.append((step, 'TypeError', str(e)))
    results.append((step, make1(D, step).x, type(make_other(Counted)).__name__))
for r in results:
    print(r)


for i in range(1000):
    make(Counted)
print(Counted.count)
