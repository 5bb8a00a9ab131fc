# "takes N positional arguments but M positional arguments (and K keyword-only arguments) were given": K counts the keyword-only arguments the call passed
def kwonly(*, a, b=2, **rest):
    return a
def two(x, *, a, b=1):
    pass
for f in [lambda: kwonly(1, a=1), lambda: two(1, 2, a=1), lambda: two(1, 2, a=1, b=2), lambda: two(1, 2), lambda: two(1, 2, 3, b=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
