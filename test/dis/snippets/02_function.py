def add(a, b=2, *args, c, d=4, **kw):
    total = a + b + c + d
    for v in args:
        total += v
    return total


def noargs():
    pass


print(add(1, c=3))
