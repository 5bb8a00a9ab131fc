# Keyword-only parameters (after * or *args) and their errors.
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2))
print(f(1, flag=True, key='k'))
def g(*items, sep=', '):
    return sep.join(map(str, items))
print(g(1, 2, 3), g(1, 2, sep='-'))
def attempt(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print('TypeError:', e)
attempt(f, 1, 2)
attempt(f, 1)
attempt(f, 1, key=1, other=3)
attempt(f, a=1, key=2, flag=3)
def only(*, x, y, z):
    return x + y + z
attempt(only, x=1, y=2, z=3)
attempt(only, 1, 2, 3)
attempt(only, x=1)
attempt(only)
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
attempt(mixed, 1, c=3)
attempt(mixed, 1, 2, 3, 4, c=5, e=6)
attempt(mixed, 1, 2, 3)
print(mixed.__code__.co_kwonlyargcount, mixed.__kwdefaults__)
