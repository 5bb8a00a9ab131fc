def f(x):
    if x:
        return 1
    elif x is None:
        return 2
    return None


if __name__ == '__main__':
    f(1)
