import sys
g = 1
del g


def f():
    global g
    g = 2
    del g
    x = 1
    del x

    def inner():
        nonlocal x
        x = 2
        del x
    return inner


try:
    pass
except ImportError as exc:
    print(exc)
