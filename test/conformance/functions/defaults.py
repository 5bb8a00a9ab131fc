# Default arguments: evaluated once, shared mutable defaults, __defaults__, __kwdefaults__.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f(4))
print(f.__defaults__)

counter = 0
def next_default():
    global counter
    counter += 1
    return counter
def g(x=next_default()):
    return x
print(g(), g(), counter)

def h(a, b=None, *, c=10, d):
    return (a, b, c, d)
print(h(1, d=4), h.__defaults__, h.__kwdefaults__)
h.__defaults__ = (99,)
h.__kwdefaults__ = {'c': 0, 'd': 1}
print(h(1))

def late(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(late(), late())

def many(a, b=1, c=2, d=3):
    return a + b * 10 + c * 100 + d * 1000
print(many(1), many(1, 2), many(1, d=9), many(a=5, c=0))
print(f.__code__.co_argcount, f.__code__.co_varnames, h.__code__.co_kwonlyargcount)
