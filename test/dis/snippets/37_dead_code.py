def f(x):
    return x
    print('unreachable')


def g(x):
    raise ValueError(x)
    x = 1


def h():
    while True:
        pass
    print('never')


def k(x):
    if x:
        return 1
    else:
        return 2
    return 3
