def f():
    try:
        return 1
    finally:
        print('bye')


def g(x):
    while x:
        try:
            x -= 1
        except KeyError:
            pass
        finally:
            if x == 2:
                break
    return x
