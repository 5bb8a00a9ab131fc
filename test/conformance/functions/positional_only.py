# Positional-only parameters (before /) and their errors.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def attempt(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print('TypeError:', e)
attempt(f, a=1, b=2, c=3, d=4)
attempt(f, 1, b=2, c=3, d=4)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))  # x goes to **kw: the name is free for keywords
def h(a, b=5, /):
    return a + b
print(h(1), h(1, 2))
attempt(h)
attempt(h, 1, 2, 3)
attempt(h, 1, b=3)
print(f.__code__.co_posonlyargcount, h.__code__.co_posonlyargcount, h.__defaults__)
print(len.__name__)
attempt(len, obj=[1])
attempt(divmod, 1)
attempt(abs, 1, 2)
