# Assigning a function's __code__: the next call runs the new code; the closure must match its free variables.
def f(): return 1
def g(): return 2
def outer():
    x = 1
    def h(): return x
    return h
h = outer()
f.__code__ = g.__code__
print(f(), f.__code__ is g.__code__, f.__name__)
for bad in (h.__code__, 5, None):
    try:
        f.__code__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    h.__code__ = g.__code__
except ValueError as e:
    print(e)
try:
    del f.__code__
except TypeError as e:
    print(type(e).__name__, e)
print(f())
