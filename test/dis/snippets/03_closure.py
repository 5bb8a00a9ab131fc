def outer(n):
    count = 0

    def inner(x):
        nonlocal count
        count += 1
        return x * n + count

    return inner


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
