# Closures: cells, late binding, nonlocal, global, class bodies and nested functions.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars, counter.__code__.co_cellvars)

fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])

x = 'global'
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer(), x)

def use_global():
    global x
    x = 'rebound'
use_global()
print(x)

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    y = 1
unbound()

def cell_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    z = 1
    return inner()
print(cell_unbound())

def in_class():
    v = 'closure value'
    class K:
        v = 'class attr'
        def get(self):
            return v
        w = v
    return K().get(), K.w
print(in_class())

def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulate()
print([acc(i) for i in range(5)])
