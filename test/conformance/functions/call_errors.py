# TypeError messages for calls with the wrong arguments.
def attempt(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print('TypeError:', e)

def f(x):
    return x
def two(x, y):
    return x, y
def three(a, b, c=1):
    return a, b, c
def none():
    return 'none'
attempt(f)
attempt(two)
attempt(two, 1)
attempt(three)
attempt(f, 1, 2)
attempt(none, 1)
attempt(three, 1, 2, 3, 4)
attempt(f, y=1)
attempt(f, 1, x=2)
attempt(three, 1, b=2, a=3)
attempt(none, k=1)

class C:
    def method(self, a):
        return a
    @staticmethod
    def static(a):
        return a
    @classmethod
    def cls(cls, a):
        return a
attempt(C().method)
attempt(C().method, 1, 2)
attempt(C.method, 1)
attempt(C.static)
attempt(C.cls, 1, 2)
attempt(C, 1)
class D:
    def __init__(self, a, *, b):
        pass
attempt(D)
attempt(D, 1)
attempt(D, 1, 2)
lam = lambda a, b: a
attempt(lam, 1)
def outer():
    def inner(p):
        return p
    return inner
attempt(outer())
